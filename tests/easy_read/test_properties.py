"""Property-based tests: any input yields a report, and every span lies inside the text."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from easy_read.analysis import LEVELS, analyse

# Text built from the characters the tokeniser cares about, plus any Unicode.
_pieces = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        ".",
        "!",
        "?",
        "…",
        ",",
        ";",
        ":",
        "(",
        ")",
        "-",
        "–",
        "•",
        "1.",
        "2)",
        "piem.",
        "t.sk.",
        "u.c.",
        "Nr.",
        "e.g.",
        "т.е.",
        "и т.д.",
        "NĪN",
        "SVARĪGI",
        "www.x.lv",
        "a@b.lv",
        "12.03.2025.",
        "9:30",
        "1 000",
        "tiek izskatīts",
        "saskaņā ar",
        "не невозможно",
        "<p>",
        "</p>",
        "<em>",
        "&amp;",
        "&#x41;",
        "<br>",
        "<!--",
        "-->",
        "<",
        ">",
        '"',
        "'",
    ]
)
texty = st.lists(st.one_of(_pieces, st.text(max_size=8)), max_size=60).map("".join)
any_text = st.one_of(st.text(), texty)


def _check(report, text):
    data = report.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert report.level is None or report.level in LEVELS
    assert report.words >= 0 and report.sentences >= 0
    assert (report.words == 0) == (report.level is None)
    n = len(report.text)
    for issue in report.issues:
        assert 0 <= issue.start <= issue.end <= n
        assert issue.text == report.text[issue.start : issue.end]
        assert issue.message
    for start, end in report.sentence_spans:
        assert 0 <= start < end <= n


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=any_text, lang=st.sampled_from([None, "lv", "en", "ru"]), easy=st.booleans())
def test_any_text_gives_a_report_with_spans_inside(text, lang, easy):
    report = analyse(text, lang=lang, easy_read=easy)
    assert report.text == text
    _check(report, text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=any_text, easy=st.booleans())
def test_any_html_gives_a_report_with_spans_inside(text, easy):
    report = analyse(text, html=True, easy_read=easy)
    _check(report, text)
    for issue in report.issues:
        assert 0 <= issue.source_start <= issue.source_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(text=any_text)
def test_analysis_is_deterministic(text):
    assert analyse(text).to_dict() == analyse(text).to_dict()
