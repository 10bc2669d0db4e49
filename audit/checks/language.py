"""Language: the lang attribute against the language of the text, and the
readability of the main content through easy_read when that module is installed."""

from __future__ import annotations

import importlib
import re
from typing import Any

from ..results import Finding
from . import Check, PageContext, finding, load_js

SCRIPT = load_js("language.js")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS = {
    "lv": frozenset("un ir ar par uz no kas vai lai ka tiek jūs var pie līdz bet arī šo jā "
                    "nav kā tas to kur ja pēc savu ko".split()),
    "en": frozenset("the and of to is in for with that you are on this be can your it as "
                    "or by at from not have".split()),
    "ru": frozenset("и в не на что с по как это для вы к у из от мы за или то".split()),
}
_LATVIAN_LETTERS = re.compile(r"[āčēģīķļņšūž]", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

#: LIX above this is "hard"; below 100 words the score says little.
HARD_LIX = 55.0
MIN_WORDS = 100


def detect_language(text: str) -> str | None:
    """'lv', 'en' or 'ru' when the text is clearly one of them, else ``None``."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 30:
        return None
    letters = sum(len(w) for w in words)
    if len(_CYRILLIC.findall(text)) > 0.5 * letters:
        return "ru"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    scores["lv"] += len(_LATVIAN_LETTERS.findall(text)) // 3
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 5 and ranked[0] >= 2 * max(ranked[1], 1):
        return best
    return None


def _easy_read_analyse():
    """easy_read.analysis.analyse, or ``None`` when that module is not there."""
    try:
        module = importlib.import_module("easy_read.analysis")
    except ImportError:
        return None
    return getattr(module, "analyse", None)


def _field(result: Any, name: str) -> Any:
    if isinstance(result, dict):
        return result.get(name)
    return getattr(result, name, None)


class LanguageChecks(Check):
    family = "language"
    script = SCRIPT

    def __init__(self, *, readability: bool = True) -> None:
        self.analyse = _easy_read_analyse() if readability else None

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        if not isinstance(data, dict):
            return []
        out: list[Finding] = []
        declared = (data.get("lang") or "").split("-")[0].lower()
        text = data.get("text") or ""
        detected = detect_language(text)
        if declared and detected and declared != detected:
            out.append(finding(
                "er-lang-mismatch", "html", f'<html lang="{data.get("lang")}">',
                f"The page says lang=\"{data.get('lang')}\" but its text reads as {detected}."))
        if self.analyse is not None and text:
            try:
                lang = detected or (declared if declared in _STOPWORDS else None)
                result = self.analyse(text, lang=lang)
            except Exception:  # noqa: BLE001 - a broken analyser must not stop an audit
                return out
            lix = _field(result, "lix")
            words = _field(result, "words") or 0
            if isinstance(words, list):
                words = len(words)
            if isinstance(lix, int | float) and lix > HARD_LIX and words >= MIN_WORDS:
                level = _field(result, "level") or ""
                out.append(finding(
                    "er-readability-hard", data.get("selector") or "body", "",
                    f"LIX {lix:.0f} ({level}) over {words} words; residents' pages aim under 40. "
                    "Shorter sentences and common words help."))
        return out
