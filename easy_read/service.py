"""Thin glue between pages and the pure analysis: which text, which languages.

Every Wagtail surface (editor panel, checks panel, userbar, workflow task,
report) goes through :func:`analyse_fields`, so they all show the same numbers
for the same text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.utils import formats, translation
from django.utils.functional import lazy

from .analysis import LANGUAGES, Report, analyse, messages
from .analysis.rules import RULES
from .page_text import FieldText, fields_html, page_fields

#: Flagged sentences sent to the editor panel; the rest are counted.
MAX_FLAGGED = 40


@dataclass(slots=True)
class PageAnalysis:
    report: Report
    #: The easy-to-read version (ServicePage.easy_read), checked with the strict rules.
    easy_read: Report | None = None


def content_language(locale) -> str | None:
    """The analysis language of a Wagtail locale (``None``: detect)."""
    code = getattr(locale, "language_code", "") or ""
    short = code.split("-")[0].lower()
    return short if short in LANGUAGES else None


def admin_language() -> str:
    """The admin user's language for messages (Wagtail activates it per request)."""
    return messages.message_lang(translation.get_language())


def _panel_title() -> str:
    return messages.ui("panel-title", admin_language())


#: "Plain language" in the admin user's language, evaluated when shown.
PANEL_TITLE = lazy(_panel_title, str)()


def analyse_fields(fields: list[FieldText], lang: str | None, messages_lang: str) -> PageAnalysis:
    main = analyse(fields_html(fields), lang=lang, html=True, messages_lang=messages_lang)
    easy_html = fields_html(fields, easy_read=True)
    easy = None
    if easy_html:
        easy = analyse(easy_html, lang=lang, html=True, easy_read=True, messages_lang=messages_lang)
    return PageAnalysis(report=main, easy_read=easy)


def analyse_page(page, messages_lang: str | None = None) -> PageAnalysis:
    """Analyse a page instance (saved, a revision, or a preview)."""
    return analyse_fields(page_fields(page), content_language(page.locale), messages_lang or admin_language())


def analyse_latest(obj, messages_lang: str | None = None) -> PageAnalysis:
    """The analysis of the content under review: ``obj``'s latest revision.

    Kept on ``obj`` for that revision: a workflow request asks the task whether
    the page may be approved and then shows the reviewer the same report.
    """
    revision = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    if revision is None:
        return analyse_page(obj, messages_lang)
    key = (revision.pk, messages_lang or admin_language())
    cached = getattr(obj, "_easy_read_latest", None)
    if cached is None or cached[0] != key:
        cached = (key, analyse_page(revision.as_object(), key[1]))
        obj._easy_read_latest = cached
    return cached[1]


def report_payload(report: Report, mlang: str, max_flagged: int = MAX_FLAGGED) -> dict:
    """The JSON the editor panel and the checks panel render."""
    ui = messages.ui
    flagged = []
    by_rule = Counter(issue.rule for issue in report.issues)
    sentences = report.flagged_sentences()
    # Paragraph-level issues (long paragraphs, italics) have no sentence.
    loose = [i for i in report.issues if i.sentence is None]
    entries = [(s["start"], s["text"], s["issues"]) for s in sentences]
    entries += [(i.start, _excerpt(i.text), [i]) for i in loose]
    entries.sort(key=lambda e: e[0])
    for start, text, issues in entries[:max_flagged]:
        flagged.append(
            {
                "start": start,
                "text": text,
                "issues": [
                    {
                        "rule": i.rule,
                        "title": messages.rule_title(i.rule, mlang),
                        "text": _excerpt(i.text),
                        "message": i.render(mlang),
                        "suggestion": i.suggestion,
                        "severity": i.severity,
                    }
                    for i in issues
                ],
            }
        )
    return {
        "lang": report.lang,
        "words": report.words,
        "sentences": report.sentences,
        "lix": report.lix,
        "lix_label": formats.number_format(report.lix, 1),
        "level": report.level,
        "level_label": messages.level_label(report.level, mlang),
        "level_rank": report.level_rank,
        "reading_minutes": report.reading_minutes,
        "reading_label": ui("minutes", mlang, n=report.reading_minutes),
        "issue_count": len(report.issues),
        "by_rule": [
            {"rule": rule, "title": messages.rule_title(rule, mlang), "count": by_rule[rule]}
            for rule in RULES
            if rule in by_rule
        ],
        "flagged": flagged,
        "more": max(0, len(entries) - max_flagged),
        "more_label": ui("more", mlang, n=max(0, len(entries) - max_flagged)),
        "analysed_in": ui("analysed-in", mlang, language=messages.language_name(report.lang, mlang)),
    }


def analysis_payload(analysis: PageAnalysis, mlang: str) -> dict:
    data = report_payload(analysis.report, mlang)
    data["easy_read"] = report_payload(analysis.easy_read, mlang) if analysis.easy_read is not None else None
    data["labels"] = {
        key: messages.ui(key, mlang)
        for key in (
            "panel-title",
            "level",
            "lix",
            "words",
            "sentences",
            "reading-time",
            "flagged",
            "checking",
            "no-issues",
            "no-text",
            "easy-read-version",
            "error",
            "suggestion",
        )
    }
    return data


def _excerpt(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
