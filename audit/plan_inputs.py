"""Everything the plan is built from, read from the database into plain data.

This is the one place where the audit app reads the site's own tables
(documented in DESIGN.md): the live page tree (page type, depth, title), the
feedback aggregates (one query: ``cms.models.feedback.monthly_rows``), QR
scans per page (``qr.models.DailyScan``), and the easy_read level of each live
page's text. Audit runs of other sites simply find no facts and fall back to
the URL shape and crawl depth.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from .models import AuditRun, Review
from .report.plan import FindingIn, PageFacts, PageIn, RunIn

#: Months of feedback and QR scans that count for a page's importance and satisfaction.
FACT_MONTHS = 12


def run_input(run: AuditRun) -> RunIn:
    """A run's pages and findings with the auditors' verdicts, as plain data."""
    pages = [
        PageIn(url=p.final_url or p.url, depth=p.depth, status=p.status, error=p.error, title=p.title)
        for p in run.pages.filter(done=True).order_by("position")
    ]
    rows = list(run.findings.select_related("page").order_by("page__position", "id"))
    prints = {f.fingerprint for f in rows if f.outcome == "needs-review"}
    verdicts = dict(Review.objects.filter(fingerprint__in=prints).values_list("fingerprint", "verdict"))
    findings = [
        FindingIn(rule=f.rule, source=f.source, outcome=f.outcome, impact=f.impact,
                  url=f.page.final_url or f.page.url, selector=f.selector, wcag=tuple(f.wcag or ()),
                  varam=f.varam, review=verdicts.get(f.fingerprint))
        for f in rows
    ]
    families = tuple((run.config or {}).get("families") or ()) or RunIn(0).families
    if "http" not in families:
        families = (*families, "http")  # broken links are found by fetching, whatever the families
    finished = run.finished_at or run.created_at
    return RunIn(id=run.pk, finished=finished.date().isoformat() if finished else "",
                 pages=pages, findings=findings, families=families, engine=dict(run.engine or {}))


def local_hosts() -> set[str]:
    from wagtail.models import Site

    hosts = {"localhost", "127.0.0.1", "testserver"}
    hosts.update(h.split(":")[0] for h in Site.objects.values_list("hostname", flat=True))
    hosts.update(h.lstrip(".") for h in settings.ALLOWED_HOSTS if h and h != "*")
    return hosts


def is_this_site(run: AuditRun, hosts: set[str] | None = None) -> bool:
    """``hosts``: ``local_hosts()`` read once by a caller that checks many runs."""
    hosts = local_hosts() if hosts is None else hosts
    return bool(run.start_urls) and all(urlsplit(u).hostname in hosts for u in run.start_urls)


def site_facts(today: dt.date | None = None, *,
               readability: bool | Collection[str] = True) -> dict[str, PageFacts]:
    """Facts about every live page of this site, keyed by URL path (``/lv/pakalpojumi/x/``).

    ``readability``: read the easy_read level of every page (True), of none (falsy), or
    of the pages at these paths only (it costs ~30 ms a page).
    """
    from wagtail.models import Page

    today = today or timezone.localdate()
    pages = list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))
    home_depth = min((p.depth for p in pages), default=2)
    scans = _scans_by_translation(today)
    feedback = _feedback_by_page(today)
    facts: dict[str, PageFacts] = {}
    for page in pages:
        url = page.get_url()
        if not url:
            continue
        path = urlsplit(url).path
        model = type(page)
        counts = feedback.get(page.pk, {})
        facts[path] = PageFacts(
            path=path, title=page.title, template=getattr(page, "template", "") or "",
            type_labels=_type_labels(model), depth=page.depth - home_depth,
            reach=scans.get(page.translation_key), satisfaction=_satisfaction(counts),
            answers=sum(counts.values()),
            owner="service_owner" if model._meta.model_name == "servicepage" else "communications",
            department=getattr(page, "department", "") or "",
        )
        if readability is True or (readability and path in readability):
            facts[path].level, facts[path].lix = _level(page)
        _add_routes(facts, page, path)
    return facts


def _add_routes(facts: dict[str, PageFacts], page, path: str) -> None:
    """Sub-pages a routable page serves itself (the easy-read version of a service)."""
    if getattr(page, "easy_read", None) and hasattr(page, "easy_read_view"):
        base = facts[path]
        facts[path + "viegli-lasit/"] = PageFacts(
            path=path + "viegli-lasit/", title=base.title, template="cms/service_page_easy_read.html",
            type_labels=base.type_labels, depth=(base.depth or 0) + 1, reach=None,
            owner=base.owner, department=base.department,
        )


def _type_labels(model) -> dict[str, str]:
    """The page type's name in the plan document's languages."""
    from django.utils import translation

    labels = {}
    for lang in ("lv", "en"):
        with translation.override(lang):
            labels[lang] = str(model._meta.verbose_name)
    return labels


def _satisfaction(counts: dict[int, int]) -> float | None:
    from cms.feedback import satisfaction

    return satisfaction(counts)


def _feedback_by_page(today: dt.date) -> dict[int, dict[int, int]]:
    """Answers per page and score over the last months: the documented feedback query."""
    from cms.feedback import last_months
    from cms.models.feedback import monthly_rows

    since = last_months(today, FACT_MONTHS)[0]
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for page_id, _month, score, count in monthly_rows(since=since):
        out[page_id][score] = out[page_id].get(score, 0) + count
    return out


def _scans_by_translation(today: dt.date):
    """QR scans in the last 12 months, per page translation key (a scan opens any language)."""
    try:
        from qr.models import DailyScan
    except ImportError:  # the QR app is optional for the plan
        return {}
    since = today - dt.timedelta(days=365)
    rows = (DailyScan.objects.filter(day__gte=since, link__page__isnull=False)
            .values("link__page__translation_key").annotate(total=Sum("count")))
    return {row["link__page__translation_key"]: row["total"] for row in rows}


def _level(page) -> tuple[str | None, float | None]:
    """The easy_read level of the page's live text (its own prose fields)."""
    from easy_read.analysis import analyse
    from easy_read.page_text import fields_html, page_fields
    from easy_read.service import content_language

    html = fields_html(page_fields(page))
    if not html.strip():
        return None, None
    report = analyse(html, lang=content_language(page.locale), html=True)
    return report.level, report.lix


def same_site(a: AuditRun, b: AuditRun, hosts: set[str] | None = None) -> bool:
    """Two runs audited the same site: ours under any local name, or the same hosts."""
    hosts = local_hosts() if hosts is None else hosts
    ours = is_this_site(a, hosts)
    if ours or is_this_site(b, hosts):
        return ours and is_this_site(b, hosts)
    return {urlsplit(u).netloc for u in a.start_urls} == {urlsplit(u).netloc for u in b.start_urls}


def trend_runs(run: AuditRun, limit: int = 6) -> list[AuditRun]:
    """Finished runs of the same site up to ``run``, oldest first (for the trend chart)."""
    earlier = AuditRun.objects.filter(status=AuditRun.Status.FINISHED,
                                      created_at__lte=run.created_at).order_by("-created_at", "-id")
    hosts = local_hosts()
    same = [r for r in earlier if r.pk == run.pk or same_site(r, run, hosts)]
    return list(reversed(same[:limit]))


def previous_run(run: AuditRun) -> AuditRun | None:
    runs = trend_runs(run, limit=2)
    return runs[0] if len(runs) == 2 and runs[0].pk != run.pk else None
