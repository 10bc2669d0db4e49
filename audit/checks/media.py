"""Media: video without captions, audio without a transcript, autoplay, embedded players."""

from __future__ import annotations

import re
from typing import Any

from ..results import Finding
from . import Check, PageContext, finding

SCRIPT = r"""
const near = (el) => {
  // Text around the player: its figure / section / parent, for transcript links.
  const box = el.closest('figure, section, article, [role=region]') || el.parentElement || el;
  let t = __text(box);
  box.querySelectorAll('a[href]').forEach((a) => { t += ' ' + a.href; });
  const by = el.getAttribute('aria-describedby');
  if (by) by.split(/\s+/).forEach((id) => { const n = document.getElementById(id); if (n) t += ' ' + __text(n); });
  return t.slice(0, 2000);
};
const media = Array.from(document.querySelectorAll('video, audio')).map((m) => ({
  kind: m.localName, selector: __sel(m), snippet: __snip(m),
  autoplay: m.autoplay || m.hasAttribute('autoplay'), muted: m.muted || m.hasAttribute('muted'),
  loop: m.loop, controls: m.controls,
  tracks: Array.from(m.querySelectorAll('track')).map((t) => (t.getAttribute('kind') || 'subtitles').toLowerCase()),
  context: near(m),
}));
const embeds = Array.from(document.querySelectorAll('iframe[src]'))
  .filter((f) => /youtube(-nocookie)?\.com|youtu\.be|vimeo\.com|facebook\.com\/plugins\/video|dailymotion|lsm\.lv|ltv\.lsm/i.test(f.src))
  .map((f) => ({selector: __sel(f), snippet: __snip(f), src: f.src}));
return {media, embeds};
"""

TRANSCRIPT = re.compile(
    r"transkrip|atšifrējum|teksta versij|transcript|text version|стенограмм|расшифровк|"
    r"текстов(ая|ую) верси",
    re.IGNORECASE,
)


class MediaChecks(Check):
    family = "media"
    script = SCRIPT

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        if not isinstance(data, dict):
            return []
        out: list[Finding] = []
        for m in data.get("media", []):
            sel, snip = m["selector"], m["snippet"]
            if m["kind"] == "video" and not ({"captions", "subtitles"} & set(m["tracks"])):
                out.append(finding("er-video-no-captions", sel, snip,
                                   "Video has no <track kind=\"captions\">."))
            if m["kind"] == "audio" and not TRANSCRIPT.search(m["context"]):
                out.append(finding("er-audio-no-transcript", sel, snip,
                                   "No transcript found next to the audio player."))
            if m["autoplay"]:
                if m["muted"]:
                    out.append(finding(
                        "er-media-autoplay", sel, snip,
                        "Muted video plays by itself; moving content needs pause and "
                        "must stop within 5 seconds.", outcome="needs-review"))
                else:
                    out.append(finding("er-media-autoplay", sel, snip,
                                       "Sound starts by itself; let the visitor start it."))
        for e in data.get("embeds", []):
            out.append(finding("er-embedded-video-review", e["selector"], e["snippet"],
                               f"Embedded player ({e['src'][:80]}): check captions and a "
                               "transcript by hand."))
        return out
