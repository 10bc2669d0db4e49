"""Benchmark: what video guides and infographics cost to serve.

Prints the median time to
  - draw one infographic (wide + narrow SVG) in-process,
  - validate one caption file of 1000 cues,
  - make one PNG and one PDF download with headless Chromium (cold: no stored copy),
and the bytes of the demo videos, which must stay under 300 KB each.

Run: .venv/bin/python bench/media.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from bench.harness import median_ms  # noqa: E402
from cms import infographic_export as export  # noqa: E402
from cms.demo.infographic_texts import SOCIAL_SERVICES_AT_A_GLANCE  # noqa: E402
from cms.icons import icon_path  # noqa: E402
from cms.infographics import Infographic, Item, render_svg, svg_size, text_equivalent  # noqa: E402
from cms.webvtt import format_timestamp, parse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds

    data = SOCIAL_SERVICES_AT_A_GLANCE["lv"]
    info = Infographic(
        data["title"], data["layout"], tuple(Item(icon_path(i), f, s, i) for i, f, s in data["items"])
    )
    svg_ms = median_ms(lambda: (render_svg(info, "wide"), render_svg(info, "narrow")), rounds * 20)
    print(f"infographic SVG, wide + narrow: {svg_ms:.2f} ms")

    cues = "".join(
        f"\n{format_timestamp(i * 2)} --> {format_timestamp(i * 2 + 1.5)}\nTeikums numur {i}.\n"
        for i in range(1000)
    )
    vtt = ("WEBVTT\n" + cues).encode()
    print(f"WebVTT validation, 1000 cues: {median_ms(lambda: parse(vtt), rounds * 4):.1f} ms")

    svg = render_svg(info, "wide")
    width, height = svg_size(svg)
    alt = text_equivalent(info)
    png_ms = median_ms(lambda: export.png_from_svg(svg, width, height, info.title, alt), rounds)
    html = f"<!DOCTYPE html><html lang='lv'><meta charset='utf-8'><title>x</title><body>{svg}<p>{alt}</p>"
    pdf_ms = median_ms(lambda: export.pdf_from_html(html), rounds)
    print(f"PNG download, cold (Chromium): {png_ms:.0f} ms")
    print(f"PDF download, cold (Chromium): {pdf_ms:.0f} ms")

    for video in sorted((ROOT / "cms" / "demo" / "media").glob("*.mp4")):
        print(f"demo video {video.name}: {video.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
