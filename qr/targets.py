"""Where a code leads now, remembered between scans.

Resolving a code takes the link, its page, maybe the page's translation and
Wagtail's site lookup: several queries on every scan, five to ten times the
cost of the redirect itself. The answer only changes when pages or links
change, so it is cached under the site-wide page-cache generation (bumped by
every publish, unpublish, move, slug change or delete; see cms.cache) and
dropped when a link is saved or deleted. Scans are still counted in the
database on every request; only the lookup is remembered.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from cms.cache import generation

from .models import ShortLink

#: Seconds a resolved target is kept; the generation key makes changes visible at once anyway.
TIMEOUT = 600


@dataclass(frozen=True)
class Target:
    link_id: int
    active: bool
    #: The URL to redirect to, or None when there is nowhere to go.
    url: str | None
    #: True when the page was deleted (410), False when it is only unpublished (404).
    page_gone: bool


_LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def _key(gen, code, language):
    return f"qr:target:{gen}:{code}:{language or ''}"


def resolve(code, language):
    """The Target of an existing code for a visitor speaking `language`, or None for no such code."""
    if language not in _LANGUAGE_CODES:
        language = ""
    key = _key(generation(), code, language)
    found = cache.get(key)
    if found is None:
        link = ShortLink.objects.select_related("page__locale", "locale").filter(code=code).first()
        if link is None:
            return None  # not cached: a flood of made-up codes must not fill the cache
        found = Target(link.pk, link.is_active, target_url(link, language),
                       page_gone=not link.external_url and link.page_id is None)
        cache.set(key, found, TIMEOUT)
    return found


def target_url(link, language):
    """Where a link leads: its page's current URL in the link's (else `language`'s) translation.

    The page is stored by id, so moves and slug changes are followed for free.
    A missing or unpublished translation falls back to the linked page itself.
    The URL is relative on a one-site install, absolute when there are several.
    """
    if link.external_url:
        return link.external_url
    page = link.page
    if page is None:
        return None
    wanted = link.locale.language_code if link.locale_id else language
    if wanted and page.locale.language_code != wanted:
        translated = page.get_translations().live().filter(locale__language_code=wanted).first()
        if translated is not None:
            page = translated
    if not page.live:
        return None
    return page.get_url()


def forget(code):
    """Drop what is remembered about one code, for every language (after the link changed)."""
    gen = generation()
    cache.delete_many([_key(gen, code, language) for language in ("", *_LANGUAGE_CODES)])


def _forget_link(sender, instance, **kwargs):
    forget(instance.code)


post_save.connect(_forget_link, sender=ShortLink, dispatch_uid="qr-forget-saved-link")
post_delete.connect(_forget_link, sender=ShortLink, dispatch_uid="qr-forget-deleted-link")
