"""Django glue shared by the command, the task and the admin views."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch

from .models import AuditRun, Finding, PageResult, Review
from .runner import AuditConfig, Progress, RunSummary, run_audit, validate_start_urls
from .safety import HostGuard
from .store import DatabaseStore

#: Config keys that come from settings at run time, never from the stored run.
_FROM_SETTINGS = ("allow_private_hosts", "browser")


def make_config(start_urls: list[str], **options: Any) -> AuditConfig:
    """An AuditConfig with this installation's settings (private hosts, browser)."""
    options = {k: v for k, v in options.items() if v is not None}
    config = AuditConfig.from_dict({"start_urls": list(start_urls), **options})
    config.allow_private_hosts = list(getattr(settings, "AUDIT_ALLOW_PRIVATE_HOSTS", []))
    config.browser = dict(getattr(settings, "AUDIT_BROWSER", config.browser))
    return config


def create_run(config: AuditConfig, user=None) -> AuditRun:
    """Validate the start URLs (SSRF guard included) and create a queued run."""
    config.start_urls = validate_start_urls(config, HostGuard(config.allow_private_hosts))
    stored = {k: v for k, v in config.as_dict().items() if k not in _FROM_SETTINGS}
    return AuditRun.objects.create(start_urls=config.start_urls, config=stored, created_by=user)


def config_for(run: AuditRun, **overrides: Any) -> AuditConfig:
    data = dict(run.config)
    data.update({k: v for k, v in overrides.items() if v is not None})
    return make_config(run.start_urls, **{k: v for k, v in data.items() if k != "start_urls"})


def execute_run(run: AuditRun, *, progress: Progress | None = None, **overrides: Any) -> RunSummary:
    """Run or resume ``run`` with the database store."""
    store = DatabaseStore(run)
    return run_audit(config_for(run, **overrides), store, progress=progress,
                     should_stop=store.should_stop)


def run_contract(run: AuditRun, *, with_reviews: bool = True) -> dict[str, Any]:
    """The run in the Audit JSON contract (DESIGN.md), plus added fields."""
    pages = run.pages.filter(done=True).order_by("position").prefetch_related(
        Prefetch("findings", queryset=Finding.objects.order_by("id"))
    )
    reviews: dict[str, Review] = {}
    if with_reviews:
        prints = run.findings.filter(outcome="needs-review").values_list("fingerprint", flat=True)
        reviews = {r.fingerprint: r for r in Review.objects.filter(fingerprint__in=set(prints))}
    out_pages = []
    for page in pages:
        out_pages.append(_page_contract(page, reviews))
    return {
        "run": {
            "id": run.pk,
            "started": run.started_at.isoformat() if run.started_at else None,
            "finished": run.finished_at.isoformat() if run.finished_at else None,
            "start_urls": run.start_urls,
            "engine": run.engine or {},
            "pages": len(out_pages),
            "status": run.status,
            "queued": run.pages.filter(done=False).count(),
        },
        "pages": out_pages,
    }


def _page_contract(page: PageResult, reviews: dict[str, Review]) -> dict[str, Any]:
    findings = []
    for f in page.findings.all():
        item = f.as_contract()
        item["fingerprint"] = f.fingerprint
        review = reviews.get(f.fingerprint)
        if review:
            item["review"] = {"verdict": review.verdict, "note": review.note}
        findings.append(item)
    return {
        "url": page.url, "final_url": page.final_url or page.url, "status": page.status,
        "title": page.title, "lang": page.lang, "load_ms": page.load_ms, "bytes": page.bytes,
        "error": page.error, "content_type": page.content_type, "depth": page.depth,
        "documents": page.documents, "findings": findings,
    }


def compare_runs(older: AuditRun, newer: AuditRun) -> dict[str, list[Finding]]:
    """Findings of ``newer`` that are new or still open, and those of ``older`` now fixed.

    Matched by fingerprint (rule, page, element), so the same barrier in two runs
    is one item however its message changed.
    """
    old = {f.fingerprint: f for f in older.findings.select_related("page")}
    new = {f.fingerprint: f for f in newer.findings.select_related("page")}
    return {
        "new": [f for fp, f in new.items() if fp not in old],
        "fixed": [f for fp, f in old.items() if fp not in new],
        "open": [f for fp, f in new.items() if fp in old],
    }
