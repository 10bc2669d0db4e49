"""Plain-language rules. Each has a stable id and marks exact spans.

The registry :data:`RULES` is the one place that lists every rule, its severity
and whether it only applies in easy-to-read mode. Limits live in
:data:`NORMAL` and :data:`EASY_READ`. Rule ids never change: the audit stores
them, editors learn them, and tests assert them.

Easy-to-read mode (the "Viegli lasīt" rules) tightens the limits and adds rules:
sentences of at most 15 words, short paragraphs, every number as digits, every
shortened word written in full, no words in another language, one idea per
sentence, no italics and no justified text (the last two for HTML input).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import messages as m
from .html import VisibleText
from .lexicon import Lexicon, Phrase, PhraseIndex, get_lexicon
from .tokenise import ABBR, WORD, Document, Paragraph, Sentence, Token

WARNING = "warning"
ADVICE = "advice"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    easy_read_only: bool
    summary: str


#: Every rule, in the order panels list them.
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("long-sentence", WARNING, False, "Sentence over 20 words (15 in easy-to-read mode)."),
        Rule("many-long-words", WARNING, False, "Over half the words of a sentence are long."),
        Rule("jargon", WARNING, False, "Officialese or jargon with a plain replacement."),
        Rule("passive", ADVICE, False, "Passive or impersonal construction that hides who acts."),
        Rule("nominal-style", ADVICE, False, "Chain of nouns where a verb would do."),
        Rule(
            "unexplained-abbreviation",
            WARNING,
            False,
            "Abbreviation without an expansion on first use.",
        ),
        Rule("double-negative", WARNING, False, "Two negatives that cancel out."),
        Rule("long-word", ADVICE, False, "Very long word."),
        Rule("vague-word", ADVICE, False, "Vague word such as 'appropriate' or 'etc.'."),
        Rule(
            "number-words",
            ADVICE,
            False,
            "Number written as a word (10 and over; all in easy-to-read).",
        ),
        Rule("all-caps", WARNING, False, "Run of text in capital letters."),
        Rule("long-paragraph", ADVICE, False, "Paragraph over 5 sentences or 100 words."),
        Rule("abbreviation", ADVICE, True, "Shortened word such as 'piem.' or 't.sk.'."),
        Rule("foreign-word", ADVICE, True, "Word in another language."),
        Rule("one-idea", ADVICE, True, "Sentence with a semicolon or many commas."),
        Rule("italics", ADVICE, True, "Italic text (HTML input)."),
        Rule("justified-text", ADVICE, True, "Justified text (HTML input)."),
    )
}


_SEVERITY = {rule.id: rule.severity for rule in RULES.values()}


@dataclass(frozen=True, slots=True)
class Limits:
    """Thresholds of one mode."""

    sentence_words: int
    long_word_letters: dict[str, int]
    many_long_share: dict[str, float]
    many_long_min_words: int
    many_long_min_count: int
    paragraph_sentences: int
    paragraph_words: int
    number_min_value: int
    one_idea_commas: int


NORMAL = Limits(
    sentence_words=20,
    long_word_letters={"lv": 16, "ru": 16, "en": 14},
    many_long_share={"lv": 0.6, "ru": 0.6, "en": 0.45},
    many_long_min_words=6,
    many_long_min_count=4,
    paragraph_sentences=5,
    paragraph_words=100,
    number_min_value=10,
    one_idea_commas=3,
)
EASY_READ = Limits(
    sentence_words=15,
    long_word_letters={"lv": 13, "ru": 13, "en": 11},
    many_long_share={"lv": 0.5, "ru": 0.5, "en": 0.35},
    many_long_min_words=5,
    many_long_min_count=3,
    paragraph_sentences=3,
    paragraph_words=60,
    number_min_value=2,
    one_idea_commas=3,
)


class Issue:
    """One finding: a rule, an exact span of the analysed text and advice.

    The message is rendered on first use: a long page may have hundreds of
    issues, and the editor shows only some of them.
    """

    __slots__ = (
        "rule",
        "start",
        "end",
        "text",
        "suggestion",
        "severity",
        "sentence",
        "source_start",
        "source_end",
        "message_id",
        "params",
        "messages_lang",
        "_message",
    )

    def __init__(
        self,
        rule: str,
        start: int,
        end: int,
        text: str,
        message: str | None = None,
        suggestion: str | None = None,
        severity: str = ADVICE,
        sentence: int | None = None,
        *,
        message_id: str = "",
        params: dict[str, object] | None = None,
        messages_lang: str = m.DEFAULT_MESSAGE_LANG,
    ) -> None:
        self.rule = rule
        self.start = start
        self.end = end
        self.text = text
        self.suggestion = suggestion
        self.severity = severity
        self.sentence = sentence
        #: Offsets into the HTML source when the input was HTML.
        self.source_start: int | None = None
        self.source_end: int | None = None
        #: The message id and parameters, so a caller can re-render in another language.
        self.message_id = message_id or rule
        self.params = params if params is not None else {}
        self.messages_lang = messages_lang
        self._message = message

    @property
    def message(self) -> str:
        if self._message is None:
            self._message = self.render(self.messages_lang)
        return self._message

    def render(self, lang: str) -> str:
        """The message in ``lang`` (``lv`` or ``en``)."""
        params = self.params
        if "phrase" not in params:
            params["phrase"] = _short(self.text)
        return m.render(self.message_id, lang, **params)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "severity": self.severity,
            "sentence": self.sentence,
        }
        if self.source_start is not None:
            data["source_start"] = self.source_start
            data["source_end"] = self.source_end
        return data

    def __repr__(self) -> str:
        return f"Issue({self.rule!r}, {self.start}, {self.end}, {self.text!r})"


@dataclass(slots=True)
class Context:
    text: str
    doc: Document
    easy_read: bool
    mlang: str
    limits: Limits
    visible: VisibleText | None = None
    issues: list[Issue] = field(default_factory=list)

    def add(
        self,
        rule: str,
        start: int,
        end: int,
        advice: str | None = None,
        /,
        *,
        suggestion: str | None = None,
        sentence: int | None = None,
        message_id: str | None = None,
        **params: object,
    ) -> None:
        """Record an issue of ``rule`` over ``text[start:end]``.

        ``advice`` is the id of a catalogue suggestion, rendered in the reader's
        language; ``suggestion`` is a ready text instead. The message id is the
        rule id unless ``message_id`` says otherwise.
        """
        if advice is not None:
            suggestion = m.suggestion(advice, self.mlang)
        self.issues.append(
            Issue(
                rule,
                start,
                end,
                self.text[start:end],
                None,
                suggestion,
                _SEVERITY[rule],
                sentence,
                message_id=message_id or rule,
                params=params,
                messages_lang=self.mlang,
            )
        )


def _short(phrase: str, limit: int = 80) -> str:
    phrase = " ".join(phrase.split())
    return phrase if len(phrase) <= limit else phrase[: limit - 1] + "…"


def run_rules(ctx: Context) -> list[Issue]:
    """Run every rule that applies to the mode; issues sorted by position."""
    first_abbreviation: set[str] = set()
    for para in ctx.doc.paragraphs:
        lex = get_lexicon(para.lang)
        _check_paragraph(ctx, para)
        for sentence in para.sentences:
            lowers = [w.lower for w in sentence.words]
            _check_sentence_length(ctx, sentence, para.lang)
            jargon_spans = _check_phrases(ctx, sentence, lowers, lex.jargon, "jargon", set())
            _check_phrases(ctx, sentence, lowers, lex.vague, "vague-word", jargon_spans)
            _check_words(ctx, sentence, lex, para.lang, first_abbreviation)
            _PASSIVE.get(para.lang, _passive_lv)(ctx, sentence, lowers, lex)
            _check_nominal(ctx, sentence, lowers, para.lang)
            _check_double_negative(ctx, sentence, lowers, para.lang)
            if ctx.easy_read:
                _check_one_idea(ctx, sentence)
    if ctx.easy_read and ctx.visible is not None:
        for start, end in ctx.visible.italic:
            ctx.add("italics", start, end, "use-bold")
        for start, end in ctx.visible.justified:
            ctx.add("justified-text", start, end, "align-left")
    ctx.issues.sort(key=lambda i: (i.start, i.end, i.rule))
    return ctx.issues


# --- Sentences and paragraphs -------------------------------------------------


def _check_sentence_length(ctx: Context, sentence: Sentence, lang: str) -> None:
    count = len(sentence.words)
    limits = ctx.limits
    if count > limits.sentence_words and sentence.kind != "list-item" or count > 2 * limits.sentence_words:
        ctx.add(
            "long-sentence",
            sentence.start,
            sentence.end,
            "split-sentence",
            sentence=sentence.index,
            words=count,
            limit=limits.sentence_words,
        )
        return
    if count >= limits.many_long_min_words and sentence.kind != "heading":
        long = sentence.long_words
        if long >= limits.many_long_min_count and long / count > limits.many_long_share.get(lang, 0.6):
            ctx.add(
                "many-long-words",
                sentence.start,
                sentence.end,
                "everyday-words",
                sentence=sentence.index,
                long=long,
                words=count,
            )


def _check_paragraph(ctx: Context, para: Paragraph) -> None:
    prose = [s for s in para.sentences if s.kind == "sentence"]
    words = sum(len(s.words) for s in prose)
    if len(prose) > ctx.limits.paragraph_sentences or words > ctx.limits.paragraph_words:
        ctx.add(
            "long-paragraph",
            para.start,
            para.end,
            "split-paragraph",
            phrase=_short(ctx.text[para.start : para.end], 40),
            sentences=len(prose),
            words=words,
        )


def _check_one_idea(ctx: Context, sentence: Sentence) -> None:
    body = ctx.text[sentence.start : sentence.end]
    if ";" in body or body.count(",") >= ctx.limits.one_idea_commas:
        ctx.add("one-idea", sentence.start, sentence.end, "one-idea", sentence=sentence.index)


# --- Lexicon phrases ----------------------------------------------------------


def _check_phrases(
    ctx: Context,
    sentence: Sentence,
    lowers: list[str],
    index: PhraseIndex,
    rule: str,
    taken: set[int],
) -> set[int]:
    """Flag lexicon phrases; return the word positions they cover."""
    covered: set[int] = set()
    exact, prefix = index.exact, index.prefix
    # Most words start no phrase: find the few that may, in one comprehension.
    candidates = [i for i, low in enumerate(lowers) if low in exact or (len(low) >= 4 and low[:4] in prefix)]
    if not candidates:
        return covered
    words = sentence.words
    for i in candidates:
        if i in taken or i in covered:
            continue
        phrase = index.match(lowers, i)
        if phrase is None or not _contiguous(ctx.text, words, i, len(phrase.words)):
            continue
        last = i + len(phrase.words) - 1
        if i > 0 and words[i].text[:1].isupper() and sentence.kind == "sentence":
            # Part of a name: "Būvniecības informācijas sistēma", "Pursuant Street".
            continue
        _add_phrase(ctx, rule, phrase, words[i].start, words[last].end, sentence)
        covered.update(range(i, last + 1))
    return covered


def _contiguous(text: str, words: list[Token], i: int, length: int) -> bool:
    """No sentence-internal break (semicolon, bracket) inside a multi-word phrase."""
    for k in range(i + 1, i + length):
        before, after = words[k - 1].end, words[k].start
        if after - before == 1 and text[before] == " ":
            continue
        if _PHRASE_BREAK.search(text, before, after):
            return False
    return True


_PHRASE_BREAK = re.compile(r"[;:()\[\]\n]")


def _add_phrase(ctx: Context, rule: str, phrase: Phrase, start: int, end: int, sentence: Sentence) -> None:
    replacement = phrase.replacement or None
    if rule == "jargon":
        ctx.add(
            rule, start, end, suggestion=replacement, sentence=sentence.index, replacement=replacement or "–"
        )
    else:
        ctx.add(rule, start, end, suggestion=replacement, sentence=sentence.index, advice=replacement or "–")


# --- Word-level rules ---------------------------------------------------------

_CYRILLIC = ("\u0400", "\u04ff")


def _is_cyrillic(word: str) -> bool:
    return any(_CYRILLIC[0] <= ch <= _CYRILLIC[1] for ch in word)


def _check_words(ctx: Context, sentence: Sentence, lex: Lexicon, lang: str, seen_abbr: set[str]) -> None:
    words = sentence.words
    limits = ctx.limits
    long_limit = limits.long_word_letters.get(lang, 16)
    if not ctx.easy_read:
        numbers, acronyms = lex.numbers, lex.acronyms
        # Most words need no word-level check at all.
        if not any(
            w.letters > long_limit or w.lower in numbers or w.text in acronyms or w.text.isupper()
            for w in words
        ):
            return
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if w.kind == WORD and w.letters >= 2 and w.text.isupper() and w.text not in lex.acronyms:
            j = i + 1
            while j < n and words[j].kind == WORD and words[j].letters >= 2 and words[j].text.isupper():
                j += 1
            run = words[i:j]
            if len(run) >= 2 or w.letters >= 7 or not _is_acronym_shape(w, lex):
                if len(run) >= 2 or w.letters >= 4:
                    ctx.add("all-caps", run[0].start, run[-1].end, "normal-case", sentence=sentence.index)
            else:
                _check_acronym(ctx, sentence, w, lex, seen_abbr)
            i = j
            continue
        i += 1
        if w.kind == WORD:
            if w.text in lex.acronyms:
                _check_acronym(ctx, sentence, w, lex, seen_abbr)
                continue
            letters = w.letters
            if letters > long_limit and "-" not in w.text:
                ctx.add("long-word", w.start, w.end, "shorter-word", sentence=sentence.index, letters=letters)
            digits = lex.numbers.get(w.lower)
            if digits is not None and int(digits) >= limits.number_min_value:
                suggestion = m.suggestion("use-digits", ctx.mlang, digits=digits)
                ctx.add("number-words", w.start, w.end, suggestion=suggestion, sentence=sentence.index)
            if ctx.easy_read and (w.lower in lex.foreign or _is_foreign(w, lang, i == 1)):
                ctx.add("foreign-word", w.start, w.end, "own-language", sentence=sentence.index)
        elif ctx.easy_read and w.kind == ABBR and w.lower in lex.abbreviations:
            expansion = lex.abbreviations[w.lower]
            suggestion = m.suggestion("write-in-full", ctx.mlang, expansion=expansion)
            ctx.add("abbreviation", w.start, w.end, suggestion=suggestion, sentence=sentence.index)


def _is_acronym_shape(w: Token, lex: Lexicon) -> bool:
    """A short all-capital word that is not an ordinary word shouted."""
    return w.letters <= 6 and w.lower not in lex.function_words and w.lower not in lex.numbers


def _check_acronym(ctx: Context, sentence: Sentence, w: Token, lex: Lexicon, seen: set[str]) -> None:
    key = w.text
    if key in seen:
        return
    seen.add(key)
    known = lex.acronyms.get(key)
    if known == "" or key in _KNOWN_EVERYWHERE:
        return  # known to everyone: PDF, SMS, QR
    if _explained(ctx.text, w.start, w.end):
        return
    if known:
        suggestion = m.suggestion("expand-abbreviation", ctx.mlang, expansion=known, phrase=key)
    else:
        suggestion = m.suggestion("expand-unknown", ctx.mlang)
    ctx.add("unexplained-abbreviation", w.start, w.end, suggestion=suggestion, sentence=sentence.index)


_KNOWN_EVERYWHERE = frozenset({"PDF", "SMS", "QR", "TV", "EUR", "ID", "OK", "URL", "WC"})


def _explained(text: str, start: int, end: int) -> bool:
    """'NĪN (nekustamā īpašuma nodoklis)', '... nodoklis (NĪN)' or 'NĪN – ...'."""
    after = text[end : end + 4].lstrip(" \u00a0")
    if after.startswith("("):
        return True
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    if before.endswith("(") and text[end : end + 1] == ")":
        return True
    return after[:1] in ("–", "—", "-") and text[end : end + 1] in (" ", "\u00a0")


_LV_FOREIGN = frozenset("qwxy")


def _is_foreign(w: Token, lang: str, first: bool) -> bool:
    text = w.text
    if not first and text[:1].isupper():
        return False  # a name
    if lang == "ru":
        return not _is_cyrillic(text) and any(ch.isalpha() for ch in text)
    if lang == "lv":
        return _is_cyrillic(text) or any(ch in _LV_FOREIGN for ch in w.lower)
    return _is_cyrillic(text) or any(ch in "āčēģīķļņšūž" for ch in w.lower)


# --- Passive and impersonal -----------------------------------------------------

_LV_AUX = frozenset(
    {
        "tiek",
        "tiks",
        "tika",
        "tikt",
        "tiktu",
        "tiekot",
        "tikšot",
        "netiek",
        "netiks",
        "netika",
        "tikuši",
        "tikusi",
        "ticis",
        "tikusies",
    }
)
_LV_PARTICIPLE_ENDINGS = (
    "ts",
    "ta",
    "ti",
    "tas",
    "tā",
    "tie",
    "tām",
    "tiem",
    "to",
    "tu",
    "ams",
    "ama",
    "ami",
    "amas",
    "āms",
    "āma",
    "āmi",
    "āmas",
)
_LV_DATIVE = frozenset(
    {
        "jums",
        "tev",
        "man",
        "mums",
        "viņam",
        "viņai",
        "viņiem",
        "viņām",
        "ikvienam",
        "katram",
        "ikvienai",
        "katrai",
        "jebkuram",
        "vecākiem",
        "klientam",
        "iedzīvotājiem",
    }
)
_LV_NOT_DEBITIVE = frozenset({"jānis", "jāzeps", "jāņi", "jāņos", "jāņu", "jāņiem", "jānim", "jāni"})


def _passive_lv(ctx: Context, sentence: Sentence, lowers: list[str], lex: Lexicon) -> None:
    # Most sentences have neither an auxiliary nor a "jā-" word: two C-level tests.
    maybe_debitive = "jā" in ctx.text[sentence.start : sentence.end].lower()
    if _LV_AUX.isdisjoint(lowers) and not maybe_debitive:
        return
    words = sentence.words
    n = len(words)
    debitive_flagged = not maybe_debitive or not _LV_DATIVE.isdisjoint(lowers)
    has_dative = debitive_flagged
    for i, low in enumerate(lowers):
        if low in _LV_AUX:
            for j in (i + 1, i + 2):
                if j >= n:
                    break
                cand = lowers[j]
                if cand in lex.not_passive or words[j].kind != WORD:
                    continue
                if len(cand) >= 5 and cand.endswith(_LV_PARTICIPLE_ENDINGS):
                    ctx.add("passive", words[i].start, words[j].end, "active-voice", sentence=sentence.index)
                    break
        elif (
            not debitive_flagged
            and not has_dative
            and low.startswith("jā")
            and len(low) >= 5
            and low not in _LV_NOT_DEBITIVE
            and (i == 0 or not words[i].text[:1].isupper())
            and words[i].kind == WORD
        ):
            start = (
                words[i - 1].start
                if i > 0 and lowers[i - 1] in ("ir", "būs", "bija", "nav")
                else words[i].start
            )
            ctx.add(
                "passive",
                start,
                words[i].end,
                "address-reader",
                sentence=sentence.index,
                message_id="passive.impersonal",
            )
            debitive_flagged = True


_EN_AUX = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't"}
)
_EN_ADVERBS = frozenset(
    {
        "not",
        "also",
        "then",
        "usually",
        "always",
        "never",
        "all",
        "only",
        "normally",
        "automatically",
        "still",
        "already",
        "currently",
        "generally",
    }
)


def _passive_en(ctx: Context, sentence: Sentence, lowers: list[str], lex: Lexicon) -> None:
    words = sentence.words
    n = len(words)
    participles = lex.participles
    for i, low in enumerate(lowers):
        if low not in _EN_AUX:
            continue
        j = i + 1
        if j < n and (lowers[j] in _EN_ADVERBS or lowers[j].endswith("ly")):
            j += 1
        if j >= n or words[j].kind != WORD:
            continue
        cand = lowers[j]
        if cand in lex.not_passive:
            continue
        if (len(cand) >= 4 and cand.endswith("ed")) or cand in participles:
            ctx.add("passive", words[i].start, words[j].end, "active-voice", sentence=sentence.index)


_RU_REFLEXIVE = ("ется", "ются", "ится", "ятся", "ётся")
_RU_SHORT_PARTICIPLE = ("ено", "ена", "ены", "ано", "ана", "аны", "ято", "ята", "яты", "ён")


def _passive_ru(ctx: Context, sentence: Sentence, lowers: list[str], lex: Lexicon) -> None:
    words = sentence.words
    for i, low in enumerate(lowers):
        if len(low) < 7 or low in lex.not_passive or words[i].kind != WORD:
            continue
        if i > 0 and words[i].text[:1].isupper():
            continue  # a name
        if low.endswith(_RU_REFLEXIVE) or low.endswith(_RU_SHORT_PARTICIPLE):
            start = words[i].start
            if i > 0 and lowers[i - 1] in ("был", "была", "было", "были", "будет", "будут"):
                start = words[i - 1].start
            ctx.add("passive", start, words[i].end, "active-voice", sentence=sentence.index)


_PASSIVE: dict[str, Callable[[Context, Sentence, list[str], Lexicon], None]] = {
    "lv": _passive_lv,
    "en": _passive_en,
    "ru": _passive_ru,
}


# --- Nominal style -------------------------------------------------------------

_NOMINAL_STRONG: dict[str, tuple[str, ...]] = {
    "lv": (
        "šana",
        "šanas",
        "šanu",
        "šanai",
        "šanā",
        "ība",
        "ības",
        "ību",
        "ībai",
        "ībā",
        "ums",
        "uma",
        "umu",
        "umam",
        "umā",
        "umi",
        "umus",
        "ija",
        "ijas",
        "iju",
        "ijai",
        "ijā",
        "ēja",
        "ējas",
    ),
    "ru": (
        "ние",
        "ния",
        "нию",
        "нием",
        "нии",
        "ний",
        "ция",
        "ции",
        "цию",
        "цией",
        "ость",
        "ости",
        "ство",
        "ства",
        "ству",
        "ством",
        "стве",
        "ение",
    ),
    "en": (
        "tion",
        "tions",
        "sion",
        "sions",
        "ment",
        "ments",
        "ance",
        "ances",
        "ence",
        "ences",
        "ity",
        "ities",
        "ure",
        "ures",
    ),
}
_NOMINAL_WEAK: dict[str, tuple[str, ...]] = {
    "lv": ("as", "es", "us", "a", "u"),
    "ru": ("а", "я", "ы", "и", "ов", "ей", "ого", "его", "ой", "ых", "их"),
    "en": (),
}
_AUXILIARIES = _LV_AUX | frozenset({"ir", "bija", "būs", "был", "была", "было", "были", "будет"})
_EN_CONNECTORS = frozenset({"of", "the", "a", "an"})


def _check_nominal(ctx: Context, sentence: Sentence, lowers: list[str], lang: str) -> None:
    words = sentence.words
    strong_end = _NOMINAL_STRONG.get(lang)
    if not strong_end:
        return
    if lang == "en":
        _check_nominal_en(ctx, sentence, strong_end)
        return
    # A chain needs two strong nominals: most sentences have fewer.
    if sum(1 for low in lowers if low.endswith(strong_end)) < 2:
        return
    weak_end = _NOMINAL_WEAK[lang] + strong_end
    text = ctx.text
    # Words that can be part of a chain, in order; runs are consecutive indices.
    links = [
        i
        for i, low in enumerate(lowers)
        if len(low) >= 5
        and low.endswith(weak_end)
        and words[i].kind == WORD
        and (i == 0 or lowers[i - 1] not in _AUXILIARIES)
    ]
    run: list[int] = []
    for i in links:
        if run and i == run[-1] + 1:
            prev_end, start = words[i - 1].end, words[i].start
            if start - prev_end == 1 or not text[prev_end:start].strip():
                run.append(i)
                continue
        _flush_nominal(ctx, sentence, words, lowers, run, strong_end)
        run = [i]
    _flush_nominal(ctx, sentence, words, lowers, run, strong_end)


def _flush_nominal(
    ctx: Context,
    sentence: Sentence,
    words: list[Token],
    lowers: list[str],
    run: list[int],
    strong_end: tuple[str, ...],
) -> None:
    if len(run) >= 3 and sum(1 for i in run if lowers[i].endswith(strong_end)) >= 2:
        ctx.add("nominal-style", words[run[0]].start, words[run[-1]].end, "use-verb", sentence=sentence.index)


def _check_nominal_en(ctx: Context, sentence: Sentence, strong_end: tuple[str, ...]) -> None:
    words = sentence.words
    text = ctx.text
    i, n = 0, len(words)
    while i < n:
        low = words[i].lower
        if not (len(low) >= 6 and low.endswith(strong_end)):
            i += 1
            continue
        last_strong, strong, has_of, j = i, 1, False, i + 1
        while j < n and not text[words[j - 1].end : words[j].start].strip():
            cand = words[j].lower
            if cand in _EN_CONNECTORS:
                has_of = has_of or cand == "of"
            elif len(cand) >= 6 and cand.endswith(strong_end):
                strong += 1
                last_strong = j
            else:
                break
            j += 1
        if strong >= 3 or (strong >= 2 and has_of):
            ctx.add(
                "nominal-style", words[i].start, words[last_strong].end, "use-verb", sentence=sentence.index
            )
            i = last_strong + 1
        else:
            i += 1


# --- Double negatives ------------------------------------------------------------

_NEGATORS: dict[str, frozenset[str]] = {
    "lv": frozenset({"nav", "nebūs", "nebija", "nevar", "nedrīkst", "nevajag", "ne"}),
    "en": frozenset(
        {
            "not",
            "never",
            "no",
            "cannot",
            "can't",
            "don't",
            "doesn't",
            "won't",
            "isn't",
            "aren't",
            "wasn't",
            "weren't",
            "shouldn't",
            "mustn't",
            "didn't",
            "nor",
        }
    ),
    "ru": frozenset({"не", "нет", "нельзя"}),
}
_LV_CONCORD = ("neviens", "nevien", "nekas", "neko", "nekā", "nekad", "nekur", "nekād", "nedz")
_LV_NOT_NEGATION = (
    "nepieciešam",
    "nekustam",
    "nelaim",
    "neatliekam",
    "nedēļ",
    "nervoz",
    "neto",
    "netto",
    "neredzīg",
    "nedzirdīg",
    "nepilngadīg",
    "neatkarīg",
    "nekavēj",
)
_EN_NEGATIVE_WORDS = frozenset(
    {
        "unlikely",
        "uncommon",
        "unusual",
        "unreasonable",
        "unnecessary",
        "unimportant",
        "unhelpful",
        "unknown",
        "unaware",
        "unable",
        "unwilling",
        "impossible",
        "improbable",
        "incorrect",
        "invalid",
        "ineligible",
        "insignificant",
        "infrequent",
        "illegal",
        "irrelevant",
        "irregular",
        "without",
        "dissimilar",
        "unlike",
        "unclear",
        "incomplete",
        "inaccurate",
        "unacceptable",
    }
)
_RU_NOT_NEGATION = ("нес", "нед", "нем")


def _check_double_negative(ctx: Context, sentence: Sentence, lowers: list[str], lang: str) -> None:
    negators = _NEGATORS.get(lang)
    if not negators:
        return
    words = sentence.words
    n = len(words)
    for i, low in enumerate(lowers):
        if low not in negators:
            continue
        for j in (i + 1, i + 2):
            if j >= n:
                break
            cand = lowers[j]
            if _is_negative(cand, lang, low):
                ctx.add(
                    "double-negative", words[i].start, words[j].end, "say-positively", sentence=sentence.index
                )
                return


def _is_negative(word: str, lang: str, negator: str) -> bool:
    if lang == "en":
        return word in _EN_NEGATIVE_WORDS
    if lang == "lv":
        if word == "bez":
            return negator == "ne"
        return (
            len(word) >= 6
            and word.startswith("ne")
            and not word.startswith(_LV_CONCORD)
            and not word.startswith(_LV_NOT_NEGATION)
        )
    if lang == "ru":
        if word == "без":
            return negator == "не"
        return len(word) >= 6 and word.startswith("не") and not word.startswith(_RU_NOT_NEGATION)
    return False


def rule_ids(easy_read: bool = False) -> Iterable[str]:
    """The ids of the rules that run in a mode."""
    return [r.id for r in RULES.values() if easy_read or not r.easy_read_only]
