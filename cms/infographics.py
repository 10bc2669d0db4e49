"""Infographics from structured data: accessible inline SVG plus a text equivalent.

Pure Python, no Django. An infographic is a title, a layout and a few items
(an icon, a big number or short label, one sentence). From that we draw an
SVG with <title> and <desc> and write the same facts as plain text, so the
information never lives only inside a picture.

Two drawings are made of each infographic: a wide one (several cards per row)
and a narrow one (one card per row). Pages show the narrow one on small
screens and at high zoom, where the wide one would shrink its text.

Text is wrapped here, on the server, from estimated glyph widths. The
estimates are generous (wider than Atkinson Hyperlegible and DejaVu Sans),
so a line may end early but does not run out of its card.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from html import escape
from typing import Literal

Layout = Literal["steps", "facts", "comparison", "who_to_call"]
Variant = Literal["wide", "narrow"]
LAYOUTS: tuple[Layout, ...] = ("steps", "facts", "comparison", "who_to_call")

FONT_FAMILY = "'Atkinson Hyperlegible', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"

#: Colours of every infographic. Pairs below are checked for contrast in the tests.
PALETTE: dict[str, str] = {
    "background": "#ffffff",
    "text": "#1a1a1a",
    "brand": "#0a3a66",
    "on_brand": "#ffffff",
    "card": "#eef3f8",
    "card_border": "#5c5c5c",
    "figure": "#0a3a66",
    "icon": "#0a3a66",
}
#: (foreground, background) pairs carrying text: need 4.5:1 (WCAG 1.4.3).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("on_brand", "brand"),
    ("text", "card"),
    ("figure", "card"),
    ("text", "background"),
)
#: (foreground, background) pairs for shapes that carry meaning: need 3:1 (WCAG 1.4.11).
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("icon", "card"),
    ("card_border", "background"),
    ("brand", "card"),
    ("brand", "background"),
)


@dataclass(frozen=True)
class Item:
    icon_path: str
    figure: str
    sentence: str
    icon: str = ""


@dataclass(frozen=True)
class Infographic:
    title: str
    layout: Layout
    items: tuple[Item, ...]

    def fingerprint(self) -> str:
        """Stable short hash of the content: element ids and download file names use it."""
        data = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Labels:
    """Words the caller translates; %(number)s is the step number."""

    step: str = "Step %(number)s"


# --- colour ------------------------------------------------------------------


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: str, second: str) -> float:
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --- text --------------------------------------------------------------------

_NARROW_CHARS = set("iljtfr.,:;'!|()[] ")
_WIDE_CHARS = set("mwMW@%—")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated rendered width in px; errs on the wide side."""
    width = 0.0
    for char in text:
        if char in _NARROW_CHARS:
            width += 0.34
        elif char in _WIDE_CHARS:
            width += 0.92
        elif char.isupper():
            width += 0.68
        else:
            width += 0.56
    return width * size * (1.08 if bold else 1.0)


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to `width` px; a word longer than a line is split."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word, size, bold) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut] + "-", size, bold) > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


# --- drawing -----------------------------------------------------------------


@dataclass(frozen=True)
class _Metrics:
    width: int
    pad: int
    gap: int
    title_size: int
    figure_size: int
    sentence_size: int
    icon: int


_METRICS: dict[Variant, _Metrics] = {
    "wide": _Metrics(width=960, pad=32, gap=24, title_size=34, figure_size=36, sentence_size=22, icon=48),
    # Narrower than it is shown on a phone (about 340 px), so its text comes out at 19 px or more.
    "narrow": _Metrics(width=400, pad=14, gap=14, title_size=26, figure_size=28, sentence_size=22, icon=40),
}


def _columns(layout: Layout, count: int, variant: Variant) -> int:
    if variant == "narrow":
        return 1
    if layout == "who_to_call":
        return 1 if count < 3 else 2
    if count == 4:
        return 2
    return min(count, 3)


@dataclass
class _Card:
    parts: list[str] = field(default_factory=list)
    height: float = 0


def _text_lines(
    lines: Sequence[str], x: float, y: float, size: int, colour: str, bold: bool
) -> tuple[str, float]:
    """SVG for lines whose first baseline sits one ascent below y; returns (svg, height)."""
    line_height = round(size * 1.3)
    weight = ' font-weight="700"' if bold else ""
    out = []
    for number, line in enumerate(lines):
        baseline = y + size + number * line_height
        out.append(
            f'<text x="{x:.0f}" y="{baseline:.0f}" font-size="{size}"{weight} fill="{colour}">'
            f"{escape(line)}</text>"
        )
    return "".join(out), len(lines) * line_height


def _icon(path: str, x: float, y: float, size: int) -> str:
    scale = size / 24
    return (
        f'<g transform="translate({x:.0f} {y:.0f}) scale({scale:g})" fill="none" stroke="{PALETTE["icon"]}" '
        f'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="{escape(path)}"/></g>'
    )


def _badge(number: int, cx: float, cy: float, radius: int) -> str:
    return (
        f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="{radius}" fill="{PALETTE["brand"]}"/>'
        f'<text x="{cx:.0f}" y="{cy + radius * 0.36:.0f}" font-size="{round(radius * 1.05)}" '
        f'font-weight="700" text-anchor="middle" fill="{PALETTE["on_brand"]}">{number}</text>'
    )


