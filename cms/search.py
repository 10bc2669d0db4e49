"""Search that forgives missing Latvian diacritics and inflected endings.

Residents type "sociala palidziba" on a phone without Latvian keys, or
"pabalstu" (accusative) when the page says "pabalsts". Both the indexed text
and the query go through the same folding: lower case, diacritics removed,
common Latvian, Russian and English endings stripped. The result is a crude
stem, which is all a small municipal site needs.
"""

import re
import unicodedata

from django.utils.html import strip_tags

_WORD = re.compile(r"\w+", re.UNICODE)

# Longest first, so "iem" is tried before "m". After diacritics are folded.
_ENDINGS = (
    # Latvian noun, adjective and verb endings
    "ajiem",
    "ajam",
    "ajai",
    "ajos",
    "ajas",
    "iem",
    "aja",
    "ais",
    "ajs",
    "am",
    "em",
    "im",
    "um",
    "os",
    "as",
    "us",
    "is",
    "es",
    "ai",
    "ei",
    "ui",
    "a",
    "e",
    "i",
    "u",
    "s",
    "o",
    # Russian (Cyrillic is kept; only the endings go)
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ых",
    "их",
    "ой",
    "ей",
    "ам",
    "ям",
    "ах",
    "ях",
    "ов",
    "ев",
    "ом",
    "ем",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ый",
    "ий",
    "ия",
    "ию",
    "ии",
    "ья",
    "ье",
    "а",
    "я",
    "о",
    "е",
    "ы",
    "и",
    "у",
    "ю",
    "ь",
)
_MIN_STEM = 3


def fold(word: str) -> str:
    """Lower-case and remove diacritics: 'Palīdzība' -> 'palidziba'."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    folded = fold(word)
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM:
            return folded[: -len(ending)]
    return folded


def stem_text(text: str) -> str:
    return " ".join(stem(w) for w in _WORD.findall(text))


def text_of(value) -> str:
    """Plain text of a field value: a string, rich text or a StreamField."""
    if value is None:
        return ""
    if hasattr(value, "raw_data"):  # StreamValue
        return " ".join(_flatten(block.get("value")) for block in value.raw_data)
    return strip_tags(str(value))


def _flatten(value) -> str:
    if isinstance(value, dict):
        return " ".join(_flatten(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_flatten(v) for v in value)
    if isinstance(value, str):
        return strip_tags(value)
    return ""


def search_pages(query: str, locale):
    """Live public pages matching every stemmed word of the query, in this locale first."""
    from wagtail.models import Page

    stemmed = stem_text(query)
    if not stemmed:
        return []
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=1)
    return list(pages.search(stemmed, operator="and").annotate_score("score")[:50])
