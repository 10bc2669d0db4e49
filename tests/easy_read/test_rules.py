"""One test (at least) per rule: the id, the exact span and the advice."""

import pytest

from easy_read.analysis import RULES, analyse
from easy_read.analysis.lexicon import get_lexicon


def found(text, rule, lang="lv", **kwargs):
    report = analyse(text, lang=lang, **kwargs)
    return [issue for issue in report.issues if issue.rule == rule]


def spans(text, rule, lang="lv", **kwargs):
    return [text[i.start : i.end] for i in found(text, rule, lang, **kwargs)]


def test_every_rule_has_titles_and_messages_in_both_admin_languages():
    from easy_read.analysis.messages import MESSAGES, RULE_TITLES

    for rule in RULES:
        assert set(RULE_TITLES[rule]) >= {"lv", "en"}
        assert set(MESSAGES[rule]) >= {"lv", "en"}


def test_long_sentence_over_20_words():
    long = " ".join(["vārds"] * 21) + "."
    short = " ".join(["vārds"] * 20) + "."
    assert spans(long, "long-sentence") == [long]
    assert spans(short, "long-sentence") == []


def test_long_sentence_over_15_words_in_easy_read_mode():
    text = " ".join(["vārds"] * 16) + "."
    assert spans(text, "long-sentence") == []
    assert spans(text, "long-sentence", easy_read=True) == [text]
    issue = found(text, "long-sentence", easy_read=True)[0]
    assert "15" in issue.message and issue.suggestion


def test_long_word():
    text = "Tas ir pašvaldībaskompensācijas jautājums."
    assert spans(text, "long-word") == ["pašvaldībaskompensācijas"]


def test_many_long_words_in_one_sentence():
    text = "Pašvaldības administratīvā struktūrvienība nodrošina iedzīvotājiem informatīvas konsultācijas."
    assert spans(text, "many-long-words") == [text]
    assert spans("Mēs jums palīdzēsim ar visu, ko varam.", "many-long-words") == []


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "replacement"),
    [
        ("Saskaņā ar noteikumiem pabalstu maksā reizi mēnesī.", "lv", "Saskaņā ar", "pēc"),
        (
            "Iesniegumu izskatīs, ievērojot iepriekš minēto.",
            "lv",
            "ievērojot iepriekš minēto",
            "tāpēc",
        ),
        ("Lūdzam iesniegt dokumentus nekavējoties.", "lv", "nekavējoties", "tūlīt"),
        ("In accordance with the rules, we pay monthly.", "en", "In accordance with", "under"),
        ("Please utilise the form.", "en", "utilise", "use"),
        ("В соответствии с правилами мы платим раз в месяц.", "ru", "В соответствии с", "по"),
    ],
)
def test_jargon_with_plain_replacement(text, lang, phrase, replacement):
    issues = found(text, "jargon", lang)
    assert [text[i.start : i.end] for i in issues] == [phrase]
    assert replacement in issues[0].suggestion


def test_jargon_matches_inflected_forms():
    assert spans("Mēs nodrošinām transportu.", "jargon") == ["nodrošinām"]
    assert spans("Pašvaldība nodrošina transportu.", "jargon") == ["nodrošina"]


def test_jargon_inside_a_name_is_not_flagged():
    assert spans("Iesniedziet plānu Būvniecības informācijas sistēmā.", "jargon") == []


def test_lexicons_are_big_enough():
    assert len(get_lexicon("lv").jargon) >= 150
    assert len(get_lexicon("en").jargon) >= 80
    assert len(get_lexicon("ru").jargon) >= 50


def test_vague_word():
    assert spans("Paņemiet līdzi attiecīgos dokumentus.", "vague-word") == ["attiecīgos"]
    assert spans("Bring the appropriate documents, etc.", "vague-word", "en") == [
        "appropriate",
        "etc.",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Iesniegums tiek izskatīts piecās dienās.", "lv", "tiek izskatīts"),
        ("Lēmums tiks pieņemts rīt.", "lv", "tiks pieņemts"),
        ("The application will be processed within a week.", "en", "be processed"),
        ("The form was sent yesterday.", "en", "was sent"),
        ("Пособие предоставляется раз в месяц.", "ru", "предоставляется"),
        ("Решение было принято вчера.", "ru", "было принято"),
    ],
)
def test_passive(text, lang, span):
    assert spans(text, "passive", lang) == [span]


def test_impersonal_debitive_without_a_person():
    assert spans("Iesniegums ir jāiesniedz līdz piektdienai.", "passive") == ["ir jāiesniedz"]
    assert spans("Jums jāiesniedz iesniegums līdz piektdienai.", "passive") == []


def test_not_passive_adjective_in_english():
    assert spans("The office is closed on Sunday.", "passive", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "Notiek atvieglojumu piešķiršanas kārtības noteikšana.",
            "lv",
            "atvieglojumu piešķiršanas kārtības noteikšana",
        ),
        (
            "We will start the implementation of the assessment soon.",
            "en",
            "implementation of the assessment",
        ),
        ("Это нужно для обеспечения реализации права.", "ru", "обеспечения реализации права"),
    ],
)
def test_nominal_style(text, lang, span):
    assert spans(text, "nominal-style", lang) == [span]


