"""Build, store and verify improvement plans; write the statement draft into the site.

Thin glue between the database and the pure cores in ``audit.report.plan``,
``audit.report.plan_doc`` and ``audit.report.statement``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from django.db import transaction
from django.utils import timezone

from .models import AuditRun
from .plan_inputs import is_this_site, local_hosts, previous_run, run_input, same_site, site_facts, trend_runs
from .plan_models import ImprovementPlan, PlanAction
from .report import plan as core
from .report.plain_text import sentence
from .report.statement import StatementDraft, draft_statement

#: Fields staff edit; a rebuild of the same year's plan keeps them for actions that remain.
STAFF_FIELDS = ("title_lv", "title_en", "target", "deadline_year", "deadline_quarter", "owner",
                "status", "notes")
SATISFACTION_GOAL = 1.10  # the municipality's SMART goal: satisfaction grows by 10 %


def latest_run() -> AuditRun | None:
    """The newest finished run of this site (plans and statements describe our own site)."""
    hosts = local_hosts()
    for run in AuditRun.objects.filter(status=AuditRun.Status.FINISHED).order_by("-created_at", "-id"):
        if is_this_site(run, hosts):
            return run
    return None


def facts_for(run: AuditRun, today: dt.date | None = None) -> dict[str, core.PageFacts]:
    return site_facts(today) if is_this_site(run) else {}


@transaction.atomic
def build_plan(year: int, run: AuditRun, previous: AuditRun | None = None, *, user=None,
               today: dt.date | None = None) -> ImprovementPlan:
    """Create (or rebuild) the plan for ``year`` from ``run`` and the run before it."""
    today = today or timezone.localdate()
    if previous is None:
        previous = previous_run(run)
    facts = facts_for(run, today)
    latest_in = run_input(run)
    previous_in = run_input(previous) if previous is not None else None
    drafts = core.build_actions(latest_in, facts, year, previous=previous_in)

    plan, _created = ImprovementPlan.objects.get_or_create(
        year=year, defaults={"run": run, "previous_run": previous, "created_by": user})
    plan.run, plan.previous_run = run, previous
    plan.inputs = plan_inputs(run, latest_in, previous_in, facts, today)
    plan.save()

    kept = {a.key: a for a in plan.actions.all()}
    seen = set()
    for draft in drafts:
        key = str(draft.key)
        seen.add(key)
        action = kept.get(key) or PlanAction(plan=plan, key=key)
        fresh = action.pk is None
        action.kind, action.rule, action.location = draft.key.kind, draft.key.rule, draft.location_label
        action.location_names = draft.location_names
        action.wcag, action.varam, action.impact = draft.wcag, draft.varam or "", draft.impact
        action.pages = [{"path": p, "url": u, "title": t} for p, u, t in draft.pages]
        action.signatures = [list(s) for s in draft.signatures]
        action.unit, action.baseline, action.previous = draft.unit, draft.baseline, draft.previous
        action.priority, action.priority_parts, action.rank = draft.priority, draft.parts, draft.rank
        if fresh:
            action.title_lv = sentence("action", draft.key.rule, "lv", varam=draft.varam, wcag=draft.wcag)
            action.title_en = sentence("action", draft.key.rule, "en", varam=draft.varam, wcag=draft.wcag)
            action.target = draft.target
            action.deadline_year, action.deadline_quarter = draft.deadline_year, draft.deadline_quarter
            action.owner = draft.owner
        action.save()
    # Gone from the new run and never verified: drop. Verified actions stay as the record.
    plan.actions.exclude(key__in=seen).exclude(status=PlanAction.Status.VERIFIED).delete()
    refresh_verification(plan, facts=facts)
    return plan


def plan_inputs(run: AuditRun, latest: core.RunIn, previous: core.RunIn | None,
                facts: dict[str, core.PageFacts], today: dt.date) -> dict:
    """The figures behind the document's charts, frozen with the plan."""
    from cms.feedback import last_months, monthly_series, satisfaction
    from cms.models.feedback import monthly_rows

    runs = []
    for r in trend_runs(run):
        data = latest if r.pk == run.pk else (previous if previous and r.pk == previous.id else run_input(r))
        runs.append({"id": r.pk, "date": data.finished, "pages": len(data.pages),
                     "open": len(data.open_findings()), "needs_review": data.unreviewed()})
    months = last_months(today, 12)
    rows = [(m, s, c) for _p, m, s, c in monthly_rows(since=months[0])]
    series = monthly_series(rows, months)
    counts: Counter[int] = Counter()
    for _m, score, count in rows:
        counts[score] += count
    baseline = satisfaction(counts)
    levels = Counter(f.level or "none" for f in facts.values() if not f.path.endswith("viegli-lasit/"))
    return {
        "built": today.isoformat(),
        "runs": runs,
        "criteria": core.criterion_counts(latest),
        "compare": core.compare(previous, latest) if previous is not None else None,
        "pages": len(latest.pages),
        "open": len(latest.open_findings()),
        "needs_review": latest.unreviewed(),
        "satisfaction": {
            "months": [[m.isoformat(), v, n] for m, v, n in series],
            "baseline": baseline,
            "target": None if baseline is None else round(min(100.0, baseline * SATISFACTION_GOAL), 1),
            "answers": sum(counts.values()),
        },
        "levels": dict(levels),
        "scans": sum(f.reach or 0 for f in facts.values()),
        "this_site": bool(facts),
    }


