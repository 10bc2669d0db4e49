"""The userbar and the checks panel's configuration.

``PlainLanguageCheckerItem`` replaces Wagtail's ``ContentCheckerItem`` through
the ``construct_wagtail_userbar`` hook. Its axe configuration drives the checks
panel in the page editor and the userbar's "Checks" dialog; it adds the language
rules that plain-language checking depends on. The checks panel's metrics are
ours (see ``templates/wagtailadmin/shared/side_panels/checks.html``).

``PlainLanguageUserbarItem`` shows an editor viewing a live page its level and
LIX, linking to the editor where the full report is. Both come from
``easy_read.service``, so every surface shows the same numbers.
"""

from __future__ import annotations

from wagtail.admin.userbar import BaseItem, ContentCheckerItem
from wagtail.models import Page


class PlainLanguageCheckerItem(ContentCheckerItem):
    #: Axe rules added to Wagtail's rule list: the page language decides how the
    #: text is read aloud and which plain-language rules apply to it.
    axe_language_rules = ["html-has-lang", "html-lang-valid", "valid-lang"]

    def get_axe_language_rules(self, request):
        return self.axe_language_rules

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        if not run_only or any(tag.startswith("wcag") for tag in run_only):
            return run_only  # tags, not rule ids: axe cannot mix them
        extra = [r for r in self.get_axe_language_rules(request) if r not in run_only]
        return list(run_only) + extra


class PlainLanguageUserbarItem(BaseItem):
    template_name = "easy_read/userbar/item_plain_language.html"

    def __init__(self, page):
        self.page = page

    def get_context_data(self, parent_context):
        from .service import admin_language, analyse_page, report_payload

        context = super().get_context_data(parent_context)
        mlang = admin_language()
        report = analyse_page(self.page.specific, messages_lang=mlang).report
        context["report"] = report_payload(report, mlang, max_flagged=0)
        context["page"] = self.page
        return context

    def render_html(self, parent_context):
        request = parent_context.get("request")
        if request is None or not self.page.pk or getattr(request, "in_preview_panel", False):
            return ""
        if not self.page.permissions_for_user(request.user).can_edit():
            return ""
        return super().render_html(parent_context)


def construct_userbar(request, items, page) -> None:
    """``construct_wagtail_userbar`` hook."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PlainLanguageCheckerItem):
            items[index] = PlainLanguageCheckerItem(in_editor=item.in_editor)
    if isinstance(page, Page) and request is not None:
        items.append(PlainLanguageUserbarItem(page))
