"""Media: video without captions, audio without a transcript, autoplay, embedded players."""

from __future__ import annotations

import re
from typing import Any

from ..results import Finding
from . import Check, PageContext, finding, load_js

SCRIPT = load_js("media.js")

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
