"""Metrics, levels, reading time, language detection and bad input."""

import time

import pytest

from easy_read.analysis import LEVEL_BANDS, analyse, detect, level_for
from easy_read.analysis.metrics import READING_WPM, lix, reading_minutes


def test_lix_formula():
    # 10 words, 2 sentences, 3 long words: 10/2 + 100*3/10 = 35.
    assert lix(10, 2, 3) == 35.0
    report = analyse("Pabalstu var saņemt katrs. Pieteikties drīkst vienmēr.", lang="lv")
    # 7 words, 2 sentences; long (over 6 letters): pabalstu, pieteikties, vienmēr.
    assert (report.words, report.sentences, report.long_words) == (7, 2, 3)
    assert report.lix == round(7 / 2 + 100 * 3 / 7, 1)


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, "very-easy"),
        (29.9, "very-easy"),
        (30, "easy"),
        (45, "medium"),
        (55, "hard"),
        (60, "very-hard"),
        (99, "very-hard"),
    ],
)
def test_level_bands(score, level):
    assert level_for(score) == level


def test_level_bands_are_increasing():
    bounds = [bound for bound, _ in LEVEL_BANDS]
    assert bounds == sorted(bounds)


def test_reading_time_uses_each_language_speed():
    text = " ".join(["vārds"] * 340) + "."
    report = analyse(text, lang="lv")
    assert report.reading_seconds == round(340 * 60 / READING_WPM["lv"])
    assert report.reading_minutes == 2
    assert reading_minutes(0) == 0 and reading_minutes(5) == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "...", "!!! ???", "—"])
def test_empty_and_punctuation_only_text(text):
    report = analyse(text)
    assert report.words == 0 and report.sentences == 0
    assert report.level is None and report.lix == 0.0 and report.issues == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pieteikties var sociālajā dienestā pie jums tuvākajā pagastā.", "lv"),
        ("You can apply at the social service office in your parish.", "en"),
        ("Подать заявление можно в социальной службе вашей волости.", "ru"),
        ("Jelgava 2025", "lv"),
    ],
)
def test_language_detection(text, lang):
    assert detect(text) == lang
    assert analyse(text).lang == lang


def test_mixed_languages_are_analysed_paragraph_by_paragraph():
    text = (
        "Pieteikties var sociālajā dienestā. Mēs jums palīdzēsim aizpildīt iesniegumu.\n\n"
        "In accordance with the rules, the application will be processed by the office.\n\n"
        "В соответствии с правилами заявление рассматривается в течение месяца."
    )
    report = analyse(text)
    assert set(report.languages) == {"lv", "en", "ru"}
    rules = {(i.rule, i.text) for i in report.issues}
    assert ("jargon", "In accordance with") in rules
    assert ("jargon", "В соответствии с") in rules


def test_explicit_language_overrides_detection():
    report = analyse("In accordance with the rules.", lang="lv")
    assert report.lang == "lv"


def test_unsupported_language_is_an_error():
    with pytest.raises(ValueError):
        analyse("Teksts.", lang="de")


def test_language_tags_are_normalised():
    assert analyse("Text.", lang="en-GB").lang == "en"


def test_one_megabyte_of_text_finishes_and_stays_bounded():
    paragraph = (
        "Saskaņā ar pašvaldības saistošajiem noteikumiem iesniegums tiek izskatīts desmit darba "
        "dienu laikā, t.sk. tiek veikta iesniedzēja materiālā stāvokļa izvērtēšana. Piem., NĪN.\n\n"
    )
    text = paragraph * (1_000_000 // len(paragraph))
    started = time.perf_counter()
    report = analyse(text)
    elapsed = time.perf_counter() - started
    assert report.words > 100_000
    # A generous bound: this guards against quadratic blow-ups, not speed.
    assert elapsed < 60


@pytest.mark.parametrize(
    "text",
    [
        "a." * 200_000,
        "<" * 200_000,
        "x@" * 100_000,
        "a" * 500_000,
        "http://" + "a" * 300_000,
        ("a.b." * 100_000),
        "1 " * 200_000,
    ],
)
def test_pathological_input_is_linear(text):
    started = time.perf_counter()
    analyse(text)
    analyse(text, html=True)
    assert time.perf_counter() - started < 30
