"""Wagtail admin "Audits": start runs, watch them, read and compare reports, review findings."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import ReviewForm, StartAuditForm
from .jobs import compare_runs, create_run, make_config, run_contract
from .models import AuditRun, Finding, Review
from .safety import RefusedURL

VIEW = "audit.view_auditrun"
START = "audit.start_audit"
ANY_SITE = "audit.audit_any_site"
REVIEW = "audit.review_finding"


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _counts(run: AuditRun) -> dict:
    pages = run.pages.aggregate(
        n_total=Count("id"), n_done=Count("id", filter=Q(done=True)),
        n_errors=Count("id", filter=Q(done=True, error__isnull=False)),
    )
    findings = run.findings.aggregate(
        violations=Count("id", filter=Q(outcome="violation")),
        needs_review=Count("id", filter=Q(outcome="needs-review")),
    )
    return {"status": run.status, "status_label": run.get_status_display(),
            "active": run.is_active, "message": run.message,
            "pages_done": pages["n_done"], "pages_total": pages["n_total"],
            "errors": pages["n_errors"], **findings}


def index(request):
    _require(request, VIEW)
    runs = AuditRun.objects.annotate(
        pages_done=Count("pages", filter=Q(pages__done=True), distinct=True),
        violations=Count("findings", filter=Q(findings__outcome="violation"), distinct=True),
    )[:200]
    return render(request, "audit/admin/index.html", {
        "page_title": _("Audits"), "header_icon": "clipboard-list", "runs": runs,
        "can_start": request.user.has_perm(START),
    })


def start(request):
    _require(request, START)
    other = request.user.has_perm(ANY_SITE)
    form = StartAuditForm(request.POST or None, may_audit_other_sites=other)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["target"] == form.TARGET_OTHER:
            url = data["url"]
        else:
            url = request.build_absolute_uri("/")
        config = make_config(
            [url], max_pages=data["max_pages"], max_depth=data["max_depth"],
            concurrency=data["concurrency"], follow_links=data["follow_links"],
            use_sitemaps=data["follow_links"], respect_robots=data["respect_robots"],
            families=data["families"],
        )
        try:
            run = create_run(config, user=request.user)
        except (RefusedURL, ValueError) as exc:
            form.add_error(None, str(exc))
        else:
            from .tasks import run_audit_task

            result = run_audit_task.enqueue(run.pk)
            AuditRun.objects.filter(pk=run.pk).update(task_id=str(result.id)[:64])
            messages.success(request, _("Audit #%(id)s started.") % {"id": run.pk})
            return redirect("audit:detail", run.pk)
    return render(request, "audit/admin/start.html", {
        "page_title": _("Start an audit"), "header_icon": "clipboard-list", "form": form,
    })


def detail(request, run_id):
    _require(request, VIEW)
    run = get_object_or_404(AuditRun, pk=run_id)
    counts = _counts(run)
    context = {
        "page_title": _("Audit #%(id)s") % {"id": run.pk}, "header_icon": "clipboard-list",
        "run": run, "counts": counts,
        "can_review": request.user.has_perm(REVIEW),
        "can_start": request.user.has_perm(START),
        "formats": ["html", "pdf", "csv", "xlsx", "json"],
        "others": AuditRun.objects.exclude(pk=run.pk).only("id", "start_urls", "created_at")[:50],
    }
    if counts["pages_done"]:
        from .report.html import summarise

        contract = run_contract(run)
        summary = summarise(contract)
        context.update({"summary": summary, "report_run": contract["run"],
                        "pages": summary["by_page"]})
        if context["can_review"]:
            context["review_items"] = _review_items(run)
    return render(request, "audit/admin/detail.html", context)


def _review_items(run):
    findings = list(run.findings.filter(outcome="needs-review").select_related("page")[:500])
    reviews = {r.fingerprint: r for r in Review.objects.filter(
        fingerprint__in={f.fingerprint for f in findings})}
    return [{"finding": f, "review": reviews.get(f.fingerprint),
             "form": ReviewForm(prefix=f"f{f.pk}", initial={
                 "verdict": getattr(reviews.get(f.fingerprint), "verdict", "passed"),
                 "note": getattr(reviews.get(f.fingerprint), "note", "")})}
            for f in findings]


def progress(request, run_id):
    _require(request, VIEW)
    run = get_object_or_404(AuditRun, pk=run_id)
    return JsonResponse({"id": run.pk, **_counts(run)})


def export(request, run_id, fmt):
    _require(request, VIEW)
    run = get_object_or_404(AuditRun, pk=run_id)
    contract = run_contract(run)
    name = f"audit-{run.pk}.{fmt}"
    if fmt == "json":
        from .report.tables import to_json

        response = HttpResponse(to_json(contract), content_type="application/json")
    elif fmt == "csv":
        from .report.tables import to_csv

        response = HttpResponse(to_csv(contract), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        from .report.tables import to_xlsx

        response = HttpResponse(
            to_xlsx(contract),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    elif fmt == "html":
        from .report.html import render_html

        response = HttpResponse(render_html(contract))
        name = ""
    elif fmt == "pdf":
        from .report.html import render_html
        from .report.pdf import html_to_pdf

        response = HttpResponse(html_to_pdf(render_html(contract)),
                                content_type="application/pdf")
    else:
        raise Http404
    if name:
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def review(request, run_id, finding_id):
    _require(request, REVIEW)
    finding = get_object_or_404(Finding, pk=finding_id, run_id=run_id)
    form = ReviewForm(request.POST, prefix=f"f{finding.pk}")
    if form.is_valid():
        Review.objects.update_or_create(fingerprint=finding.fingerprint, defaults={
            "rule": finding.rule, "url": finding.page.final_url or finding.page.url,
            "selector": finding.selector, "verdict": form.cleaned_data["verdict"],
            "note": form.cleaned_data["note"], "reviewed_by": request.user,
            "run_id": run_id,
        })
        messages.success(request, _("Review saved."))
    else:
        messages.error(request, _("Choose passed or failed."))
    return redirect(reverse("audit:detail", args=[run_id]) + f"#finding-{finding.pk}")


@require_POST
def cancel(request, run_id):
    _require(request, START)
    AuditRun.objects.filter(pk=run_id).update(cancel_requested=True)
    messages.info(request, _("The audit stops after the pages in progress."))
    return redirect("audit:detail", run_id)


@require_POST
def resume(request, run_id):
    _require(request, START)
    run = get_object_or_404(AuditRun, pk=run_id)
    if not request.user.has_perm(ANY_SITE) and not _is_this_site(request, run):
        raise PermissionDenied
    from .tasks import run_audit_task

    AuditRun.objects.filter(pk=run.pk).update(status=AuditRun.Status.QUEUED,
                                              cancel_requested=False, message="")
    run_audit_task.enqueue(run.pk)
    return redirect("audit:detail", run.pk)


def _is_this_site(request, run):
    from urllib.parse import urlsplit

    host = urlsplit(request.build_absolute_uri("/")).netloc
    return all(urlsplit(u).netloc == host for u in run.start_urls)


def rules(request):
    """Our own rules with their WCAG, EN 301 549 and VARAM mapping (the registry)."""
    _require(request, VIEW)
    from .checks.axe import TAGS
    from .checks.registry import RULES, VARAM_ASPECTS

    return render(request, "audit/admin/rules.html", {
        "page_title": _("Audit rules"), "header_icon": "clipboard-list",
        "rules": [{"rule": r, "aspect": VARAM_ASPECTS.get(r.varam or "", ("", ""))}
                  for r in RULES.values()],
        "axe_tags": TAGS,
    })


def compare(request):
    _require(request, VIEW)
    runs = AuditRun.objects.all()[:200]
    a_id, b_id = request.GET.get("a"), request.GET.get("b")
    context = {"page_title": _("Compare audits"), "header_icon": "clipboard-list",
               "runs": runs, "a_id": a_id, "b_id": b_id}
    if a_id and b_id:
        a = get_object_or_404(AuditRun, pk=a_id)
        b = get_object_or_404(AuditRun, pk=b_id)
        context.update({"a": a, "b": b, "diff": compare_runs(a, b)})
    return render(request, "audit/admin/compare.html", context)
