"""Typography: small body text, justified text, long italic or ALL CAPS runs,
overlong lines and tight line height in running text."""

from __future__ import annotations

from typing import Any

from ..results import Finding
from . import Check, PageContext, finding, load_js

#: At most this many findings of one rule per page; the rest are counted in the message.
MAX_PER_RULE = 5

SCRIPT = load_js("typography.js")


class TypographyChecks(Check):
    family = "typography"
    script = SCRIPT

    #: Smallest body font size in CSS px.
    min_font_px = 14.0
    #: Smallest line height (ratio) in running text of two lines or more.
    min_line_height = 1.3
    #: Longest line in characters.
    max_chars_per_line = 100
    #: Italic or capitals runs longer than this (characters / letters) are flagged.
    max_italic_chars = 120
    max_caps_letters = 30

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        if not isinstance(data, list):
            return []
        by_rule: dict[str, list[Finding]] = {}

        def add(rule: str, block: dict[str, Any], message: str) -> None:
            by_rule.setdefault(rule, []).append(
                finding(rule, block["selector"], block["snippet"], message)
            )

        for b in data:
            if b["font_size"] < self.min_font_px:
                add("er-text-small", b, f"Body text is {b['font_size']:.0f} px; "
                    f"use at least {self.min_font_px:.0f} px (16 px preferred).")
            if b["align"] == "justify" and b["lines"] >= 2:
                add("er-text-justified", b, "Running text is justified; align it to the left.")
            if b["italic"] and b["chars"] > self.max_italic_chars:
                add("er-text-italic-long", b,
                    f"{b['chars']} characters of italic text; use italics for a few words at most.")
            if b["upper_ratio"] > 0.9 and b["letters"] > self.max_caps_letters:
                add("er-text-all-caps", b, "Long run of capital letters; write in sentence case.")
            if b["chars_per_line"] > self.max_chars_per_line and b["lines"] >= 2:
                add("er-line-too-long", b, f"About {b['chars_per_line']} characters per line; "
                    "aim at 80 or fewer.")
            if b["line_height"] < self.min_line_height and b["lines"] >= 2:
                add("er-line-height-tight", b, f"Line height is {b['line_height']:.2f}; "
                    "1.5 is easier to read.")
        out: list[Finding] = []
        for items in by_rule.values():
            if len(items) > MAX_PER_RULE:
                extra = len(items) - MAX_PER_RULE
                items = items[:MAX_PER_RULE]
                items[-1].message += f" ({extra} more on this page.)"
            out.extend(items)
        return out
