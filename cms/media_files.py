"""Serve a stored file with HTTP range requests, so a video can be seeked before it has loaded.

Wagtail's document view answers every request with the whole file; a phone on
a rural mobile connection would have to fetch all of it before jumping to
step 3. This view answers `Range: bytes=N-M` with 206 Partial Content.
"""

from collections.abc import Callable, Iterator
from typing import IO

from django.http import HttpResponse, HttpResponseNotAllowed, StreamingHttpResponse
from django.utils.http import content_disposition_header, http_date, quote_etag

from .byteranges import RangeNotSatisfiable, parse_range

CHUNK = 64 * 1024


class _FileRange:
    """Iterate over `length` bytes from `start`, then close the file (Django calls close())."""

    def __init__(self, handle: IO[bytes], start: int, length: int):
        self.handle = handle
        self.start = start
        self.remaining = length

    def __iter__(self) -> Iterator[bytes]:
        self.handle.seek(self.start)
        while self.remaining > 0:
            chunk = self.handle.read(min(CHUNK, self.remaining))
            if not chunk:
                break
            self.remaining -= len(chunk)
            yield chunk

    def close(self) -> None:
        self.handle.close()


def serve_with_ranges(
    request,
    open_file: Callable[[], IO[bytes]],
    size: int,
    content_type: str,
    etag: str = "",
    last_modified: float | None = None,
    max_age: int = 3600,
    filename: str = "",
):
    """A 200, 206, 304 or 416 response for GET and HEAD; the file opens only when bytes are sent."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    quoted = quote_etag(etag) if etag else ""
    headers = {
        "Accept-Ranges": "bytes",
        "Cache-Control": f"max-age={max_age}",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
    }
    if quoted:
        headers["ETag"] = quoted
    if last_modified is not None:
        headers["Last-Modified"] = http_date(last_modified)
    if filename:
        # Inline, so the video plays; the name is what a "download" link saves it as.
        headers["Content-Disposition"] = content_disposition_header(False, filename)

    if quoted and quoted in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        return HttpResponse(status=304, headers=headers)

    range_header = request.headers.get("Range")
    if_range = request.headers.get("If-Range")
    # A Range with a stale validator means "the file changed": send all of it again.
    if if_range and if_range != quoted and not (last_modified and if_range == http_date(last_modified)):
        range_header = None
    try:
        byte_range = parse_range(range_header, size)
    except RangeNotSatisfiable:
        return HttpResponse(status=416, headers={**headers, "Content-Range": f"bytes */{size}"})

    if byte_range is None:
        status, first, last = 200, 0, size - 1
    else:
        status, (first, last) = 206, byte_range
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    length = max(last - first + 1, 0)
    headers["Content-Type"] = content_type
    headers["Content-Length"] = str(length)
    if request.method == "HEAD":
        return HttpResponse(status=status, headers=headers)
    return StreamingHttpResponse(_FileRange(open_file(), first, length), status=status, headers=headers)
