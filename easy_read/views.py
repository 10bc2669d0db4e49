"""Admin views: the editor's JSON endpoint and the plain-language report."""

from __future__ import annotations

import datetime
import time

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from .analysis import messages
from .models import PageReadability
from .page_text import posted_fields
from .service import (
    PANEL_TITLE,
    admin_language,
    analyse_fields,
    analysis_payload,
    content_language,
)

#: Refreshed per report request at most; the rest wait for the next request.
REPORT_REFRESH_LIMIT = 500


class NotAnEditor(Exception):
    """The posted path is not a page editor this user may use."""


def _editor_target(path: str, user):
    """(page model, locale) for an editor URL: a page's edit view or an add view."""
    try:
        match = resolve(path)
    except Resolver404 as exc:
        raise NotAnEditor("not an editor URL") from exc
    if match.namespace != "wagtailadmin_pages" or match.url_name not in ("edit", "add"):
        raise NotAnEditor("not a page editor")
    if match.url_name == "edit":
        page = get_object_or_404(Page, id=match.kwargs["page_id"])
        if not page.permissions_for_user(user).can_edit():
            raise PermissionDenied
        return page.specific_class, page.locale
    try:
        content_type = ContentType.objects.get_by_natural_key(
            match.kwargs["content_type_app_name"], match.kwargs["content_type_model_name"]
        )
    except ContentType.DoesNotExist as exc:
        raise NotAnEditor("unknown page type") from exc
    model = content_type.model_class()
    if model is None or not issubclass(model, Page):
        raise NotAnEditor("not a page type")
    parent = get_object_or_404(Page, id=match.kwargs["parent_page_id"])
    if not parent.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    return model, parent.locale


def editor_analyse(request):
    """POST the edit form (as the browser would submit it) -> the plain-language report.

    The form carries ``easy_read_path``: the editor's URL, which names the page
    (edit) or the page type and parent (add). ``locale`` may override the
    content language for a new page (``?locale=en`` on the add view).
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    started = time.perf_counter()
    try:
        model, locale = _editor_target(request.POST.get("easy_read_path", ""), request.user)
    except (NotAnEditor, Http404) as exc:
        # 400, not 404: the locale middleware turns a 404 into a redirect to /lv/...
        return JsonResponse({"error": str(exc) or "not a page editor"}, status=400)
    requested = request.POST.get("easy_read_locale")
    if requested:
        locale = Locale.objects.filter(language_code=requested).first() or locale
    mlang = admin_language()
    analysis = analyse_fields(posted_fields(model, request.POST), content_language(locale), mlang)
    data = analysis_payload(analysis, mlang)
    elapsed = (time.perf_counter() - started) * 1000
    response = JsonResponse(data)
    response["Server-Timing"] = f"easy-read;dur={elapsed:.1f}"
    return response


class LevelColumn(Column):
    """The level in the admin user's language."""

    def get_value(self, instance):
        record = getattr(instance, "readability_record", None)
        if record is None or not record.level:
            return "–"  # no text
        return messages.level_label(record.level, admin_language())


class RecordColumn(Column):
    def __init__(self, name, attr, **kwargs):
        super().__init__(name, **kwargs)
        self.attr = attr

    def get_value(self, instance):
        record = getattr(instance, "readability_record", None)
        return getattr(record, self.attr, "") if record is not None else ""


class PlainLanguageReportView(ReportView):
    """Live pages by plain-language level, hardest first, with CSV/XLSX export."""

    page_title = PANEL_TITLE
    header_icon = "doc-full"
    index_url_name = "easy_read_report"
    index_results_url_name = "easy_read_report_results"
    paginate_by = 50
    list_export = [
        "title",
        "public_url",
        "locale.language_code",
        "readability_record.level",
        "readability_record.lix",
        "readability_record.words",
        "readability_record.sentences",
        "readability_record.issue_count",
        "readability_record.top_rules",
        "readability_record.updated_at",
    ]
    export_headings = {
        "title": _("Title"),
        "public_url": _("URL"),
        "locale.language_code": _("Language"),
        "readability_record.level": _("Level"),
        "readability_record.lix": _("LIX"),
        "readability_record.words": _("Words"),
        "readability_record.sentences": _("Sentences"),
        "readability_record.issue_count": _("Issues"),
        "readability_record.top_rules": _("Most frequent issues"),
        "readability_record.updated_at": _("Checked at"),
    }

    @property
    def columns(self):
        # Labels from the core's catalogue, so the report reads like the editor panel.
        mlang = admin_language()
        return [
            TitleColumn("title", label=_("Title"), url_name="wagtailadmin_pages:edit"),
            LevelColumn("level", label=messages.ui("level", mlang)),
            RecordColumn("lix", "lix", label=messages.ui("lix", mlang)),
            RecordColumn("words", "words", label=messages.ui("words", mlang)),
            RecordColumn("issues", "issue_count", label=messages.ui("issues", mlang)),
            Column("locale", label=messages.ui("language", mlang), accessor="locale.language_code"),
        ]

    def get_filename(self):
        return f"plain-language-report-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
        self._refresh_stale(pages)
        records = {r.page_id: r for r in PageReadability.objects.filter(page__in=pages)}
        ordered = sorted(
            pages,
            key=lambda p: (
                -(records[p.pk].level_rank if p.pk in records else -1),
                -(records[p.pk].lix if p.pk in records else 0.0),
                p.title,
            ),
        )
        for page in ordered:
            # An unsaved, empty record keeps the export columns simple.
            page.readability_record = records.get(page.pk) or PageReadability(page=page)
            page.public_url = page.get_url(request=self.request) or ""
        return ordered

    def _refresh_stale(self, pages) -> None:
        for page in PageReadability.stale(pages)[:REPORT_REFRESH_LIMIT]:
            PageReadability.refresh(page)


def report_url() -> str:
    return reverse("easy_read_report")
