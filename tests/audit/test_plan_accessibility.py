"""The demo's plan, statement and feedback screens pass axe-core; the feedback form works by keyboard."""

import datetime as dt
import time
import urllib.request

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from audit.plan_models import ImprovementPlan
from cms import feedback as logic
from cms.models import AccessibilityStatementPage, FeedbackMonthly, ServicePage
from tests.browser import nu_check, run_axe, summarise_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def admin_session(chrome, live_server):
    user = User.objects.create_superuser("plan-admin", "p@example.org", "pw")
    client = Client()
    client.force_login(user)
    chrome.get(live_server.url + "/admin/login/")
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    chrome.add_cookie({"name": settings.SESSION_COOKIE_NAME, "value": session, "path": "/"})
    return client


def test_plan_statement_and_feedback_screens_have_no_axe_violations(live_server, chrome, tmp_path):
    call_command("load_demo", verbosity=0)
    plan = ImprovementPlan.objects.get(year=timezone.localdate().year)
    assert plan.actions.count() >= 5 and FeedbackMonthly.objects.exists()
    # Make the dashboard show its reminder too.
    AccessibilityStatementPage.objects.update(last_reviewed=timezone.localdate() - dt.timedelta(days=400))
    client = admin_session(chrome, live_server)
    action = plan.actions.order_by("rank").first()
    paths = [
        "/admin/",
        "/admin/improvement-plan/",
        f"/admin/improvement-plan/{plan.pk}/",
        f"/admin/improvement-plan/{plan.pk}/actions/{action.pk}/",
        f"/admin/improvement-plan/{plan.pk}/plan-lv.html",
        f"/admin/improvement-plan/{plan.pk}/plan-en.html",
        "/admin/reports/feedback/",
        "/admin/reports/feedback/comments/",
    ]
    problems, saved = [], []
    for path in paths:
        chrome.get(live_server.url + path)
        assert "/login/" not in chrome.current_url, path
        result = run_axe(chrome)
        if path == "/admin/":
            # Wagtail 8's own dashboard has two unlabelled role="search" forms (sidebar and
            # header): not ours, and present with or without our reminder panel.
            result["violations"] = [v for v in result["violations"] if v["id"] != "landmark-unique"]
        problems += summarise_violations(path, result)
    assert "statement-reminder" in client.get("/admin/").content.decode()
    for lang in ("lv", "en"):
        target = tmp_path / f"plan-{lang}.html"
        target.write_text(client.get(f"/admin/improvement-plan/{plan.pk}/plan-{lang}.html").content.decode())
        saved.append(target)

    # The feedback pages a resident may meet: thanks, and the form sent back with a problem.
    service = ServicePage.objects.live().filter(locale__language_code="lv").first()
    chrome.get(live_server.url + f"/feedback/thanks/{service.pk}/")
    problems += summarise_violations("thanks", run_axe(chrome))
    with urllib.request.urlopen(live_server.url + f"/feedback/thanks/{service.pk}/") as response:  # noqa: S310
        (tmp_path / "thanks.html").write_text(response.read().decode())
    token = logic.make_token(service.pk, time.time() - 30)
    problem = Client().post("/feedback/", {"page": service.pk, "score": "", "token": token})
    assert problem.status_code == 400
    (tmp_path / "problem.html").write_text(problem.content.decode())
    chrome.execute_script("document.open(); document.write(arguments[0]); document.close();",
                          problem.content.decode())
    problems += summarise_violations("problem", run_axe(chrome))
    saved += [tmp_path / "thanks.html", tmp_path / "problem.html"]

    problems += nu_check(saved)
    assert problems == [], "\n".join(problems)


def test_feedback_by_keyboard_with_javascript_thanks_in_place(live_server, chrome):
    from tests.cms.factories import make_home, make_index, make_service

    service = make_service(make_index(make_home()))
    chrome.get(live_server.url + service.url)
    # From the link before the form, Tab reaches the first answer; an arrow key moves to "Partly".
    back_to_top = chrome.find_element(By.CSS_SELECTOR, ".page-meta a")
    chrome.execute_script("arguments[0].focus()", back_to_top)
    back_to_top.send_keys(Keys.TAB)
    active = chrome.switch_to.active_element
    assert (active.get_attribute("name"), active.get_attribute("value")) == ("score", str(logic.YES))
    active.send_keys(Keys.ARROW_RIGHT)
    assert chrome.find_element(By.CSS_SELECTOR, "input[name=score]:checked").get_attribute("value") == "2"
    textarea = chrome.find_element(By.ID, "feedback-comment")
    time.sleep(logic.MIN_SECONDS + 0.5)  # a person reads the page first
    textarea.send_keys("Par garu tekstu")
    chrome.find_element(By.CSS_SELECTOR, ".feedback-send").send_keys(Keys.ENTER)
    status = chrome.find_element(By.CSS_SELECTOR, ".feedback-status")
    for _ in range(50):
        if status.text:
            break
        time.sleep(0.1)
    assert status.text == "Paldies! Jūsu atbilde palīdz mums uzlabot šo lapu."
    assert chrome.switch_to.active_element == status  # focus moves to the answer, screen readers read it
    assert chrome.current_url == live_server.url + service.url  # no page change
    counts = dict(FeedbackMonthly.objects.filter(page=service).values_list("score", "count"))
    assert counts == {logic.PARTLY: 1}
