"""The annual improvement plan: findings -> actions, ranked, SMART, and verified by later runs.

Pure functions over plain data; :mod:`audit.plan_inputs` gathers the data from
the database and :mod:`audit.plan_service` stores the result.

Grouping ("one template fix is one action, not 300")
    Only open findings make actions: violations, and needs-review items an
    auditor marked failed. A finding belongs to

    * a **shared component** when the same rule fails on the same element
      (selector) on pages of two or more templates (for other sites, whose
      templates we guess from URL shapes: or on at least half of the audited
      pages, at least 3): header, footer, menu, search form, ... One fix in the
      base layout fixes every page;
    * otherwise to its **page template** (the Wagtail page type, e.g.
      ``cms/service_page.html``; for other sites the URL shape ``/news/*``).
      Content findings (an image without alt text) are fixed page by page, but
      by the same people in the same way, so they are one action too;
    * plain-language work is one action per owner: live pages whose easy_read
      level is hard or very hard, plus failed readability reviews.

Ranking (higher first)::

    priority = impact x pages affected x page importance x residents' feedback

    impact        critical 10, serious 5, moderate 2, minor 1 (the worst finding of the action)
    pages         distinct pages of the action
    importance    mean over those pages of
                    1 + log10(1 + reach)   where reach (QR scans, visits) is known,
                    1 + 2 / (1 + depth)    otherwise (home 3, its children 2, ...)
    feedback      mean over those pages of 1 + (1 - satisfaction), when the page has at
                  least MIN_ANSWERS answers; else 1. A page nobody finds helpful doubles.

Verification
    An action is verified fixed by a later run when that run inspected every page
    of the action with the action's check family switched on, none of the
    action's findings (same rule, page path and element) is found again, and no
    open finding of the later run falls into the same group.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

IMPACT_WEIGHT = {"critical": 10, "serious": 5, "moderate": 2, "minor": 1}
IMPACT_ORDER = ("critical", "serious", "moderate", "minor")
#: Answers a page needs before residents' satisfaction changes its priority.
MIN_ANSWERS = 5
#: easy_read levels that make a page part of the plain-language action.
HARD_LEVELS = ("hard", "very-hard")
READABILITY_RULE = "er-readability-hard"
OWNER_ROLES = ("it", "communications", "service_owner")
#: Rules whose fix is in the words and pictures editors publish, not in code.
CONTENT_RULES = frozenset({
    "image-alt", "input-image-alt", "role-img-alt", "svg-img-alt", "object-alt", "area-alt",
    "link-name", "er-link-vague", "er-link-document-format", "er-link-broken",
    "er-link-same-text", "er-link-new-window", "heading-order", "empty-heading",
    "page-has-heading-one", "p-as-heading", "er-text-italic-long", "er-text-all-caps",
    "er-video-no-captions", "er-audio-no-transcript", "er-embedded-video-review",
    "er-document-review", "er-lang-mismatch", "valid-lang", READABILITY_RULE,
})
#: Families a later run must have checked to prove a rule fixed (``source`` of findings).
ALL_FAMILIES = ("axe", "typography", "links", "media", "language", "documents", "keyboard",
                "layout", "http")


# --- input ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FindingIn:
    rule: str
    source: str
    outcome: str
    impact: str | None
    url: str
    selector: str = ""
    wcag: tuple[str, ...] = ()
    varam: str | None = None
    #: The auditor's verdict on a needs-review item: "passed", "failed" or None.
    review: str | None = None

    @property
    def path(self) -> str:
        return path_of(self.url)

    @property
    def is_open(self) -> bool:
        """A barrier to fix: a violation, or a needs-review item judged failed."""
        return self.outcome == "violation" or self.review == "failed"


@dataclass(frozen=True, slots=True)
class PageIn:
    url: str
    depth: int = 0
    status: int | None = 200
    error: str | None = None
    title: str = ""

    @property
    def path(self) -> str:
        return path_of(self.url)

    @property
    def inspected(self) -> bool:
        """The page was fetched and checked (a 404 counts: its barriers are gone with it)."""
        return self.status is not None


@dataclass(slots=True)
class RunIn:
    id: int
    finished: str = ""  # ISO date
    pages: list[PageIn] = field(default_factory=list)
    findings: list[FindingIn] = field(default_factory=list)
    families: tuple[str, ...] = ALL_FAMILIES
    engine: dict[str, str] = field(default_factory=dict)

    def open_findings(self) -> list[FindingIn]:
        return [f for f in self.findings if f.is_open]

    def unreviewed(self) -> int:
        """Needs-review findings no auditor has judged yet."""
        return sum(1 for f in self.findings if f.outcome == "needs-review" and f.review is None)


@dataclass(slots=True)
class PageFacts:
    """What the site knows about one of its pages (matched to audit URLs by path)."""

    path: str
    title: str = ""
    #: Template name ("cms/service_page.html"); empty when the page is not ours.
    template: str = ""
    #: Human name of the page type per language ({"lv": "pakalpojuma lapa", "en": "service page"}).
    type_labels: dict[str, str] = field(default_factory=dict)
    #: Depth below the home page (home = 0).
    depth: int | None = None
    #: QR scans (and visits, where a site counts them) in the last 12 months; None = unknown.
    reach: int | None = None
    satisfaction: float | None = None
    answers: int = 0
    #: easy_read level of the live text ("very-easy" ... "very-hard"), None when not analysed.
    level: str | None = None
    lix: float | None = None
    #: The role that owns the page's words: "service_owner" for services, else "communications".
    owner: str = "communications"
    #: The department named on the page, to say which service owner.
    department: str = ""


# --- helpers ----------------------------------------------------------------


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def url_shape(path: str) -> str:
    """A template guess for pages we know nothing about: ``/lv/news/item-1/`` -> ``/lv/news/*``."""
    bare = path.split("?")[0].strip("/")
    if not bare:
        return "/"
    segments = bare.split("/")
    if len(segments) == 1:
        return "/" + segments[0] + "/"
    return "/" + "/".join(segments[:-1]) + "/*"


def worst_impact(impacts: Iterable[str | None]) -> str:
    present = {i for i in impacts if i}
    for impact in IMPACT_ORDER:
        if impact in present:
            return impact
    return "moderate"


def importance(facts: PageFacts | None, crawl_depth: int = 0) -> float:
    """How much a page matters: its reach where known, else how close it is to the home page."""
    if facts is not None and facts.reach is not None:
        return round(1 + math.log10(1 + max(0, facts.reach)), 3)
    depth = facts.depth if facts is not None and facts.depth is not None else crawl_depth
    return round(1 + 2 / (1 + max(0, depth)), 3)


def feedback_factor(facts: PageFacts | None) -> float:
    if facts is None or facts.satisfaction is None or facts.answers < MIN_ANSWERS:
        return 1.0
    return round(1 + (1 - max(0.0, min(100.0, facts.satisfaction)) / 100), 3)


# --- grouping ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupKey:
    kind: str  # "component", "template" or "plain-language"
    rule: str
    location: str

    def __str__(self) -> str:
        return f"{self.kind}|{self.rule}|{self.location}"

    @classmethod
    def parse(cls, text: str) -> GroupKey:
        kind, rule, location = text.split("|", 2)
        return cls(kind, rule, location)


class Grouper:
    """Puts the open findings of one run into groups; also used to re-check a later run."""

    def __init__(self, run: RunIn, facts: dict[str, PageFacts]):
        self.facts = facts
        self.pages = {p.path: p for p in run.pages}
        open_findings = run.open_findings()
        templates: dict[tuple[str, str], set[str]] = defaultdict(set)
        paths: dict[tuple[str, str], set[str]] = defaultdict(set)
        for f in open_findings:
            templates[(f.rule, f.selector)].add(self.template(f.path))
            paths[(f.rule, f.selector)].add(f.path)
        half = max(3, math.ceil(len(self.pages) / 2))
        # Known templates decide; for pages we know nothing about, URL shapes are a weak
        # guess, so "on half the pages or more" counts as shared as well.
        self.shared = {
            key for key in templates
            if key[1] and (len(templates[key]) >= 2 or (
                len(paths[key]) >= half and not any(self.known(p) for p in paths[key])))
        }

    def known(self, path: str) -> bool:
        facts = self.facts.get(path)
        return facts is not None and bool(facts.template)

    def template(self, path: str) -> str:
        facts = self.facts.get(path)
        if facts is not None and facts.template:
            return facts.template
        return url_shape(path)

    def key(self, f: FindingIn) -> GroupKey:
        if f.rule == READABILITY_RULE:
            return GroupKey("plain-language", READABILITY_RULE, self.owner(f.path))
        if (f.rule, f.selector) in self.shared:
            return GroupKey("component", f.rule, f.selector)
        return GroupKey("template", f.rule, self.template(f.path))

    def owner(self, path: str) -> str:
        facts = self.facts.get(path)
        return facts.owner if facts is not None else "communications"


@dataclass(slots=True)
class ActionDraft:
    """One action of the plan, before it is stored."""

    key: GroupKey
    impact: str
    wcag: list[str]
    varam: str | None
    #: [(path, url, title)] in discovery order.
    pages: list[tuple[str, str, str]]
    #: [(rule, path, selector)]: the findings that prove the action open.
    signatures: list[tuple[str, str, str]]
    baseline: int
    unit: str  # "findings" or "pages"
    previous: int | None = None
    priority: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)
    rank: int = 0
    owner: str = "it"
    target: int = 0
    deadline_year: int = 0
    deadline_quarter: int = 4
    location_label: str = ""
    #: The template's page type in each language, for the document.
    location_names: dict[str, str] = field(default_factory=dict)


def group_findings(run: RunIn, facts: dict[str, PageFacts]) -> dict[GroupKey, list[FindingIn]]:
    grouper = Grouper(run, facts)
    groups: dict[GroupKey, list[FindingIn]] = defaultdict(list)
    for f in run.open_findings():
        groups[grouper.key(f)].append(f)
    return dict(groups)


def _page_title(path: str, run_pages: dict[str, PageIn], facts: dict[str, PageFacts]) -> str:
    if path in facts and facts[path].title:
        return facts[path].title
    page = run_pages.get(path)
    return page.title if page is not None and page.title else path


def build_actions(
    latest: RunIn,
    facts: dict[str, PageFacts],
    year: int,
    previous: RunIn | None = None,
) -> list[ActionDraft]:
    """The ranked actions of a plan for ``year`` from the latest run (and the previous one)."""
    run_pages = {p.path: p for p in latest.pages}
    order = {p.path: i for i, p in enumerate(latest.pages)}
    url_of = {p.path: p.url for p in latest.pages}
    groups = group_findings(latest, facts)
    _add_hard_pages(groups, latest, facts)
    previous_groups = group_findings(previous, facts) if previous is not None else {}

    drafts = []
    for key, findings in groups.items():
        plain = key.kind == "plain-language"
        paths = sorted({f.path for f in findings}, key=lambda p: (order.get(p, 10**6), p))
        pages = [(p, url_of.get(p, p), _page_title(p, run_pages, facts)) for p in paths]
        signatures = sorted({(f.rule, f.path, f.selector) for f in findings if f.selector != "*"})
        wcag = sorted({c for f in findings for c in f.wcag})
        draft = ActionDraft(
            key=key, impact=worst_impact(f.impact for f in findings), wcag=wcag,
            varam=next((f.varam for f in findings if f.varam), None),
            pages=pages, signatures=signatures,
            baseline=len(paths) if plain else len(findings), unit="pages" if plain else "findings",
        )
        if previous is not None:
            old = previous_groups.get(key, [])
            # Hard pages come from today's texts, not from the previous run: unknown unless
            # that run flagged them itself.
            draft.previous = (len({f.path for f in old}) or None) if plain else len(old)
        draft.priority, draft.parts = priority(draft, facts, run_pages)
        draft.owner = owner_role(draft, facts)
        draft.location_label = key.location
        draft.location_names = location_names(key, facts, paths)
        drafts.append(draft)

    drafts.sort(key=lambda d: (-d.priority, -d.baseline, str(d.key)))
    for rank, draft in enumerate(drafts, 1):
        draft.rank = rank
        draft.deadline_year, draft.deadline_quarter = deadline(rank, len(drafts), draft.impact, year)
    return drafts


def _add_hard_pages(groups: dict[GroupKey, list[FindingIn]], run: RunIn,
                    facts: dict[str, PageFacts]) -> None:
    """Live pages at a hard easy_read level join the plain-language action of their owner."""
    inspected = {p.path: p for p in run.pages if p.inspected}
    already = {f.path for key, fs in groups.items() if key.kind == "plain-language" for f in fs}
    for path, page_facts in facts.items():
        if page_facts.level not in HARD_LEVELS or path in already:
            continue
        page = inspected.get(path)
        key = GroupKey("plain-language", READABILITY_RULE, page_facts.owner)
        groups.setdefault(key, []).append(FindingIn(
            rule=READABILITY_RULE, source="language", outcome="violation",
            impact="moderate" if page_facts.level == "hard" else "serious",
            url=page.url if page is not None else path, selector="*", wcag=("3.1.5",),
            varam="structure",
        ))


def priority(draft: ActionDraft, facts: dict[str, PageFacts],
             run_pages: dict[str, PageIn] | None = None) -> tuple[float, dict[str, float]]:
    """The documented score (module docstring) and its four factors."""
    run_pages = run_pages or {}
    paths = [p for p, _url, _title in draft.pages]
    n = len(paths) or 1
    crawl = {p: (run_pages[p].depth if p in run_pages else 0) for p in paths}
    mean_importance = sum(importance(facts.get(p), crawl[p]) for p in paths) / n
    mean_feedback = sum(feedback_factor(facts.get(p)) for p in paths) / n
    impact = IMPACT_WEIGHT.get(draft.impact, 2)
    score = impact * len(paths) * mean_importance * mean_feedback
    parts = {"impact": impact, "pages": len(paths), "importance": round(mean_importance, 2),
             "feedback": round(mean_feedback, 2)}
    return round(score, 2), parts


def owner_role(draft: ActionDraft, facts: dict[str, PageFacts]) -> str:
    """IT fixes templates and components; editors fix words and pictures.

    Content on service pages belongs to the service's owner, other content to
    communications staff.
    """
    if draft.key.kind == "plain-language":
        return draft.key.location if draft.key.location in OWNER_ROLES else "communications"
    if draft.key.kind == "component" or draft.key.rule not in CONTENT_RULES:
        return "it"
    owners = {facts[p].owner for p, _u, _t in draft.pages if p in facts}
    return "service_owner" if owners == {"service_owner"} else "communications"


def deadline(rank: int, total: int, impact: str, year: int) -> tuple[int, int]:
    """Quarter by rank: the first quarter of the ranking in Q1, the next in Q2, ...; critical in Q1."""
    if impact == "critical" or total <= 0:
        return year, 1
    return year, min(4, 1 + (4 * (rank - 1)) // total)


def location_names(key: GroupKey, facts: dict[str, PageFacts], paths: list[str]) -> dict[str, str]:
    """Where, for people: the page type(s) of a template action in each language."""
    if key.kind != "template":
        return {}
    names: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        for lang, label in (facts[path].type_labels if path in facts else {}).items():
            names[lang].add(label)
    return {lang: ", ".join(sorted(labels)) for lang, labels in names.items()}


# --- verification ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verification:
    fixed: bool
    #: Open findings (or hard pages) of the action still found by the run.
    remaining: int
    #: Why it is not verified: "" when fixed, else "not-covered", "family-off" or "still-found".
    reason: str = ""


def verify(key: GroupKey, pages: list[str], signatures: list[tuple[str, str, str]],
           later: RunIn, facts: dict[str, PageFacts], *, source: str = "") -> Verification:
    """Does ``later`` show the action fixed? ``pages`` are the action's URL paths."""
    covered = {p.path for p in later.pages if p.inspected}
    if any(p not in covered for p in pages):
        return Verification(False, -1, "not-covered")
    if source and source not in later.families:
        return Verification(False, -1, "family-off")
    if key.kind == "plain-language":
        # easy_read flags hard pages as needs-review; a page passed by an auditor is fine.
        still = {f.path for f in later.findings
                 if f.rule == READABILITY_RULE and f.path in pages and f.review != "passed"}
        still |= {p for p in pages if p in facts and facts[p].level in HARD_LEVELS}
        return Verification(not still, len(still), "" if not still else "still-found")
    wanted = set(signatures)
    grouper = Grouper(later, facts)
    remaining = [f for f in later.open_findings()
                 if (f.rule, f.path, f.selector) in wanted or grouper.key(f) == key]
    return Verification(not remaining, len(remaining), "" if not remaining else "still-found")


# --- summaries for the document ---------------------------------------------


def criterion_counts(run: RunIn) -> list[tuple[str, int]]:
    """Open findings per WCAG criterion, most first (findings without a criterion as "—")."""
    counts: dict[str, int] = defaultdict(int)
    for f in run.open_findings():
        for criterion in f.wcag or ("—",):
            counts[criterion] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], _criterion_sort(kv[0])))


def _criterion_sort(key: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in key.split("."))


def compare(previous: RunIn, latest: RunIn) -> dict[str, int]:
    """New, fixed and still-open findings between two runs, matched by rule, path and element."""
    old = {(f.rule, f.path, f.selector) for f in previous.open_findings()}
    new = {(f.rule, f.path, f.selector) for f in latest.open_findings()}
    return {"new": len(new - old), "fixed": len(old - new), "open": len(new & old)}
