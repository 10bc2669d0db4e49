"""Template helpers: labels from the core's catalogue, reports for a page."""

from django import template

from ..analysis import LEVEL_BANDS, READING_WPM, messages
from ..service import admin_language, analyse_latest, analysis_payload

register = template.Library()


@register.simple_tag
def easy_read_label(key):
    """A UI label in the admin user's language (lv or en)."""
    return messages.ui(key, admin_language())


@register.simple_tag
def easy_read_level_bands():
    """[(label, range text)] for the explainer, built from the one set of bands."""
    mlang = admin_language()
    bands = []
    lower = None
    for bound, level in LEVEL_BANDS:
        if lower is None:
            span = messages.ui("under", mlang, n=int(bound))
        elif bound == float("inf"):
            span = messages.ui("from", mlang, n=int(lower))
        else:
            span = f"{int(lower)}–{int(bound)}"
        bands.append((messages.level_label(level, mlang), span))
        lower = bound
    return bands


@register.simple_tag
def easy_read_reading_explainer():
    mlang = admin_language()
    speeds = ", ".join(f"{messages.language_name(code, mlang)} {wpm}" for code, wpm in READING_WPM.items())
    return messages.ui("explain-reading", mlang, speeds=speeds)


@register.simple_tag
def easy_read_page_report(page):
    """The plain-language payload for a page's latest revision (for reviewers)."""
    if page is None:
        return None
    mlang = admin_language()
    return analysis_payload(analyse_latest(page, messages_lang=mlang), mlang)
