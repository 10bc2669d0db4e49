"""PDF: the HTML report printed by headless Chromium."""

from __future__ import annotations

import subprocess  # noqa: S404 - fixed arguments, no shell
import tempfile
from pathlib import Path

from ..browser import CHROMIUM_ARGS


def html_to_pdf(html: str, *, binary: str = "/usr/bin/chromium", timeout: float = 120) -> bytes:
    with tempfile.TemporaryDirectory(prefix="audit-pdf-") as tmp:
        src = Path(tmp) / "report.html"
        out = Path(tmp) / "report.pdf"
        src.write_text(html, encoding="utf-8")
        args = [a for a in CHROMIUM_ARGS if not a.startswith("--autoplay")]
        subprocess.run(  # noqa: S603
            [binary, *args, f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.as_uri()],
            check=True, timeout=timeout, capture_output=True,
        )
        return out.read_bytes()
