"""Layout: sideways scrolling at 320 CSS px (reflow) and text cut off at 200% text size.

Runs last, because it changes the page: first the viewport, then every font size.
"""

from __future__ import annotations

from ..results import Finding
from . import HELPERS, Check, PageContext, PageSession, finding, load_js

#: Elements sticking out of the viewport whose parent does not: the culprits.
REFLOW = HELPERS + load_js("layout_reflow.js")

#: Double every computed font size, then look for text clipped by its box.
TEXT_200 = HELPERS + load_js("layout_text200.js")


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
