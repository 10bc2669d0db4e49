"""The HTML run report: totals by impact, WCAG criterion, EN 301 549 clause, VARAM
aspect, check family and page; the worst pages; every finding with its details."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..checks.registry import RULES, VARAM_ASPECTS

IMPACT_WEIGHT = {"critical": 10, "serious": 5, "moderate": 2, "minor": 1}
IMPACT_ORDER = ["critical", "serious", "moderate", "minor", "none"]


def _criterion_key(key: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in key.split("."))


def summarise(contract: dict[str, Any]) -> dict[str, Any]:
    """Counts for every table of the report (pure; also used by the XLSX summary)."""

    def counter():
        return defaultdict(lambda: {"violation": 0, "needs-review": 0})

    by_impact, by_wcag, by_en, by_varam, by_family, by_rule = (counter() for _ in range(6))
    rule_pages: dict[str, set[str]] = defaultdict(set)
    rule_help: dict[str, str] = {}
    pages = []
    documents = []
    violations = needs_review = errors = 0
    for i, page in enumerate(contract.get("pages", []), 1):
        row = {**page, "violation": 0, "needs-review": 0, "score": 0, "anchor": f"page-{i}"}
        errors += page.get("error") is not None
        for doc in page.get("documents") or []:
            documents.append({**doc, "page": page["url"]})
        for f in page.get("findings", []):
            outcome = f["outcome"]
            row[outcome] += 1
            if outcome == "violation":
                violations += 1
                row["score"] += IMPACT_WEIGHT.get(f.get("impact") or "", 1)
            else:
                needs_review += 1
            by_impact[f.get("impact") or "none"][outcome] += 1
            for c in f.get("wcag") or ["—"]:
                by_wcag[c][outcome] += 1
            for c in f.get("en301549") or ["—"]:
                by_en[c][outcome] += 1
            by_varam[f.get("varam") or ""][outcome] += 1
            by_family[f["source"]][outcome] += 1
            by_rule[f["rule"]][outcome] += 1
            rule_pages[f["rule"]].add(page["url"])
            rule_help.setdefault(f["rule"], f.get("help_url") or "")
        pages.append(row)

    def rows(counts, order=None):
        keys = order if order is not None else sorted(counts)
        return [{"key": k, **counts[k]} for k in keys if k in counts]

    varam_rows = []
    for slug, (lv, en) in VARAM_ASPECTS.items():
        c = by_varam.get(slug, {"violation": 0, "needs-review": 0})
        varam_rows.append({"key": slug, "name": f"{lv} / {en}", **c})
    if "" in by_varam:
        varam_rows.append({"key": "", "name": "(no VARAM aspect)", **by_varam[""]})
    rule_rows = []
    for rule, c in sorted(by_rule.items(), key=lambda kv: (-kv[1]["violation"],
                                                          -kv[1]["needs-review"], kv[0])):
        info = RULES.get(rule)
        rule_rows.append({"key": rule, **c, "pages": len(rule_pages[rule]),
                          "title": info.title if info else "", "help_url": rule_help[rule]})
    worst = sorted((p for p in pages if p["violation"]),
                   key=lambda p: (-p["score"], -p["violation"], p["url"]))[:10]
    return {
        "run": contract.get("run", {}),
        "pages": len(pages), "violations": violations, "needs_review": needs_review,
        "errors": errors,
        "by_impact": rows(by_impact, IMPACT_ORDER),
        "by_wcag": rows(by_wcag, sorted(by_wcag, key=_criterion_key)),
        "by_en": rows(by_en, sorted(by_en, key=_criterion_key)),
        "by_varam": varam_rows,
        "varam_failed": sum(1 for r in varam_rows if r["key"] and r["violation"]),
        "by_family": rows(by_family),
        "by_rule": rule_rows,
        "by_page": pages,
        "worst_pages": worst,
        "documents": documents,
    }


def render_html(contract: dict[str, Any], *, standalone: bool = True) -> str:
    from django.template.loader import render_to_string

    summary = summarise(contract)
    return render_to_string("audit/report.html", {
        "summary": summary, "run": contract.get("run", {}),
        "pages": summary["by_page"], "standalone": standalone,
    })
