"""Split text into paragraphs, sentences and words, keeping exact offsets.

Every object carries ``start``/``end`` offsets into the text it was given, so
rules can point at exact spans. The splitter knows abbreviations per language
(``piem.``, ``t.sk.``, ``Nr.``, ``e.g.``, ``т.е.``), Latvian ordinals and dates
(``2025. gada 1. martā``, ``15.03.2025.``), times (``9.00``, ``10:30``), URLs,
e-mail addresses, list items and headings, so that sentence counts are right.

All regular expressions here have bounded backtracking: the splitter runs in
linear time, which matters for the 1 MB inputs an auditor may paste.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, get_lexicon

#: A word is "long" for LIX when it has more letters than this.
LONG_WORD_LETTERS = 6

# Token kinds. Everything except PUNCT counts as a word for the metrics.
WORD = "word"
NUMBER = "number"
DATE = "date"
TIME = "time"
URL = "url"
EMAIL = "email"
ABBR = "abbr"
PUNCT = "punct"

_TLDS = frozenset("lv eu com org net gov ru uk ee lt de info edu int io".split())
# Words come first: they are most tokens, and every alternative tried before the
# one that matches costs time. Words swallow inner dots and "@" ("t.sk",
# "info@jelgava.lv", "latvija.gov.lv"); _scan() sorts those rare chunks into
# e-mails, URLs, abbreviations or split words, and turns "https" + "://" into a URL.
_TOKEN = re.compile(
    r"""
    (?P<word>[^\W\d_]\w*(?:[-'’‐‑.@+]\w+)*)
   |(?P<punct>[.!?…]+)
   |(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4}\.?(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}(?!\d))
   |(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?!\d))
   |(?P<numword>\d+[-‐‑][^\W\d_]\w*)
   |(?P<number>[+-]?\d{1,3}(?:[\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d+)?|[+-]?\d+(?:[.,:]\d+)*%?)
    """,
    re.VERBOSE,
)
_URL = re.compile(r"https?://[^\s<>\"]{0,2000}[^\s<>\".,;:!?)\]'’”»]")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_URL_PATH = re.compile(r"/[^\s<>\"]{0,2000}[^\s<>\".,;:!?)\]'’”»]")
_DOT_PARTS = re.compile(r"[^.]+|\.")


def _scan(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` in order."""
    tokens: list[Token] = []
    append = tokens.append
    skip_to = start
    for m in _TOKEN.finditer(text, start, end):
        s = m.start()
        if s < skip_to:
            continue
        e = m.end()
        kind = m.lastgroup or WORD
        chunk = m.group()
        if kind == "numword":
            kind = WORD
        elif kind == WORD and (chunk == "https" or chunk == "http") and text.startswith("://", e):
            url = _URL.match(text, s, end)
            if url:
                append(Token(s, url.end(), url.group(), URL))
                skip_to = url.end()
                continue
        if kind == WORD and ("." in chunk or "@" in chunk):
            _scan_chunk(text, s, e, end, chunk, tokens)
            skip_to = tokens[-1].end if tokens else e
            continue
        append(Token(s, e, chunk, kind))
    return tokens


def _scan_chunk(text: str, s: int, e: int, end: int, chunk: str, tokens: list[Token]) -> None:
    if "@" in chunk:
        em = _EMAIL.fullmatch(chunk)
        tokens.append(Token(s, e, chunk, EMAIL if em else WORD))
        return
    labels = chunk.split(".")
    if labels[-1].lower() in _TLDS or chunk.lower().startswith("www."):
        path = _URL_PATH.match(text, e, end)
        if path:
            e = path.end()
        tokens.append(Token(s, e, text[s:e], URL))
        return
    if all(len(label) <= 4 and label.isalpha() for label in labels):
        tokens.append(Token(s, e, chunk, WORD))  # "t.sk", "u.c", "т.д": the dot follows
        return
    # "beigas.Tālāk": a missing space after a full stop.
    for part in _DOT_PARTS.finditer(chunk):
        ps, pe = s + part.start(), s + part.end()
        tokens.append(Token(ps, pe, part.group(), PUNCT if part.group() == "." else WORD))


# A list marker at the start of a line: "- ", "• ", "1. ", "2) ", "a) ".
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•–·▪◦‣]|\d{1,3}[.)]|[a-zA-Zа-яА-Я][.)])[ \t]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_TERMINAL = frozenset(".!?…")
_OPEN_QUOTES = "\"'“„«‘(["


