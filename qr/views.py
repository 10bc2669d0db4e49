"""Public QR endpoints: follow a printed code, and draw its image.

Nothing here sets a cookie or keeps anything about the visitor: a scan is one
more in the (link, day) counter, and the rate limit keys on a keyed hash that
lives a minute in the cache.
"""

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Site

from cms.ratelimit import rate_limited

from . import codes, targets
from .models import ShortLink, count_scan

#: Image size limits: large enough for an A3 poster at 300 dpi, small enough to draw quickly.
MIN_CM, MAX_CM, DEFAULT_CM = 1.5, 40.0, 4.0
MIN_PX, MAX_PX = 64, 4000
PRINT_DPI = 300


@require_safe
@rate_limited("qr")
def follow(request, code):
    """Redirect a scanned code to its page, counting the scan; explain when it cannot."""
    normal = codes.normalise_code(code)
    target = targets.resolve(normal, translation.get_language()) if normal else None
    if target is None:
        return unavailable(request, status=404)
    if not target.active:
        return unavailable(request, status=410)
    # Every scan of a live code counts, even when its page is gone: the print run still worked.
    count_scan(target.link_id)
    if target.url is None:
        return unavailable(request, status=410 if target.page_gone else 404)
    response = HttpResponseRedirect(target.url)
    # A browser or proxy that kept the redirect would skip the count next time.
    # (A plain header: never_cache's date arithmetic costs more than the count.)
    response["Cache-Control"] = "no-store"
    return response


def help_links(request):
    """The home page and the search page's URL, in the visitor's language when translated.

    A visitor whose language has no translated site still gets the original
    site's search: a way forward matters more than the language here.
    """
    from cms.models import SearchPage

    site = Site.find_for_request(request)
    if site is None:
        return None, ""
    homes = list(dict.fromkeys([site.root_page.localized, site.root_page]))
    for home in homes:
        search = SearchPage.objects.live().child_of(home).first()
        if search is not None:
            return home, search.get_url(request)
    return homes[0], ""


def unavailable(request, status):
    """The friendly page for an unknown (404) or retired (410) code: search, phone, home."""
    home, search_action = help_links(request)
    context = {"status": status, "qr_home": home if home and home.live else None,
               "qr_search_url": search_action}
    response = render(request, "qr/unavailable.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _number(request, name, default, low, high, kind=float):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    value = kind(raw)  # ValueError is turned into a 400 by the caller
    return min(high, max(low, value))


def _image_link(code):
    normal = codes.normalise_code(code)
    return ShortLink.objects.filter(code=normal).first() if normal else None


def _image_options(request):
    width_cm = _number(request, "cm", DEFAULT_CM, MIN_CM, MAX_CM)
    level = request.GET.get("ec", "").upper() or codes.error_correction_for(width_cm * 10)
    if level not in ("L", "M", "Q", "H"):
        raise ValueError(level)
    return width_cm, level


@require_safe
@rate_limited("qr-image")
def image(request, code, fmt):
    """`/q/<code>.svg?cm=4` or `/q/<code>.png?cm=4` (or `?px=600`); `ec=M|Q` overrides the level.

    The level follows the printed width unless given: M, or Q below 3 cm.
    """
    link = _image_link(code)
    if link is None:
        return unavailable(request, status=404)
    try:
        width_cm, level = _image_options(request)
        default_px = round(width_cm / 2.54 * PRINT_DPI)
        size_px = _number(request, "px", default_px, MIN_PX, MAX_PX, kind=int)
    except ValueError:
        return HttpResponseBadRequest(
            _("Sizes are numbers: cm from %(low)s to %(high)s, px from %(min_px)s to %(max_px)s; "
              "ec is one of L, M, Q, H.")
            % {"low": MIN_CM, "high": MAX_CM, "min_px": MIN_PX, "max_px": MAX_PX},
            content_type="text/plain; charset=utf-8",
        )
    text = link.short_url()
    if fmt == "svg":
        body = codes.svg(text, width_mm=width_cm * 10, error_correction=level, title=text)
        content_type = "image/svg+xml"
    else:
        body = codes.png(text, size_px=size_px, error_correction=level, dpi=PRINT_DPI)
        content_type = "image/png"
    response = HttpResponse(body, content_type=content_type)
    # A code's address never changes, so its image may be cached; a day keeps a
    # base-address change from lingering.
    response["Cache-Control"] = "public, max-age=86400"
    if "download" in request.GET:
        response["Content-Disposition"] = f'attachment; filename="qr-{link.code}.{fmt}"'
    return response
