"""A draft accessibility statement from an audit run and the auditors' reviews.

Pure: takes a :class:`~audit.report.plan.RunIn` and returns the parts of the EU
model statement (Implementing Decision 2018/1523) that an audit can know: the
compliance status with the reason for it, the non-compliant content as plain
bullets, and how the statement was prepared. Disproportionate burden and
out-of-scope content are staff decisions; the feedback contact and the
enforcement procedure come from the site (see ``cms.models.statement``).

The legal requirement is EN 301 549 clause 9 = WCAG 2.1 level A and AA, so:

* findings without a WCAG criterion (axe best practices) and AAA criteria do
  not make content non-compliant (they stay in the improvement plan);
* the WCAG 2.2 additions are listed, marked as such, without changing the status.

Status: "full" needs no legal failure and no needs-review item left unreviewed;
"not" when failures touch most of VARAM's eleven aspects (6 or more, "most
requirements not met"); "partial" otherwise. Staff may change it with a reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from .plain_text import sentence
from .plan import IMPACT_ORDER, FindingIn, RunIn

#: Success criteria above level AA: not required by EN 301 549.
AAA = frozenset("""1.2.6 1.2.7 1.2.8 1.2.9 1.3.6 1.4.6 1.4.7 1.4.8 1.4.9 2.1.3 2.2.3 2.2.4 2.2.5
2.2.6 2.3.2 2.3.3 2.4.8 2.4.9 2.4.10 2.4.12 2.4.13 2.5.5 2.5.6 3.1.3 3.1.4 3.1.5 3.1.6 3.2.5
3.3.5 3.3.6 3.3.9""".split())
#: Level A/AA criteria new in WCAG 2.2 (not yet in EN 301 549 v3.2.1).
WCAG22_NEW = frozenset({"2.4.11", "2.5.7", "2.5.8", "3.2.6", "3.3.7", "3.3.8"})
VARAM_ASPECT_COUNT = 11
NOT_COMPLIANT_ASPECTS = 6
STATUSES = ("full", "partial", "not")

TEXT: dict[str, dict[str, str]] = {
    "where": {
        "lv": "Kur: %(pages)s.",
        "en": "Where: %(pages)s.",
        "ru": "Где: %(pages)s.",
    },
    "everywhere": {
        "lv": "visās lapās",
        "en": "on every page",
        "ru": "на всех страницах",
    },
    "and_more": {
        "lv": "%(first)s un vēl %(n)s lapās",
        "en": "%(first)s and %(n)s more pages",
        "ru": "%(first)s и ещё на %(n)s страницах",
    },
    "wcag22": {
        "lv": "WCAG 2.2: %(criteria)s (stingrāk, nekā prasa likums)",
        "en": "WCAG 2.2: %(criteria)s (stricter than the law requires)",
        "ru": "WCAG 2.2: %(criteria)s (строже, чем требует закон)",
    },
    "method": {
        "lv": ("Automātiska pārbaude ar axe-core %(axe)s un mūsu pašu pārbaudēm (tipogrāfija, saites, "
               "multivide, valoda, dokumenti, tastatūra, izkārtojums) %(date)s, audits Nr. %(run)s. "
               "Pārbaudītas lapas: %(pages)s. Auditoru pārbaudīts ar roku: %(reviewed)s."),
        "en": ("Automated check with axe-core %(axe)s and our own checks (typography, links, media, "
               "language, documents, keyboard, layout) on %(date)s, audit #%(run)s. "
               "Pages checked: %(pages)s. Checked by hand by auditors: %(reviewed)s."),
        "ru": ("Автоматическая проверка с axe-core %(axe)s и нашими проверками (типографика, ссылки, "
               "медиа, язык, документы, клавиатура, раскладка) %(date)s, аудит № %(run)s. "
               "Проверено страниц: %(pages)s. Проверено аудиторами вручную: %(reviewed)s."),
    },
    "open_reviews": {
        "lv": "Vēl jāpārbauda ar roku: %(n)s.",
        "en": "Still to check by hand: %(n)s.",
        "ru": "Ещё нужно проверить вручную: %(n)s.",
    },
    "reason_full": {
        "lv": "Pēdējā pārbaudē netika atrasta neatbilstība prasībām.",
        "en": "The last check found no failure of the requirements.",
        "ru": "Последняя проверка не нашла несоответствий требованиям.",
    },
    "reason_open": {
        "lv": "Neatbilstības netika atrastas, bet daļa vēl jāpārbauda ar roku (%(n)s).",
        "en": "No failures were found, but some items still need a check by hand (%(n)s).",
        "ru": "Несоответствий не найдено, но часть ещё нужно проверить вручную (%(n)s).",
    },
    "reason_failures": {
        "lv": ("Pēdējā pārbaude atrada %(criteria)s neatbilstošus kritērijus "
               "%(aspects)s no 11 VARAM aspektiem."),
        "en": "The last check found %(criteria)s failed criteria in %(aspects)s of VARAM's 11 aspects.",
        "ru": ("Последняя проверка нашла %(criteria)s невыполненных критериев "
               "в %(aspects)s из 11 аспектов VARAM."),
    },
}


def t(key: str, lang: str, **values: object) -> str:
    texts = TEXT[key]
    return (texts.get(lang) or texts["en"]) % values


@dataclass(slots=True)
class StatementItem:
    text: str
    reason: str
    alternative: str = ""
    rule: str = ""
    pages: int = 0

    def as_block(self) -> dict[str, str]:
        return {"text": self.text, "reason": self.reason, "alternative": self.alternative}


@dataclass(slots=True)
class StatementDraft:
    lang: str
    run_id: int
    status: str
    status_reason: str
    items: list[StatementItem] = field(default_factory=list)
    method: str = "self"
    method_details: str = ""
    prepared_on: dt.date | None = None
    failed_criteria: list[str] = field(default_factory=list)
    failed_aspects: list[str] = field(default_factory=list)
    open_reviews: int = 0


def legal_criteria(criteria: tuple[str, ...] | list[str]) -> list[str]:
    """Criteria that EN 301 549 clause 9 requires (WCAG 2.1 A and AA)."""
    return [c for c in criteria if c not in AAA and c not in WCAG22_NEW]


def derive_status(failed_aspects: int, failed_criteria: int, open_reviews: int) -> str:
    if failed_criteria == 0:
        return "full" if open_reviews == 0 else "partial"
    return "not" if failed_aspects >= NOT_COMPLIANT_ASPECTS else "partial"


#: A barrier on at least this share of the checked pages is "on every page" (a shared component).
EVERYWHERE = 0.9


def _pages_text(titles: list[str], lang: str, total: int, shown: int = 3) -> str:
    if total >= 3 and len(titles) >= EVERYWHERE * total:
        return t("everywhere", lang)
    if len(titles) <= shown:
        return ", ".join(titles)
    return t("and_more", lang, first=", ".join(titles[:shown]), n=len(titles) - shown)


def draft_statement(run: RunIn, lang: str = "lv", *, today: dt.date | None = None,
                    method: str = "self") -> StatementDraft:
    """The generated parts of the statement for ``run`` in ``lang`` (lv, en or ru)."""
    titles = {p.path: (p.title or p.path) for p in run.pages}
    order = {p.path: i for i, p in enumerate(run.pages)}
    by_rule: dict[str, list[FindingIn]] = defaultdict(list)
    failed_criteria: set[str] = set()
    failed_aspects: set[str] = set()
    for f in run.open_findings():
        legal = legal_criteria(f.wcag)
        newer = [c for c in f.wcag if c in WCAG22_NEW]
        if not legal and not newer:
            continue
        by_rule[f.rule].append(f)
        if legal:
            failed_criteria.update(legal)
            if f.varam:
                failed_aspects.add(f.varam)
    open_reviews = sum(1 for f in run.findings
                       if f.outcome == "needs-review" and f.review is None and legal_criteria(f.wcag))
    reviewed = sum(1 for f in run.findings if f.outcome == "needs-review" and f.review)

    items = []
    for rule, findings in by_rule.items():
        first = findings[0]
        paths = sorted({f.path for f in findings}, key=lambda p: order.get(p, 10**6))
        legal = sorted({c for f in findings for c in legal_criteria(f.wcag)})
        newer = sorted({c for f in findings for c in f.wcag if c in WCAG22_NEW})
        reason = ", ".join(f"WCAG {c}" for c in legal) if legal else t(
            "wcag22", lang, criteria=", ".join(newer))
        text = sentence("problem", rule, lang, varam=first.varam, wcag=legal or newer)
        text += " " + t("where", lang, pages=_pages_text([titles.get(p, p) for p in paths], lang,
                                                            len(titles)))
        impact = min((IMPACT_ORDER.index(f.impact) for f in findings if f.impact in IMPACT_ORDER),
                     default=len(IMPACT_ORDER))
        items.append((not legal, impact, -len(paths), rule,
                      StatementItem(text=text, reason=reason, rule=rule, pages=len(paths))))
    items.sort(key=lambda item: item[:4])

    status = derive_status(len(failed_aspects), len(failed_criteria), open_reviews)
    if failed_criteria:
        reason = t("reason_failures", lang, criteria=len(failed_criteria), aspects=len(failed_aspects))
    elif open_reviews:
        reason = t("reason_open", lang, n=open_reviews)
    else:
        reason = t("reason_full", lang)
    finished = run.finished[:10] if run.finished else ""
    date = dt.date.fromisoformat(finished) if finished else (today or dt.date.today())
    details = t("method", lang, pages=len([p for p in run.pages if p.inspected]),
                axe=run.engine.get("axe") or "?",
                date=date.strftime("%d.%m.%Y"), run=run.id, reviewed=reviewed)
    if open_reviews:
        details += " " + t("open_reviews", lang, n=open_reviews)
    return StatementDraft(
        lang=lang, run_id=run.id, status=status, status_reason=reason,
        items=[item[-1] for item in items], method=method, method_details=details,
        prepared_on=today or dt.date.today(), failed_criteria=sorted(failed_criteria),
        failed_aspects=sorted(failed_aspects), open_reviews=open_reviews,
    )
