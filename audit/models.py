"""Audit runs and their results. One row per page, saved as soon as the page is done."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    start_urls = models.JSONField(_("start URLs"), default=list)
    #: The run's AuditConfig as data, so a resume uses the same limits.
    config = models.JSONField(default=dict)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    message = models.TextField(blank=True)
    engine = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    cancel_requested = models.BooleanField(default=False)
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit run")
        permissions = [
            ("start_audit", _("Can start audits of this site")),
            ("audit_any_site", _("Can start audits of other sites")),
            ("review_finding", _("Can mark needs-review findings as passed or failed")),
        ]

    def __str__(self):
        first = self.start_urls[0] if self.start_urls else "?"
        return f"#{self.pk} {first}"

    @property
    def is_active(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class PageResult(models.Model):
    """A URL of a run: queued when discovered, filled in when inspected."""

    run = models.ForeignKey(AuditRun, on_delete=models.CASCADE, related_name="pages")
    url = models.URLField(max_length=2000)
    #: Discovery order; reports list pages in this order.
    position = models.PositiveIntegerField()
    depth = models.PositiveSmallIntegerField(default=0)
    done = models.BooleanField(default=False)
    final_url = models.URLField(max_length=2000, blank=True)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    title = models.CharField(max_length=500, blank=True)
    lang = models.CharField(max_length=35, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    content_language = models.CharField(max_length=100, blank=True)
    load_ms = models.PositiveIntegerField(null=True, blank=True)
    bytes = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(null=True, blank=True)
    redirects = models.JSONField(default=list, blank=True)
    documents = models.JSONField(default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    #: Links to pages of the run not fetched when this page was saved; a broken
    #: one gets its finding here when its own fetch fails (no extra request).
    unresolved_links = models.JSONField(default=list, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["run", "position"]
        constraints = [
            models.UniqueConstraint(fields=["run", "url"], name="audit_page_unique_url"),
        ]
        indexes = [models.Index(fields=["run", "done"])]

    def __str__(self):
        return self.url


class Finding(models.Model):
    run = models.ForeignKey(AuditRun, on_delete=models.CASCADE, related_name="findings")
    page = models.ForeignKey(PageResult, on_delete=models.CASCADE, related_name="findings")
    rule = models.CharField(max_length=100)
    source = models.CharField(max_length=20)
    outcome = models.CharField(max_length=20)
    impact = models.CharField(max_length=20, null=True, blank=True)
    wcag = models.JSONField(default=list)
    en301549 = models.JSONField(default=list)
    varam = models.CharField(max_length=40, null=True, blank=True)
    selector = models.TextField(blank=True)
    snippet = models.TextField(blank=True)
    message = models.TextField(blank=True)
    help_url = models.URLField(max_length=500, blank=True)
    #: Same rule, page and element in any run: see audit.results.fingerprint.
    fingerprint = models.CharField(max_length=32, db_index=True)

    class Meta:
        ordering = ["page__position", "id"]
        indexes = [models.Index(fields=["run", "outcome"]), models.Index(fields=["run", "rule"])]

    def __str__(self):
        return f"{self.rule} {self.selector}"

    def as_contract(self):
        return {
            "rule": self.rule, "source": self.source, "outcome": self.outcome,
            "impact": self.impact, "wcag": self.wcag, "en301549": self.en301549,
            "varam": self.varam, "selector": self.selector, "snippet": self.snippet,
            "message": self.message, "help_url": self.help_url,
        }


class Review(models.Model):
    """An auditor's verdict on a needs-review finding; carried to later runs by fingerprint."""

    class Verdict(models.TextChoices):
        PASSED = "passed", _("Passed")
        FAILED = "failed", _("Failed")

    fingerprint = models.CharField(max_length=32, unique=True)
    rule = models.CharField(max_length=100)
    url = models.URLField(max_length=2000)
    selector = models.TextField(blank=True)
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    note = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(auto_now=True)
    #: The run in which the verdict was given.
    run = models.ForeignKey(AuditRun, null=True, blank=True, on_delete=models.SET_NULL,
                            related_name="+")

    def __str__(self):
        return f"{self.rule}: {self.verdict}"


from .plan_models import ImprovementPlan, PlanAction  # noqa: E402, F401 - the plan lives in its own module
