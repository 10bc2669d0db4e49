"""Checks run on each page: axe-core plus our own families (``er-`` rules).

A check has up to two parts: ``script``, a JavaScript function body evaluated
in the loaded page whose return value is plain JSON data, and ``evaluate``,
pure Python that turns that data into findings. Checks that must change the
page (tab through it, resize it) implement ``interact`` instead and run after
the read-only ones. All scripts of a page run in one WebDriver call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from ..results import Finding
from .registry import RULES


class PageSession(Protocol):
    """What an interactive check may do with the page (see audit.browser)."""

    def execute(self, script: str, *args: Any) -> Any: ...
    def press_tab(self, times: int = 1) -> None: ...
    def set_viewport(self, width: int, height: int) -> None: ...
    def reset_viewport(self) -> None: ...


@dataclass
class PageContext:
    url: str
    final_url: str
    content_language: str = ""
    #: Same-site link target -> LinkStatus, filled by the runner before evaluate().
    link_status: dict[str, Any] = field(default_factory=dict)


JS_DIR = Path(__file__).parent / "js"


@cache
def load_js(name: str) -> str:
    """A check's JavaScript from ``checks/js/`` (kept out of Python strings to lint it)."""
    return (JS_DIR / name).read_text(encoding="utf-8")


#: Shared JS helpers, defined once per call before the check scripts.
HELPERS = load_js("helpers.js")


class Check:
    """Base class of a family of checks."""

    #: The ``source`` of the findings (the family name in reports).
    family: str = ""
    #: JavaScript function body; ``return`` plain data. Empty when not needed.
    script: str = ""
    #: The family whose script data ``evaluate`` receives (default: its own).
    reads: str = ""

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        return []

    def interact(self, session: PageSession, ctx: PageContext) -> list[Finding]:
        return []

    @property
    def interactive(self) -> bool:
        return type(self).interact is not Check.interact


def finding(rule_id: str, selector: str = "", snippet: str = "", message: str = "",
            *, outcome: str | None = None) -> Finding:
    """A finding of one of our registered rules, mapped by the registry."""
    rule = RULES[rule_id]
    return Finding(
        rule=rule.id,
        source=rule.family,
        outcome=outcome or rule.outcome,
        impact=rule.impact,
        wcag=list(rule.wcag),
        en301549=list(rule.en301549),
        varam=rule.varam,
        selector=selector,
        snippet=snippet[:300],
        message=message or rule.title,
        help_url=rule.help_url,
    )


def default_checks(*, readability: bool = True) -> list[Check]:
    """Our own families in the order they run (read-only first, then interactive)."""
    from .documents import DocumentChecks
    from .keyboard import KeyboardChecks
    from .language import LanguageChecks
    from .layout import LayoutChecks
    from .links import LinkChecks
    from .media import MediaChecks
    from .typography import TypographyChecks

    return [
        TypographyChecks(),
        LinkChecks(),
        MediaChecks(),
        LanguageChecks(readability=readability),
        DocumentChecks(),
        KeyboardChecks(),
        LayoutChecks(),
    ]


def combined_script(checks: list[Check]) -> str:
    """One JS body running every read-only script, returning {family: data}."""
    parts = [HELPERS, "const __out = {};"]
    for check in checks:
        if check.script:
            parts.append(
                f"try {{ __out[{check.family!r}] = (() => {{ {check.script} }})(); }}"
                f" catch (e) {{ __out[{check.family!r}] = {{__error: String(e)}}; }}"
            )
    parts.append("return __out;")
    return "\n".join(parts)
