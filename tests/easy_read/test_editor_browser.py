"""The editor panel in real Chromium: it renders, agrees with the checks panel, and follows typing."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from wagtail.models import Page
from wagtail.rich_text import RichText

from easy_read.service import analyse_page

from .conftest import HARD_LV

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def editor_page(django_user_model):
    from cms.models import StandardPage

    user = django_user_model.objects.create_superuser("editor", "editor@example.invalid", "pw")
    page = StandardPage(
        title="Palīdzība mājās",
        slug="palidziba-majas-browser",
        intro="Mēs palīdzam.",
        body=[("paragraph", RichText(f"<p>{HARD_LV}</p>"))],
    )
    Page.objects.get(depth=1).add_child(instance=page)
    return user, page


def _login(chrome, live_server, user):
    client = Client()
    client.force_login(user)
    chrome.get(live_server.url + "/admin/login/")
    chrome.add_cookie(
        {
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "path": "/",
        }
    )


def _text(chrome, selector):
    return chrome.execute_script(
        "const n = document.querySelector(arguments[0]); return n ? n.textContent.trim() : '';",
        selector,
    )


def _number(label):
    try:
        return float(label.replace(",", "."))
    except ValueError:
        return None


def test_panel_shows_the_report_and_the_checks_panel_agrees(live_server, chrome, editor_page):
    user, page = editor_page
    _login(chrome, live_server, user)
    chrome.get(live_server.url + reverse("wagtailadmin_pages:edit", args=[page.pk]))
    wait = WebDriverWait(chrome, 30)
    expected = analyse_page(page).report
    wait.until(lambda d: _number(_text(d, '[data-easy-read-checks="lix"]')) == expected.lix)
    # The editor panel and Wagtail's checks panel show the same figures.
    panel = chrome.find_element(By.CSS_SELECTOR, "#easy-read-panel .easy-read-metrics")
    assert _text(chrome, '[data-easy-read-checks="lix"]') in panel.get_attribute("textContent")
    assert _text(chrome, '[data-easy-read-checks="level"]') == _text(
        chrome, "#easy-read-panel .easy-read-level"
    )
    assert _text(chrome, '[data-easy-read-checks="words"]') == str(expected.words)
    assert chrome.find_elements(By.CSS_SELECTOR, "#easy-read-panel .easy-read-flagged li")


def test_panel_follows_the_typing(live_server, chrome, editor_page):
    user, page = editor_page
    _login(chrome, live_server, user)
    chrome.get(live_server.url + reverse("wagtailadmin_pages:edit", args=[page.pk]))
    wait = WebDriverWait(chrome, 30)
    expected = analyse_page(page, messages_lang="lv").report
    wait.until(lambda d: _text(d, '[data-easy-read-checks="words"]') == str(expected.words))
    before = int(_text(chrome, '[data-easy-read-checks="words"]'))
    intro = chrome.find_element(By.ID, "id_intro")
    intro.send_keys(" Saskaņā ar noteikumiem iesniegums tiek izskatīts.")
    wait.until(lambda d: int(_text(d, '[data-easy-read-checks="words"]') or 0) == before + 6)
    messages = chrome.find_element(By.CSS_SELECTOR, "#easy-read-panel .easy-read-body").get_attribute(
        "textContent"
    )
    assert "tiek izskatīts" in messages
