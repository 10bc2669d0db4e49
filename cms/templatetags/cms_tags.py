"""Site chrome: header, menus, language switcher, breadcrumbs.

Everything here is computed at most once per request (see `_chrome`), because
each piece needs the same facts: the visitor's language, its home page and the
page's translations. That keeps a service page within its query budget.
"""

from django import template
from django.conf import settings
from django.db.models import Q
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


#: Site settings fields that choose pages linked from every page.
SETTINGS_PAGES = ("help_page", "easy_read_page", "statement_page")

_LOCALE_CODES: dict[int, str] = {}


def language_of(locale_id: int) -> str:
    """Language code of a locale id; ids never change meaning, so memoise them."""
    if locale_id not in _LOCALE_CODES:
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES.get(locale_id, settings.LANGUAGE_CODE)


class _Chrome:
    """Per-request facts shared by the header, footer and breadcrumbs."""

    def __init__(self, request, page):
        self.request = request
        self.page = page if isinstance(page, Page) else None
        if self.page is not None:
            self.language = language_of(self.page.locale_id)
        else:
            self.language = translation.get_language() or settings.LANGUAGE_CODE
        self._loaded = False
        self._homes: dict[str, Page] = {}
        self._translations: dict[str, Page] = {}
        self._home_children = None
        self.settings_ids: dict[str, int | None] = {}
        self.versions: list[Page] = []

    def _load(self):
        """Home pages, this page's translations and the pages chosen in site settings,
        in every language, in one query."""
        if self._loaded:
            return
        self._loaded = True
        site = Site.find_for_request(self.request) if self.request else None
        if site is None:
            return
        from ..models import SiteSettings

        keys = {site.root_page.translation_key}
        if self.page is not None:
            keys.add(self.page.translation_key)
        site_settings = SiteSettings.for_request(self.request)
        self.settings_ids = {name: getattr(site_settings, f"{name}_id", None) for name in SETTINGS_PAGES}
        chosen = [page_id for page_id in self.settings_ids.values() if page_id]
        wanted = Q(translation_key__in=keys)
        if chosen:
            wanted |= Q(translation_key__in=Page.objects.filter(id__in=chosen).values("translation_key"))
        self.versions = list(Page.objects.filter(wanted).live())
        for found in self.versions:
            code = language_of(found.locale_id)
            if found.translation_key == site.root_page.translation_key:
                self._homes[code] = found
            if self.page is not None and found.translation_key == self.page.translation_key:
                self._translations[code] = found

    @property
    def homes(self) -> dict[str, Page]:
        self._load()
        return self._homes

    @property
    def translations(self) -> dict[str, Page]:
        self._load()
        return self._translations

    @property
    def home(self):
        return self.homes.get(self.language) or self.homes.get(settings.LANGUAGE_CODE)

    @property
    def home_children(self) -> list[Page]:
        """Live children of the home page: the menu and the search page come from here."""
        if self._home_children is None:
            self._home_children = list(self.home.get_children().live()) if self.home else []
        return self._home_children

    def url(self, page):
        return page.get_url(self.request)


def _chrome(context) -> _Chrome:
    request = context.get("request")
    page = context.get("page")
    key = "_cms_chrome"
    cached = getattr(request, key, None) if request is not None else None
    if cached is None or cached.page is not (page if isinstance(page, Page) else None):
        cached = _Chrome(request, page)
        if request is not None:
            setattr(request, key, cached)
    return cached


@register.simple_tag(takes_context=True)
def home_page(context):
    return _chrome(context).home


@register.inclusion_tag("cms/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    chrome = _chrome(context)
    links = []
    for code, name in settings.LANGUAGES:
        target = chrome.translations.get(code) or chrome.homes.get(code)
        if target is None:
            continue
        links.append(
            {"code": code, "name": name, "url": chrome.url(target), "current": code == chrome.language}
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates for the page's translations, for search engines."""
    chrome = _chrome(context)
    return [
        {"code": code, "url": page.get_full_url(chrome.request)}
        for code, page in chrome.translations.items()
        if code != chrome.language
    ]


@register.inclusion_tag("cms/includes/main_menu.html", takes_context=True)
def main_menu(context):
    chrome = _chrome(context)
    items = []
    for child in chrome.home_children:
        if child.show_in_menus:
            current = chrome.page is not None and chrome.page.path.startswith(child.path)
            items.append({"title": child.title, "url": chrome.url(child), "current": current})
    return {"items": items}


@register.inclusion_tag("cms/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, extra_title=""):
    chrome = _chrome(context)
    page = chrome.page
    crumbs = []
    if page is not None and page.depth > 2:
        for ancestor in _ancestors_below_root(chrome):
            crumbs.append({"title": ancestor.title, "url": chrome.url(ancestor)})
        crumbs.append({"title": page.title, "url": chrome.url(page) if extra_title else None})
    if extra_title:
        crumbs.append({"title": extra_title, "url": None})
    return {"crumbs": crumbs}


def _ancestors_below_root(chrome) -> list[Page]:
    """The page's ancestors from the home page down, reusing what routing fetched."""
    page = chrome.page
    routed = getattr(chrome.request, "_cms_route_pages", None) or []
    ancestors = [p for p in routed if p.depth >= 2 and page.path.startswith(p.path) and p.pk != page.pk]
    if len(ancestors) == page.depth - 2:
        return sorted(ancestors, key=lambda p: p.depth)
    return list(page.get_ancestors().filter(depth__gte=2))


def _settings_pages(context) -> dict[str, Page]:
    """Pages chosen in site settings, each in the visitor's language when translated."""
    chrome = _chrome(context)
    if getattr(chrome, "_settings_pages", None) is not None:
        return chrome._settings_pages
    chrome._load()
    by_id = {page.id: page for page in chrome.versions}
    found: dict[str, Page] = {}
    for name, page_id in chrome.settings_ids.items():
        original = by_id.get(page_id)
        if original is None:
            continue
        localized = [
            version
            for version in chrome.versions
            if version.translation_key == original.translation_key
            and language_of(version.locale_id) == chrome.language
        ]
        found[name] = localized[0] if localized else original
    chrome._settings_pages = found
    return found


@register.simple_tag(takes_context=True)
def settings_page_url(context, name):
    """URL of the help, easy-read or statement page in the visitor's language, or ''."""
    page = _settings_pages(context).get(name)
    return _chrome(context).url(page) if page is not None else ""


@register.simple_tag(takes_context=True)
def search_url(context):
    from django.contrib.contenttypes.models import ContentType

    from ..models import SearchPage

    search_type = ContentType.objects.get_for_model(SearchPage).id
    for child in _chrome(context).home_children:
        if child.content_type_id == search_type:
            return _chrome(context).url(child)
    return ""


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page being shown (for <html lang>), else the active one."""
    return _chrome(context).language
