from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale, Page, Site

from ..icons import icon_path

register = template.Library()


@register.simple_tag
def icon(name, size=32, css_class="icon"):
    """An inline, decorative SVG icon; the text next to it carries the meaning."""
    return format_html(
        '<svg class="{}" width="{}" height="{}" viewBox="0 0 24 24" aria-hidden="true" '
        'focusable="false"><path d="{}"/></svg>',
        css_class,
        size,
        size,
        icon_path(name),
    )


def _home_for(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
    return root.get_translation_or_none(locale) if root.locale_id != locale.id else root


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    page = context.get("page")
    if page is not None and hasattr(page, "locale_id"):
        lang = page.locale.language_code
    else:
        lang = translation.get_language() or settings.LANGUAGE_CODE
    return _home_for(request, lang) if request else None


@register.inclusion_tag("cms/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language() or settings.LANGUAGE_CODE
    if page is not None and isinstance(page, Page):
        current = page.locale.language_code
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    else:
        translations = {}
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or (_home_for(request, code) if request else None)
        if target is None or not target.live:
            continue
        links.append({"code": code, "name": name, "url": target.get_url(request), "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for the page's translations, for search engines."""
    page = context.get("page")
    request = context.get("request")
    if page is None or not isinstance(page, Page):
        return []
    return [
        {"code": p.locale.language_code, "url": p.get_full_url(request)}
        for p in page.get_translations(inclusive=False).live().select_related("locale")
    ]


@register.inclusion_tag("cms/includes/main_menu.html", takes_context=True)
def main_menu(context):
    home = home_page(context)
    page = context.get("page")
    items = []
    if home is not None:
        for child in home.get_children().live().in_menu().specific(defer=True):
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(context.get("request")),
                    "current": page is not None
                    and isinstance(page, Page)
                    and (page.pk == child.pk or page.path.startswith(child.path)),
                }
            )
    return {"items": items}


@register.inclusion_tag("cms/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, extra_title=""):
    page = context.get("page")
    request = context.get("request")
    crumbs = []
    if page is not None and isinstance(page, Page) and page.depth > 2:
        for ancestor in page.get_ancestors().filter(depth__gte=2).specific(defer=True):
            crumbs.append({"title": ancestor.title, "url": ancestor.get_url(request)})
        crumbs.append({"title": page.title, "url": page.get_url(request) if extra_title else None})
    if extra_title:
        crumbs.append({"title": extra_title, "url": None})
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """URL of a settings page in the visitor's language, if translated."""
    if page is None:
        return ""
    return page.localized.get_url(context.get("request"))


@register.simple_tag(takes_context=True)
def search_url(context):
    from ..models import SearchPage

    home = home_page(context)
    if home is None:
        return ""
    found = SearchPage.objects.child_of(home).live().first()
    return found.get_url(context.get("request")) if found else ""
