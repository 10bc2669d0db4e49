"""Keyboard: is focus visible while tabbing through the first focusable elements?

Real Tab key presses (not ``el.focus()``), so ``:focus-visible`` styles apply as
they do for a keyboard user. Transitions are switched off first so the focused
style is read at its end state.
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
    s.textDecorationThickness, Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height),
    a.content, a.backgroundColor, a.borderBottomColor, b.content, b.outlineStyle].join('|');
};
window.__erSig = sig;
window.__erSel = __sel; window.__erSnip = __snip;
const focusable = Array.from(document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
  .filter((el) => !el.disabled && el.tabIndex >= 0).slice(0, arguments[0]);
window.__erBase = new Map(focusable.map((el) => [el, sig(el)]));
return focusable.length;
"""

READ = r"""
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
const base = window.__erBase.get(el);
const now = window.__erSig(el);
return {selector: window.__erSel(el), snippet: window.__erSnip(el), known: base !== undefined,
        changed: base !== undefined && base !== now};
"""


class KeyboardChecks(Check):
    family = "keyboard"

    #: How many Tab presses to check.
    tab_stops = 6

    def interact(self, session: PageSession, ctx: PageContext) -> list[Finding]:
        # The baseline covers more elements than we tab through: a page may
        # put tabindex order before DOM order.
        count = session.execute(PREPARE, self.tab_stops * 3)
        out: list[Finding] = []
        seen: set[str] = set()
        for _ in range(min(self.tab_stops, count or 0)):
            session.press_tab()
            state = session.execute(READ)
            if not state or state["selector"] in seen:
                break
            seen.add(state["selector"])
            if state["known"] and not state["changed"]:
                out.append(finding("er-focus-not-visible", state["selector"], state["snippet"],
                                   "Nothing changes when this element gets keyboard focus."))
        session.execute("if (document.activeElement) document.activeElement.blur();")
        return out
