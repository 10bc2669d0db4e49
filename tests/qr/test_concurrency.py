"""Many phones scanning the same poster at once: every scan is counted, none twice."""

import http.client
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from qr.models import DailyScan, ShortLink

from .conftest import make_site

THREADS = 8
SCANS = 160


def scan(host, port, path):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_scans_against_live_server_are_counted_exactly(live_server):
    pages = make_site()
    fresh = ShortLink.objects.create(page=pages["service"], label="Poster at the library")
    warm = ShortLink.objects.create(page=pages["service"], label="Bus poster")
    DailyScan.objects.create(link=warm, day=timezone.localdate(), count=5)
    address = urlsplit(live_server.url)
    paths = [f"/q/{fresh.code}", f"/q/{warm.code}"] * (SCANS // 2)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        statuses = list(pool.map(lambda p: scan(address.hostname, address.port, p), paths))

    assert statuses == [302] * SCANS
    # The first scans of `fresh` race to create its row for the day; `warm` already has one.
    assert DailyScan.objects.get(link=fresh).count == SCANS // 2
    assert DailyScan.objects.get(link=warm).count == 5 + SCANS // 2
