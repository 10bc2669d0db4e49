"""Infographics as PNG (social media, notice boards) and PDF (printing), drawn by headless Chromium.

Chromium draws exactly what the page shows (same SVG, same font), which a
second renderer would not. Starting it costs about a second and half a
gigabyte, so results are kept in storage under a hash of their content and
only one Chromium runs at a time on a machine.

The PNG carries the text equivalent as its description (PNG iTXt and XMP
`Iptc4xmpCore:AltTextAccessibility`), so it travels with the file. The PDF is
printed from HTML that holds the drawing and the text version as real text.
"""

import fcntl
import functools
import hashlib
import io
import os
import signal
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, PngImagePlugin

from cms.chromium import HEADLESS_FLAGS
from cms.chromium import chromium_binary as find_chromium

#: Bump when the drawing or the export changes, so stored files are made again.
RENDER_VERSION = "1"
#: PNG pixels per SVG unit: the wide drawing (960 units) becomes 1440 px.
SCALE = 1.5
TIMEOUT = 60
FLAGS = [*HEADLESS_FLAGS, "--hide-scrollbars"]
FONT_FILES = [
    ("400", "fonts/atkinson-hyperlegible-latin-400-normal.woff2"),
    ("400", "fonts/atkinson-hyperlegible-latin-ext-400-normal.woff2"),
    ("700", "fonts/atkinson-hyperlegible-latin-700-normal.woff2"),
    ("700", "fonts/atkinson-hyperlegible-latin-ext-700-normal.woff2"),
]


class ExportUnavailable(Exception):
    """Chromium is missing or failed; the page still has the text version."""


def chromium_binary() -> str:
    return find_chromium(getattr(settings, "CMS_CHROMIUM_BINARY", ""))


@functools.cache
def font_face_css() -> str:
    """@font-face rules pointing at the site's own font files, so exports look like the page.

    Looked up once per process: every PDF download renders its HTML (the storage key) with it.
    """
    rules = []
    for weight, name in FONT_FILES:
        found = finders.find(name)
        if found:
            rules.append(
                '@font-face{font-family:"Atkinson Hyperlegible";font-style:normal;'
                f'font-weight:{weight};src:url("{Path(found).as_uri()}") format("woff2");}}'
            )
    return "".join(rules)


def _run_chromium(html: str, args: list[str], output: str) -> bytes:
    binary = chromium_binary()
    if not Path(binary).exists():
        raise ExportUnavailable(f"{binary} not found")
    lock_path = Path(tempfile.gettempdir()) / "cms-infographic-export.lock"
    with tempfile.TemporaryDirectory(prefix="infographic-") as work, open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        page = Path(work) / "page.html"
        page.write_text(html, encoding="utf-8")
        target = Path(work) / output
        command = [binary, *FLAGS, f"--user-data-dir={work}/profile", *[a.format(out=target) for a in args]]
        # Its own process group, so a hung Chromium and its helpers can be stopped together.
        process = subprocess.Popen(  # noqa: S603 (fixed binary and flags, our own file)
            [*command, page.as_uri()],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as error:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise ExportUnavailable("Chromium timed out") from error
        if not target.exists() or target.stat().st_size == 0:
            raise ExportUnavailable(f"Chromium exited with {process.returncode} and wrote nothing")
        return target.read_bytes()


def _xmp(title: str, description: str) -> str:
    title, description = escape(title), escape(description)
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt>'
        "</dc:description>"
        "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )


def png_from_svg(svg: str, width: int, height: int, title: str, alt_text: str) -> bytes:
    """A PNG of an SVG drawing, with the alt text stored in the file."""
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        f"{font_face_css()}html,body{{margin:0;background:#fff}}"
        f"svg{{display:block;width:{width}px;height:{height}px}}</style></head><body>{svg}</body></html>"
    )
    shot = _run_chromium(
        html,
        [f"--force-device-scale-factor={SCALE}", f"--window-size={width},{height}", "--screenshot={out}"],
        "shot.png",
    )
    image = Image.open(io.BytesIO(shot))
    image.load()
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Title", title)
    info.add_itxt("Description", alt_text)
    info.add_itxt("XML:com.adobe.xmp", _xmp(title, alt_text))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", pnginfo=info, optimize=True)
    return out.getvalue()


def pdf_from_html(html: str) -> bytes:
    """A PDF printed from a standalone HTML document (A4, no browser header or footer)."""
    return _run_chromium(html, ["--no-pdf-header-footer", "--print-to-pdf={out}"], "out.pdf")


def stored(content: str, extension: str, make) -> bytes:
    """The file made from `content`, from storage when it was made before."""
    key = hashlib.sha256(f"{RENDER_VERSION}|{extension}|{content}".encode()).hexdigest()[:32]
    name = f"infographics/{key}.{extension}"
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    data = make()
    default_storage.save(name, ContentFile(data))
    return data
