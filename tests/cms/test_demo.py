"""The demo loader builds a realistic site and keeps content on a second run."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.models import ContactPoint, HelpPage, ServicePage, Topic


@pytest.mark.django_db
def test_load_demo_builds_the_site(demo_site):
    lv = ServicePage.objects.filter(locale__language_code="lv")
    en = ServicePage.objects.filter(locale__language_code="en")
    assert lv.count() >= 12
    assert en.count() >= 6
    assert all(page.live for page in lv)
    assert HelpPage.objects.filter(locale__language_code="lv").exists()
    # Every English service is a translation of a Latvian one.
    keys = set(lv.values_list("translation_key", flat=True))
    assert set(en.values_list("translation_key", flat=True)) <= keys


@pytest.mark.django_db
def test_load_demo_twice_keeps_edits_and_adds_nothing(demo_site):
    page = ServicePage.objects.get(slug="apkures-kompensacija", locale__language_code="lv")
    page.summary = "Redaktora labots teksts."
    page.save_revision().publish()
    counts = (Page.objects.count(), ContactPoint.objects.count(), Topic.objects.count())

    call_command("load_demo", verbosity=0)

    page.refresh_from_db()
    assert page.summary == "Redaktora labots teksts."
    assert (Page.objects.count(), ContactPoint.objects.count(), Topic.objects.count()) == counts


@pytest.mark.django_db
def test_sitemap_lists_every_language(client, demo_site):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/lv/pakalpojumi/apkures-kompensacija/" in xml
    assert "/en/pakalpojumi/apkures-kompensacija/" in xml
    assert "/ru/pakalpojumi/apkures-kompensacija/" in xml
    assert xml.count("<url>") == Page.objects.live().filter(depth__gt=1).count()


def test_robots_txt_points_at_the_sitemap(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
