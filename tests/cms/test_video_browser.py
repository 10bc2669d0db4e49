"""The video guide in real Chromium: captions load, steps jump the video, big buttons work."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from wagtail.documents import get_document_model

from cms.models import VideoCaptionTrack, VideoGuideIndexPage, VideoGuidePage
from tests.browser import run_axe, summarise_violations
from tests.cms.factories import make_home

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DEMO = Path(__file__).resolve().parents[2] / "cms" / "demo" / "media"


def demo_document(name):
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile((DEMO / name).read_bytes()), save=False)
    doc.save()
    return doc


@pytest.fixture
def guide(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    index = VideoGuideIndexPage(title="Video pamācības", slug="video")
    make_home().add_child(instance=index)
    page = VideoGuidePage(
        title="Kā deklarēt dzīvesvietu internetā",
        slug="deklaresana",
        video=demo_document("deklaresana.mp4"),
        chapters=[
            ("chapter", {"start": "0:00", "title": "Atveriet portālu Latvija.gov.lv.", "detail": ""}),
            ("chapter", {"start": "0:09", "title": "Pieslēdzieties ar internetbanku.", "detail": ""}),
            ("chapter", {"start": "0:18", "title": "Izvēlieties pakalpojumu.", "detail": ""}),
        ],
        transcript="Diktors: Atveriet portālu Latvija.gov.lv.",
    )
    page.caption_tracks = [VideoCaptionTrack(language="lv", document=demo_document("deklaresana.lv.vtt"))]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def wait_for_controls(driver):
    controls = (By.CSS_SELECTOR, ".video-controls")
    WebDriverWait(driver, 20).until(lambda d: d.find_element(*controls).is_displayed())


def video_state(driver):
    return driver.execute_script(
        "const v = document.querySelector('video'); const t = v.textTracks[0];"
        "return {time: v.currentTime, paused: v.paused, rate: v.playbackRate, mode: t.mode,"
        " cues: t.cues ? t.cues.length : 0, duration: v.duration};"
    )


def test_steps_jump_the_video_and_the_big_buttons_work(live_server, chrome, guide):
    chrome.get(live_server.url + guide.url)
    wait = WebDriverWait(chrome, 20)
    # The caption file is fetched, parsed by the browser and shown by default.
    wait.until(lambda d: video_state(d)["cues"] == 4)
    assert video_state(chrome)["mode"] == "showing"
    assert video_state(chrome)["duration"] == pytest.approx(36, abs=0.5)

    # The link for step 3 jumps to 0:18 and plays from there.
    chrome.find_element(By.CSS_SELECTOR, "a[data-seek='18']").click()
    wait.until(lambda d: 18 <= video_state(d)["time"] < 22)
    assert not video_state(chrome)["paused"]

    controls = chrome.find_element(By.CSS_SELECTOR, ".video-controls")
    assert controls.is_displayed()
    controls.find_element(By.CSS_SELECTOR, "[data-action=play]").click()
    wait.until(lambda d: video_state(d)["paused"])
    controls.find_element(By.CSS_SELECTOR, "[data-action=back]").click()
    wait.until(lambda d: video_state(d)["time"] < 12)

    slower = controls.find_element(By.CSS_SELECTOR, "[data-speed='0.75']")
    slower.click()
    assert video_state(chrome)["rate"] == 0.75
    assert slower.get_attribute("aria-pressed") == "true"
    assert controls.find_element(By.CSS_SELECTOR, "[data-speed='1']").get_attribute("aria-pressed") == "false"

    captions = controls.find_element(By.CSS_SELECTOR, "[data-action=captions]")
    captions.click()
    assert video_state(chrome)["mode"] == "hidden"
    assert captions.get_attribute("aria-pressed") == "false"


def test_guide_page_passes_axe_with_the_player_shown(live_server, chrome, guide):
    chrome.get(live_server.url + guide.url)
    wait_for_controls(chrome)
    result = run_axe(chrome)
    assert "error" not in result, result
    assert summarise_violations(guide.url, result) == []


def test_keyboard_reaches_the_player_and_each_step(live_server, chrome, guide):
    chrome.get(live_server.url + guide.url)
    wait_for_controls(chrome)
    reached = chrome.execute_script(
        "return [...document.querySelectorAll('main a, main button, main video')]"
        ".filter(el => el.tabIndex >= 0 && el.offsetParent !== null).map(el => el.tagName + ':' +"
        " (el.dataset.action || el.dataset.speed || el.dataset.seek || ''));"
    )
    assert "VIDEO:" in reached
    assert {"BUTTON:play", "BUTTON:back", "BUTTON:captions", "BUTTON:0.75"} <= set(reached)
    assert [r for r in reached if r.startswith("A:") and r != "A:"] == ["A:0", "A:9", "A:18"]


def test_embedded_video_loads_only_after_the_click(live_server, chrome, guide):
    guide.video = None
    guide.embed_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    guide.save_revision().publish()
    chrome.get(live_server.url + guide.url)
    assert chrome.find_elements(By.TAG_NAME, "iframe") == []
    result = run_axe(chrome)
    assert summarise_violations(guide.url, result) == []
    # Step 2 loads the no-cookie player at 0:09 in place of the placeholder.
    chrome.find_element(By.CSS_SELECTOR, "a[data-seek='9']").click()
    frame = WebDriverWait(chrome, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, "iframe.embed-frame"))
    assert frame.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&start=9")
    assert frame.get_attribute("title") == guide.title
    assert chrome.find_elements(By.CSS_SELECTOR, ".embed-placeholder") == []
