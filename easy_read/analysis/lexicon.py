"""Word lists per language, loaded once from the data files shipped in this package.

Files live in ``easy_read/analysis/data/<lang>/``; each is UTF-8 text with one
entry a line, fields separated by a tab and ``#`` starting a comment:

``jargon.tsv``         officialese or jargon -> plain replacement
``vague.tsv``          vague word -> what to say instead
``abbreviations.tsv``  abbreviation -> expansion -> flag (N: never ends a sentence,
                       T: may end a sentence, A: acronym that needs an explanation)
``numbers.tsv``        number word -> digits (every inflected form a line)
``function_words.txt`` the commonest short words, for language detection
``not_passive.txt``    words that look passive but are not (per language)
``foreign.txt``        words from another language that spelling alone does not reveal
``participles.txt``    irregular past participles, for passive detection (English)

Patterns are written in lower case, words separated by spaces. A word ending in
``*`` matches any word starting with it (``iesniegt*`` matches ``iesniegt``,
``iesniegtais`` and ``iesniegts``), which is how inflected Latvian and Russian
forms are covered without a morphology engine. Prefixes must have at least
four characters so the index stays selective.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("lv", "en", "ru")
_PREFIX_KEY = 4


@dataclass(frozen=True, slots=True)
class Phrase:
    """One lexicon entry: a pattern of one or more words and its plain replacement."""

    pattern: str
    words: tuple[str, ...]
    replacement: str
    #: (text, is_prefix) per word, precomputed for matching.
    parts: tuple[tuple[str, bool], ...] = ()

    @classmethod
    def parse(cls, pattern: str, replacement: str) -> Phrase:
        words = tuple(pattern.split())
        parts = tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in words)
        return cls(pattern=pattern, words=words, replacement=replacement, parts=parts)

    def matches(self, lowers: Sequence[str], i: int) -> bool:
        parts = self.parts
        if i + len(parts) > len(lowers):
            return False
        for want, is_prefix in parts:
            got = lowers[i]
            if not (got.startswith(want) if is_prefix else got == want):
                return False
            i += 1
        return True


@dataclass(slots=True)
class PhraseIndex:
    """Phrases indexed by their first word, for a dictionary lookup per word."""

    exact: dict[str, list[Phrase]] = field(default_factory=dict)
    prefix: dict[str, list[Phrase]] = field(default_factory=dict)
    size: int = 0
    #: For exact first words that only start multi-word phrases ("kā arī", "ir jā…"):
    #: the second words (exact, and prefixes) that can follow, to reject most
    #: occurrences of common words with one lookup.
    second: dict[str, tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=dict)

    def add(self, phrase: Phrase) -> None:
        first = phrase.words[0]
        if first.endswith("*"):
            stem = first[:-1]
            if len(stem) < _PREFIX_KEY:
                raise ValueError(f"prefix too short in lexicon pattern {phrase.pattern!r}")
            self.prefix.setdefault(stem[:_PREFIX_KEY], []).append(phrase)
        else:
            self.exact.setdefault(first, []).append(phrase)
        self.size += 1

    def finalise(self) -> None:
        # Longest phrase first, so "saskaņā ar normatīvajiem aktiem" beats "saskaņā ar".
        for bucket in (*self.exact.values(), *self.prefix.values()):
            bucket.sort(key=lambda p: (-len(p.words), -len(p.pattern)))
        self.second = {}
        for first, bucket in self.exact.items():
            if any(len(p.parts) == 1 for p in bucket):
                continue
            exact = frozenset(p.parts[1][0] for p in bucket if not p.parts[1][1])
            prefixes = tuple(p.parts[1][0] for p in bucket if p.parts[1][1])
            self.second[first] = (exact, prefixes)

    def match(self, lowers: Sequence[str], i: int) -> Phrase | None:
        """The longest phrase starting at word ``i`` of ``lowers``, if any."""
        word = lowers[i]
        second = self.second.get(word)
        if second is not None and self.prefix.get(word[:_PREFIX_KEY]) is None:
            if i + 1 >= len(lowers):
                return None
            nxt = lowers[i + 1]
            if nxt not in second[0] and not (second[1] and nxt.startswith(second[1])):
                return None
        best: Phrase | None = None
        for bucket in (self.exact.get(word), self.prefix.get(word[:_PREFIX_KEY])):
            if not bucket:
                continue
            for phrase in bucket:
                if (best is None or len(phrase.words) > len(best.words)) and phrase.matches(lowers, i):
                    best = phrase
                    break
        return best

    def __len__(self) -> int:
        return self.size


@dataclass(slots=True)
class Lexicon:
    lang: str
    jargon: PhraseIndex
    vague: PhraseIndex
    abbreviations: dict[str, str]
    abbreviations_non_terminal: frozenset[str]
    abbreviations_terminal: frozenset[str]
    acronyms: dict[str, str]
    numbers: dict[str, str]
    function_words: frozenset[str]
    not_passive: frozenset[str]
    foreign: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()


def _lines(lang: str, name: str) -> list[list[str]]:
    path = resources.files(__package__).joinpath("data", lang, name)
    if not path.is_file():
        return []
    rows: list[list[str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if not line.strip():
            continue
        rows.append([part.strip() for part in line.split("\t")])
    return rows


def _phrases(lang: str, name: str) -> PhraseIndex:
    index = PhraseIndex()
    for row in _lines(lang, name):
        pattern = row[0].lower()
        replacement = row[1] if len(row) > 1 else ""
        index.add(Phrase.parse(pattern, replacement))
    index.finalise()
    return index


@cache
def get_lexicon(lang: str) -> Lexicon:
    """The lexicon for ``lang`` (unknown languages fall back to Latvian)."""
    if lang not in LANGUAGES:
        lang = "lv"
    abbreviations: dict[str, str] = {}
    non_terminal: set[str] = set()
    terminal: set[str] = set()
    acronyms: dict[str, str] = {}
    for row in _lines(lang, "abbreviations.tsv"):
        abbr, expansion = row[0], row[1] if len(row) > 1 else ""
        flag = row[2] if len(row) > 2 else "N"
        if flag in ("A", "K"):
            # Known acronyms (K) map to "" and are never flagged.
            acronyms[abbr] = expansion if flag == "A" else ""
            continue
        abbreviations[abbr.lower()] = expansion
        (terminal if flag == "T" else non_terminal).add(abbr.lower())
    numbers = {row[0].lower(): row[1] for row in _lines(lang, "numbers.tsv") if len(row) > 1}
    return Lexicon(
        lang=lang,
        jargon=_phrases(lang, "jargon.tsv"),
        vague=_phrases(lang, "vague.tsv"),
        abbreviations=abbreviations,
        abbreviations_non_terminal=frozenset(non_terminal),
        abbreviations_terminal=frozenset(terminal),
        acronyms=acronyms,
        numbers=numbers,
        function_words=frozenset(row[0].lower() for row in _lines(lang, "function_words.txt")),
        not_passive=frozenset(row[0].lower() for row in _lines(lang, "not_passive.txt")),
        foreign=frozenset(row[0].lower() for row in _lines(lang, "foreign.txt")),
        participles=frozenset(row[0].lower() for row in _lines(lang, "participles.txt")),
    )
