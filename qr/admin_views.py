"""Wagtail admin screens: a page's QR codes, one code, the listing with weekly scans, exports."""

import csv
import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from django_filters import BooleanFilter, ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Locale, Page

from . import print as qr_print
from . import stats
from .models import ShortLink

VIEW_PERMISSIONS = ("qr.view_shortlink", "qr.add_shortlink", "qr.change_shortlink")


def can_view(user):
    return any(user.has_perm(p) for p in VIEW_PERMISSIONS)


def _require(user, permission=None):
    if not (user.has_perm(permission) if permission else can_view(user)):
        raise PermissionDenied


class ShortLinkForm(forms.ModelForm):
    class Meta:
        model = ShortLink
        fields = ["label", "purpose", "locale"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = Locale.objects.order_by("language_code")
        self.fields["locale"].empty_label = gettext("The visitor's language")
        self.fields["locale"].label_from_instance = lambda locale: locale.get_display_name()


class OutsideLinkForm(forms.ModelForm):
    external_url = forms.URLField(label=_("Outside address"), assume_scheme="https")

    class Meta:
        model = ShortLink
        fields = ["external_url", "label", "purpose"]


def _with_charts(links):
    """The links, each with `chart`: its scans per week as a small bar chart (one query for all)."""
    links = list(links)
    weeks = stats.weekly_counts([link.pk for link in links])
    for link in links:
        link.chart = stats.bar_chart(weeks[link.pk], _chart_label(weeks[link.pk]))
    return links


def _chart_label(weeks):
    return gettext("Scans per week, the last %(n)s weeks, oldest first: %(values)s") % {
        "n": len(weeks),
        "values": ", ".join(str(v) for v in weeks),
    }


class _QrTemplateView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "link"
    template_name = "qr/admin/links.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("qr_admin:index"), "label": gettext("QR codes")},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_for(self, data=None):
        raise NotImplementedError

    def links(self):
        """The links the screen shows, with `scans_all` (ShortLink.objects.with_scan_totals)."""
        raise NotImplementedError

    @cached_property
    def shown_links(self):
        return _with_charts(self.links())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.form_for() if self.can_add else None)
        context.update(
            links=self.shown_links,
            sheets=qr_print.SHEETS.values(),
            can_add=self.can_add,
            can_change=self.request.user.has_perm("qr.change_shortlink"),
            here=self.request.get_full_path(),
        )
        return context

    def dispatch(self, request, *args, **kwargs):
        _require(request.user)
        self.can_add = request.user.has_perm("qr.add_shortlink")
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        _require(request.user, "qr.add_shortlink")
        form = self.form_for(request.POST)
        if form.is_valid():
            link = form.save(commit=False)
            link.created_by = request.user
            link.save()
            messages.success(
                request, gettext("QR code %(code)s is ready: %(url)s") % {
                    "code": link.code, "url": link.short_url()},
            )
            return redirect(self.success_url(link))
        return self.render_to_response(self.get_context_data(form=form))

    def success_url(self, link):
        return self.request.path + f"#link-{link.pk}"


class PageLinksView(_QrTemplateView):
    """The "QR code" action of a page: its codes, and a form for one more print run."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific_deferred

    def get_page_title(self):
        return gettext("QR codes for “%(title)s”") % {"title": self.page.get_admin_display_title()}

    def links(self):
        return self.page.short_links.with_scan_totals().select_related(
            "page", "locale", "created_by"
        ).order_by("-is_active", "-created_at")

    def form_for(self, data=None):
        # A bound form takes no initial values: only an empty one needs to know about the others.
        first = data is None and not self.shown_links
        initial = {"label": gettext("General")} if first else {}
        return ShortLinkForm(data, initial=initial, prefix="new", instance=ShortLink(page=self.page))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        return context


class LinkView(_QrTemplateView):
    """One code (from the listing, and the only screen for codes to outside addresses)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.link = get_object_or_404(
            ShortLink.objects.with_scan_totals().select_related("page", "locale", "created_by"),
            pk=kwargs["pk"],
        )

    def get_page_title(self):
        return gettext("QR code %(code)s") % {"code": self.link.code}

    def links(self):
        return [self.link]

    http_method_names = ["get", "head", "options"]

    def form_for(self, data=None):
        return None


class OutsideLinkView(_QrTemplateView):
    """A code that leads outside the site, e.g. to the national e-services portal."""

    page_title = _("QR code for an outside address")

    def links(self):
        return []

    def form_for(self, data=None):
        return OutsideLinkForm(data, prefix="new")

    def success_url(self, link):
        return reverse("qr_admin:link", args=[link.pk])


def _back(request, link):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return redirect(target)
    return redirect("qr_admin:link", pk=link.pk)


@require_POST
def retire(request, pk):
    _require(request.user, "qr.change_shortlink")
    link = get_object_or_404(ShortLink, pk=pk)
    link.retire()
    message = gettext(
        "QR code %(code)s is retired. Scanning it now shows a friendly page with search and the "
        "phone number."
    )
    messages.success(request, message % {"code": link.code})
    return _back(request, link)


