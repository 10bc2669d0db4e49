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
#: Only this much of a long text is read to guess its language.
SAMPLE_CHARS = 20_000


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_LV_MARKS = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")
_EN_MARKS = re.compile(r"[wqxyWQXY]")


def scores(text: str) -> dict[str, float]:
    """A score per language; higher is more likely.

    Every count is a C-level loop (regex or ``map``), so detection costs a few
    percent of an analysis.
    """
    sample = text[:SAMPLE_CHARS]
    words = _WORDS.findall(sample.lower())
    if not words:
        return {"lv": 0.0, "en": 0.0, "ru": 0.0}
    cyrillic = len(_CYRILLIC_WORD.findall(sample))
    latin = len(words) - cyrillic
    hits = {
        lang: float(sum(map(get_lexicon(lang).function_words.__contains__, words)))
        for lang in ("lv", "en", "ru")
    }
    hits["ru"] += cyrillic * 0.5
    if latin <= 0:
        hits["lv"] = hits["en"] = 0.0
    else:
        # Letters Latvian has and English lacks, and the reverse.
        hits["lv"] += len(_LV_MARKS.findall(sample)) * 0.5
        hits["en"] += len(_EN_MARKS.findall(sample)) * 0.3
    return hits


def detect(text: str, default: str = DEFAULT_LANG) -> str:
    """The most likely language of ``text``: ``lv``, ``en`` or ``ru``."""
    return _decide(scores(text), default)


def detect_mixed(text: str, default: str = DEFAULT_LANG) -> tuple[str, bool]:
    """The most likely language, and whether another language scores noticeably."""
    result = scores(text)
    ranked = sorted(result.values(), reverse=True)
    return _decide(result, default), ranked[1] >= max(3.0, 0.1 * ranked[0])


def _decide(result: dict[str, float], default: str) -> str:
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
