"""Residents' answers to "Was this page helpful?": counted per page and month, no personal data.

One row per (page, month, answer) holds a counter; an answer adds one to it
atomically, so a thousand answers at once are a thousand increments and no
lost update. Comments are kept apart, scrubbed of e-mail addresses and numbers,
with the day they were written and nothing about who wrote them.
"""

import datetime

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import feedback as logic


class FeedbackMonthly(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    score = models.PositiveSmallIntegerField(_("answer"), choices=logic.CHOICES)
    count = models.PositiveIntegerField(_("answers"), default=0)

    class Meta:
        verbose_name = _("feedback per month")
        verbose_name_plural = _("feedback per month")
        constraints = [
            models.UniqueConstraint(fields=["page", "month", "score"], name="cms_feedback_one_row"),
        ]
        indexes = [models.Index(fields=["month"])]

    def __str__(self):
        return f"{self.page_id} {self.month:%Y-%m} {self.score}: {self.count}"


class FeedbackComment(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    day = models.DateField(_("date"))
    score = models.PositiveSmallIntegerField(_("answer"), choices=logic.CHOICES)
    text = models.TextField(_("comment"), max_length=logic.MAX_COMMENT)
    lang = models.CharField(_("language"), max_length=8)

    class Meta:
        verbose_name = _("feedback comment")
        verbose_name_plural = _("feedback comments")
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["page", "day"])]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.text[:40]}"


def count_answer(page_id: int, score: int, month: datetime.date) -> None:
    """Add one answer to the (page, month, score) counter, creating it on the month's first answer.

    SQLite and PostgreSQL get a single upsert statement (no transaction state,
    safe across processes); other databases update with F(), else insert, else
    update again when the insert lost a race.
    """
    if connection.vendor in ("sqlite", "postgresql"):
        table = connection.ops.quote_name(FeedbackMonthly._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (page_id, month, score, count) VALUES (%s, %s, %s, 1) "  # noqa: S608
                f"ON CONFLICT (page_id, month, score) DO UPDATE SET count = {table}.count + 1",
                [page_id, connection.ops.adapt_datefield_value(month), score],
            )
        return
    rows = FeedbackMonthly.objects.filter(page_id=page_id, month=month, score=score)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            FeedbackMonthly.objects.create(page_id=page_id, month=month, score=score, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)


def record_feedback(page, score: int, comment: str = "", today: datetime.date | None = None) -> bool:
    """Count one answer for a page; keep its comment scrubbed. True when a comment was kept."""
    if score not in logic.SCORES:
        raise ValueError(f"Unknown answer {score!r}")
    today = today or timezone.localdate()
    count_answer(page.pk, score, logic.month_start(today))
    text = logic.scrub(comment)
    if not text:
        return False
    from ..templatetags.cms_tags import language_of

    FeedbackComment.objects.create(
        page_id=page.pk, day=today, score=score, text=text, lang=language_of(page.locale_id)
    )
    return True


def monthly_rows(since: datetime.date | None = None):
    """(page_id, month, score, count) rows: the aggregate query the admin report and the plan use."""
    rows = FeedbackMonthly.objects.all()
    if since is not None:
        rows = rows.filter(month__gte=since)
    return rows.values_list("page_id", "month", "score", "count")
