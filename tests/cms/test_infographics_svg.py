"""The infographic drawing: parseable SVG, title and desc, contrast, text that fits."""

import re
import xml.etree.ElementTree as ET

import pytest

from cms.icons import ICONS
from cms.infographics import (
    GRAPHIC_PAIRS,
    LAYOUTS,
    PALETTE,
    TEXT_PAIRS,
    Infographic,
    Item,
    Labels,
    contrast_ratio,
    render_svg,
    svg_size,
    text_equivalent,
    text_width,
    wrap,
)

SVG = "{http://www.w3.org/2000/svg}"


def make(layout="facts", count=4, title="Sociālie pakalpojumi īsumā"):
    icons = ["heating", "car", "home", "computer", "bus", "phone"]
    items = tuple(
        Item(ICONS[name][1], f"{n + 1}0 €", f"Teikums numur {n + 1} par pakalpojumu & <palīdzību>.", name)
        for n, name in enumerate(icons[:count])
    )
    return Infographic(title, layout, items)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("variant", ["wide", "narrow"])
def test_svg_parses_and_names_itself_with_title_and_desc(layout, variant):
    info = make(layout)
    root = ET.fromstring(render_svg(info, variant))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert root[0] is title and root[1] is desc  # first children, as assistive tech expects
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("aria-describedby") == desc.get("id")
    assert title.text == "Sociālie pakalpojumi īsumā"
    # The description carries every fact, escaped text intact.
    assert "Teikums numur 4 par pakalpojumu & <palīdzību>." in desc.text
    assert desc.text == text_equivalent(info)


def test_every_item_is_drawn_as_real_text():
    root = ET.fromstring(render_svg(make("facts", 3), "wide"))
    drawn = " ".join(t.text for t in root.iter(f"{SVG}text"))
    for figure in ("10 €", "20 €", "30 €"):
        assert figure in drawn
    assert "Sociālie pakalpojumi īsumā" in drawn


def test_ids_differ_between_variants_and_between_infographics():
    wide, narrow = render_svg(make(), "wide"), render_svg(make(), "narrow")
    other = render_svg(make(title="Cits virsraksts"), "wide")
    ids = [re.findall(r' id="([^"]+)"', svg) for svg in (wide, narrow, other)]
    assert len({i for group in ids for i in group}) == 6


def test_steps_are_numbered_in_the_drawing_and_in_the_text():
    info = make("steps", 3)
    root = ET.fromstring(render_svg(info, "wide"))
    badges = [t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "middle"]
    assert badges == ["1", "2", "3"]
    text = text_equivalent(info, Labels(step="%(number)s. solis"))
    assert text.splitlines()[1] == "1. solis: 10 € – Teikums numur 1 par pakalpojumu & <palīdzību>."


def test_narrow_variant_stacks_one_card_per_row():
    root = ET.fromstring(render_svg(make("facts", 4), "narrow"))
    cards = [g for g in root.findall(f"{SVG}g") if g.get("transform", "").startswith("translate(")]
    xs = {re.match(r"translate\((\d+)", g.get("transform"))[1] for g in cards}
    assert len(cards) == 4 and xs == {"14"}
    assert svg_size(render_svg(make("facts", 4), "narrow"))[0] == 400


def test_the_palette_meets_wcag_contrast():
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(PALETTE[fg], PALETTE[bg])
        assert ratio >= 4.5, f"text {fg} on {bg}: {ratio:.2f}"
    for fg, bg in GRAPHIC_PAIRS:
        ratio = contrast_ratio(PALETTE[fg], PALETTE[bg])
        assert ratio >= 3, f"graphic {fg} on {bg}: {ratio:.2f}"


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == 1


def test_every_colour_used_in_the_drawing_comes_from_the_checked_palette():
    svg = "".join(render_svg(make(layout), variant) for layout in LAYOUTS for variant in ("wide", "narrow"))
    used = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg))
    checked = {PALETTE[name] for pair in TEXT_PAIRS + GRAPHIC_PAIRS for name in pair}
    assert used and used <= checked


def test_wrap_keeps_every_line_within_the_width():
    text = "Pašvaldības informatīvais tālrunis palīdzēs atrast vajadzīgo pakalpojumu ātri"
    lines = wrap(text, 200, 22)
    assert len(lines) > 1
    assert all(text_width(line, 22) <= 200 for line in lines)
    assert " ".join(lines) == text


def test_wrap_splits_a_word_longer_than_the_line():
    lines = wrap("Pretkorupcijasbiroja", 120, 22)
    assert len(lines) > 1
    assert all(text_width(line, 22) <= 120 for line in lines)
    assert "".join(line.rstrip("-") for line in lines) == "Pretkorupcijasbiroja"


def test_fingerprint_follows_the_content():
    assert make().fingerprint() == make().fingerprint()
    assert make().fingerprint() != make(count=3).fingerprint()


def test_a_long_label_shrinks_instead_of_breaking_the_word():
    item = Item(ICONS["phone"][1], "Klātienē", "Atnāciet uz sociālo dienestu.", "phone")
    info = Infographic("Kā pieteikties", "comparison", (item,) * 3)
    root = ET.fromstring(render_svg(info, "wide"))
    figures = [t for t in root.iter(f"{SVG}text") if t.text == "Klātienē"]
    assert len(figures) == 3  # whole word on one line in every card
    assert not any(t.text.endswith("-") for t in root.iter(f"{SVG}text"))
