"""Residents' feedback: the form, the endpoint, spam and the counters."""

import datetime
import time

import pytest
from django.urls import reverse
from wagtail.models import Locale

from cms import feedback as logic
from cms.models import FeedbackComment, FeedbackMonthly, HelpPage, StandardPage
from cms.models.feedback import count_answer, record_feedback
from tests.cms.factories import make_home, make_index, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    return make_service(make_index(make_home()))


def answer(client, page, *, score="3", comment="", token=None, website="", json=False):
    data = {"page": page.pk, "score": score, "comment": comment, "website": website,
            "token": token if token is not None else logic.make_token(page.pk, now=time.time() - 30)}
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(reverse("feedback:submit"), data, **headers)


def counts(page):
    return dict(FeedbackMonthly.objects.filter(page=page).values_list("score", "count"))


# --- pure logic ---------------------------------------------------------------


def test_satisfaction_counts_yes_fully_partly_half_and_no_not_at_all():
    assert logic.satisfaction({logic.YES: 3, logic.PARTLY: 2, logic.NO: 1}) == pytest.approx(66.7)
    assert logic.satisfaction({logic.YES: 1}) == 100.0
    assert logic.satisfaction({logic.NO: 4}) == 0.0
    assert logic.satisfaction({}) is None


def test_trend_compares_the_last_three_months_with_the_three_before():
    today = datetime.date(2026, 11, 22)
    rows = [(datetime.date(2026, 6, 1), logic.NO, 10), (datetime.date(2026, 7, 1), logic.YES, 10),
            (datetime.date(2026, 9, 1), logic.YES, 15), (datetime.date(2026, 11, 1), logic.PARTLY, 5),
            (datetime.date(2026, 1, 1), logic.NO, 99)]  # too old: ignored
    trend = logic.trend(rows, today)
    assert (trend.previous, trend.previous_answers) == (50.0, 20)
    assert (trend.recent, trend.recent_answers) == (87.5, 20)
    assert trend.change == 37.5


def test_trend_has_no_change_with_too_few_answers():
    today = datetime.date(2026, 11, 22)
    trend = logic.trend([(datetime.date(2026, 11, 1), logic.YES, 2),
                         (datetime.date(2026, 7, 1), logic.NO, 9)], today)
    assert trend.recent == 100.0 and trend.change is None


def test_month_arithmetic_crosses_years():
    assert logic.months_back(datetime.date(2026, 2, 1), 3) == datetime.date(2025, 11, 1)
    assert logic.last_months(datetime.date(2026, 1, 31), 2) == [datetime.date(2025, 12, 1),
                                                                datetime.date(2026, 1, 1)]


def test_scrub_removes_emails_phones_personal_codes_and_accounts():
    text = ("Zvaniet man +371 29 123 456 vai rakstiet janis.berzins@example.lv, p.k. 010203-12345, "
            "konts LV80BANK0000435195001. Lapa ir laba, 3 reizes lasīju.")
    scrubbed = logic.scrub(text)
    for secret in ("29 123 456", "janis.berzins", "010203-12345", "LV80BANK"):
        assert secret not in scrubbed
    assert "Lapa ir laba, 3 reizes lasīju." in scrubbed
    assert scrubbed.count(logic.REDACTED) == 4


def test_spam_is_two_links_or_link_markup():
    assert logic.looks_like_spam("cheap http://a.example http://b.example")
    assert logic.looks_like_spam('<a href="x">buy</a>')
    assert not logic.looks_like_spam("The link https://www.example.lv/x does not work")


def test_token_needs_our_signature_this_page_and_a_human_age():
    now = 1_000_000.0
    token = logic.make_token(7, now=now)
    logic.check_token(token, 7, now=now + 5)
    for bad, page, at, reason in [
        (token, 7, now + 0.5, "too-fast"),
        (token, 7, now + logic.MAX_AGE_SECONDS + 1, "expired"),
        (token, 8, now + 5, "invalid"),
        (token[:-2] + "xx", 7, now + 5, "invalid"),
        ("", 7, now + 5, "invalid"),
    ]:
        with pytest.raises(logic.TokenProblem) as problem:
            logic.check_token(bad, page, now=at)
        assert problem.value.reason == reason


# --- the form in pages ----------------------------------------------------------


def test_service_page_shows_the_form_without_any_per_visitor_data(client, service):
    html = client.get(service.url).content.decode()
    assert 'action="/feedback/"' in html
    assert "Was this page helpful?" in html or "Vai šī lapa jums palīdzēja?" in html
    assert html.count('type="radio" name="score"') == 3
    assert "csrfmiddlewaretoken" not in html
    assert 'name="token"' in html and 'name="website"' in html
    # The form posts no cookie-bound data, so two visitors get byte-identical forms.
    start = html.index('<section class="feedback')
    again = client.get(service.url).content.decode()
    assert again[start:start + 200] == html[start:start + 200]


