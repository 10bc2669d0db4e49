"""Keyboard: is focus visible while tabbing through the first focusable elements?

Real Tab key presses (not ``el.focus()``), so ``:focus-visible`` styles apply as
they do for a keyboard user. A ``focusin`` listener compares each element's
look when it receives focus with its look before; all presses go in one
WebDriver action, so the check costs three round trips whatever the count.
Transitions are switched off first so the focused style is read at its end.
"""

from __future__ import annotations

from ..results import Finding
from . import HELPERS, Check, PageContext, PageSession, finding

PREPARE = HELPERS + r"""
const st = document.createElement('style');
st.textContent = '*,*::before,*::after{transition:none!important;animation:none!important}';
document.head.appendChild(st);
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
const sig = (el) => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  const a = getComputedStyle(el, '::after'), b = getComputedStyle(el, '::before');
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderTopColor,
    s.borderBottomColor, s.borderBottomWidth, s.backgroundColor, s.color, s.textDecorationLine,
    s.textDecorationThickness, Math.round(r.x + scrollX), Math.round(r.y + scrollY),
    Math.round(r.width), Math.round(r.height),
    a.content, a.backgroundColor, a.borderBottomColor, b.content, b.outlineStyle].join('|');
};
const focusable = Array.from(document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
  .filter((el) => !el.disabled && el.tabIndex >= 0).slice(0, arguments[0]);
const base = new Map(focusable.map((el) => [el, sig(el)]));
const stops = [];
window.__erStops = stops;
document.addEventListener('focusin', (event) => {
  const el = event.target;
  if (!(el instanceof Element) || stops.length >= arguments[1]) return;
  const before = base.get(el);
  stops.push({selector: __sel(el), snippet: __snip(el), known: before !== undefined,
              changed: before !== undefined && before !== sig(el)});
}, true);
return focusable.length;
"""

READ = r"""
const stops = window.__erStops || [];
if (document.activeElement) document.activeElement.blur();
return stops;
"""


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
