"""A small fixed-window rate limit for public endpoints (QR redirects, feedback).

Each client gets `settings.PUBLIC_RATE_LIMIT_PER_MINUTE` requests per minute
and scope; 0 turns the limit off. The client is known only by a keyed hash of
its address (an IPv6 client by its /64 network, which one household holds
whole), kept as a cache key that expires with its minute. The address itself
is never written anywhere, and the key cannot be turned back into it without
the secret key: IPv4 has few enough addresses that an unkeyed hash could.

Use it as a decorator::

    @rate_limited("feedback")
    def feedback(request): ...

or call `check(request, "feedback")` inside a view and return its response
when it is not None (`seconds_to_wait()` counts without rendering a page).
"""

import functools
import hashlib
import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils.translation import gettext

WINDOW_SECONDS = 60
#: The template of the friendly 429 page; a plain-text message is the fallback.
TEMPLATE_NAME = "429.html"


def limit_per_minute() -> int:
    return max(0, int(getattr(settings, "PUBLIC_RATE_LIMIT_PER_MINUTE", 0) or 0))


def client_key(request) -> str:
    """A keyed, truncated hash of the client's network; the address itself is not kept."""
    header = getattr(settings, "PUBLIC_RATE_LIMIT_CLIENT_HEADER", "REMOTE_ADDR")
    raw = request.META.get(header) or request.META.get("REMOTE_ADDR") or ""
    # A proxy header may list several hops; the first is the client.
    raw = raw.split(",")[0].strip()
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        network = raw
    else:
        mapped = getattr(address, "ipv4_mapped", None)
        if mapped is not None:
            network = str(mapped)
        elif address.version == 6:
            network = str(ipaddress.ip_network(f"{address}/64", strict=False))
        else:
            network = str(address)
    secret = settings.SECRET_KEY.encode() or b"ratelimit"
    return hmac.new(secret, network.encode(), hashlib.sha256).hexdigest()[:24]


def check(request, scope: str, now: float | None = None) -> HttpResponse | None:
    """Count this request; return a 429 response when the client is over its limit, else None."""
    wait = seconds_to_wait(request, scope, now)
    return None if wait is None else too_many_requests(request, wait)


def seconds_to_wait(request, scope: str, now: float | None = None) -> int | None:
    """Count this request; None while the client is within its limit, else seconds to wait.

    For views that answer a limited client in their own format (JSON, a form
    kept filled in) without rendering the 429 page first.
    """
    limit = limit_per_minute()
    if not limit:
        return None
    now = time.time() if now is None else now
    window = int(now // WINDOW_SECONDS)
    cache = caches[getattr(settings, "PUBLIC_RATE_LIMIT_CACHE", "default")]
    key = f"ratelimit:{scope}:{window}:{client_key(request)}"
    # add() is a no-op when the key exists; incr() is atomic in every shared backend.
    cache.add(key, 0, timeout=WINDOW_SECONDS + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=WINDOW_SECONDS + 5)
        count = 1
    if count <= limit:
        return None
    return max(1, int((window + 1) * WINDOW_SECONDS - now))


def too_many_requests(request, retry_after: int) -> HttpResponse:
    """A friendly, translated 429 page that says how long to wait."""
    message = gettext(
        "You have opened this address many times in a short while. "
        "Please wait %(seconds)s seconds and try again."
    ) % {"seconds": retry_after}
    try:
        body = render_to_string(
            TEMPLATE_NAME, {"message": message, "retry_after": retry_after}, request=request
        )
        content_type = "text/html; charset=utf-8"
    except TemplateDoesNotExist:
        body, content_type = message + "\n", "text/plain; charset=utf-8"
    response = HttpResponse(body, status=429, content_type=content_type)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def rate_limited(scope: str):
    """Decorator: apply the public rate limit, counted per `scope`, to a view."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            limited = check(request, scope)
            if limited is not None:
                return limited
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
