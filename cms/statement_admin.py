"""A reminder on the admin dashboard when the accessibility statement is missing or due for review."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from .models.site_settings import SiteSettings
from .models.statement import REVIEW_EVERY_DAYS, AccessibilityStatementPage


def statement_state(request=None, today=None):
    """{"page", "due", "missing", "days"}: the default site's statement and whether it needs work."""
    today = today or timezone.localdate()
    site = (Site.find_for_request(request) if request else None) or Site.objects.filter(
        is_default_site=True).first()
    chosen = None
    if site is not None:
        chosen_id = SiteSettings.for_site(site).statement_page_id
        if chosen_id:
            chosen = AccessibilityStatementPage.objects.live().filter(pk=chosen_id).first()
    if chosen is None:
        chosen = AccessibilityStatementPage.objects.live().order_by("pk").first()
    if chosen is None:
        return {"page": None, "missing": True, "due": True, "days": None}
    days = (today - chosen.last_reviewed).days
    return {"page": chosen, "missing": False, "due": days > REVIEW_EVERY_DAYS, "days": days}


class StatementReminderPanel(Component):
    name = "accessibility_statement_reminder"
    template_name = "cms/admin/statement_panel.html"
    order = 90  # above Wagtail's own panels: a legal duty, not a curiosity

    def __init__(self, state):
        self.state = state

    def get_context_data(self, parent_context):
        return {**self.state, "review_every_days": REVIEW_EVERY_DAYS}


@hooks.register("construct_homepage_panels")
def add_statement_reminder(request, panels):
    state = statement_state(request)
    if state["missing"] or state["due"]:
        panels.append(StatementReminderPanel(state))
