"""Every image the app hands out, read back by a real decoder: PNG and SVG endpoints, PDF sheets."""

import base64
import io
import xml.etree.ElementTree as ET

import pypdfium2
import pytest
from django.test import override_settings
from PIL import Image

from qr import codes
from qr import print as qr_print
from qr.models import ShortLink

from .decode import code_width_px, degrade, png_image, read

pytestmark = pytest.mark.django_db

PRINT_DPI = 600


@pytest.fixture
def link(site_pages):
    return ShortLink.objects.create(page=site_pages["service"], label="Leaflet, Svēte parish")


def render_svg(driver, svg_bytes, dpi=PRINT_DPI):
    """Rasterise an SVG the way a browser prints it: at its own width in mm, at `dpi`."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 420, "height": 420, "deviceScaleFactor": dpi / 96, "mobile": False},
    )
    driver.get("data:image/svg+xml;base64," + base64.b64encode(svg_bytes).decode())
    return Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("L")


@pytest.mark.parametrize("cm", ["2", "4", "8"])
def test_png_endpoint_decodes_at_print_size_and_degraded(client, link, cm):
    response = client.get(f"/q/{link.code}.png", {"cm": cm, "px": round(float(cm) / 2.54 * PRINT_DPI)})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = png_image(response.content)
    assert read(image) == [link.short_url()]
    assert read(degrade(image, 0.25, blur=1.0)) == [link.short_url()]


def test_png_default_size_is_print_resolution_for_the_width(client, link):
    image = png_image(client.get(f"/q/{link.code}.png", {"cm": "4"}).content)
    assert 400 <= image.width <= 473  # 4 cm at 300 dpi, whole pixels per module


def test_image_levels_follow_size_and_can_be_forced(client, link):
    small = ET.fromstring(client.get(f"/q/{link.code}.svg", {"cm": "2"}).content)
    forced = ET.fromstring(client.get(f"/q/{link.code}.svg", {"cm": "2", "ec": "m"}).content)
    url = link.short_url()
    assert small.get("viewBox").split()[-1] == str(codes.modules(url, "Q"))
    assert forced.get("viewBox").split()[-1] == str(codes.modules(url, "M"))
    assert small.get("width") == "20mm"


def test_bad_sizes_are_a_clear_400_and_unknown_codes_404(client, link):
    bad = client.get(f"/q/{link.code}.png", {"cm": "big"})
    assert bad.status_code == 400
    assert "cm" in bad.content.decode()
    assert client.get("/q/ZZZZZZ.svg").status_code == 404


def test_download_parameter_names_the_file(client, link):
    response = client.get(f"/q/{link.code}.svg", {"download": "1"})
    assert response["Content-Disposition"] == f'attachment; filename="qr-{link.code}.svg"'


@pytest.mark.browser
@pytest.mark.parametrize("cm", [2, 4, 8])
def test_svg_endpoint_decodes_when_rendered_by_chromium(client, link, chrome, cm):
    svg = client.get(f"/q/{link.code}.svg", {"cm": cm}).content
    image = render_svg(chrome, svg)
    width = code_width_px(image)
    modules = codes.modules(link.short_url(), codes.error_correction_for(cm * 10))
    # The symbol (finder to finder, no quiet zone) is printed at the asked width.
    expected = cm / 2.54 * PRINT_DPI * (modules - 8) / modules
    assert abs(width - expected) / expected < 0.06
    assert read(image) == [link.short_url()]
    assert read(degrade(image, 0.25, blur=1.0)) == [link.short_url()]


def pdf_page_image(pdf, dpi):
    document = pypdfium2.PdfDocument(pdf)
    try:
        assert len(document) == 1
        page = document[0]
        size_mm = tuple(round(v / 72 * 25.4) for v in page.get_size())
        return size_mm, page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("sheet", "paper_mm", "codes_on_sheet", "min_code_mm"),
    [("poster", (210, 297), 1, 60), ("card", (105, 148), 1, 20), ("labels", (210, 297), 8, 20)],
)
def test_print_sheets_are_the_right_paper_and_their_codes_decode(
    link, sheet, paper_mm, codes_on_sheet, min_code_mm
):
    pdf = qr_print.sheet_pdf(link, sheet)
    assert pdf.startswith(b"%PDF")
    dpi = 300
    size_mm, image = pdf_page_image(pdf, dpi)
    assert size_mm == paper_mm
    found = read(image)
    assert found == [link.short_url()] * codes_on_sheet
    width_mm = code_width_px(image) / dpi * 25.4
    assert width_mm >= min_code_mm
    assert read(degrade(image, 0.25, blur=1.0)) == [link.short_url()] * codes_on_sheet


@pytest.mark.browser
def test_poster_says_what_the_code_opens_and_prints_address_and_phone(link):
    html = qr_print.render_sheet_html(link, "poster")
    assert '<html lang="lv">' in html
    assert "Kods atver lapu “Dzīvesvietas deklarēšana” mūsu tīmekļvietnē." in html
    assert "Pavērsiet tālruņa kameru pret kodu." in html
    assert link.short_address() in html
    assert "+371 60 000 123" in html
    link.purpose = "Noskaties video: kā deklarēt dzīvesvietu"
    assert "Noskaties video: kā deklarēt dzīvesvietu" in qr_print.render_sheet_html(link, "poster")


@override_settings(QR_BASE_URL="https://jelgava.lv/")
def test_codes_carry_the_configured_public_address(client, link):
    assert link.short_url() == f"https://jelgava.lv/q/{link.code}"
    assert link.short_address() == f"jelgava.lv/q/{link.code}"
    image = png_image(client.get(f"/q/{link.code}.png", {"cm": "3"}).content)
    assert read(image) == [f"https://jelgava.lv/q/{link.code}"]
