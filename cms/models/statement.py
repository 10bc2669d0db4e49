"""The accessibility statement, in the EU model structure (Implementing Decision 2018/1523).

Sections and their Latvian headings (Cabinet Regulation No. 445):
Atbilstības statuss, Nepiekļūstamais saturs, Ziņas par sagatavošanu,
Atsauksmēm un saziņai, Izpildes nodrošināšanas procedūra.

The audit's statement generator fills the "generated" fields from the latest
run and the auditors' reviews (as a draft an editor publishes); staff write
the disproportionate burden and out-of-scope items and may change the
compliance status when they give a reason.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .pages import BasePage

#: A statement older than this is due for review (the directive asks for yearly reviews).
REVIEW_EVERY_DAYS = 365


class StatementItemBlock(blocks.StructBlock):
    """One bullet of non-accessible content: what, why, and how else to get it."""

    text = blocks.CharBlock(
        label=_("what is not accessible"), max_length=400,
        help_text=_("One plain sentence a resident understands."),
    )
    reason = blocks.CharBlock(
        label=_("requirement or reason"), required=False, max_length=200,
        help_text=_("For example “WCAG 1.1.1” or why the content is out of scope."),
    )
    alternative = blocks.CharBlock(
        label=_("how to get it another way"), required=False, max_length=300,
    )

    class Meta:
        icon = "warning"
        template = "cms/blocks/statement_item.html"
        label = _("item")
        description = _("Non-accessible content with its reason and alternative")
        preview_value = {
            "text": "Dažiem attēliem nav teksta apraksta.",
            "reason": "WCAG 1.1.1",
            "alternative": "Zvaniet mums, un mēs aprakstīsim attēlu.",
        }


def _items(label):
    return StreamField([("item", StatementItemBlock())], blank=True, verbose_name=label)


class AccessibilityStatementPage(BasePage):
    class Status(models.TextChoices):
        FULL = "full", pgettext_lazy("compliance status", "fully compliant")
        PARTIAL = "partial", pgettext_lazy("compliance status", "partially compliant")
        NONE = "not", pgettext_lazy("compliance status", "not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("self-assessment")
        THIRD_PARTY = "third-party", _("assessment by a third party")

    scope = models.TextField(
        _("which website this covers"), blank=True,
        help_text=_("Empty: “This statement covers the website <address>.”"),
    )
    compliance_status = models.CharField(
        _("compliance status"), max_length=10, choices=Status.choices, default=Status.PARTIAL
    )
    derived_status = models.CharField(
        _("status from the audit"), max_length=10, choices=Status.choices, blank=True,
        help_text=_("Set by the audit. Change the status above only with a reason."),
    )
    status_basis = models.TextField(
        _("what the audit found"), blank=True, help_text=_("Set by the audit: why it derived its status."),
    )
    status_reason = models.TextField(
        _("reason for a different status"), blank=True,
        help_text=_("Required when the status differs from the audit's."),
    )
    non_compliance = _items(_("non-compliance with the requirements"))
    disproportionate_burden = _items(_("disproportionate burden"))
    out_of_scope = _items(_("content outside the scope of the law"))
    prepared_on = models.DateField(_("prepared on"), default=datetime.date.today)
    method = models.CharField(_("method"), max_length=12, choices=Method.choices, default=Method.SELF)
    method_details = models.TextField(_("how it was checked"), blank=True)
    last_reviewed = models.DateField(_("last reviewed on"), default=datetime.date.today)
    #: The audit run the generated parts came from (a plain number: cms does not import audit).
    audit_run_id = models.PositiveIntegerField(_("audit run"), null=True, blank=True, editable=False)
    feedback_text = models.TextField(
        _("feedback and contact"), blank=True,
        help_text=_(
            "Empty: the phone number and e-mail from the site settings, with a 5-working-day answer."
        ),
    )
    enforcement_text = models.TextField(
        _("enforcement procedure"), blank=True,
        help_text=_("Empty: the standard text about complaints to the Ombudsman (Tiesībsargs)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("scope"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("derived_status", read_only=True),
             FieldPanel("status_basis", read_only=True), FieldPanel("status_reason")],
            heading=pgettext_lazy("accessibility statement", "Compliance status"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(_("The audit fills the first list. Staff write the other two.")),
                FieldPanel("non_compliance"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("out_of_scope"),
            ],
            heading=pgettext_lazy("accessibility statement", "Non-accessible content"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("last_reviewed")]),
             FieldPanel("method"), FieldPanel("method_details")],
            heading=pgettext_lazy("accessibility statement", "Preparation of this statement"),
        ),
        FieldPanel("feedback_text"),
        FieldPanel("enforcement_text"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def clean(self):
        super().clean()
        if (
            self.derived_status
            and self.compliance_status != self.derived_status
            and not self.status_reason.strip()
        ):
            raise ValidationError({
                "status_reason": _("Say why the status differs from the audit's (%(status)s).")
                % {"status": self.get_derived_status_display()}
            })
