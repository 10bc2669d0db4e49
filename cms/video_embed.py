"""Videos hosted on a platform: privacy-friendly embed and watch addresses.

Pure Python. Only platforms with a no-cookie (or do-not-track) player are
accepted, because the player loads only after the visitor asks for it and
should not follow them around afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com",
                  "www.youtube-nocookie.com"}
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class Embed:
    platform: str
    video_id: str

    @property
    def embed_url(self) -> str:
        """The player address that sets no tracking cookies."""
        if self.platform == "YouTube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?rel=0"
        return f"https://player.vimeo.com/video/{self.video_id}?dnt=1"

    @property
    def watch_url(self) -> str:
        if self.platform == "YouTube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"

    def embed_at(self, seconds: int) -> str:
        """Player address that starts at a step; only used after the visitor chose the step."""
        if self.platform == "YouTube":
            return f"{self.embed_url}&start={int(seconds)}&autoplay=1"
        return f"{self.embed_url}&autoplay=1#t={int(seconds)}s"

    def watch_at(self, seconds: int) -> str:
        if self.platform == "YouTube":
            return f"{self.watch_url}&t={int(seconds)}s"
        return f"{self.watch_url}#t={int(seconds)}s"


def parse_embed_url(url: str) -> Embed | None:
    """Recognise a YouTube or Vimeo address in its usual forms; None for anything else."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    if host == "youtu.be" and segments:
        candidate = segments[0]
    elif host in _YOUTUBE_HOSTS:
        if segments[:1] == ["watch"]:
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in ("embed", "shorts", "live", "v"):
            candidate = segments[1]
        else:
            return None
    elif host in _VIMEO_HOSTS:
        numbers = [s for s in segments if s.isdigit()]
        return Embed("Vimeo", numbers[0]) if numbers else None
    else:
        return None
    return Embed("YouTube", candidate) if _YOUTUBE_ID.match(candidate) else None
