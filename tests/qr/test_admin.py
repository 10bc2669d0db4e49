import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from qr import stats
from qr.models import DailyScan, ShortLink

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def plain_admin(client):
    """Someone who may use the admin but has no QR permissions."""
    user = User.objects.create_user("reader", "reader@example.com", "pw")
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return user


def test_qr_action_is_on_page_header_and_listing(client, editor, site_pages):
    service = site_pages["service"]
    qr_url = reverse("qr_admin:page", args=[service.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[service.pk]))
    assert qr_url in edit.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[site_pages["services"].pk]))
    assert qr_url in listing.content.decode()


def test_page_action_creates_then_reuses_a_link(client, editor, site_pages):
    service = site_pages["service"]
    url = reverse("qr_admin:page", args=[service.pk])
    first = client.get(url)
    assert first.status_code == 200
    assert 'name="new-label"' in first.content.decode()
    assert not ShortLink.objects.exists()  # looking creates nothing

    response = client.post(url, {"new-label": "Leaflet with the January water bill, Svēte",
                                 "new-purpose": "", "new-locale": ""})
    link = ShortLink.objects.get()
    assert response.status_code == 302
    assert (link.page_id, link.created_by, link.is_active) == (service.pk, editor, True)

    again = client.get(url).content.decode()
    assert ShortLink.objects.count() == 1
    assert f"/q/{link.code}.svg?cm=4" in again
    assert reverse("qr_admin:pdf", args=[link.pk, "poster"]) in again
    assert f"/q/{link.code}.png?cm=4&amp;download=1" in again


def test_several_print_runs_per_page(client, editor, site_pages):
    url = reverse("qr_admin:page", args=[site_pages["service"].pk])
    for label in ("Leaflet", "Library poster"):
        client.post(url, {"new-label": label, "new-locale": site_pages["en"].pk})
    links = ShortLink.objects.filter(page=site_pages["service"])
    assert sorted(links.values_list("label", flat=True)) == ["Leaflet", "Library poster"]
    assert len({link.code for link in links}) == 2
    assert all(link.locale == site_pages["en"] for link in links)


def test_label_is_required(client, editor, site_pages):
    url = reverse("qr_admin:page", args=[site_pages["service"].pk])
    response = client.post(url, {"new-label": ""})
    assert response.status_code == 200
    assert not ShortLink.objects.exists()


def test_retire_and_reactivate(client, editor, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Old")
    client.post(reverse("qr_admin:retire", args=[link.pk]), {"next": "https://evil.example/"})
    link.refresh_from_db()
    assert not link.is_active and link.retired_at is not None
    assert client.get(f"/q/{link.code}").status_code == 410
    client.post(reverse("qr_admin:reactivate", args=[link.pk]))
    link.refresh_from_db()
    assert link.is_active and link.retired_at is None


def test_outside_address_link(client, editor, site_pages):
    response = client.post(reverse("qr_admin:outside"), {
        "new-external_url": "https://latvija.gov.lv/", "new-label": "e-services leaflet"})
    link = ShortLink.objects.get()
    assert response["Location"] == reverse("qr_admin:link", args=[link.pk])
    assert client.get(response["Location"]).status_code == 200


def test_listing_shows_scans_per_week_and_chart(client, editor, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Bus poster")
    today = timezone.localdate()
    DailyScan.objects.create(link=link, day=today, count=4)
    DailyScan.objects.create(link=link, day=today - datetime.timedelta(days=14), count=3)
    html = client.get(reverse("qr_admin:index")).content.decode()
    assert link.code in html and "Bus poster" in html
    weeks = stats.weekly_counts([link.pk])[link.pk]
    assert weeks[-1] == 4 and weeks[-3] == 3 and sum(weeks) == 7
    assert 'class="qr-chart" role="img"' in html
    assert ", ".join(map(str, weeks)) in html


def test_listing_csv_export(client, editor, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Bus poster")
    DailyScan.objects.create(link=link, day=timezone.localdate(), count=2)
    response = client.get(reverse("qr_admin:index"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:3] == ["Kods", "Īsā adrese", "Tirāža"]  # the admin speaks Latvian by default
    assert rows[1][0] == link.code and rows[1][1] == link.short_url()
    assert rows[1][6:8] == ["2", "2"]


def test_weekly_csv_puts_scans_in_their_week(client, editor, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Leaflet")
    today = timezone.localdate()
    DailyScan.objects.create(link=link, day=today, count=5)
    DailyScan.objects.create(link=link, day=today - datetime.timedelta(days=7), count=2)
    response = client.get(reverse("qr_admin:weekly_csv"), {"weeks": "4"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["scans"] for r in rows] == ["0", "0", "2", "5"]
    assert rows[-1]["week_starting"] == stats.week_start(today).isoformat()


def test_without_permission_no_button_and_no_access(client, plain_admin, site_pages):
    service = site_pages["service"]
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
    denied = client.get(reverse("qr_admin:page", args=[service.pk]))
    assert denied.status_code == 302 and denied["Location"] == reverse("wagtailadmin_home")
    assert client.get(reverse("qr_admin:index")).status_code == 302
    assert client.get(reverse("qr_admin:weekly_csv")).status_code == 302
    link = ShortLink.objects.create(page=service, label="X")
    client.post(reverse("qr_admin:retire", args=[link.pk]))
    link.refresh_from_db()
    assert link.is_active
    # They may edit pages, but see no QR action.
    GroupPagePermission.objects.create(
        group=plain_admin.groups.get(), page=site_pages["home"],
        permission=Permission.objects.get(codename="change_page"),
    )
    listing = client.get(reverse("wagtailadmin_explore", args=[site_pages["services"].pk]))
    assert listing.status_code == 200 and service.title in listing.content.decode()
    assert reverse("qr_admin:page", args=[service.pk]) not in listing.content.decode()


@pytest.mark.browser
def test_pdf_download(client, editor, site_pages):
    link = ShortLink.objects.create(page=site_pages["service"], label="Poster")
    response = client.get(reverse("qr_admin:pdf", args=[link.pk, "card"]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert f"qr-{link.code}-card.pdf" in response["Content-Disposition"]