def test_unexplained_abbreviation_first_use_only():
    text = "Maksājiet NĪN laikā. NĪN var maksāt daļās."
    issues = found(text, "unexplained-abbreviation")
    assert [(i.start, i.end) for i in issues] == [(10, 13)]
    assert "nekustamā īpašuma nodoklis" in issues[0].suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Nekustamā īpašuma nodoklis (NĪN) jāmaksā laikā.",
        "NĪN (nekustamā īpašuma nodoklis) jāmaksā laikā.",
        "NĪN – nekustamā īpašuma nodoklis – jāmaksā laikā.",
        "Lejupielādējiet PDF vai skenējiet QR kodu.",
    ],
)
def test_explained_or_known_abbreviations_are_not_flagged(text):
    assert spans(text, "unexplained-abbreviation") == []


def test_unknown_abbreviation_gets_generic_advice():
    issues = found("Sazinieties ar JKS.", "unexplained-abbreviation")
    assert [i.text for i in issues] == ["JKS"]
    assert "iekavās" in issues[0].suggestion


def test_numbers_as_words():
    assert spans("Atbildēsim desmit dienās.", "number-words") == ["desmit"]
    assert found("Atbildēsim desmit dienās.", "number-words")[0].suggestion == "Rakstiet 10."
    # Small numbers are fine in normal text, not in easy-to-read text.
    assert spans("Paņemiet divus dokumentus.", "number-words") == []
    assert spans("Paņemiet divus dokumentus.", "number-words", easy_read=True) == ["divus"]
    assert spans("We reply within ten days.", "number-words", "en") == ["ten"]


def test_all_caps():
    assert spans("SVARĪGI ZINĀT: pieteikties līdz piektdienai.", "all-caps") == ["SVARĪGI ZINĀT"]
    assert spans("UZMANĪBU! Ūdens nebūs.", "all-caps") == ["UZMANĪBU"]
    assert spans("Jautājiet VID.", "all-caps") == []


def test_long_paragraph():
    sentence = "Šis ir īss teikums ar sešiem vārdiem. "
    text = sentence * 6
    assert spans(text, "long-paragraph") == [text.strip()]
    assert spans(sentence * 5, "long-paragraph") == []
    assert spans(sentence * 4, "long-paragraph", easy_read=True) == [(sentence * 4).strip()]


def test_list_items_do_not_make_a_paragraph_long():
    text = "Paņemiet līdzi:\n" + "\n".join(f"- dokuments {n}" for n in range(12))
    assert spans(text, "long-paragraph") == []


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Tas nav neiespējami.", "lv", "nav neiespējami"),
        ("It is not uncommon to wait.", "en", "not uncommon"),
        ("Это не невозможно.", "ru", "не невозможно"),
    ],
)
def test_double_negative(text, lang, span):
    assert spans(text, "double-negative", lang) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Nekas nav mainījies.",
        "Tas nav nepieciešams.",
        "Neviens nav atnācis.",
        "Nav nekustamā īpašuma.",
    ],
)
def test_negative_concord_and_ne_words_are_not_double_negatives(text):
    assert spans(text, "double-negative") == []


def test_easy_read_only_rules_are_off_in_normal_mode():
    text = "Ņemiet līdzi, piem., pasi; tas ir online."
    normal = {i.rule for i in analyse(text, lang="lv").issues}
    strict = {i.rule for i in analyse(text, lang="lv", easy_read=True).issues}
    assert not normal & {"abbreviation", "foreign-word", "one-idea"}
    assert {"abbreviation", "foreign-word", "one-idea"} <= strict


def test_easy_read_abbreviation_suggests_the_full_word():
    issue = found("Ņemiet līdzi, piem., pasi.", "abbreviation", easy_read=True)[0]
    assert issue.text == "piem." and "piemēram" in issue.suggestion


def test_foreign_word_in_russian_text():
    assert spans("Откройте страницу online.", "foreign-word", "ru", easy_read=True) == ["online"]


def test_italics_and_justified_text_in_html_easy_read():
    html = '<p style="text-align: justify">Teksts <em>slīprakstā</em> šeit.</p>'
    report = analyse(html, lang="lv", html=True, easy_read=True)
    by_rule = {i.rule: report.text[i.start : i.end] for i in report.issues}
    assert by_rule["italics"] == "slīprakstā"
    assert by_rule["justified-text"] == "Teksts slīprakstā šeit."


def test_messages_follow_the_reader_language():
    lv = found("Saskaņā ar noteikumiem.", "jargon", messages_lang="lv")[0]
    en = found("Saskaņā ar noteikumiem.", "jargon", messages_lang="en")[0]
    assert lv.message.startswith("Kancelejas valoda")
    assert en.message.startswith("Officialese")
    assert lv.suggestion == en.suggestion  # the replacement is in the text's language


def test_issue_ids_are_registered_and_sorted():
    report = analyse("Saskaņā ar NĪN noteikumiem iesniegums tiek izskatīts desmit dienās.", lang="lv")
    assert all(i.rule in RULES for i in report.issues)
    assert [i.start for i in report.issues] == sorted(i.start for i in report.issues)