def _card(item: Item, number: int, layout: Layout, width: float, m: _Metrics, stacked: bool) -> _Card:
    """Draw one card at (0, 0); `stacked` puts the icon above the text, else beside it."""
    inner = 20
    card = _Card()
    figure_size = m.figure_size + (6 if layout == "comparison" else 0)
    if stacked:
        x, y = inner, inner
        if layout == "steps":
            card.parts.append(_badge(number, x + 22, y + m.icon / 2, 22))
            card.parts.append(_icon(item.icon_path, x + 56, y, m.icon))
        else:
            card.parts.append(_icon(item.icon_path, x, y, m.icon))
        y += m.icon + 14
        text_width_px = width - 2 * inner
    else:
        x, y = inner, inner
        column = m.icon + 16
        if layout == "steps":
            card.parts.append(_badge(number, x + m.icon / 2, y + 20, 20))
            card.parts.append(_icon(item.icon_path, x, y + 48, m.icon))
            icon_bottom = y + 48 + m.icon
        else:
            card.parts.append(_icon(item.icon_path, x, y, m.icon))
            icon_bottom = y + m.icon
        x += column
        text_width_px = width - column - 2 * inner
    # A big label shrinks until its longest word fits, rather than breaking the word.
    longest = max(item.figure.split() or [""], key=len)
    while figure_size > m.sentence_size and text_width(longest, figure_size, bold=True) > text_width_px:
        figure_size -= 2
    lines = wrap(item.figure, text_width_px, figure_size, bold=True)
    svg, height = _text_lines(lines, x, y, figure_size, PALETTE["figure"], bold=True)
    card.parts.append(svg)
    y += height + 6
    lines = wrap(item.sentence, text_width_px, m.sentence_size)
    svg, height = _text_lines(lines, x, y, m.sentence_size, PALETTE["text"], bold=False)
    card.parts.append(svg)
    y += height
    if not stacked:
        y = max(y, icon_bottom)
    card.height = y + inner
    return card


def render_svg(info: Infographic, variant: Variant = "wide", labels: Labels | None = None) -> str:
    """The infographic as an SVG element for inline use (role="img", <title>, <desc>).

    Element ids are `ig-<fingerprint>-<variant>-title|desc`, so both drawings of
    one infographic can sit on the same page.
    """
    labels = labels or Labels()
    m = _METRICS[variant]
    ident = f"ig-{info.fingerprint()}-{variant}"
    columns = _columns(info.layout, len(info.items), variant)
    stacked = variant == "wide" and info.layout != "who_to_call"
    card_width = (m.width - 2 * m.pad - (columns - 1) * m.gap) / columns

    title_lines = wrap(info.title, m.width - 2 * m.pad, m.title_size, bold=True)
    title_svg, title_height = _text_lines(
        title_lines, m.pad, 24, m.title_size, PALETTE["on_brand"], bold=True
    )
    band = 24 + title_height + 20

    cards = [_card(item, n, info.layout, card_width, m, stacked) for n, item in enumerate(info.items, 1)]
    body: list[str] = []
    y = band + m.pad
    for row_start in range(0, len(cards), columns):
        row = cards[row_start : row_start + columns]
        row_height = max(card.height for card in row)
        for column, card in enumerate(row):
            x = m.pad + column * (card_width + m.gap)
            body.append(
                f'<g transform="translate({x:.0f} {y:.0f})">'
                f'<rect x="1" y="1" width="{card_width - 2:.0f}" height="{row_height - 2:.0f}" rx="12" '
                f'fill="{PALETTE["card"]}" stroke="{PALETTE["card_border"]}" stroke-width="2"/>'
                + "".join(card.parts)
                + "</g>"
            )
        y += row_height + m.gap
    height = round(y - m.gap + m.pad)

    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="infographic-svg infographic-{variant}" '
        f'viewBox="0 0 {m.width} {height}" role="img" aria-labelledby="{ident}-title" '
        f'aria-describedby="{ident}-desc" focusable="false" font-family="{escape(FONT_FAMILY)}">'
        f'<title id="{ident}-title">{escape(info.title)}</title>'
        f'<desc id="{ident}-desc">{escape(text_equivalent(info, labels))}</desc>'
        f'<rect width="{m.width}" height="{height}" fill="{PALETTE["background"]}"/>'
        f'<rect width="{m.width}" height="{band:.0f}" fill="{PALETTE["brand"]}"/>'
        f"{title_svg}{''.join(body)}"
        f'<rect x="1" y="1" width="{m.width - 2}" height="{height - 2}" fill="none" '
        f'stroke="{PALETTE["card_border"]}" stroke-width="2"/>'
        "</svg>"
    )


def svg_size(svg: str) -> tuple[int, int]:
    """(width, height) from a drawing's viewBox, for rendering it to a picture."""
    start = svg.index('viewBox="') + len('viewBox="')
    _x, _y, width, height = svg[start : svg.index('"', start)].split()
    return int(width), int(height)


def item_lines(info: Infographic, labels: Labels | None = None) -> list[str]:
    """One plain sentence per item, in order."""
    labels = labels or Labels()
    lines = []
    for number, item in enumerate(info.items, 1):
        text = f"{item.figure} – {item.sentence}" if item.figure else item.sentence
        if info.layout == "steps":
            text = f"{labels.step % {'number': number}}: {text}"
        lines.append(text)
    return lines


def text_equivalent(info: Infographic, labels: Labels | None = None) -> str:
    """The whole infographic as plain text: the SVG's <desc> and the picture's alt text."""
    return "\n".join([info.title, *item_lines(info, labels)])