def refresh_verification(plan: ImprovementPlan, *, facts: dict | None = None) -> int:
    """Check open actions against every finished run after the plan's run; returns how many were verified.

    Runs are never "finished" through a model save (the store updates rows), so
    verification is pulled: when a plan is built, viewed or exported.
    """
    actions = [a for a in plan.actions.all() if a.is_open]
    if not actions:
        return 0
    hosts = local_hosts()
    runs = AuditRun.objects.filter(status=AuditRun.Status.FINISHED, created_at__gt=plan.run.created_at)
    later = [r for r in runs.order_by("created_at", "id") if same_site(r, plan.run, hosts)]
    if not later:
        return 0
    if facts is None:
        # Reading levels cost ~30 ms a page; only the pages of plain-language actions need them.
        readability = {p["path"] for a in actions if a.kind == PlanAction.Kind.PLAIN_LANGUAGE
                       for p in a.pages}
        facts = site_facts(readability=readability) if is_this_site(plan.run, hosts) else {}
    verified = 0
    inputs = {}
    for action in actions:
        before = (action.status, action.checked_run_id, action.current)
        for run in later:
            if run.pk not in inputs:
                inputs[run.pk] = run_input(run)
            result = core.verify(core.GroupKey.parse(action.key), [p["path"] for p in action.pages],
                                 [tuple(s) for s in action.signatures], inputs[run.pk], facts,
                                 source=_source(action))
            if result.fixed:
                action.status = PlanAction.Status.VERIFIED
                action.verified_run, action.verified_at = run, timezone.now()
                action.checked_run, action.current = run, 0
                verified += 1
                break
            # -1: the run could not tell (pages not covered, family off): keep "unknown".
            action.checked_run, action.current = run, (result.remaining if result.remaining >= 0 else None)
        if (action.status, action.checked_run_id, action.current) != before:  # no writes on a mere view
            action.save(update_fields=["status", "verified_run", "verified_at", "checked_run", "current"])
    return verified


def _source(action: PlanAction) -> str:
    from .checks.registry import RULES

    if action.rule in RULES:
        return RULES[action.rule].family
    return "axe"


# --- the accessibility statement ---------------------------------------------------


def statement_draft(run: AuditRun, lang: str, today: dt.date | None = None) -> StatementDraft:
    return draft_statement(run_input(run), lang, today=today or timezone.localdate())


def statement_pages():
    """The statement page in every language (Wagtail translations of one page)."""
    from cms.models import AccessibilityStatementPage

    first = AccessibilityStatementPage.objects.order_by("pk").first()
    if first is None:
        return []
    return list(AccessibilityStatementPage.objects.filter(translation_key=first.translation_key))


def apply_statement(run: AuditRun, *, user=None, publish: bool = False,
                    today: dt.date | None = None) -> list:
    """Write the generated parts into every translation of the statement page.

    Staff-owned parts (disproportionate burden, out of scope, contact and
    enforcement texts, a status changed with a reason) are left alone. Saved as
    a new revision; published only when asked (the demo does, editors review first).
    """
    from cms.templatetags.cms_tags import language_of

    today = today or timezone.localdate()
    updated = []
    for page in statement_pages():
        lang = language_of(page.locale_id)
        draft = statement_draft(run, lang, today)
        latest = page.get_latest_revision_as_object()
        overridden = latest.derived_status and latest.compliance_status != latest.derived_status
        latest.derived_status = draft.status
        latest.status_basis = draft.status_reason
        if not overridden:
            latest.compliance_status = draft.status
        latest.non_compliance = [("item", item.as_block()) for item in draft.items]
        latest.method = draft.method
        latest.method_details = draft.method_details
        latest.prepared_on = latest.prepared_on if latest.audit_run_id else today
        latest.last_reviewed = today
        latest.audit_run_id = run.pk
        revision = latest.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
        updated.append(latest)
    return updated


# --- the document ----------------------------------------------------------------


def plan_data(plan: ImprovementPlan) -> dict:
    """The plan as plain data for ``audit.report.plan_doc``."""
    def run_info(run):
        if run is None:
            return None
        finished = run.finished_at or run.created_at
        return {"id": run.pk, "date": finished.date().isoformat() if finished else ""}

    actions = []
    for a in plan.actions.select_related("verified_run").order_by("rank"):
        actions.append({
            "rank": a.rank, "kind": a.kind, "rule": a.rule, "wcag": a.wcag, "impact": a.impact,
            "location": a.location, "location_names": a.location_names, "title_lv": a.title_lv,
            "title_en": a.title_en, "pages": a.pages,
            "unit": a.unit, "baseline": a.baseline, "previous": a.previous, "target": a.target,
            "current": a.current, "deadline_year": a.deadline_year, "deadline_quarter": a.deadline_quarter,
            "owner": a.owner, "status": a.status, "priority": a.priority, "parts": a.priority_parts,
            "verified_run": a.verified_run_id, "notes": a.notes, "id": a.pk,
        })
    return {"year": plan.year, "run": run_info(plan.run), "previous": run_info(plan.previous_run),
            "inputs": plan.inputs, "actions": actions,
            "summary": {"lv": plan.summary_lv, "en": plan.summary_en}}
