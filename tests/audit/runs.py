"""A finished audit run saved from plain ``core.FindingIn`` data (plan and statement tests)."""

from audit.models import AuditRun, Finding, PageResult, Review
from audit.results import fingerprint


def save_run(site, start_url, pages, findings, when):
    """``pages``: (path, depth, title) in crawl order; ``findings``: ``FindingIn`` on those paths."""
    run = AuditRun.objects.create(
        start_urls=[start_url], status=AuditRun.Status.FINISHED, engine={"axe": "4.14.1"}
    )
    AuditRun.objects.filter(pk=run.pk).update(created_at=when, finished_at=when)
    run.refresh_from_db()
    rows = {
        path: PageResult.objects.create(
            run=run,
            url=site + path,
            final_url=site + path,
            position=i,
            depth=depth,
            done=True,
            status=200,
            title=title,
        )
        for i, (path, depth, title) in enumerate(pages)
    }
    for f in findings:
        Finding.objects.create(
            run=run,
            page=rows[f.path],
            rule=f.rule,
            source=f.source,
            outcome=f.outcome,
            impact=f.impact,
            wcag=list(f.wcag),
            varam=f.varam,
            selector=f.selector,
            fingerprint=fingerprint(f.url, f.rule, f.selector),
        )
        if f.review:
            Review.objects.update_or_create(
                fingerprint=fingerprint(f.url, f.rule, f.selector),
                defaults={"rule": f.rule, "url": f.url, "selector": f.selector, "verdict": f.review},
            )
    return run