class Token:
    """One word-like token (or a run of sentence punctuation).

    A plain slotted class rather than a dataclass: a page has thousands of
    tokens and construction cost is most of the tokeniser's time.
    """

    __slots__ = ("start", "end", "text", "kind", "lower", "letters")

    def __init__(self, start: int, end: int, text: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.lower = text.lower()
        if kind == WORD or kind == ABBR:
            self.letters = len(text) if text.isalpha() else sum(1 for ch in text if ch.isalpha())
        else:
            self.letters = 0

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.kind!r})"


@dataclass(slots=True)
class Sentence:
    """A sentence, a heading or a list item: a unit that ends a thought."""

    start: int
    end: int
    words: list[Token]
    paragraph: int
    kind: str = "sentence"  # "sentence", "heading" or "list-item"
    index: int = -1
    #: Words with more than LONG_WORD_LETTERS letters (the LIX count).
    long_words: int = 0


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    lang: str = ""
    index: int = -1


@dataclass(slots=True)
class Document:
    text: str
    paragraphs: list[Paragraph]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: text separated by blank lines, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Split a paragraph into lines that must end a sentence (list items, headings).

    A single line break ends a sentence when the next line starts a list item or
    starts with a capital letter or digit, or when the line ends with a colon.
    A break before a lower-case word is a hard wrap inside a sentence.
    """
    segments: list[tuple[int, int, str]] = []
    seg_start = start
    seg_kind = "sentence"
    marker = _LIST_MARKER.match(text, start, end)
    if marker and marker.end() < end:
        seg_kind, seg_start = "list-item", marker.end()
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        nxt = nl + 1
        while nxt < end and text[nxt] in " \t\r":
            nxt += 1
        if nxt >= end:
            break
        line_end = nl
        while line_end > seg_start and text[line_end - 1] in " \t\r":
            line_end -= 1
        next_marker = _LIST_MARKER.match(text, nxt, end)
        first = text[nxt]
        last = text[line_end - 1] if line_end > seg_start else ""
        hard = (
            next_marker is not None
            or seg_kind == "list-item"
            or first.isupper()
            or first.isdigit()
            or last in ":;"
            or first in _OPEN_QUOTES
        )
        if hard:
            if line_end > seg_start:
                kind = seg_kind
                if kind == "sentence" and last not in _TERMINAL and last not in ":;,":
                    kind = "heading"
                segments.append((seg_start, line_end, kind))
            if next_marker is not None and next_marker.end() < end:
                seg_kind, seg_start = "list-item", next_marker.end()
            else:
                seg_kind, seg_start = "sentence", nxt
        pos = nxt
    if seg_start < end:
        segments.append((seg_start, end, seg_kind))
    return segments


def tokenise(text: str, lang: str = "lv", *, lang_of: object = None) -> Document:
    """Tokenise ``text`` into a :class:`Document` of paragraphs, sentences and words.

    ``lang_of`` may be a callable ``(paragraph_text) -> lang`` used to pick each
    paragraph's language (for abbreviations) in mixed-language text.
    """
    paragraphs: list[Paragraph] = []
    for p_start, p_end in split_paragraphs(text):
        p_lang = lang
        if callable(lang_of):
            p_lang = lang_of(text[p_start:p_end])
        lexicon = get_lexicon(p_lang)
        para = Paragraph(start=p_start, end=p_end, lang=p_lang, index=len(paragraphs))
        for s_start, s_end, kind in _segments(text, p_start, p_end):
            _split_sentences(text, s_start, s_end, kind, lexicon, para)
        if p_end - p_start and not para.sentences:
            continue
        if para.sentences and len(para.sentences) == 1 and para.sentences[0].kind == "sentence":
            only = para.sentences[0]
            if text[only.end - 1] not in _TERMINAL and len(only.words) <= 12:
                only.kind = "heading"
        paragraphs.append(para)
    index = 0
    for para in paragraphs:
        for sentence in para.sentences:
            sentence.index = index
            index += 1
    return Document(text=text, paragraphs=paragraphs)


def _split_sentences(text: str, start: int, end: int, kind: str, lexicon: Lexicon, para: Paragraph) -> None:
    tokens = _scan(text, start, end)
    non_terminal = lexicon.abbreviations_non_terminal
    terminal_ok = lexicon.abbreviations_terminal
    # Only punctuation and dates that end in a dot can end a sentence; the words
    # between them are copied in slices.
    specials = [i for i, t in enumerate(tokens) if t.kind == PUNCT or (t.kind == DATE and t.text[-1] == ".")]
    words: list[Token] = []
    last = 0
    for i in specials:
        if i > last:
            words.extend(tokens[last:i])
        last = i + 1
        tok = tokens[i]
        if tok.kind == DATE:
            # "Samaksa līdz 15.03.2025. Nākamais teikums."
            words.append(tok)
            if _next_starts_sentence(text, tokens, i + 1, end, strict=True):
                _close(text, words[0].start, tok.end, words, kind, para)
                words = []
            continue
        prev = tokens[i - 1] if i > 0 else None
        if tok.text == "." and prev is not None and prev.end == tok.start and prev.kind != PUNCT:
            key = prev.lower + "."
            if key in non_terminal or (prev.kind == WORD and len(prev.text) == 1 and prev.text.isupper()):
                _absorb(prev, tok)
                continue
            if key in terminal_ok:
                _absorb(prev, tok)
                if words and _next_starts_sentence(text, tokens, i + 1, end, strict=True):
                    _close(text, words[0].start, prev.end, words, kind, para)
                    words = []
                continue
            if prev.kind == NUMBER and not _next_starts_sentence(text, tokens, i + 1, end, strict=True):
                continue  # Latvian ordinal: "1. martā", "2025. gada".
        strict = "?" not in tok.text and "!" not in tok.text
        if _next_starts_sentence(text, tokens, i + 1, end, strict=strict):
            if words:
                _close(text, words[0].start, tok.end, words, kind, para)
            words = []
    if last < len(tokens):
        words.extend(tokens[last:])
    if words:
        _close(text, words[0].start, words[-1].end, words, kind, para, trailing_end=end)


def _absorb(word: Token, dot: Token) -> None:
    word.end = dot.end
    word.text = word.text + "."
    word.lower = word.lower + "."
    if word.kind == WORD:
        word.kind = ABBR


def _next_starts_sentence(text: str, tokens: list[Token], j: int, end: int, *, strict: bool) -> bool:
    """Does the token at ``j`` start a new sentence (after a terminal mark)?"""
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    prev_end = tokens[j - 1].end
    gap = text[prev_end : nxt.start]
    if not gap:
        return False
    if not any(ch.isspace() for ch in gap):
        # "beigas.”Nākamais" has no space: only quotes and brackets may stand between.
        return False
    if nxt.kind == PUNCT:
        return False
    first = nxt.text[0]
    if strict:
        return not first.islower()
    return True


def _close(
    text: str,
    start: int,
    end: int,
    words: list[Token],
    kind: str,
    para: Paragraph,
    trailing_end: int | None = None,
) -> None:
    if not words:
        return
    if trailing_end is not None:
        # Keep a closing quote or bracket that ends the segment inside the sentence.
        tail = text[end:trailing_end]
        if tail and not tail.strip(" \t\"'”’»)]:;,–—-"):
            end = trailing_end
            while end > start and text[end - 1].isspace():
                end -= 1
    para.sentences.append(
        Sentence(
            start=start,
            end=end,
            words=words,
            paragraph=para.index,
            kind=kind,
            long_words=sum(1 for w in words if w.letters > LONG_WORD_LETTERS),
        )
    )
