"""Keyboard: is focus visible while tabbing through the first focusable elements?

Real Tab key presses (not ``el.focus()``), so ``:focus-visible`` styles apply as
they do for a keyboard user. A ``focusin`` listener compares each element's
look when it receives focus with its look before; all presses go in one
WebDriver action, so the check costs three round trips whatever the count.
Transitions are switched off first so the focused style is read at its end.
"""

from __future__ import annotations

from ..results import Finding
from . import HELPERS, Check, PageContext, PageSession, finding, load_js

PREPARE = HELPERS + load_js("keyboard_prepare.js")

READ = load_js("keyboard_read.js")


class KeyboardChecks(Check):
    family = "keyboard"

    #: How many Tab presses to check.
    tab_stops = 6

    def interact(self, session: PageSession, ctx: PageContext) -> list[Finding]:
        # The baseline covers more elements than we tab through: a page may
        # put tabindex order before DOM order.
        count = session.execute(PREPARE, self.tab_stops * 3, self.tab_stops)
        if not count:
            return []
        session.press_tab(min(self.tab_stops, count))
        out: list[Finding] = []
        seen: set[str] = set()
        for stop in session.execute(READ) or []:
            if stop["selector"] in seen:
                break
            seen.add(stop["selector"])
            if stop["known"] and not stop["changed"]:
                out.append(finding("er-focus-not-visible", stop["selector"], stop["snippet"],
                                   "Nothing changes when this element gets keyboard focus."))
        return out
