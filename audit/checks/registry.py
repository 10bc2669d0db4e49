"""Our own audit rules (``er-...``) in one place, and the WCAG -> EN 301 549 -> VARAM map.

Every finding carries WCAG success criteria, EN 301 549 clauses and one of
VARAM's eleven simplified-evaluation aspects. axe-core findings get theirs from
the rule's tags; ours get them from :data:`RULES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: VARAM's simplified evaluation: the eleven aspects (slug -> Latvian and English name).
VARAM_ASPECTS: dict[str, tuple[str, str]] = {
    "navigation": ("Galvenā navigācija", "Main navigation"),
    "structure": ("Lapas struktūra un orientieri", "Page structure and landmarks"),
    "keyboard": ("Tastatūras piekļuve un redzams fokuss", "Keyboard access and visible focus"),
    "forms": ("Formu lauki un kļūdu paziņojumi", "Form fields and error messages"),
    "text-alternatives": ("Teksta alternatīvas", "Text alternatives"),
    "headings": ("Virsraksti", "Headings"),
    "contrast": ("Kontrasts", "Contrast"),
    "text-zoom": ("Teksta palielināšana", "Text zoom"),
    "page-titles": ("Lapu nosaukumi", "Page titles"),
    "moving-content": ("Kustīgs vai mirgojošs saturs", "Moving or flashing content"),
    "multimedia": ("Multivides alternatīvas", "Multimedia alternatives"),
}

_CRITERION_ASPECT: list[tuple[str, str]] = [
    ("1.1.1", "text-alternatives"),
    ("1.2.", "multimedia"),
    ("1.4.2", "moving-content"),
    ("1.4.3", "contrast"), ("1.4.6", "contrast"), ("1.4.11", "contrast"), ("1.4.1", "contrast"),
    ("1.4.4", "text-zoom"), ("1.4.10", "text-zoom"), ("1.4.12", "text-zoom"),
    ("1.4.8", "text-zoom"),
    ("1.3.5", "forms"), ("3.3.", "forms"), ("3.2.2", "forms"),
    ("1.3.", "structure"), ("2.4.1", "structure"), ("3.1.", "structure"),
    ("2.4.2", "page-titles"),
    ("2.4.6", "headings"), ("2.4.10", "headings"),
    ("2.4.4", "navigation"), ("2.4.5", "navigation"), ("2.4.9", "navigation"),
    ("3.2.3", "navigation"), ("3.2.4", "navigation"), ("3.2.6", "navigation"),
    ("2.1.", "keyboard"), ("2.4.3", "keyboard"), ("2.4.7", "keyboard"), ("2.4.11", "keyboard"),
    ("2.4.13", "keyboard"), ("2.5.", "keyboard"),
    ("2.2.", "moving-content"), ("2.3.", "moving-content"),
    ("4.1.", "forms"),
]

#: axe rules whose aspect is clearer from the rule than from its criteria.
AXE_RULE_ASPECT = {
    "heading-order": "headings", "empty-heading": "headings", "page-has-heading-one": "headings",
    "p-as-heading": "headings", "document-title": "page-titles",
    "landmark-one-main": "structure", "region": "structure", "bypass": "structure",
    "skip-link": "structure", "landmark-unique": "structure", "list": "structure",
    "listitem": "structure", "html-has-lang": "structure", "html-lang-valid": "structure",
    "link-name": "navigation", "link-in-text-block": "contrast",
    "button-name": "forms", "label": "forms", "select-name": "forms",
    "image-alt": "text-alternatives", "input-image-alt": "text-alternatives",
    "role-img-alt": "text-alternatives", "svg-img-alt": "text-alternatives",
    "video-caption": "multimedia", "audio-caption": "multimedia",
    "scrollable-region-focusable": "keyboard", "tabindex": "keyboard",
    "target-size": "keyboard", "meta-viewport": "text-zoom", "meta-viewport-large": "text-zoom",
    "marquee": "moving-content", "blink": "moving-content", "meta-refresh": "moving-content",
}


def aspect_for(criteria: list[str], rule: str = "") -> str | None:
    if rule in AXE_RULE_ASPECT:
        return AXE_RULE_ASPECT[rule]
    for criterion in criteria:
        for prefix, aspect in _CRITERION_ASPECT:
            if criterion == prefix or (prefix.endswith(".") and criterion.startswith(prefix)):
                return aspect
    return None


def en_clauses(criteria: list[str]) -> list[str]:
    """EN 301 549 clause 9 mirrors WCAG: 1.4.3 -> 9.1.4.3."""
    return [f"9.{c}" for c in criteria]


_WCAG_TAG = re.compile(r"^wcag(\d)(\d)(\d{1,2})$")


def criteria_from_tags(tags: list[str]) -> list[str]:
    """axe tags ``wcag111``, ``wcag1410`` -> ``1.1.1``, ``1.4.10``."""
    out = []
    for tag in tags:
        m = _WCAG_TAG.match(tag)
        if m:
            out.append(".".join(m.groups()))
    return out


def en_from_tags(tags: list[str]) -> list[str]:
    return [t[3:] for t in tags if t.startswith("EN-9.")]


UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    outcome: str
    impact: str
    title: str
    wcag: tuple[str, ...] = ()
    varam: str | None = None
    help_url: str = ""
    #: Why the rule exists when no WCAG AA criterion requires it.
    note: str = ""
    en301549: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.en301549:
            object.__setattr__(self, "en301549", tuple(en_clauses(list(self.wcag))))


def _u(slug: str) -> str:
    return UNDERSTANDING + slug + ".html"


#: Every rule of our own. ``outcome`` is the default; a check may downgrade a
#: finding to needs-review when it is unsure.
RULES: dict[str, Rule] = {r.id: r for r in [
    # typography
    Rule("er-text-small", "typography", "violation", "moderate",
         "Body text smaller than 14 px", ("1.4.4",), "text-zoom", _u("resize-text"),
         "Older readers: body text of 16 px or more; below 14 px is a barrier."),
    Rule("er-text-justified", "typography", "violation", "minor",
         "Justified text", ("1.4.8",), "text-zoom", _u("visual-presentation"),
         "Uneven word spacing makes text hard to read for people with dyslexia."),
    Rule("er-text-italic-long", "typography", "needs-review", "minor",
         "Long run of italic text", (), "text-zoom", _u("visual-presentation"),
         "Easy-to-read guidelines: no italics for running text."),
    Rule("er-text-all-caps", "typography", "needs-review", "minor",
         "Long run of ALL CAPS text", (), "text-zoom", _u("visual-presentation"),
         "Easy-to-read guidelines: capitals are slower to read."),
    Rule("er-line-too-long", "typography", "needs-review", "minor",
         "Lines longer than about 100 characters", ("1.4.8",), "text-zoom",
         _u("visual-presentation")),
    Rule("er-line-height-tight", "typography", "needs-review", "minor",
         "Line height below 1.3 in running text", ("1.4.8",), "text-zoom",
         _u("visual-presentation")),
    # links
    Rule("er-link-vague", "links", "needs-review", "moderate",
         "Link text does not say where it leads (\"here\", \"read more\")",
         ("2.4.4",), "navigation", _u("link-purpose-in-context")),
    Rule("er-link-new-window", "links", "needs-review", "minor",
         "Link opens a new window without saying so", ("3.2.5",), "navigation",
         _u("change-on-request")),
    Rule("er-link-document-format", "links", "violation", "minor",
         "Document link does not name the format and size", ("2.4.4",), "navigation",
         _u("link-purpose-in-context")),
    Rule("er-link-same-text", "links", "needs-review", "moderate",
         "The same link text leads to different places", ("2.4.4", "3.2.4"), "navigation",
         _u("consistent-identification")),
    Rule("er-link-broken", "http", "violation", "serious",
         "Link to a page of this site that does not work", ("2.4.4",), "navigation",
         _u("link-purpose-in-context")),
    # media
    Rule("er-video-no-captions", "media", "violation", "critical",
         "Video without a captions track", ("1.2.2",), "multimedia", _u("captions-prerecorded")),
    Rule("er-audio-no-transcript", "media", "needs-review", "serious",
         "Audio without a transcript nearby", ("1.2.1",), "multimedia",
         _u("audio-only-and-video-only-prerecorded")),
    Rule("er-media-autoplay", "media", "violation", "serious",
         "Media starts playing by itself", ("1.4.2", "2.2.2"), "moving-content",
         _u("audio-control")),
    Rule("er-embedded-video-review", "media", "needs-review", "moderate",
         "Embedded video player: check captions and transcript by hand", ("1.2.2",),
         "multimedia", _u("captions-prerecorded")),
    # layout
    Rule("er-reflow-320", "layout", "violation", "serious",
         "Page scrolls sideways at 320 px width", ("1.4.10",), "text-zoom", _u("reflow")),
    Rule("er-text-resize-clipped", "layout", "violation", "serious",
         "Text is cut off when text is made 200% larger", ("1.4.4",), "text-zoom",
         _u("resize-text")),
    # keyboard
    Rule("er-focus-not-visible", "keyboard", "violation", "serious",
         "Keyboard focus is not visible", ("2.4.7",), "keyboard", _u("focus-visible")),
    # language
    Rule("er-lang-mismatch", "language", "violation", "serious",
         "The page's lang attribute does not match the language of its text", ("3.1.1",),
         "structure", _u("language-of-page")),
    Rule("er-readability-hard", "language", "needs-review", "moderate",
         "Main content is hard to read (LIX)", ("3.1.5",), "structure", _u("reading-level"),
         "Plain language: aim at LIX under 40 for residents' services."),
    # documents
    Rule("er-document-review", "documents", "needs-review", "moderate",
         "Linked document: check its accessibility by hand", (), "text-alternatives",
         "https://www.w3.org/WAI/standards-guidelines/wcag/non-web-ict/",
         "EN 301 549 clause 10 applies to documents; no browser can check them.",
         en301549=("10",)),
]}

