"""The pure core: codes, levels, and images a real decoder reads at print size and degraded."""

import random
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qr import codes

from .decode import degrade, png_image, read

URL = "https://jelgava.lv/q/K7M3PX"
DPI = 600


def test_codes_avoid_look_alike_characters():
    rng = random.Random(4)
    made = {codes.new_code(choice=rng.choice) for _ in range(2000)}
    joined = "".join(made)
    assert len(made) == 2000
    assert not set(joined) & set("0O1lIi")
    assert all(len(code) == codes.CODE_LENGTH for code in made)


@given(st.text(max_size=20))
def test_normalise_accepts_only_alphabet_codes(text):
    normal = codes.normalise_code(text)
    if normal is not None:
        assert re.fullmatch(f"[{codes.ALPHABET}]+", normal)
        assert normal == text.strip().upper()


def test_normalise_forgives_case_and_spaces():
    assert codes.normalise_code(" k7m3px ") == "K7M3PX"
    assert codes.normalise_code("K7M0PX") is None  # 0 is never in a code
    assert codes.normalise_code("../etc") is None


def test_small_prints_get_level_q():
    assert codes.error_correction_for(20) == "Q"
    assert codes.error_correction_for(29.9) == "Q"
    assert codes.error_correction_for(30) == "M"


def test_matrix_has_four_module_quiet_zone():
    grid = codes.matrix(URL)
    size = len(grid)
    for i in range(4):
        assert not any(grid[i]) and not any(grid[size - 1 - i])
        assert not any(row[i] or row[size - 1 - i] for row in grid)
    assert any(grid[4])  # the finder pattern starts right after it


def test_svg_is_valid_xml_with_title_and_physical_size():
    data = codes.svg(URL, width_mm=40, title='Kods "A" & <B>')
    root = ET.fromstring(data)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("width") == "40mm"
    assert root.get("role") == "img"
    assert root.find(f"{ns}title").text == 'Kods "A" & <B>'
    size = len(codes.matrix(URL, "M"))
    assert root.get("viewBox") == f"0 0 {size} {size}"


def test_svg_level_follows_printed_width():
    small = ET.fromstring(codes.svg(URL, width_mm=20))
    large = ET.fromstring(codes.svg(URL, width_mm=40))
    assert small.get("viewBox") == "0 0 {0} {0}".format(codes.modules(URL, "Q"))
    assert large.get("viewBox") == "0 0 {0} {0}".format(codes.modules(URL, "M"))


@pytest.mark.parametrize(("width_cm", "level"), [(2, "Q"), (4, "M"), (8, "M"), (2, "M")])
def test_png_decodes_at_print_size_and_degraded(width_cm, level):
    size_px = round(width_cm / 2.54 * DPI)
    image = png_image(codes.png(URL, size_px=size_px, error_correction=level))
    assert image.width <= size_px
    assert image.width % codes.modules(URL, level) == 0  # whole pixels per module
    assert read(image) == [URL]
    assert read(degrade(image, 0.25, blur=1.0)) == [URL]


def test_png_carries_print_resolution():
    image = png_image(codes.png(URL, size_px=300, dpi=300))
    assert round(image.info["dpi"][0]) == 300


def test_unknown_error_correction_is_refused():
    with pytest.raises(ValueError):
        codes.matrix(URL, "X")
