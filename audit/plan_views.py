"""Wagtail admin "Improvement plan": build a year's plan, edit its actions, export it, and
generate the accessibility statement from the latest audit."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import plan_service
from .models import AuditRun
from .plan_models import ImprovementPlan, PlanAction
from .report import plan_doc
from .views import _require

VIEW = "audit.view_improvementplan"
BUILD = "audit.add_improvementplan"
EDIT_ACTION = "audit.change_planaction"
HEADER_ICON = "tasks"


def _admin_lang() -> str:
    return "lv" if (translation.get_language() or "").startswith("lv") else "en"


class BuildPlanForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2018, max_value=2100)
    run = forms.ModelChoiceField(label=gettext_lazy("Latest audit"), queryset=AuditRun.objects.none())
    previous = forms.ModelChoiceField(
        label=gettext_lazy("Previous audit"), queryset=AuditRun.objects.none(), required=False,
        help_text=gettext_lazy("Empty: the audit of the same site before the latest one."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        finished = AuditRun.objects.filter(status=AuditRun.Status.FINISHED).order_by("-created_at", "-id")
        self.fields["run"].queryset = finished
        self.fields["previous"].queryset = finished
        self.fields["run"].label_from_instance = self.fields["previous"].label_from_instance = _run_label

    def clean(self):
        data = super().clean()
        run, previous = data.get("run"), data.get("previous")
        if run and previous and previous.created_at >= run.created_at:
            raise forms.ValidationError(_("The previous audit must be older than the latest one."))
        return data


def _run_label(run):
    when = run.finished_at or run.created_at
    return f"#{run.pk} {', '.join(run.start_urls)[:60]} ({when:%d.%m.%Y})"


class ActionForm(forms.ModelForm):
    class Meta:
        model = PlanAction
        fields = ["title_lv", "title_en", "target", "deadline_year", "deadline_quarter", "owner",
                  "status", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def clean_status(self):
        status = self.cleaned_data["status"]
        # Only a later audit verifies a fix; staff mark it done and wait for that audit.
        if status == PlanAction.Status.VERIFIED and self.instance.status != PlanAction.Status.VERIFIED:
            raise forms.ValidationError(
                _("Only an audit can verify a fix. Choose “Done” and run the next audit."))
        return status


class PlanSummaryForm(forms.ModelForm):
    class Meta:
        model = ImprovementPlan
        fields = ["summary_lv", "summary_en"]
        widgets = {"summary_lv": forms.Textarea(attrs={"rows": 5}),
                   "summary_en": forms.Textarea(attrs={"rows": 5})}


def index(request):
    _require(request, VIEW)
    from .plan_inputs import is_this_site

    latest = plan_service.latest_run()
    form = BuildPlanForm(initial={"year": timezone.localdate().year, "run": latest})
    plans = ImprovementPlan.objects.select_related("run").annotate(
        n_actions=Count("actions"),
        n_verified=Count("actions", filter=Q(actions__status=PlanAction.Status.VERIFIED)),
    )
    from cms.statement_admin import statement_state

    return render(request, "audit/plan/index.html", {
        "page_title": _("Improvement plan"), "header_icon": HEADER_ICON, "plans": plans, "form": form,
        "can_build": request.user.has_perm(BUILD), "latest": latest,
        "latest_is_ours": latest is not None and is_this_site(latest),
        "statement": statement_state(request),
        "can_statement": request.user.has_perm(BUILD),
    })


@require_POST
def build(request):
    _require(request, BUILD)
    form = BuildPlanForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("audit_plan:index")
    data = form.cleaned_data
    plan = plan_service.build_plan(data["year"], data["run"], data.get("previous"), user=request.user)
    messages.success(request, _("The plan for %(year)s is ready: %(n)s actions.") % {
        "year": plan.year, "n": plan.actions.count()})
    return redirect("audit_plan:detail", plan.pk)


def detail(request, plan_id):
    _require(request, VIEW)
    plan = get_object_or_404(ImprovementPlan.objects.select_related("run", "previous_run"), pk=plan_id)
    newly = plan_service.refresh_verification(plan)
    if newly:
        messages.success(request, _("%(n)s actions were verified fixed by a later audit.") % {"n": newly})
    lang = _admin_lang()
    doc = plan_doc.document(plan_service.plan_data(plan), lang)
    return render(request, "audit/plan/detail.html", {
        "page_title": doc["title"], "header_icon": HEADER_ICON, "plan": plan, "doc": doc,
        "can_edit": request.user.has_perm(EDIT_ACTION), "can_build": request.user.has_perm(BUILD),
        "exports": [(code, name, fmt) for code, name in (("lv", "Latviski"), ("en", "English"))
                    for fmt in ("html", "pdf", "xlsx")],
    })


def edit_action(request, plan_id, action_id):
    _require(request, EDIT_ACTION)
    action = get_object_or_404(PlanAction.objects.select_related("plan"), pk=action_id, plan_id=plan_id)
    form = ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Action %(rank)s saved.") % {"rank": action.rank})
        return redirect(reverse("audit_plan:detail", args=[plan_id]) + f"#action-{action.pk}")
    return render(request, "audit/plan/action_form.html", {
        "page_title": _("Action %(rank)s of the %(year)s plan")
        % {"rank": action.rank, "year": action.plan.year},
        "header_icon": HEADER_ICON, "action": action, "form": form,
    })


def edit_plan(request, plan_id):
    """The plan's own words: a short summary for managers, in Latvian and English."""
    _require(request, BUILD)
    plan = get_object_or_404(ImprovementPlan, pk=plan_id)
    form = PlanSummaryForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The summary was saved."))
        return redirect("audit_plan:detail", plan.pk)
    return render(request, "audit/plan/plan_form.html", {
        "page_title": _("Summary of the %(year)s plan") % {"year": plan.year}, "header_icon": HEADER_ICON,
        "plan": plan, "form": form,
    })


def export(request, plan_id, lang, fmt):
    _require(request, VIEW)
    if lang not in plan_doc.LANGS:
        raise Http404
    plan = get_object_or_404(ImprovementPlan, pk=plan_id)
    plan_service.refresh_verification(plan)
    data = plan_service.plan_data(plan)
    name = f"improvement-plan-{plan.year}-{lang}"
    if fmt == "xlsx":
        response = HttpResponse(
            plan_doc.to_xlsx(data, lang),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    html = render_document(data, lang)
    if fmt == "html":
        return HttpResponse(html)
    if fmt == "pdf":
        from .report.pdf import html_to_pdf

        response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
        return response
    raise Http404


def render_document(data: dict, lang: str) -> str:
    """The standalone document (also what the PDF prints)."""
    return render_to_string("audit/plan/document.html", {"doc": plan_doc.document(data, lang)})


@require_POST
def statement(request):
    """Write the generated parts of the statement (as a draft revision) from the chosen run."""
    _require(request, BUILD)
    run = get_object_or_404(AuditRun, pk=request.POST.get("run"), status=AuditRun.Status.FINISHED)
    pages = plan_service.apply_statement(run, user=request.user)
    if not pages:
        messages.error(request, _(
            "There is no accessibility statement page yet. Add one under the home page."))
        return redirect("audit_plan:index")
    messages.success(request, _(
        "The statement was updated from audit #%(run)s as a draft in %(n)s languages. "
        "Check it and publish it.") % {"run": run.pk, "n": len(pages)})
    return redirect("wagtailadmin_pages:edit", pages[0].pk)
