"""Paragraphs, sentences and words: abbreviations, numbers, dates, lists, headings."""

import pytest

from easy_read.analysis.tokenise import DATE, EMAIL, NUMBER, TIME, URL, split_paragraphs, tokenise


def sentences(text, lang="lv"):
    return [text[s.start : s.end] for s in tokenise(text, lang).sentences]


def kinds(text, lang="lv"):
    return [s.kind for s in tokenise(text, lang).sentences]


def words(text, lang="lv"):
    return [(w.text, w.kind) for s in tokenise(text, lang).sentences for w in s.words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dokumenti, piem., pase, t.sk. apliecība u.c. jāiesniedz līdz 2025. gada 1. martā. "
            "Tālrunis: 20 000 000.",
            [
                "Dokumenti, piem., pase, t.sk. apliecība u.c. jāiesniedz līdz 2025. gada 1. martā.",
                "Tālrunis: 20 000 000.",
            ],
        ),
        (
            "Pieteikties pie J. Bērziņa Nr. 5 kabinetā plkst. 10.00. Paldies!",
            ["Pieteikties pie J. Bērziņa Nr. 5 kabinetā plkst. 10.00.", "Paldies!"],
        ),
        (
            "Pabalsti, atvieglojumi u.c. Pieteikties var arī pa tālruni.",
            ["Pabalsti, atvieglojumi u.c.", "Pieteikties var arī pa tālruni."],
        ),
        (
            "Samaksa līdz 15.03.2025. Nākamais teikums.",
            ["Samaksa līdz 15.03.2025.", "Nākamais teikums."],
        ),
    ],
)
def test_latvian_sentences(text, expected):
    assert sentences(text) == expected


def test_english_abbreviations():
    text = (
        "Bring your ID, e.g. a passport, i.e. a photo card. "
        "Mr. Smith is at No. 5 Main St. from 9 a.m. Call us."
    )
    assert sentences(text, "en") == [
        "Bring your ID, e.g. a passport, i.e. a photo card.",
        "Mr. Smith is at No. 5 Main St. from 9 a.m.",
        "Call us.",
    ]


def test_russian_abbreviations():
    text = "Документы (т.е. паспорт и т.д.) подайте до 01.03.2025. Адрес: ул. Лиела, д. 5. Звоните!"
    assert sentences(text, "ru") == [
        "Документы (т.е. паспорт и т.д.) подайте до 01.03.2025.",
        "Адрес: ул. Лиела, д. 5.",
        "Звоните!",
    ]


def test_urls_emails_dates_times_and_numbers_are_single_words():
    found = words(
        "Raksti info@jelgava.lv, skaties https://www.jelgava.lv/lv/pakalpojumi. "
        "Sēde 01.02.2025 plkst. 9:30, maksa 12,50 un 1 000 eiro."
    )
    assert ("info@jelgava.lv", EMAIL) in found
    assert ("https://www.jelgava.lv/lv/pakalpojumi", URL) in found
    assert ("01.02.2025", DATE) in found
    assert ("9:30", TIME) in found
    assert ("12,50", NUMBER) in found
    assert ("1 000", NUMBER) in found


def test_domain_without_scheme_does_not_end_a_sentence():
    assert sentences("Skatiet latvija.gov.lv un piesakieties. Tālāk.") == [
        "Skatiet latvija.gov.lv un piesakieties.",
        "Tālāk.",
    ]


def test_lists_and_headings():
    text = (
        "Kā pieteikties\n\nLai pieteiktos:\n1. aizpildiet veidlapu;\n2. nosūtiet to mums.\n"
        "- Pase\n- Iesniegums\n\nŠī ir rindkopa,\nkas turpinās nākamajā rindā."
    )
    assert sentences(text) == [
        "Kā pieteikties",
        "Lai pieteiktos:",
        "aizpildiet veidlapu;",
        "nosūtiet to mums.",
        "Pase",
        "Iesniegums",
        "Šī ir rindkopa,\nkas turpinās nākamajā rindā.",
    ]
    assert kinds(text) == [
        "heading",
        "sentence",
        "list-item",
        "list-item",
        "list-item",
        "list-item",
        "sentence",
    ]


def test_list_markers_are_not_words():
    assert [w for w, _ in words("- Pase\n- Iesniegums")] == ["Pase", "Iesniegums"]


def test_paragraph_spans():
    text = "Viens.\n\n  Divi.\n \nTrīs."
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Viens.", "Divi.", "Trīs."]


def test_question_and_exclamation_end_sentences_before_lower_case():
    assert len(sentences("Vai jums ir jautājumi? zvaniet mums.")) == 2


def test_ellipsis_before_lower_case_does_not_end_a_sentence():
    assert len(sentences("Mēs gaidījām... un gaidījām.")) == 1


def test_hyphenated_words_stay_whole():
    assert ("e-pakalpojumi", "word") in words("Izmantojiet e-pakalpojumi.")
