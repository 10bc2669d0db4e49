import datetime

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page

from qr.models import DailyScan, ShortLink, count_scan

from .conftest import translate

pytestmark = pytest.mark.django_db


def scans(link):
    return sum(DailyScan.objects.filter(link=link).values_list("count", flat=True))


def test_code_redirects_to_live_page_and_counts_one_scan(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Leaflet, Svēte")
    response = client.get(f"/q/{link.code}")
    assert response.status_code == 302
    assert response["Location"] == "/lv/pakalpojumi/dzivesvieta/"
    assert scans(link) == 1
    row = DailyScan.objects.get(link=link)
    assert row.day == datetime.date.today() or row.day is not None


def test_scan_sets_no_cookie_and_is_not_cached(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Poster")
    response = client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="en")
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_typed_code_is_forgiven_lower_case_and_trailing_slash(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Card")
    response = client.get(f"/q/{link.code.lower()}/")
    assert response.status_code == 302
    assert scans(link) == 1


def test_moved_page_with_new_slug_still_reached_by_old_code(client, site_pages):
    service = site_pages["service"]
    link = ShortLink.objects.create(page=service, label="January water bill")
    old = client.get(f"/q/{link.code}")["Location"]

    # Move the service under a new section and rename its slug, as an editor would.
    new_parent = site_pages["home"].add_child(
        instance=type(site_pages["services"])(title="Dzīve", slug="dzive", locale=site_pages["lv"])
    )
    service.refresh_from_db()
    service.move(new_parent, pos="last-child")
    service = Page.objects.get(pk=service.pk).specific
    service.slug = "deklaresana"
    service.save_revision().publish()

    response = client.get(f"/q/{link.code}")
    assert old == "/lv/pakalpojumi/dzivesvieta/"
    assert response.status_code == 302
    assert response["Location"] == "/lv/dzive/deklaresana/"
    assert client.get(response["Location"]).status_code == 200
    assert scans(link) == 2


def test_link_language_wins_over_visitor_language(client, site_pages):
    english = translate(site_pages["service"], site_pages["en"])
    link = ShortLink.objects.create(
        page=site_pages["service"], locale=site_pages["en"], label="English leaflet"
    )
    response = client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="lv")
    assert response["Location"] == english.url


def test_without_link_language_the_visitor_language_is_used(client, site_pages):
    english = translate(site_pages["service"], site_pages["en"])
    link = ShortLink.objects.create(page=site_pages["service"], label="Bus poster")
    assert client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")[
        "Location"
    ] == english.url
    assert client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="lv")[
        "Location"
    ] == "/lv/pakalpojumi/dzivesvieta/"
    # No Russian translation: the linked page itself.
    assert client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="ru")[
        "Location"
    ] == "/lv/pakalpojumi/dzivesvieta/"


def test_unknown_code_gets_friendly_404_with_search_and_phone(client, site_pages):
    response = client.get("/q/ZZZZZZ")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<form class="qr-search" action="/lv/meklet/"' in html and 'id="qr-search" name="q"' in html
    assert '<a href="/lv/">' in html
    assert "+371 60 000 123" in html
    assert 'href="tel:+37160000123"' in html


@pytest.mark.parametrize("junk", ["0O1lI0", "%E2%80%94", "x" * 40, "a.b"])
def test_impossible_codes_get_404_never_500(client, site_pages, junk):
    assert client.get(f"/q/{junk}").status_code == 404


def test_retired_code_gets_friendly_410_at_once_and_is_not_counted(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Old leaflet")
    assert client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="en").status_code == 302
    link.retire()
    response = client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 410
    html = response.content.decode()
    assert "+371 60 000 123" in html
    # No English site: the visitor still gets the Latvian search rather than none.
    assert '<form class="qr-search" action="/lv/meklet/"' in html
    assert scans(link) == 1  # the scan before it was retired
    link.reactivate()
    assert client.get(f"/q/{link.code}", HTTP_ACCEPT_LANGUAGE="en").status_code == 302


def test_deleted_page_gives_410_but_the_link_survives(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Leaflet")
    assert client.get(f"/q/{link.code}").status_code == 302
    site_pages["service"].delete()
    link.refresh_from_db()
    assert link.page_id is None
    assert client.get(f"/q/{link.code}").status_code == 410


def test_unpublished_page_gives_friendly_404(client, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Leaflet")
    assert client.get(f"/q/{link.code}").status_code == 302
    site_pages["service"].unpublish()
    assert client.get(f"/q/{link.code}").status_code == 404
    site_pages["service"].save_revision().publish()
    assert client.get(f"/q/{link.code}").status_code == 302


def test_external_url_link(client, site_pages):
    link = ShortLink.objects.create(external_url="https://latvija.gov.lv/", label="e-services")
    assert client.get(f"/q/{link.code}")["Location"] == "https://latvija.gov.lv/"


def test_count_rows_are_per_link_and_day(site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="A")
    day = datetime.date(2025, 1, 6)
    for _ in range(3):
        count_scan(link.pk, day)
    count_scan(link.pk, day + datetime.timedelta(days=1))
    assert list(DailyScan.objects.filter(link=link).order_by("day").values_list("count", flat=True)) == [3, 1]


def test_portable_counter_path_creates_then_increments(site_pages):
    from qr.models import _count_scan_portable

    link = ShortLink.objects.create(page=site_pages["service"], label="A")
    day = datetime.date(2025, 2, 3)
    _count_scan_portable(link.pk, day)
    _count_scan_portable(link.pk, day)
    assert DailyScan.objects.get(link=link, day=day).count == 2


@override_settings(PUBLIC_RATE_LIMIT_PER_MINUTE=3)
def test_rate_limit_answers_429_with_retry_after(client, site_pages):
    cache.clear()
    link = ShortLink.objects.create(page=site_pages["service"], label="A")
    statuses = [client.get(f"/q/{link.code}").status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    limited = client.get(f"/q/{link.code}")
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert "wait" in limited.content.decode()
    assert scans(link) == 3
    cache.clear()


@pytest.mark.parametrize(
    ("accept", "heading"),
    [("lv", "Mēs neatradām šo QR kodu"), ("ru", "Мы не нашли этот QR-код"),
     ("en", "We could not find this QR code")],
)
def test_friendly_page_speaks_the_visitor_language(client, site_pages, accept, heading):
    html = client.get("/q/ZZZZZZ", HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{accept}">' in html
