"""cms.ratelimit, the shared limiter of public endpoints (QR redirects here, feedback later)."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from cms import ratelimit

pytestmark = pytest.mark.django_db  # the 429 page renders the site template
rf = RequestFactory()


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request_from(address, **meta):
    return rf.get("/anything", REMOTE_ADDR=address, **meta)


@ratelimit.rate_limited("demo")
def hello(request):
    return HttpResponse("hello")


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=2)
def test_decorator_limits_any_view_per_client():
    assert [hello(request_from("203.0.113.7")).status_code for _ in range(3)] == [200, 200, 429]
    assert hello(request_from("203.0.113.8")).status_code == 200  # another client


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=1)
def test_limit_resets_with_the_next_window_and_says_when():
    start = 6_000_000.0  # a window boundary (a multiple of 60)
    assert ratelimit.check(request_from("203.0.113.7"), "demo", now=start + 10) is None
    limited = ratelimit.check(request_from("203.0.113.7"), "demo", now=start + 15)
    assert limited.status_code == 429
    assert limited["Retry-After"] == "45"
    assert limited["Cache-Control"] == "no-store"
    assert ratelimit.check(request_from("203.0.113.7"), "demo", now=start + 61) is None


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=1)
def test_scopes_are_counted_apart():
    assert ratelimit.check(request_from("203.0.113.7"), "qr") is None
    assert ratelimit.check(request_from("203.0.113.7"), "feedback") is None


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=0)
def test_zero_turns_it_off():
    assert all(hello(request_from("203.0.113.7")).status_code == 200 for _ in range(50))


def test_the_address_is_never_in_the_key():
    key = ratelimit.client_key(request_from("203.0.113.7"))
    assert "203" not in key and "113" not in key and len(key) == 24
    with override_settings(SECRET_KEY="another-secret"):
        assert ratelimit.client_key(request_from("203.0.113.7")) != key  # keyed, not a plain hash


def test_ipv6_clients_are_grouped_by_their_64_network():
    one = ratelimit.client_key(request_from("2001:db8:1:2::1"))
    assert one == ratelimit.client_key(request_from("2001:db8:1:2:ffff::9"))
    assert one != ratelimit.client_key(request_from("2001:db8:1:3::1"))
    assert ratelimit.client_key(request_from("::ffff:203.0.113.7")) == ratelimit.client_key(
        request_from("203.0.113.7")
    )


@override_settings(PUBLIC_RATE_LIMIT_CLIENT_HEADER="HTTP_X_REAL_IP")
def test_behind_a_proxy_the_configured_header_names_the_client():
    behind = request_from("10.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    assert ratelimit.client_key(behind) == ratelimit.client_key(request_from("203.0.113.7"))


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=1, LANGUAGE_CODE="lv")
def test_the_message_is_translated():
    from django.utils import translation

    hello(request_from("203.0.113.9"))
    with translation.override("lv"):
        limited = hello(request_from("203.0.113.9"))
    assert limited.status_code == 429
    assert "Lūdzu" in limited.content.decode()
