from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [path("audits/", include(admin_urls, namespace="audit"))]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("audit.view_auditrun")


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(_("Audits"), reverse("audit:index"), icon_name="clipboard-list",
                         order=900)


@hooks.register("register_permissions")
def register_audit_permissions():
    return Permission.objects.filter(
        content_type__app_label="audit",
        codename__in=["view_auditrun", "start_audit", "audit_any_site", "review_finding"],
    )


from . import plan_hooks  # noqa: E402, F401 - the improvement plan registers its own hooks
