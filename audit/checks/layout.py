"""Layout: sideways scrolling at 320 CSS px (reflow) and text cut off at 200% text size.

Runs last, because it changes the page: first the viewport, then every font size.
"""

from __future__ import annotations

from ..results import Finding
from . import HELPERS, Check, PageContext, PageSession, finding

#: Elements sticking out of the viewport whose parent does not: the culprits.
REFLOW = HELPERS + r"""
const vw = document.documentElement.clientWidth;
const sw = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0);
if (sw <= vw + 1) return {overflow: false, width: sw, culprits: []};
const scrolls = (el) => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; } return false; };
const culprits = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.right <= vw + 1 || r.width === 0 || !__visible(el) || scrolls(el)) continue;
  const p = el.parentElement;
  if (p && p !== document.body && p.getBoundingClientRect().right > vw + 1) continue;
  culprits.push({selector: __sel(el), snippet: __snip(el), right: Math.round(r.right)});
  if (culprits.length >= 3) break;
}
return {overflow: true, width: sw, culprits};
"""

#: Double every computed font size, then look for text clipped by its box.
TEXT_200 = HELPERS + r"""
const all = Array.from(document.body.querySelectorAll('*'));
const clipped = (el) => {
  const s = getComputedStyle(el);
  const hidden = (o) => o === 'hidden' || o === 'clip';
  return (hidden(s.overflowY) && el.scrollHeight > el.clientHeight + 2) ||
         (hidden(s.overflowX) && el.scrollWidth > el.clientWidth + 2) ||
         (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 2);
};
const before = new Set(all.filter(clipped));
const sizes = all.map((el) => parseFloat(getComputedStyle(el).fontSize));
all.forEach((el, i) => el.style.setProperty('font-size', (sizes[i] * 2) + 'px', 'important'));
const found = [];
for (const el of all) {
  if (before.has(el) || !__visible(el) || !__text(el) || !clipped(el)) continue;
  if (found.some((f) => f.el.contains(el))) continue;
  found.push({el, selector: __sel(el), snippet: __snip(el)});
  if (found.length >= 3) break;
}
return found.map(({selector, snippet}) => ({selector, snippet}));
"""


class LayoutChecks(Check):
    family = "layout"

    #: Reflow width in CSS px (WCAG 1.4.10: 1280 px at 400% zoom).
    reflow_width = 320

    def interact(self, session: PageSession, ctx: PageContext) -> list[Finding]:
        out: list[Finding] = []
        session.set_viewport(self.reflow_width, 800)
        try:
            reflow = session.execute(REFLOW)
        finally:
            session.reset_viewport()
        if reflow and reflow.get("overflow"):
            culprits = reflow.get("culprits") or [{"selector": "html", "snippet": ""}]
            for c in culprits:
                out.append(finding(
                    "er-reflow-320", c["selector"], c["snippet"],
                    f"At {self.reflow_width} px the page is {reflow['width']} px wide; "
                    "this element sticks out."))
        for c in session.execute(TEXT_200) or []:
            out.append(finding("er-text-resize-clipped", c["selector"], c["snippet"],
                               "With text at 200% this element cuts its text off."))
        return out
