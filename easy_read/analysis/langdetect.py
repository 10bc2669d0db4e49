"""Tell Latvian, English and Russian apart, fast and without a model.

Cyrillic letters mean Russian. Between Latvian and English, the commonest short
words decide, helped by Latvian diacritics and by the letters w, q, x and y,
which Latvian does not use.
"""

from __future__ import annotations

import re

from .lexicon import get_lexicon

DEFAULT_LANG = "lv"
_WORDS = re.compile(r"[^\W\d_]+")
_LV_LETTERS = frozenset("āčēģīķļņšūž")
_EN_LETTERS = frozenset("wqxy")
#: Only this much of a long text is read to guess its language.
SAMPLE_CHARS = 20_000


def scores(text: str) -> dict[str, float]:
    """A score per language; higher is more likely."""
    sample = text[:SAMPLE_CHARS]
    cyrillic = latin = 0
    lv_marks = en_marks = 0
    words = _WORDS.findall(sample.lower())
    fw = {lang: get_lexicon(lang).function_words for lang in ("lv", "en", "ru")}
    hits = {"lv": 0.0, "en": 0.0, "ru": 0.0}
    for word in words:
        first = word[0]
        if "\u0400" <= first <= "\u04ff":
            cyrillic += 1
        else:
            latin += 1
            if any(ch in _LV_LETTERS for ch in word):
                lv_marks += 1
            elif any(ch in _EN_LETTERS for ch in word):
                en_marks += 1
        for lang in ("lv", "en", "ru"):
            if word in fw[lang]:
                hits[lang] += 1
    hits["ru"] += cyrillic * 0.5
    hits["lv"] += lv_marks * 0.6
    hits["en"] += en_marks * 0.4
    if latin == 0:
        hits["lv"] = hits["en"] = 0.0
    return hits


def detect(text: str, default: str = DEFAULT_LANG) -> str:
    """The most likely language of ``text``: ``lv``, ``en`` or ``ru``."""
    result = scores(text)
    best = max(result, key=lambda lang: result[lang])
    if result[best] <= 0:
        return default
    # Ties go to the default, so a text of names and numbers stays Latvian.
    if result.get(default, 0.0) == result[best]:
        return default
    return best


def detect_paragraph(text: str, document_lang: str) -> str:
    """A paragraph's language: its own when clear, else the document's."""
    result = scores(text)
    best = max(result, key=lambda lang: result[lang])
    if best != document_lang and result[best] >= 3 and result[best] >= 2 * result[document_lang]:
        return best
    return document_lang
