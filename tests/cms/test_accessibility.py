"""Every demo page passes axe-core (WCAG 2.2 AA + best practice) and the Nu HTML Checker."""

import urllib.error
import urllib.request

import pytest
from django.core.management import call_command
from wagtail.models import Page

from cms.models import ServiceIndexPage, ServicePage
from tests.browser import nu_check, run_axe, summarise_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def demo_paths() -> list[str]:
    paths = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        paths.append(page.url)
        if isinstance(page, ServicePage) and page.easy_read:
            paths.append(page.url + "viegli-lasit/")
    index = ServiceIndexPage.objects.get(locale__language_code="lv")
    paths += [
        index.url + "?audience=seniori",
        index.url + "?topic=pabalsti&audience=gimenes",
        "/lv/meklet/?q=sociala+palidziba",
        "/lv/meklet/?q=zzzqqq",
        "/en/meklet/?q=heating",
        "/lv/sis-lapa-neeksiste/",
        "/ru/net-takoi-stranicy/",
    ]
    return paths


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (local test server)
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_every_demo_page_has_no_axe_violations_and_valid_html(live_server, chrome, tmp_path):
    call_command("load_demo", verbosity=0)
    paths = demo_paths()
    assert len(paths) >= 30, paths

    problems: list[str] = []
    saved = []
    for number, path in enumerate(paths):
        url = live_server.url + path
        status, html = fetch(url)
        expected_missing = "neeksiste" in path or "net-takoi" in path
        if status != (404 if expected_missing else 200):
            problems.append(f"{path}: HTTP {status}")
            continue
        target = tmp_path / f"page{number:03d}.html"
        target.write_text(html, encoding="utf-8")
        saved.append(target)
        chrome.get(url)
        result = run_axe(chrome)
        assert "error" not in result, result
        problems += summarise_violations(path, result)

    problems += nu_check(saved)
    assert problems == [], "\n".join(problems)


def test_axe_run_detects_a_planted_violation(live_server, chrome):
    """The checker itself can fail: an image without alt text is reported."""
    call_command("load_demo", verbosity=0)
    chrome.get(live_server.url + "/lv/")
    chrome.execute_script(
        "const img = document.createElement('img'); img.src = '/static/icons/logo.svg';"
        "img.id = 'planted'; document.querySelector('main').appendChild(img);"
    )
    result = run_axe(chrome)
    ids = {v["id"]: v for v in result["violations"]}
    assert "image-alt" in ids
    assert ["#planted"] in [node["target"] for node in ids["image-alt"]["nodes"]]


def test_nu_checker_reports_invalid_markup(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html lang="lv"><head><title>x</title></head><body><p><div>x</p></body></html>'
    )
    errors = nu_check([broken])
    assert any("“p”" in error for error in errors), errors


OVERFLOW_JS = """
const width = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll('body *')].filter(el => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.right > width + 1 && !el.closest('.table-wrap');
});
return {scroll: document.documentElement.scrollWidth, width,
        offenders: wide.slice(0, 3).map(el => el.outerHTML.slice(0, 80))};
"""


def test_pages_reflow_at_320px_and_200_percent_text(live_server, chrome):
    """WCAG 1.4.10 and 1.4.4: no horizontal scrolling at 320 CSS px or with text doubled."""
    call_command("load_demo", verbosity=0)
    problems = []
    paths = [p for p in demo_paths() if "neeksiste" not in p and "net-takoi" not in p]
    try:
        for width, text_scale in ((320, 100), (1280, 200)):
            chrome.set_window_size(width, 900)
            for path in paths:
                chrome.get(live_server.url + path)
                font_size = 125 * text_scale // 100  # the site's base is 125% (20 px)
                chrome.execute_script(f"document.documentElement.style.fontSize = '{font_size}%';")
                result = chrome.execute_script(OVERFLOW_JS)
                if result["scroll"] > result["width"] + 1:
                    problems.append(f"{path} at {width}px/{text_scale}%: {result}")
    finally:
        chrome.set_window_size(1280, 1000)
    assert problems == [], "\n".join(problems)
