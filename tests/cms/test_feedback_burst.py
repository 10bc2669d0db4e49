"""A burst of answers against a real server: every accepted answer is counted, none twice."""

import http.client
import json
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode, urlsplit

import pytest

from cms import feedback as logic
from cms.models import FeedbackComment, FeedbackMonthly
from tests.cms.factories import make_home, make_index, make_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 16
BURST = 1000


def post(address, body):
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    try:
        connection.request(
            "POST",
            "/feedback/",
            body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        )
        response = connection.getresponse()
        return response.status, response.getheader("Retry-After"), json.loads(response.read() or b"{}")
    finally:
        connection.close()


def bodies(page, n):
    token = logic.make_token(page.pk, now=time.time() - 30)  # rendered half a minute ago
    scores = [logic.YES, logic.PARTLY, logic.NO]
    return [
        urlencode(
            {
                "page": page.pk,
                "token": token,
                "score": scores[i % 3],
                "website": "",
                "comment": f"Komentārs {i}" if i % 10 == 0 else "",
            }
        )
        for i in range(n)
    ]


def counted(page):
    return dict(FeedbackMonthly.objects.filter(page=page).values_list("score", "count"))


def test_a_thousand_answers_at_once_are_all_counted(live_server):
    page = make_service(make_index(make_home()))
    address = urlsplit(live_server.url)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda body: post(address, body), bodies(page, BURST)))

    assert [status for status, _retry, _data in results] == [200] * BURST
    assert counted(page) == {logic.YES: 334, logic.PARTLY: 333, logic.NO: 333}
    assert FeedbackMonthly.objects.filter(page=page).count() == 3  # one row per answer and month
    assert FeedbackComment.objects.filter(page=page).count() == 100


def test_past_the_limit_a_client_is_told_to_wait_and_nothing_accepted_is_lost(live_server, settings):
    settings.PUBLIC_RATE_LIMIT_PER_MINUTE = 40
    page = make_service(make_index(make_home()))
    address = urlsplit(live_server.url)
    if time.time() % 60 > 45:  # the limit counts per clock minute: keep the burst inside one
        time.sleep(61 - time.time() % 60)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda body: post(address, body), bodies(page, 100)))

    accepted = [r for r in results if r[0] == 200]
    refused = [r for r in results if r[0] == 429]
    assert len(accepted) == 40 and len(refused) == 60
    for _status, retry_after, data in refused:
        assert 1 <= int(retry_after) <= 60
        assert data["ok"] is False and data["retry_after"] == int(retry_after)
        assert "ir saglabātas" in data["message"]  # in the page's language: "were saved"
    assert sum(counted(page).values()) == len(accepted)
