"""Short codes and QR code images. Pure: text in, bytes out; no Django, no ORM.

The `qrcode` package does the encoding (version, mask, error correction); this
module only draws the resulting module matrix, because drawing it ourselves
lets the SVG carry a title, a physical size in millimetres and one compact
path, and the PNG an exact pixel grid with no blurred module edges.
"""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import Callable
from typing import Literal

import qrcode
from PIL import Image

#: Upper-case letters and digits without the look-alikes 0/O and 1/I/L, so a
#: code copied by hand from paper cannot be misread.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
#: 31**6 is about 887 million codes: guessing a live one is hopeless, and six
#: characters still fit on a line of large print.
CODE_LENGTH = 6
#: The ISO/IEC 18004 quiet zone: four light modules on every side.
QUIET_ZONE = 4
#: Below this printed width a code is "small" and gets the stronger level Q.
SMALL_PRINT_MM = 30.0

ErrorCorrection = Literal["L", "M", "Q", "H"]
_LEVELS: dict[str, int] = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_CODE_RE = re.compile(rf"[{ALPHABET}]{{4,16}}")


def new_code(length: int = CODE_LENGTH, choice: Callable[[str], str] = secrets.choice) -> str:
    """Return a random short code of `length` characters from `ALPHABET`."""
    return "".join(choice(ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str | None:
    """Return the canonical (upper-case) form of a typed code, or None if it cannot be one.

    People type what they read on paper: lower case and stray spaces are
    forgiven; characters that are not in the alphabet mean "no such code".
    """
    candidate = text.strip().upper()
    return candidate if _CODE_RE.fullmatch(candidate) else None


def error_correction_for(width_mm: float) -> ErrorCorrection:
    """Level M for normal prints; Q for small prints, where a smudge covers more modules."""
    return "Q" if width_mm < SMALL_PRINT_MM else "M"


def matrix(text: str, error_correction: ErrorCorrection = "M") -> list[list[bool]]:
    """The module matrix (True = dark) of the smallest QR code holding `text`, quiet zone included."""
    if error_correction not in _LEVELS:
        raise ValueError(f"error correction must be one of L, M, Q, H, not {error_correction!r}")
    code = qrcode.QRCode(error_correction=_LEVELS[error_correction], border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def svg(
    text: str,
    *,
    width_mm: float = 40.0,
    error_correction: ErrorCorrection | None = None,
    title: str | None = None,
    xml_declaration: bool = True,
) -> bytes:
    """An SVG of the code, `width_mm` wide on paper, drawn as one path of dark runs.

    `title` becomes the image's accessible name (`<title>` plus `role="img"`).
    The error correction level defaults to the one suited to the printed width.
    Without the XML declaration the markup can be placed inline in HTML.
    """
    level = error_correction or error_correction_for(width_mm)
    grid = matrix(text, level)
    size = len(grid)
    runs = []
    for y, row in enumerate(grid):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append(f"M{start} {y}h{x - start}v1h{start - x}z")
            else:
                x += 1
    label = _xml_escape(title or text)
    width = f"{width_mm:g}mm"
    prolog = '<?xml version="1.0" encoding="UTF-8"?>\n' if xml_declaration else ""
    return (
        f'{prolog}<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{width}" '
        f'viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f"<title>{label}</title>"
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>\n'
    ).encode()


def png(
    text: str,
    *,
    size_px: int = 600,
    error_correction: ErrorCorrection = "M",
    dpi: int = 300,
) -> bytes:
    """A black-and-white PNG of the code, at most `size_px` wide, every module a whole number of pixels.

    Whole pixels per module keep the edges sharp; the image is therefore as
    close to `size_px` as the module count allows, never larger (and at least
    one pixel per module).
    """
    grid = matrix(text, error_correction)
    size = len(grid)
    scale = max(1, size_px // size)
    small = Image.new("1", (size, size), 1)
    small.putdata([0 if dark else 1 for row in grid for dark in row])
    image = small.resize((size * scale, size * scale), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def modules(text: str, error_correction: ErrorCorrection = "M") -> int:
    """How many modules wide the code is, quiet zone included (for size checks on paper)."""
    return len(matrix(text, error_correction))


def _xml_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
