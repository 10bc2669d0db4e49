"""Wagtail hooks: the editor panel, the checks panel, the report and its menu item."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .service import PANEL_TITLE
from .userbar import construct_userbar


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("easy-read/analyse/", views.editor_analyse, name="easy_read_analyse"),
        path("reports/plain-language/", views.PlainLanguageReportView.as_view(), name="easy_read_report"),
        path(
            "reports/plain-language/results/",
            views.PlainLanguageReportView.as_view(results_only=True),
            name="easy_read_report_results",
        ),
    ]


@hooks.register("insert_editor_js")
def editor_js():
    """The editor panel: a debounced widget that posts the form to the JSON view."""
    config = {
        "endpoint": reverse("easy_read_analyse"),
        #: Wait this long after the last keystroke before checking (ms).
        "debounce": 600,
        #: Re-check at most this often while typing continues (ms).
        "maxWait": 3000,
    }
    return format_html(
        '{}<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
        json_script(config, "easy-read-config"),
        static("easy_read/css/editor.css"),
        static("easy_read/js/editor.js"),
    )


hooks.register("construct_wagtail_userbar", construct_userbar)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        PANEL_TITLE,
        reverse("easy_read_report"),
        name="plain-language",
        icon_name="doc-full",
        order=650,
    )
