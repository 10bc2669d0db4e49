"""axe-core: the pinned ``static/audit/axe.min.js``, WCAG 2.2 AA tags plus best practice,
``target-size`` on, violations and needs-review (incomplete) results both kept."""

from __future__ import annotations

from typing import Any

from ..results import Finding
from .registry import aspect_for, criteria_from_tags, en_clauses, en_from_tags

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_options(tags: list[str] | None = None) -> dict[str, Any]:
    """Options for ``axe.run`` as JSON-ready data (never formatted into JS text)."""
    return {
        "runOnly": {"type": "tag", "values": list(tags or TAGS)},
        "rules": {"target-size": {"enabled": True}},
        "resultTypes": ["violations", "incomplete"],
        # Media that never loads (a 404 video) would otherwise hold axe for 10 s.
        "preload": {"assets": ["cssom", "media"], "timeout": 2000},
    }


def _selector(target: Any) -> str:
    # Nested frames and shadow roots come as lists; join them the way axe prints them.
    if isinstance(target, list):
        return " >>> ".join(_selector(t) for t in target)
    return str(target)


def findings_from_axe(result: dict[str, Any]) -> list[Finding]:
    out: list[Finding] = []
    for key, outcome in (("violations", "violation"), ("incomplete", "needs-review")):
        for rule in result.get(key) or []:
            tags = rule.get("tags") or []
            wcag = criteria_from_tags(tags)
            en = en_from_tags(tags) or en_clauses(wcag)
            aspect = aspect_for(wcag, rule["id"])
            for node in rule.get("nodes") or []:
                message = (node.get("failureSummary") or "").strip()
                if not message:
                    checks = (node.get("any") or []) + (node.get("all") or []) + (
                        node.get("none") or [])
                    message = "; ".join(c.get("message", "") for c in checks if c.get("message"))
                out.append(Finding(
                    rule=rule["id"], source="axe", outcome=outcome,
                    impact=node.get("impact") or rule.get("impact"),
                    wcag=wcag, en301549=en, varam=aspect,
                    selector=_selector(node.get("target") or []),
                    snippet=(node.get("html") or "")[:300],
                    message=message or rule.get("help", ""),
                    help_url=rule.get("helpUrl", ""),
                ))
    return out
