"""Admin reports of residents' feedback: pages by satisfaction (with trend) and the comments.

Both are Wagtail ``ReportView`` listings with CSV/XLSX export, under Reports.
"""

import datetime

from django.db.models import Count
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from . import feedback as logic
from .models.feedback import FeedbackComment, monthly_rows
from .templatetags.cms_tags import language_of

#: The report covers this many months; the trend compares the last 3 with the 3 before.
REPORT_MONTHS = 12
TREND_WINDOW = 3


def satisfaction_bars(series, label) -> str:
    """Monthly satisfaction as small bars (0-100 %); months without answers stay empty."""
    width, height, gap = 8, 32, 2
    bars = []
    for i, (_month, value, _answers) in enumerate(series):
        if value is None:
            continue
        bar = max(1.0, round(value / 100 * (height - 2), 1))
        bars.append(
            f'<rect x="{i * (width + gap)}" y="{height - bar:.1f}" width="{width}" height="{bar}"/>'
        )
    total_width = len(series) * (width + gap)
    return format_html(
        '<svg class="feedback-bars" role="img" aria-label="{}" width="{}" height="{}" viewBox="0 0 {} {}" '
        'fill="currentColor">{}</svg>',
        label, total_width, height, total_width, height, mark_safe("".join(bars)),  # noqa: S308 - numbers only
    )


def _signed(change):
    if change is None:
        return "–"
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    return f"{arrow} {change:+.1f}"


class FeedbackReportView(ReportView):
    """Pages by satisfaction, least satisfied first, with the trend of the last months."""

    page_title = _("Residents' feedback")
    header_icon = "help"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    paginate_by = 50
    list_export = [
        "title", "public_url", "language", "answers", "yes", "partly", "no", "satisfaction",
        "recent", "previous", "change", "comments",
    ]
    export_headings = {
        "title": _("Page"),
        "public_url": _("URL"),
        "language": _("Language"),
        "answers": _("Answers (12 months)"),
        "yes": _("Yes"),
        "partly": _("Partly"),
        "no": _("No"),
        "satisfaction": _("Satisfaction % (12 months)"),
        "recent": _("Satisfaction % (last 3 months)"),
        "previous": _("Satisfaction % (3 months before)"),
        "change": _("Change (points)"),
        "comments": _("Comments"),
    }

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
            Column("language", label=_("Language")),
            Column("answers", label=_("Answers")),
            Column("satisfaction_display", label=_("Satisfaction")),
            Column("change_display", label=_("Change")),
            Column("chart", label=_("Last 12 months")),
            Column("comments_link", label=_("Comments")),
        ]

    def get_filename(self):
        return f"residents-feedback-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        today = timezone.localdate()
        months = logic.last_months(today, REPORT_MONTHS)
        rows_by_page: dict[int, list] = {}
        for page_id, month, score, count in monthly_rows(since=months[0]):
            rows_by_page.setdefault(page_id, []).append((month, score, count))
        comment_counts = dict(
            FeedbackComment.objects.filter(day__gte=months[0])
            .values_list("page_id")
            .annotate(count=Count("id"))
            .order_by()
        )
        pages = Page.objects.filter(pk__in=rows_by_page).select_related("locale")
        out = []
        for page in pages:
            rows = rows_by_page[page.pk]
            counts = {s: sum(c for _m, sc, c in rows if sc == s) for s in logic.SCORES}
            trend = logic.trend(rows, today, TREND_WINDOW)
            series = logic.monthly_series(rows, months)
            page.language = language_of(page.locale_id)
            page.answers = sum(counts.values())
            page.yes, page.partly, page.no = counts[logic.YES], counts[logic.PARTLY], counts[logic.NO]
            page.satisfaction = logic.satisfaction(counts)
            page.recent, page.previous, page.change = trend.recent, trend.previous, trend.change
            page.comments = comment_counts.get(page.pk, 0)
            page.public_url = page.get_url(request=self.request) or ""
            page.satisfaction_display = "–" if page.satisfaction is None else f"{page.satisfaction:.0f} %"
            page.change_display = _signed(trend.change)
            values = ", ".join(f"{m:%m.%Y}: {'–' if v is None else f'{v:.0f}%'}" for m, v, _n in series)
            label = _("Satisfaction by month, %(values)s") % {"values": values}
            page.chart = satisfaction_bars(series, label)
            url = reverse("feedback_comments") + f"?page_id={page.pk}"
            page.comments_link = (
                format_html('<a href="{}">{}</a>', url, page.comments) if page.comments else "0"
            )
            out.append(page)
        # Least satisfied first: those pages need work. Pages with too few answers last.
        out.sort(key=lambda p: (p.answers < logic.MIN_ANSWERS, p.satisfaction or 0.0, p.title))
        return out


class FeedbackCommentsView(ReportView):
    """Residents' comments, newest first; one page's comments with ``?page_id=<id>``."""

    page_title = _("Residents' comments")
    header_icon = "comment"
    index_url_name = "feedback_comments"
    index_results_url_name = "feedback_comments_results"
    paginate_by = 100
    list_export = ["day", "page.title", "lang", "score_label", "text"]
    export_headings = {
        "day": _("Date"), "page.title": _("Page"), "lang": _("Language"),
        "score_label": _("Answer"), "text": _("Comment"),
    }

    @property
    def columns(self):
        return [
            Column("day", label=_("Date")),
            TitleColumn("page_title", label=_("Page"), accessor="page.title",
                        get_url=lambda c: reverse("wagtailadmin_pages:edit", args=[c.page_id])),
            Column("lang", label=_("Language")),
            Column("score_label", label=_("Answer")),
            Column("text", label=_("Comment")),
        ]

    def get_filename(self):
        return f"residents-comments-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        comments = FeedbackComment.objects.select_related("page").order_by("-day", "-id")
        page_id = self.request.GET.get("page_id", "")
        if page_id.isdigit():
            comments = comments.filter(page_id=int(page_id))
        labels = dict(logic.CHOICES)
        out = list(comments[:5000])
        for comment in out:
            comment.score_label = str(labels.get(comment.score, comment.score))
        return out


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("reports/feedback/", FeedbackReportView.as_view(), name="feedback_report"),
        path("reports/feedback/results/", FeedbackReportView.as_view(results_only=True),
             name="feedback_report_results"),
        path("reports/feedback/comments/", FeedbackCommentsView.as_view(), name="feedback_comments"),
        path("reports/feedback/comments/results/", FeedbackCommentsView.as_view(results_only=True),
             name="feedback_comments_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return MenuItem(_("Residents' feedback"), reverse("feedback_report"), name="residents-feedback",
                    icon_name="help", order=660)
