"""Headless Chromium as this project runs it: the Debian build, offline, no sandbox.

One place for the flags, because every one matters on these machines: without
the background-networking flags Chromium keeps dialling hosts it cannot reach.
"""

import shutil

#: Flags for every headless Chromium the project starts (PDFs, PNGs, tests).
HEADLESS_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_binary(configured: str = "") -> str:
    """The configured binary, else the one on PATH, else Debian's path."""
    return configured or shutil.which("chromium") or "/usr/bin/chromium"
