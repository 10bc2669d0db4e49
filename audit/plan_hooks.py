"""Admin menu and URLs of the improvement plan (imported by audit.wagtail_hooks)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import plan_urls


@hooks.register("register_admin_urls")
def register_plan_urls():
    return [path("improvement-plan/", include(plan_urls, namespace="audit_plan"))]


class PlanMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("audit.view_improvementplan")


@hooks.register("register_admin_menu_item")
def register_plan_menu_item():
    return PlanMenuItem(_("Improvement plan"), reverse("audit_plan:index"), icon_name="tasks", order=910)
