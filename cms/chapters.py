"""Chapter times in a video guide: "1:05" -> 65 seconds and back. Pure Python.

Editors write times the way a player shows them (m:ss or h:mm:ss), not as
WebVTT timestamps: nobody reads milliseconds off a progress bar.
"""

from __future__ import annotations

import re

_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,3}):(\d{2})\s*$")


def gettext_noop(message: str) -> str:
    return message


NOT_IN_ORDER = gettext_noop("This step starts at %(start)s, not after the step before it (%(previous)s).")


def parse_clock(text: str) -> int | None:
    """Seconds for "m:ss" or "h:mm:ss"; None if it is not such a time."""
    match = _CLOCK.match(text or "")
    if not match:
        return None
    hours, minutes, seconds = int(match[1] or 0), int(match[2]), int(match[3])
    if seconds > 59 or (match[1] is not None and minutes > 59):
        return None
    return hours * 3600 + minutes * 60 + seconds


def format_clock(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def order_errors(starts: list[int | None]) -> dict[int, dict[str, str]]:
    """{index: params for NOT_IN_ORDER} for steps that do not start after the one before."""
    errors: dict[int, dict[str, str]] = {}
    previous: int | None = None
    for index, start in enumerate(starts):
        if start is None:
            continue
        if previous is not None and start <= previous:
            errors[index] = {"start": format_clock(start), "previous": format_clock(previous)}
        previous = start
    return errors
