"""Infographic blocks on pages: text equivalents, picture rules, PNG and PDF downloads."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms import infographic_export
from cms.blocks import InfographicBlock, InfographicImageBlock, phone_href
from cms.models import HelpPage, StandardPage
from tests.cms.factories import make_home

ITEMS = [
    {"icon": "phone", "figure": "60 000 101", "sentence": "Sociālais dienests darba dienās."},
    {"icon": "heart", "figure": "Bez maksas", "sentence": "Konsultācija par pabalstiem."},
    {"icon": "bus", "figure": "4 ciemi", "sentence": "Autobuss atbrauc pie jums."},
]


def value(layout, title="Kur meklēt palīdzību", items=ITEMS):
    return InfographicBlock().to_python({"title": title, "layout": layout, "items": items})


def render(layout, **kwargs):
    return BeautifulSoup(InfographicBlock().render(value(layout, **kwargs)), "html.parser")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_block_draws_both_variants_and_keeps_the_text():
    soup = render("facts")
    svgs = soup.select(".infographic-drawing svg[role=img]")
    assert [s["class"][1] for s in svgs] == ["infographic-wide", "infographic-narrow"]
    for svg in svgs:
        assert soup.find(id=svg["aria-labelledby"]).name == "title"
        assert "Autobuss atbrauc pie jums." in soup.find(id=svg["aria-describedby"]).text
    items = [li.get_text(" ", strip=True) for li in soup.select("details ul li")]
    assert items[2] == "4 ciemi – Autobuss atbrauc pie jums."


def test_text_equivalent_follows_the_layout():
    assert render("steps").select("details ol li")
    table = render("comparison").select_one("details table")
    assert [th.text for th in table.select("th[scope=row]")] == ["60 000 101", "Bez maksas", "4 ciemi"]
    links = render("who_to_call").select("details a[href^='tel:']")
    assert [a["href"] for a in links] == ["tel:60000101"]


def test_phone_numbers_become_tel_links_and_other_labels_do_not():
    assert phone_href("+371 60 000 101") == "tel:+37160000101"
    assert phone_href("60 000 101") == "tel:60000101"
    assert phone_href("4 ciemi") == ""
    assert phone_href("150 €") == ""
    assert phone_href("2024") == ""


def test_an_infographic_needs_at_least_two_items():
    with pytest.raises(ValidationError):
        InfographicBlock().clean(value("facts", items=ITEMS[:1]))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("description", "fails"),
    [("", True), ("Skatīt attēlu.", True), ("Sociālais dienests: 60 000 101, darba dienās. " * 3, False)],
)
def test_a_picture_infographic_needs_a_real_long_description(description, fails):
    image = Image.objects.create(title="Infografika", file=get_test_image_file())
    block = InfographicImageBlock()
    data = block.to_python(
        {"image": image.pk, "alt_text": "Palīdzība senioriem", "long_description": description}
    )
    if fails:
        with pytest.raises(ValidationError) as error:
            block.clean(data)
        assert set(error.value.block_errors) == {"long_description"}
    else:
        assert block.clean(data)["long_description"] == description.strip()


@pytest.mark.django_db
def test_a_picture_infographic_renders_its_long_description_for_everyone(client):
    image = Image.objects.create(title="Infografika", file=get_test_image_file())
    block = InfographicImageBlock()
    data = block.to_python(
        {"image": image.pk, "alt_text": "Palīdzība senioriem", "long_description": "Zvaniet 60 000 101."}
    )
    soup = BeautifulSoup(block.render(data), "html.parser")
    img = soup.select_one("figure img")
    assert img["alt"] == "Palīdzība senioriem"
    assert soup.find(id=img["aria-describedby"]).get_text(strip=True) == "Zvaniet 60 000 101."


def make_standard_page(layout="facts"):
    home = make_home()
    page = StandardPage(
        title="Sociālie pakalpojumi",
        slug="socialie",
        body=[("infographic", {"title": "Kur meklēt palīdzību", "layout": layout, "items": ITEMS})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def download_links(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return {a["href"].rsplit("=", 1)[1]: a["href"] for a in soup.select(".infographic-downloads a")}


@pytest.mark.django_db
def test_pages_link_downloads_by_content_fingerprint(client):
    page = make_standard_page()
    links = download_links(client, page)
    assert set(links) == {"png", "pdf"}
    assert re.fullmatch(rf"{page.url}\?infographic=[0-9a-f]{{12}}&format=png", links["png"])
    assert client.get(page.url + "?infographic=000000000000&format=png").status_code == 404
    assert client.get(links["png"].replace("format=png", "format=gif")).status_code == 404


@pytest.mark.django_db
def test_download_without_chromium_is_a_friendly_page(client, settings):
    settings.CMS_CHROMIUM_BINARY = "/nonexistent/chromium"
    page = make_standard_page()
    response = client.get(download_links(client, page)["png"])
    assert response.status_code == 503
    html = response.content.decode()
    assert "Traceback" not in html
    assert f'href="{page.url}"' in html


@pytest.mark.django_db
def test_help_page_shows_infographics_after_the_introduction(client):
    home = make_home()
    page = HelpPage(
        title="Palīdzība",
        slug="palidziba",
        intro="<p>Ievads.</p>",
        infographics=[("infographic", {"title": "Kur senioriem meklēt palīdzību", "layout": "who_to_call",
                                        "items": ITEMS})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert html.index("Ievads.") < html.index("Kur senioriem meklēt palīdzību") < html.index('id="bus-title"')
    assert "css/media.css" in html


@pytest.mark.browser
@pytest.mark.django_db
def test_png_download_carries_the_text_equivalent_as_alt_text(client):
    page = make_standard_page("steps")
    response = client.get(download_links(client, page)["png"])
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == 'attachment; filename="kur-meklet-palidzibu.png"'
    image = PillowImage.open(io.BytesIO(response.content))
    assert image.size[0] == 1440  # the wide drawing at 1.5x
    assert image.info["Title"] == "Kur meklēt palīdzību"
    assert image.info["Description"].splitlines()[1].endswith("60 000 101 – Sociālais dienests darba dienās.")
    assert "Iptc4xmpCore:AltTextAccessibility" in image.info["XML:com.adobe.xmp"]
    # The picture is not blank: the title band is brand blue.
    assert image.getpixel((20, 20)) == (10, 58, 102)


@pytest.mark.browser
@pytest.mark.django_db
def test_pdf_download_is_tagged_and_holds_the_text(client, monkeypatch):
    page = make_standard_page("comparison")
    url = download_links(client, page)["pdf"]
    response = client.get(url)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert b"/StructTreeRoot" in response.content  # tagged PDF: readable by screen readers
    # A second download comes from storage: Chromium is not started again.
    monkeypatch.setattr(infographic_export, "_run_chromium", lambda *a: pytest.fail("rendered twice"))
    assert client.get(url).content == response.content


@pytest.mark.django_db
def test_the_pdf_document_has_the_drawing_and_the_text_version(client, monkeypatch):
    captured = {}

    def fake_pdf(html):
        captured["html"] = html
        return b"%PDF-1.4 fake"

    monkeypatch.setattr(infographic_export, "pdf_from_html", fake_pdf)
    page = make_standard_page("comparison")
    response = client.get(download_links(client, page)["pdf"])
    assert response.content == b"%PDF-1.4 fake"
    soup = BeautifulSoup(captured["html"], "html.parser")
    assert soup.html["lang"] == "lv"
    assert soup.h1.text == "Kur meklēt palīdzību"
    assert soup.select_one("svg[role=img] title").text == "Kur meklēt palīdzību"
    assert [th.text for th in soup.select("table th[scope=row]")] == ["60 000 101", "Bez maksas", "4 ciemi"]
