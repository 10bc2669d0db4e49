"""The annual improvement plan and its SMART actions (imported at the end of audit.models)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImprovementPlan(models.Model):
    """One plan per year, built from the latest audit run and the one before it."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    run = models.ForeignKey(
        "audit.AuditRun", on_delete=models.PROTECT, related_name="plans", verbose_name=_("audit run"),
    )
    previous_run = models.ForeignKey(
        "audit.AuditRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("previous audit run"),
    )
    #: What the plan was built from, kept so the document reads the same later:
    #: runs trend, findings by criterion, satisfaction by month, easy-read levels, QR scans.
    inputs = models.JSONField(default=dict, blank=True)
    summary_lv = models.TextField(_("summary (Latvian)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("improvement plan")

    def __str__(self):
        return f"{self.year}"


class PlanAction(models.Model):
    """One fix: a rule in one template or shared component, with SMART fields staff can edit."""

    class Owner(models.TextChoices):
        IT = "it", _("IT")
        COMMUNICATIONS = "communications", _("Communications")
        SERVICE_OWNER = "service_owner", _("Service owner")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done, waiting for the next audit")
        VERIFIED = "verified", _("Verified fixed")

    class Kind(models.TextChoices):
        COMPONENT = "component", _("Shared component")
        TEMPLATE = "template", _("Page template")
        PLAIN_LANGUAGE = "plain-language", _("Plain language")

    plan = models.ForeignKey(ImprovementPlan, on_delete=models.CASCADE, related_name="actions")
    #: The group the action stands for (audit.report.plan.GroupKey as text); stable across rebuilds.
    key = models.CharField(max_length=500)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    rule = models.CharField(_("rule"), max_length=100)
    wcag = models.JSONField(default=list, blank=True)
    varam = models.CharField(max_length=40, blank=True)
    impact = models.CharField(_("impact"), max_length=20)
    location = models.CharField(_("template or component"), max_length=500)
    #: The template's page type by language ({"lv": ..., "en": ...}) for the document.
    location_names = models.JSONField(default=dict, blank=True)
    # Specific: what and where.
    title_lv = models.CharField(_("what (Latvian)"), max_length=300)
    title_en = models.CharField(_("what (English)"), max_length=300)
    #: [{"path", "url", "title"}]
    pages = models.JSONField(_("where"), default=list, blank=True)
    #: [[rule, path, selector]]: the findings whose absence proves the fix.
    signatures = models.JSONField(default=list, blank=True)
    # Measurable: the count in the plan's run, the one before, and the latest check.
    unit = models.CharField(max_length=10, default="findings")
    baseline = models.PositiveIntegerField(_("baseline"))
    previous = models.PositiveIntegerField(_("in the previous run"), null=True, blank=True)
    target = models.PositiveIntegerField(_("target"), default=0)
    # Time-bound and assigned.
    deadline_year = models.PositiveSmallIntegerField(_("deadline year"))
    deadline_quarter = models.PositiveSmallIntegerField(
        _("deadline quarter"), choices=[(q, f"Q{q}") for q in (1, 2, 3, 4)],
    )
    owner = models.CharField(_("owner"), max_length=20, choices=Owner.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    notes = models.TextField(_("notes"), blank=True)
    # Ranking.
    priority = models.FloatField(_("priority"))
    priority_parts = models.JSONField(default=dict, blank=True)
    rank = models.PositiveIntegerField(_("rank"))
    # Verification by later runs.
    checked_run = models.ForeignKey(
        "audit.AuditRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("last checked against"),
    )
    current = models.IntegerField(_("found in the last check"), null=True, blank=True)
    verified_run = models.ForeignKey(
        "audit.AuditRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("verified fixed by"),
    )
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["plan", "rank"]
        verbose_name = _("plan action")
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="audit_plan_action_key")]

    def __str__(self):
        return f"{self.plan.year} #{self.rank} {self.title_en}"

    def title(self, lang):
        return self.title_lv if lang == "lv" else self.title_en

    @property
    def deadline(self):
        return f"{self.deadline_year} Q{self.deadline_quarter}"

    @property
    def is_open(self):
        return self.status != self.Status.VERIFIED
