"""Charts for the plan document: inline SVG a manager reads at a glance.

Each chart is an ``<svg role="img">`` with a ``<title>`` that says what it
shows and its numbers; the document puts the same numbers in a table next to
it (the text equivalent). Bars carry their value as text, so no reader has to
estimate lengths, and the colours pass 3:1 against white (WCAG 1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

BAR = "#0a3a66"       # 11.8:1 on white
GOOD = "#1d6b2f"      # 6.6:1 on white
TARGET = "#8a4a00"    # 6.1:1 on white
TEXT = "#1a1a1a"
GRID = "#767676"
FONT = 'font-family="Arial, sans-serif"'
#: A white outline behind numbers keeps them readable where they cross a line.
HALO = 'stroke="#fff" stroke-width="4" paint-order="stroke"'


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None
    #: Text written at the end of the bar; the value when empty.
    text: str = ""


def _svg(width: int, height: int, title: str, body: str, chart_id: str) -> str:
    return (
        f'<svg class="chart" role="img" aria-labelledby="{chart_id}-t" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{escape(title)}</title>{body}</svg>'
    )


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def horizontal_bars(bars: list[Bar], title: str, chart_id: str, *, width: int = 640,
                    label_width: int = 150, max_value: float | None = None) -> str:
    """One labelled bar per row: findings by criterion, actions by owner, ..."""
    row = 30
    height = max(row, row * len(bars)) + 10
    peak = max_value or max([b.value or 0 for b in bars] + [1])
    room = width - label_width - 60
    parts = []
    for i, bar in enumerate(bars):
        y = 5 + i * row
        length = 0 if not bar.value else max(2, round(bar.value / peak * room))
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 19}" text-anchor="end" {FONT} font-size="14" '
            f'fill="{TEXT}">{escape(bar.label)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{length}" height="20" fill="{BAR}"/>'
            f'<text x="{label_width + length + 6}" y="{y + 19}" {FONT} font-size="14" font-weight="bold" '
            f'fill="{TEXT}">{escape(bar.text or _fmt(bar.value))}</text>'
        )
    parts.append(f'<line x1="{label_width}" y1="2" x2="{label_width}" y2="{height - 4}" '
                 f'stroke="{GRID}" stroke-width="1"/>')
    return _svg(width, height, title, "".join(parts), chart_id)


def columns(bars: list[Bar], title: str, chart_id: str, *, width: int = 640, height: int = 240,
            max_value: float | None = None, target: float | None = None,
            target_label: str = "") -> str:
    """Vertical bars over time (runs, months), with an optional dashed target line."""
    top, bottom = (48 if target is not None else 24), 40
    plot = height - top - bottom
    peak = max_value or max([b.value or 0 for b in bars] + [target or 0, 1])
    slot = (width - 20) / max(1, len(bars))
    bar_width = min(60, slot * 0.6)
    parts = [f'<line x1="10" y1="{top + plot}" x2="{width - 10}" y2="{top + plot}" '
             f'stroke="{GRID}" stroke-width="1"/>']
    # The target line goes first: bars and their numbers are drawn over it.
    if target is not None:
        y = top + plot - round(target / peak * plot)
        parts.append(f'<line x1="10" y1="{y}" x2="{width - 10}" y2="{y}" stroke="{TARGET}" '
                     f'stroke-width="2" stroke-dasharray="8 5"/>')
        # The legend sits above the plot, so it never collides with the bars' numbers.
        parts.append(f'<line x1="{width - 150}" y1="14" x2="{width - 116}" y2="14" stroke="{TARGET}" '
                     f'stroke-width="2" stroke-dasharray="8 5"/>')
        parts.append(f'<text x="{width - 110}" y="19" {FONT} font-size="13" font-weight="bold" '
                     f'fill="{TARGET}">{escape(target_label)}</text>')
    for i, bar in enumerate(bars):
        cx = 10 + slot * i + slot / 2
        if bar.value is not None:
            h = max(2, round(bar.value / peak * plot)) if bar.value else 0
            parts.append(f'<rect x="{cx - bar_width / 2:.1f}" y="{top + plot - h}" width="{bar_width:.1f}" '
                         f'height="{h}" fill="{BAR}"/>')
            parts.append(f'<text x="{cx:.1f}" y="{top + plot - h - 6}" text-anchor="middle" {FONT} '
                         f'font-size="14" font-weight="bold" fill="{TEXT}" {HALO}>'
                         f'{escape(bar.text or _fmt(bar.value))}</text>')
        parts.append(f'<text x="{cx:.1f}" y="{top + plot + 20}" text-anchor="middle" {FONT} font-size="13" '
                     f'fill="{TEXT}">{escape(bar.label)}</text>')
    return _svg(width, height, title, "".join(parts), chart_id)
