"""Anonymous full-page cache with invalidation on publish.

A before_serve_page hook flags public pages as cacheable; the middleware then
stores the rendered response under a key that includes a site-wide generation
number. Publishing, unpublishing, moving or deleting a page, or editing a
snippet or setting, bumps the generation, so every process sees fresh pages at
once (pages show each other's titles in menus and related lists, so per-page
invalidation would leave stale links behind).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "cms:page-cache:generation"
RESTRICTIONS_KEY = "cms:page-cache:site-has-view-restrictions"
_FLAG = "_cms_page_cacheable"


def mark_cacheable(page, request) -> None:
    """Called before Wagtail serves a page: flag the response as safe to cache."""
    if _cache_seconds() <= 0 or not getattr(page, "cache_anonymous", False):
        return
    if not _request_is_anonymous(request):
        return
    if _site_has_view_restrictions() and page.get_view_restrictions().exists():
        return
    setattr(request, _FLAG, True)


def _site_has_view_restrictions() -> bool:
    """Almost no public page is restricted; ask the database once, not per request."""
    from wagtail.models import PageViewRestriction

    return cache.get_or_set(RESTRICTIONS_KEY, PageViewRestriction.objects.exists, timeout=None)


def forget_view_restrictions(**_kwargs) -> None:
    cache.delete(RESTRICTIONS_KEY)


def _request_is_anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _cache_seconds() -> int:
    return getattr(settings, "CMS_PAGE_CACHE_SECONDS", 0)


def generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def invalidate_all(**_kwargs) -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _key(request) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    return f"cms:page:{generation()}:{digest}"


def _may_use_cache(request) -> bool:
    return (
        _cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(("/admin/", "/django-admin/"))
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if (
            getattr(request, _FLAG, False)
            and response.status_code == 200
            and not response.cookies
            and _varies_only_on_safe_headers(response)
        ):
            # Django has rendered template responses by the time middleware sees them.
            cache.set(key, response, _cache_seconds())
            response["X-Page-Cache"] = "miss"
        return response


def _varies_only_on_safe_headers(response) -> bool:
    # Requests reaching the cache carry no session cookie, so a Vary: Cookie
    # added by an untouched session does not split them.
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= {"accept-language", "cookie"}