@require_POST
def reactivate(request, pk):
    _require(request.user, "qr.change_shortlink")
    link = get_object_or_404(ShortLink, pk=pk)
    link.reactivate()
    messages.success(request, gettext("QR code %(code)s works again.") % {"code": link.code})
    return _back(request, link)


def sheet_pdf(request, pk, sheet):
    _require(request.user)
    link = get_object_or_404(ShortLink.objects.select_related("page", "locale"), pk=pk)
    if sheet not in qr_print.SHEETS:
        raise Http404(sheet)
    try:
        pdf = qr_print.sheet_pdf(link, sheet)
    except qr_print.PrintError as error:
        messages.error(request, str(error))
        return redirect("qr_admin:link", pk=link.pk)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="qr-{link.code}-{sheet}.pdf"'
    return response


def weekly_csv(request):
    """Scans per link and week (long format: one row per link and week) for spreadsheets."""
    _require(request.user)
    try:
        weeks = min(520, max(1, int(request.GET.get("weeks", 52))))
    except ValueError:
        weeks = 52
    links = list(ShortLink.objects.select_related("page", "locale").order_by("code"))
    counts = stats.weekly_counts([link.pk for link in links], weeks=weeks)
    mondays = stats.week_starts(weeks)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="qr-scans-per-week-{timezone.localdate()}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read Latvian letters as UTF-8
    writer = csv.writer(response)
    writer.writerow(["code", "short_url", "print_run", "target", "active", "week_starting", "scans"])
    for link in links:
        about = [link.code, link.short_url(), link.label, link.target_title or "",
                 "yes" if link.is_active else "no"]
        for monday, count in zip(mondays, counts[link.pk], strict=True):
            writer.writerow([*about, monday.isoformat(), count])
    return response


class ShortLinkFilterSet(WagtailFilterSet):
    is_active = BooleanFilter(label=_("Active"))
    locale = ModelChoiceFilter(label=_("Language"), queryset=Locale.objects.all())

    class Meta:
        model = ShortLink
        fields = []


class ChartColumn(Column):
    cell_template_name = "qr/admin/chart_cell.html"


class ShortLinkReportView(ReportView):
    """Every code with its scans this week, in total, and per week as a small chart."""

    page_title = _("QR codes")
    header_icon = "link"
    template_name = "qr/admin/report.html"
    index_url_name = "qr_admin:index"
    index_results_url_name = "qr_admin:index_results"
    is_searchable = True
    search_fields = ["code", "label", "page__title", "external_url"]
    filterset_class = ShortLinkFilterSet
    default_ordering = "-created_at"
    columns = [
        TitleColumn("code", label=_("Code"), url_name="qr_admin:link", sort_key="code",
                    classname="qr-code-cell"),
        Column("label", label=_("Print run"), sort_key="label"),
        Column("leads_to", label=_("Leads to")),
        Column("language_name", label=_("Language")),
        Column("status", label=_("Status")),
        NumberColumn("scans_7_days", label=_("Scans, last 7 days"), sort_key="scans_7_days"),
        NumberColumn("scans_all", label=_("Scans, all time"), sort_key="scans_all"),
        ChartColumn("chart", label=_("Per week")),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
    ]
    list_export = ["code", "short_url", "label", "leads_to", "language_name", "status",
                   "scans_7_days", "scans_all", "created_at", "created_by"]
    export_headings = {
        "code": _("Code"), "short_url": _("Short address"), "label": _("Print run"),
        "leads_to": _("Leads to"), "language_name": _("Language"), "status": _("Status"),
        "scans_7_days": _("Scans, last 7 days"), "scans_all": _("Scans, all time"),
        "created_at": _("Created"), "created_by": _("By"),
    }

    def dispatch(self, request, *args, **kwargs):
        _require(request.user)
        return super().dispatch(request, *args, **kwargs)

    @property
    def header_buttons(self):
        buttons = [HeaderButton(gettext("Scans per week (CSV)"), url=reverse("qr_admin:weekly_csv"),
                                icon_name="download")]
        if self.request.user.has_perm("qr.add_shortlink"):
            buttons.append(HeaderButton(gettext("Code for an outside address"),
                                        url=reverse("qr_admin:outside"), icon_name="plus"))
        return buttons

    def get_base_queryset(self):
        week_ago = timezone.localdate() - datetime.timedelta(days=6)
        return ShortLink.objects.select_related("page", "locale", "created_by").with_scan_totals().annotate(
            scans_7_days=Sum("daily_scans__count", filter=Q(daily_scans__day__gte=week_ago), default=0),
        )

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        object_list = _decorate(list(object_list))
        page.object_list = object_list
        return paginator, page, object_list, is_paginated

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(_decorate(list(queryset), chart=False), spreadsheet_format)


def _decorate(links, chart=True):
    for link in links:
        link.language_name = (
            link.locale.get_display_name() if link.locale_id else gettext("The visitor's language")
        )
        link.status = gettext("Active") if link.is_active else gettext("Retired")
        link.leads_to = link.target_title or gettext("(page deleted)")
    return _with_charts(links) if chart else links