def test_help_page_has_the_form_but_a_standard_page_does_not(client):
    home = make_home()
    help_page = home.add_child(instance=HelpPage(title="Palīdzība", slug="palidziba"))
    help_page.save_revision().publish()
    standard = home.add_child(instance=StandardPage(title="Par mums", slug="par"))
    standard.save_revision().publish()
    assert 'data-feedback' in client.get(help_page.url).content.decode()
    assert 'data-feedback' not in client.get(standard.url).content.decode()


# --- the endpoint ---------------------------------------------------------------


def test_an_answer_without_javascript_is_counted_and_thanked_in_the_page_language(client, service):
    response = answer(client, service, score="3", comment="Viss skaidrs, paldies!")
    assert response.status_code == 303
    assert response["Location"] == reverse("feedback:thanks", args=[service.pk])
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert '<html lang="lv"' in thanks.content.decode()
    assert service.url in thanks.content.decode()
    assert counts(service) == {logic.YES: 1}
    comment = FeedbackComment.objects.get(page=service)
    assert (comment.text, comment.score, comment.lang) == ("Viss skaidrs, paldies!", logic.YES, "lv")


def test_an_answer_with_javascript_gets_json(client, service):
    response = answer(client, service, score="1", json=True)
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert counts(service) == {logic.NO: 1}
    assert not FeedbackComment.objects.exists()  # no comment, no row


def test_the_endpoint_needs_no_csrf_token(service):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert answer(strict, service).status_code == 303


def test_honeypot_and_link_spam_are_thanked_but_not_counted(client, service):
    assert answer(client, service, website="http://spam.example").status_code == 303
    assert answer(client, service, comment="buy http://a.example http://b.example").status_code == 303
    assert counts(service) == {}
    assert not FeedbackComment.objects.exists()


def test_an_answer_sent_too_fast_is_refused_with_the_form_kept(client, service):
    token = logic.make_token(service.pk)  # rendered just now
    response = answer(client, service, score="2", comment="Par garu", token=token)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="2" checked' in html
    assert ">Par garu</textarea>" in html
    assert counts(service) == {}


def test_missing_answer_and_unknown_page_get_clear_messages(client, service):
    response = answer(client, service, score="")
    assert response.status_code == 400
    assert 'id="feedback-error"' in response.content.decode()
    response = client.post(reverse("feedback:submit"), {"page": 999999, "score": "3"},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["ok"] is False


def test_a_draft_page_takes_no_answers(client, service):
    service.unpublish()
    assert answer(client, service).status_code == 400
    assert counts(service) == {}


def away_from_minute_edge():
    """The limiter counts per clock minute: start a burst where it cannot straddle two."""
    if time.time() % 60 > 50:
        time.sleep(61 - time.time() % 60)


def test_rate_limit_answers_clearly_and_keeps_what_was_accepted(client, service, settings):
    settings.PUBLIC_RATE_LIMIT_PER_MINUTE = 3
    away_from_minute_edge()
    statuses = [answer(client, service, json=True).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    refused = answer(client, service, json=True)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    # In the page's language (Latvian): "the answers you sent before were saved".
    assert "Iepriekš nosūtītās atbildes ir saglabātas." in refused.json()["message"]
    html = answer(client, service)
    assert html.status_code == 429 and "ir saglabātas" in html.content.decode()
    assert counts(service) == {logic.YES: sum(s == 200 for s in statuses)}


def test_counter_rows_are_one_per_page_month_and_answer(service):
    month = datetime.date(2026, 11, 1)
    for _ in range(3):
        count_answer(service.pk, logic.YES, month)
    count_answer(service.pk, logic.NO, month)
    count_answer(service.pk, logic.YES, datetime.date(2026, 10, 1))
    rows = set(FeedbackMonthly.objects.values_list("month", "score", "count"))
    assert rows == {(month, logic.YES, 3), (month, logic.NO, 1), (datetime.date(2026, 10, 1), logic.YES, 1)}


def test_comment_language_is_the_page_language(service):
    en = Locale.objects.get_or_create(language_code="en")[0]
    assert en  # the page itself is Latvian
    record_feedback(service, logic.PARTLY, "  Mazliet   par garu  ", today=datetime.date(2026, 11, 2))
    comment = FeedbackComment.objects.get()
    assert (comment.text, comment.lang, comment.day) == ("Mazliet par garu", "lv", datetime.date(2026, 11, 2))


def test_the_form_works_from_a_cached_page_for_any_visitor(service):
    import re
    from unittest import mock

    from django.core.cache import cache
    from django.test import Client, override_settings

    cache.clear()
    with override_settings(CMS_PAGE_CACHE_SECONDS=60):
        first = Client(REMOTE_ADDR="10.0.0.1").get(service.url)
        cached = Client(REMOTE_ADDR="10.0.0.2").get(service.url)
    assert (first["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    html = cached.content.decode()
    fields = dict(re.findall(r'<input type="hidden" name="(page|token)" value="([^"]+)"', html))
    later = time.time() + 60  # a third visitor answers a minute after the page was cached
    with mock.patch("cms.feedback.time.time", return_value=later):
        response = Client(REMOTE_ADDR="10.0.0.3").post(
            "/feedback/", {**fields, "score": "3", "website": ""}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["ok"] is True
    assert counts(service) == {logic.YES: 1}
