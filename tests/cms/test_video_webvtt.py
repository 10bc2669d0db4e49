"""WebVTT validation: malformed files are refused with the line that is wrong."""

import pytest

from cms.webvtt import draft_transcript, format_timestamp, parse, parse_timestamp

GOOD = """WEBVTT

1
00:00.000 --> 00:03.500
<v Anna>Labdien! Šodien parādīšu,
kā deklarēt dzīvesvietu.

2
00:04.000 --> 00:07.000 line:85% align:center
Atveriet vietni latvija.gov.lv.

NOTE a comment is not a cue

00:10.000 --> 01:00:02.250
<v Jānis>Vai varu &amp; jautāt?
"""


def errors_of(text):
    return [(e.line, e.code) for e in parse(text.encode("utf-8")).errors]


def test_a_good_file_parses_into_cues():
    result = parse(GOOD.encode("utf-8"))
    assert result.ok, [str(e) for e in result.errors]
    timings = [(c.start, c.end, c.line) for c in result.cues]
    assert timings == [(0.0, 3.5, 4), (4.0, 7.0, 9), (10.0, 3602.25, 14)]
    assert result.cues[0].identifier == "1"
    assert result.cues[0].text.startswith("<v Anna>Labdien!")


def test_byte_order_mark_and_windows_line_endings_are_accepted():
    data = ("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8")
    result = parse(data)
    assert result.ok
    assert len(result.cues) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [(1, "empty")]),
        ("WEBVT\n\n00:00.000 --> 00:01.000\nSveiki\n", [(1, "header")]),
        ("WEBVTTX\n\n00:00.000 --> 00:01.000\nSveiki\n", [(1, "header")]),
        ("WEBVTT\n00:00.000 --> 00:01.000\nSveiki\n", [(2, "header_blank")]),
        ("WEBVTT\n\n00:00.000 -> 00:01.000\nSveiki\n", [(3, "timing")]),
        ("WEBVTT\n\n00:00.00 --> 00:01.000\nSveiki\n", [(3, "timestamp")]),
        ("WEBVTT\n\n00:61.000 --> 01:02.000\nSveiki\n", [(3, "range")]),
        ("WEBVTT\n\n00:05.000 --> 00:02.000\nSveiki\n", [(3, "end_before_start")]),
        ("WEBVTT\n\n00:05.000 --> 00:05.000\nSveiki\n", [(3, "end_before_start")]),
        ("WEBVTT\n\n00:00.000 --> 00:01.000\n", [(4, "no_text")]),
        ("WEBVTT\n\n00:00.000 --> 00:01.000 colour:red\nSveiki\n", [(3, "setting")]),
        ("WEBVTT\n\nNOTE only a note\n", [(4, "no_cues")]),
        (
            "WEBVTT\n\n00:00.000 --> 00:04.000\nViens\n\n00:03.000 --> 00:05.000\nDivi\n",
            [(6, "overlap")],
        ),
        (
            "WEBVTT\n\n00:05.000 --> 00:06.000\nViens\n\n00:01.000 --> 00:02.000\nDivi\n",
            [(6, "order")],
        ),
        (
            # An empty line inside a caption's text splits it; the second half has no time.
            "WEBVTT\n\n00:00.000 --> 00:02.000\nPirmā rinda\n\notrā rinda\n",
            [(6, "stray_text")],
        ),
    ],
)
def test_malformed_files_name_the_line(text, expected):
    assert errors_of(text) == expected


def test_invalid_utf8_names_the_line_of_the_bad_byte():
    data = b"WEBVTT\n\n00:00.000 --> 00:02.000\nLabdien\n\n00:03.000 --> 00:04.000\n"
    data += "Dzīvesvieta".encode("cp1257") + b"\n"
    result = parse(data)
    assert [(e.line, e.code) for e in result.errors] == [(7, "encoding")]
    assert "UTF-8" in str(result.errors[0])
    assert str(result.errors[0]).startswith("Line 7: ")


def test_messages_quote_what_was_found():
    [error] = parse(b"WEBVTT\n\n1:2:3 --> 00:01.000\nX\n").errors
    assert str(error) == (
        "Line 3: “1:2:3” is not a valid time. Write minutes:seconds.milliseconds, like 01:05.250."
    )


def test_overlap_message_points_at_the_other_cue():
    text = "WEBVTT\n\n00:00.000 --> 00:04.000\nViens\n\n00:03.000 --> 00:05.000\nDivi\n"
    [error] = parse(text).errors
    assert error.message == (
        "This caption starts (00:03.000) before the caption on line 3 ends (00:04.000). "
        "Captions must not overlap."
    )


def test_every_error_is_collected_but_not_endlessly():
    cues = "".join(f"\n00:0{i % 10}.00 --> 00:0{i % 10}.500\nX\n" for i in range(40))
    errors = parse("WEBVTT\n" + cues).errors
    assert len(errors) == 21
    assert errors[-1].code == "too_many"


def test_timestamps_round_trip():
    assert parse_timestamp("01:05.250") == 65.25
    assert parse_timestamp("1:00:00.000") is None  # hours need two digits
    assert parse_timestamp("10:00:00.000") == 36000.0
    assert format_timestamp(65.25) == "01:05.250"
    assert format_timestamp(3602.25) == "1:00:02.250"


def test_draft_transcript_joins_cues_into_paragraphs_with_speakers():
    transcript = draft_transcript(parse(GOOD).cues)
    assert transcript == (
        "Anna: Labdien! Šodien parādīšu, kā deklarēt dzīvesvietu. Atveriet vietni latvija.gov.lv."
        "\n\nJānis: Vai varu & jautāt?"
    )


def test_a_long_pause_starts_a_new_paragraph_even_without_speakers():
    text = (
        "WEBVTT\n\n00:00.000 --> 00:01.000\nViens.\n\n00:01.500 --> 00:02.000\nDivi.\n\n"
        "00:05.000 --> 00:06.000\nTrīs.\n"
    )
    assert draft_transcript(parse(text).cues) == "Viens. Divi.\n\nTrīs."
