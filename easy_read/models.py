"""Plain-language review in workflows, and stored scores for the report."""

from __future__ import annotations

from collections import Counter

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page

from .analysis import LEVELS, level_rank

#: Level choices, easiest first; labels are translatable for the admin.
LEVEL_CHOICES = [
    ("very-easy", _("very easy")),
    ("easy", _("easy")),
    ("medium", _("medium")),
    ("hard", _("hard")),
    ("very-hard", _("very hard")),
]
assert [c[0] for c in LEVEL_CHOICES] == list(LEVELS)  # one set of levels: the core's


class PlainLanguageReviewTask(AbstractGroupApprovalTask):
    """A group approval step that shows the plain-language report to the reviewer.

    With ``block_above_level`` set, a page whose text is harder than that level
    cannot be approved: the reviewer can only request changes.
    """

    block_above_level = models.CharField(
        _("block approval above level"),
        max_length=16,
        choices=LEVEL_CHOICES,
        blank=True,
        help_text=_(
            "Pages whose text is harder than this level cannot be approved. "
            "Leave empty to show the report without blocking."
        ),
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["block_above_level"]

    class Meta:
        verbose_name = _("plain-language review")
        verbose_name_plural = _("plain-language reviews")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups review the page's plain language. "
            "Approval can be blocked above a chosen level."
        )

    def blocks_approval(self, obj) -> bool:
        from .service import analyse_latest

        if not self.block_above_level:
            return False
        level = analyse_latest(obj).report.level
        return level is not None and level_rank(level) > level_rank(self.block_above_level)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self.blocks_approval(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            obj = task_state.revision.as_object()
            if self.blocks_approval(obj):
                raise PermissionDenied("The text is harder than this review allows.")
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_template_for_action(self, action):
        return "easy_read/workflow_action_modal.html"


class PageReadability(models.Model):
    """The plain-language score of a page's live text, for the report."""

    page = models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="readability",
        verbose_name=_("page"),
    )
    revision_id = models.PositiveIntegerField(_("revision analysed"), null=True, blank=True)
    lang = models.CharField(_("language"), max_length=8)
    words = models.PositiveIntegerField(_("words"), default=0)
    sentences = models.PositiveIntegerField(_("sentences"), default=0)
    lix = models.FloatField(_("LIX"), default=0.0)
    level = models.CharField(_("level"), max_length=16, blank=True, choices=LEVEL_CHOICES)
    level_rank = models.SmallIntegerField(_("level rank"), default=-1, db_index=True)
    issue_count = models.PositiveIntegerField(_("issues"), default=0)
    top_rules = models.CharField(_("most frequent issues"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("checked at"), auto_now=True)

    class Meta:
        verbose_name = _("page readability")
        verbose_name_plural = _("page readability")

    def __str__(self):
        return f"{self.page_id}: {self.level or '-'} (LIX {self.lix})"

    @classmethod
    def stale(cls, pages) -> list[Page]:
        """The pages whose live revision has not been scored."""
        known = dict(cls.objects.values_list("page_id", "revision_id"))
        return [p for p in pages if known.get(p.pk, -1) != p.live_revision_id]

    @classmethod
    def refresh(cls, page: Page) -> PageReadability:
        """Analyse the page's live content and store the figures."""
        from .service import analyse_page

        specific = page.specific
        report = analyse_page(specific, messages_lang="en").report
        top = [rule for rule, _count in Counter(issue.rule for issue in report.issues).most_common(5)]
        obj, _created = cls.objects.update_or_create(
            page=page,
            defaults={
                "revision_id": page.live_revision_id,
                "lang": report.lang,
                "words": report.words,
                "sentences": report.sentences,
                "lix": report.lix,
                "level": report.level or "",
                "level_rank": report.level_rank,
                "issue_count": len(report.issues),
                "top_rules": ",".join(top),
            },
        )
        return obj
