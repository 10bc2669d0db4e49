"""Django's LocaleMiddleware, minus its redirect of 404s that a view outside the language prefix gave."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Keep a 404 that a view outside i18n_patterns (/q/, /documents/, /feedback/) answered itself.

    Django turns any 404 on an unprefixed path into a redirect to /lv/<path>
    when that path is "valid", and Wagtail's catch-all page pattern makes every
    prefixed path valid: an unknown QR code or document would be sent to a
    page that does not exist either, and lose its own 404 page. A path that
    resolved to no view at all (/some-page/) still gets the language redirect.
    """

    def process_response(self, request, response):
        match = request.resolver_match
        if (
            response.status_code == 404
            and match is not None
            and match.url_name != "wagtail_serve"
            and not translation.get_language_from_path(request.path_info)
        ):
            # What Django does to a response it does not redirect on an unprefixed path.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
