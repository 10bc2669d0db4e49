"""Admin wiring: the "QR code" action on every page, the listing under Reports, permissions."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views


def _admin_urls():
    return [
        path("", admin_views.ShortLinkReportView.as_view(), name="index"),
        path("results/", admin_views.ShortLinkReportView.as_view(results_only=True), name="index_results"),
        path("weekly.csv", admin_views.weekly_csv, name="weekly_csv"),
        path("outside/", admin_views.OutsideLinkView.as_view(), name="outside"),
        path("page/<int:page_id>/", admin_views.PageLinksView.as_view(), name="page"),
        path("<int:pk>/", admin_views.LinkView.as_view(), name="link"),
        path("<int:pk>/retire/", admin_views.retire, name="retire"),
        path("<int:pk>/reactivate/", admin_views.reactivate, name="reactivate"),
        path("<int:pk>/pdf/<str:sheet>/", admin_views.sheet_pdf, name="pdf"),
    ]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("qr/", include((_admin_urls(), "qr_admin"), namespace="qr_admin"))]


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(
        content_type__app_label="qr", codename__in=["add_shortlink", "change_shortlink", "view_shortlink"]
    )


class QrMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view(request.user)


@hooks.register("register_reports_menu_item")
def register_reports_menu_item():
    return QrMenuItem(_("QR codes"), reverse("qr_admin:index"), icon_name="link", order=800)


def _qr_button(page, user, priority):
    if page.is_root() or not admin_views.can_view(user):
        return None
    return Button(
        _("QR code"), reverse("qr_admin:page", args=[page.pk]), icon_name="link", priority=priority,
        attrs={"title": _("QR codes and print sheets for this page")},
    )


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    button = _qr_button(page, user, priority=40)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def page_listing_more_buttons(page, user, next_url=None):
    button = _qr_button(page, user, priority=45)
    if button:
        yield button
