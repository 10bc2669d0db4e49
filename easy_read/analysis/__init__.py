"""easy_read.analysis: a plain-language coach for Latvian, English and Russian.

Pure Python, no Django. The one entry point most callers need::

    from easy_read.analysis import analyse
    report = analyse("Iesniegums tiek izskatīts ...", lang="lv")
    report.level, report.lix, [i.rule for i in report.issues]
    report.to_dict()   # the JSON contract of `python -m easy_read --json`

Offsets (``Issue.start`` / ``Issue.end``) index the analysed text in Python
code points. For HTML input they index the visible text (``Report.text``) and
``source_start`` / ``source_end`` index the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import messages
from .html import VisibleText, html_to_text
from .langdetect import DEFAULT_LANG, detect, detect_mixed, detect_paragraph
from .lexicon import LANGUAGES
from .metrics import (
    LEVEL_BANDS,
    LEVELS,
    READING_WPM,
    level_for,
    level_rank,
    lix,
    reading_minutes,
    reading_seconds,
)
from .rules import EASY_READ, NORMAL, RULES, Context, Issue, run_rules
from .tokenise import Document, tokenise

__all__ = [
    "DEFAULT_LANG",
    "LANGUAGES",
    "LEVELS",
    "LEVEL_BANDS",
    "READING_WPM",
    "RULES",
    "Issue",
    "Report",
    "analyse",
    "detect",
    "html_to_text",
    "level_for",
    "level_rank",
    "messages",
]


@dataclass(slots=True)
class Report:
    """The result of one analysis. ``to_dict()`` gives the stable JSON shape."""

    lang: str
    words: int
    sentences: int
    lix: float
    level: str | None
    issues: list[Issue]
    paragraphs: int = 0
    long_words: int = 0
    reading_seconds: int = 0
    easy_read: bool = False
    messages_lang: str = "en"
    #: Words per language when the text mixes languages.
    languages: dict[str, int] = field(default_factory=dict)
    #: The analysed text (the visible text for HTML input).
    text: str = ""
    #: (start, end) of every sentence, indexed by ``Issue.sentence``.
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def avg_sentence_length(self) -> float:
        return round(self.words / self.sentences, 1) if self.sentences else 0.0

    @property
    def long_word_share(self) -> float:
        return round(self.long_words / self.words, 3) if self.words else 0.0

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.reading_seconds)

    @property
    def level_rank(self) -> int:
        return level_rank(self.level)

    @property
    def level_label(self) -> str:
        return messages.level_label(self.level, self.messages_lang)

    def flagged_sentences(self) -> list[dict[str, object]]:
        """Sentences with at least one issue, in text order, each with its issues."""
        by_sentence: dict[int, list[Issue]] = {}
        for issue in self.issues:
            if issue.sentence is not None:
                by_sentence.setdefault(issue.sentence, []).append(issue)
        out: list[dict[str, object]] = []
        for index in sorted(by_sentence):
            start, end = self.sentence_spans[index]
            out.append(
                {
                    "index": index,
                    "start": start,
                    "end": end,
                    "text": self.text[start:end],
                    "issues": by_sentence[index],
                }
            )
        return out

    def to_dict(self) -> dict[str, object]:
        """The JSON contract: lang, words, sentences, lix, level, issues, plus extras."""
        return {
            "lang": self.lang,
            "words": self.words,
            "sentences": self.sentences,
            "lix": self.lix,
            "level": self.level,
            "issues": [issue.to_dict() for issue in self.issues],
            "paragraphs": self.paragraphs,
            "long_words": self.long_words,
            "long_word_share": self.long_word_share,
            "avg_sentence_length": self.avg_sentence_length,
            "reading_seconds": self.reading_seconds,
            "reading_minutes": self.reading_minutes,
            "easy_read": self.easy_read,
            "languages": self.languages,
            "messages_lang": self.messages_lang,
        }


def analyse(
    text: str,
    lang: str | None = None,
    easy_read: bool = False,
    html: bool = False,
    *,
    messages_lang: str | None = None,
) -> Report:
    """Analyse ``text`` and return a :class:`Report`.

    ``lang``: ``lv``, ``en`` or ``ru``; ``None`` detects the language, paragraph
    by paragraph when the text mixes languages. ``easy_read`` applies the
    stricter easy-to-read rules. ``html`` treats the input as rich-text HTML.
    ``messages_lang`` is the reader's language for messages (``lv`` or ``en``);
    by default Latvian for Latvian text and English otherwise.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    visible: VisibleText | None = None
    if html:
        visible = html_to_text(text)
        text = visible.text
    if lang is not None:
        lang = lang.split("-")[0].split("_")[0].lower()
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")
        doc = tokenise(text, lang)
    else:
        lang, mixed = detect_mixed(text)
        document_lang = lang
        if mixed:
            doc = tokenise(text, lang, lang_of=lambda para: detect_paragraph(para, document_lang))
        else:
            doc = tokenise(text, lang)
    mlang = messages.message_lang(messages_lang or lang)
    report = _measure(doc, lang, easy_read, mlang)
    ctx = Context(
        text=text,
        doc=doc,
        easy_read=easy_read,
        mlang=mlang,
        limits=EASY_READ if easy_read else NORMAL,
        visible=visible,
    )
    report.issues = run_rules(ctx)
    if visible is not None:
        for issue in report.issues:
            issue.source_start, issue.source_end = visible.source_span(issue.start, issue.end)
    return report


def _measure(doc: Document, lang: str, easy_read: bool, mlang: str) -> Report:
    words = sentences = long_words = 0
    by_lang: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for para in doc.paragraphs:
        para_words = 0
        for sentence in para.sentences:
            spans.append((sentence.start, sentence.end))
            para_words += len(sentence.words)
            long_words += sentence.long_words
        sentences += len(para.sentences)
        words += para_words
        by_lang[para.lang] = by_lang.get(para.lang, 0) + para_words
    if by_lang:
        lang = max(by_lang, key=lambda k: by_lang[k])
    score = lix(words, sentences, long_words)
    return Report(
        lang=lang,
        words=words,
        sentences=sentences,
        lix=score,
        level=level_for(score, words),
        issues=[],
        paragraphs=len(doc.paragraphs),
        long_words=long_words,
        reading_seconds=reading_seconds(by_lang),
        easy_read=easy_read,
        messages_lang=mlang,
        languages={k: v for k, v in by_lang.items() if v},
        text=doc.text,
        sentence_spans=spans,
    )
