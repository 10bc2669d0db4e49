# ruff: noqa: E501 - a data table, one finding per row
"""Demo data for the improvement plan: two invented audits of the demo site, a year apart.

Real audits of the demo site find nothing (CI checks that), which would make an
empty plan. These runs plant typical barriers on the demo site's real URLs,
clearly labelled as demo data, so the plan, its verification and the
statement have something to show: last year's run and plan, this year's run
(some barriers fixed, one new), this year's plan, and the statement from it.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from .models import AuditRun, Finding, PageResult, Review
from .results import fingerprint

DEMO_MESSAGE = "Demo data: an invented audit that shows how the improvement plan works, not a real check."
BASE = "http://localhost"
ALL = "all"  # a finding on every page: a shared component

#: (rule, source, outcome, impact, wcag, varam, selector, pages, review, runs)
#: pages: ALL, or page slugs ("" = home); runs: which demo runs have it (0 = last year, 1 = this year).
FINDINGS = [
    ("label", "axe", "violation", "critical", ["4.1.2", "1.3.1"], "forms", "#site-search", ALL, None, (0,)),
    ("color-contrast", "axe", "violation", "serious", ["1.4.3"], "contrast", ".site-footer .muted", ALL, None,
     (0, 1)),
    ("target-size", "axe", "violation", "serious", ["2.5.8"], "keyboard", ".languages li:nth-child(3) > a", ALL,
     None, (0,)),
    ("image-alt", "axe", "violation", "critical", ["1.1.1"], "text-alternatives", ".prose img",
     ["apkures-kompensacija", "majokla-pielagosana", "socialais-majoklis"], None, (0,)),
    ("image-alt", "axe", "violation", "critical", ["1.1.1"], "text-alternatives", ".prose img",
     ["majokla-pielagosana", "socialais-majoklis"], None, (1,)),
    ("heading-order", "axe", "violation", "moderate", [], "headings", ".phone-lines h3", ["palidziba"], None, (0,)),
    ("er-link-vague", "links", "needs-review", "moderate", ["2.4.4"], "navigation", ".prose a:nth-child(2)",
     ["dzivesvietas-deklaresana", "buvatlauja", "apbedisanas-pabalsts"], "failed", (0, 1)),
    ("er-link-document-format", "links", "violation", "minor", ["2.4.4"], "navigation", ".prose a[href$='.pdf']",
     ["par-vietni"], None, (0, 1)),
    ("er-text-resize-clipped", "layout", "violation", "serious", ["1.4.4"], "text-zoom", ".phone-number",
     ["palidziba"], None, (1,)),
    ("er-focus-not-visible", "keyboard", "violation", "serious", ["2.4.7"], "keyboard", ".card-link a", [""],
     None, (1,)),
    ("er-embedded-video-review", "media", "needs-review", "moderate", ["1.2.2"], "multimedia", "iframe",
     ["par-vietni"], None, (1,)),
]


def _demo_pages() -> list[tuple[str, int, str, str]]:
    """(path, depth, title, slug) of the demo site's live Latvian pages, in tree order."""
    from wagtail.models import Page

    out = []
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="lv").order_by("path")
    home_depth = min((p.depth for p in pages), default=2)
    for page in pages:
        url = page.get_url()
        if url:
            out.append((urlsplit(url).path, page.depth - home_depth, page.title, page.slug))
    return out


def _make_run(when: dt.datetime, pages, index: int) -> AuditRun:
    run = AuditRun.objects.create(
        start_urls=[BASE + "/lv/"], status=AuditRun.Status.FINISHED, message=DEMO_MESSAGE,
        config={"demo": True, "families": ["axe", "typography", "links", "media", "language", "documents",
                                           "keyboard", "layout"]},
        engine={"axe": "4.14.1", "product": "demo"},
    )
    AuditRun.objects.filter(pk=run.pk).update(created_at=when, started_at=when,
                                              finished_at=when + dt.timedelta(minutes=4))
    run.refresh_from_db()
    rows = {}
    for position, (path, depth, title, slug) in enumerate(pages, 1):
        rows[slug] = PageResult.objects.create(
            run=run, url=BASE + path, final_url=BASE + path, position=position, depth=depth, done=True,
            status=200, title=title, lang="lv", content_type="text/html", load_ms=80, bytes=24000,
            finished_at=when)
    home_slug = pages[0][3] if pages else ""
    for rule, source, outcome, impact, wcag, varam, selector, where, review, runs in FINDINGS:
        if index not in runs:
            continue
        slugs = list(rows) if where == ALL else [s or home_slug for s in where]
        for slug in slugs:
            page = rows.get(slug)
            if page is None:
                continue
            Finding.objects.create(
                run=run, page=page, rule=rule, source=source, outcome=outcome, impact=impact, wcag=wcag,
                en301549=[f"9.{c}" for c in wcag], varam=varam, selector=selector,
                snippet=f"<!-- demo: {rule} -->", message=f"Demo finding: {rule}.",
                fingerprint=fingerprint(page.url, rule, selector))
            if review:
                Review.objects.update_or_create(
                    fingerprint=fingerprint(page.url, rule, selector),
                    defaults={"rule": rule, "url": page.url, "selector": selector, "verdict": review,
                              "note": "Demo: the link text does not say where it leads.", "run": run})
    return run


@transaction.atomic
def build(today: dt.date | None = None) -> dict:
    """Create the demo runs, plans and statement once; later calls change nothing."""
    from . import plan_service

    if AuditRun.objects.filter(message=DEMO_MESSAGE).exists():
        return {"created": False}
    pages = _demo_pages()
    if not pages:
        return {"created": False}
    now = timezone.now()
    today = today or timezone.localdate()
    last_year = _make_run(now - dt.timedelta(days=372), pages, 0)
    this_year = _make_run(now - dt.timedelta(days=12), pages, 1)
    old_plan = plan_service.build_plan(today.year - 1, last_year, previous=None, today=today)
    # Last year's plan was worked on: staff marked the search label fixed before this year's audit.
    old_plan.actions.filter(rule="label").update(status="done")
    plan_service.refresh_verification(old_plan)
    plan = plan_service.build_plan(today.year, this_year, previous=last_year, today=today)
    plan_service.apply_statement(this_year, publish=True, today=today)
    return {"created": True, "runs": [last_year.pk, this_year.pk], "plans": [old_plan.pk, plan.pk]}
