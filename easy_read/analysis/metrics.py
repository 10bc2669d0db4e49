"""Readability metrics and the level bands, defined in one place.

LIX = words per sentence + 100 x long words / words, where a long word has more
than six letters. LIX needs no syllable counts, so it works for Latvian and
Russian as well as English. No formula is calibrated for Latvian; LIX is the
one Wagtail shows too, so editors meet one familiar number.
"""

from __future__ import annotations

import math

from .tokenise import LONG_WORD_LETTERS

__all__ = ["LONG_WORD_LETTERS", "LEVEL_BANDS", "LEVELS", "READING_WPM", "lix", "level_for"]

#: Level bands: (upper LIX bound, level id). The first band whose bound is above
#: the score wins. These are the only level limits in the product.
LEVEL_BANDS: tuple[tuple[float, str], ...] = (
    (30.0, "very-easy"),
    (40.0, "easy"),
    (50.0, "medium"),
    (60.0, "hard"),
    (math.inf, "very-hard"),
)
LEVELS: tuple[str, ...] = tuple(level for _, level in LEVEL_BANDS)

#: Silent reading speed in words per minute. English and Russian follow
#: Trauzettel-Klosinski et al. (2012) and Brysbaert (2019); Latvian has no
#: published figure, so it uses the speed measured for languages with similarly
#: long, inflected words (Finnish 161, Slovenian 180, Polish 166).
READING_WPM: dict[str, int] = {"en": 238, "ru": 184, "lv": 170}
DEFAULT_WPM = 180


def lix(words: int, sentences: int, long_words: int) -> float:
    """LIX, rounded to one decimal; 0.0 for empty text."""
    if words <= 0:
        return 0.0
    return round(words / max(sentences, 1) + 100.0 * long_words / words, 1)


def level_for(score: float, words: int = 1) -> str | None:
    """The level id for a LIX score; ``None`` when there is no text to judge."""
    if words <= 0:
        return None
    for bound, level in LEVEL_BANDS:
        if score < bound:
            return level
    return LEVELS[-1]


def level_rank(level: str | None) -> int:
    """0 for very easy ... 4 for very hard; -1 for no level (empty text)."""
    return LEVELS.index(level) if level in LEVELS else -1


def reading_seconds(words_by_lang: dict[str, int]) -> int:
    """Reading time in seconds, each language at its own speed."""
    seconds = 0.0
    for lang, words in words_by_lang.items():
        seconds += words * 60.0 / READING_WPM.get(lang, DEFAULT_WPM)
    return round(seconds)


def reading_minutes(seconds: int) -> int:
    """Whole minutes, at least one for any text at all."""
    return 0 if seconds <= 0 else max(1, round(seconds / 60))
