"""HTTP Range requests (RFC 9110, section 14): which bytes of a file to send.

Pure Python. Browsers seek in a video by asking for `Range: bytes=N-`; a
server that ignores the header makes the seek bar useless on slow phones,
because the whole file must arrive before playback can jump ahead.
"""

from __future__ import annotations

import re

_SPEC = re.compile(r"^\s*(\d*)\s*-\s*(\d*)\s*$")


class RangeNotSatisfiable(Exception):
    """No requested range overlaps the file: answer 416 with `Content-Range: bytes */size`."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The single byte range to send, as inclusive (first, last), or None for the whole file.

    None also covers what a server may ignore: a missing or malformed header,
    another unit, or several ranges (answering those with the whole file is
    allowed and saves a multipart encoder nobody's video player needs).
    Raises RangeNotSatisfiable when the range starts beyond the end.
    """
    if not header:
        return None
    unit, _, specs = header.partition("=")
    if unit.strip().lower() != "bytes" or not specs.strip():
        return None
    parts = specs.split(",")
    if len(parts) != 1:
        return None
    match = _SPEC.match(parts[0])
    if not match or (not match[1] and not match[2]):
        return None
    if not match[1]:
        # "-500": the last 500 bytes.
        suffix = int(match[2])
        if suffix == 0 or size == 0:
            raise RangeNotSatisfiable
        return max(size - suffix, 0), size - 1
    first = int(match[1])
    if match[2] and int(match[2]) < first:
        return None  # syntactically invalid: ignore the header
    if first >= size:
        raise RangeNotSatisfiable
    last = int(match[2]) if match[2] else size - 1
    return first, min(last, size - 1)
