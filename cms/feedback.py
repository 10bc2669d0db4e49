"""Residents' feedback: the answers, the satisfaction figure, the anti-spam token, comment scrubbing.

Plain functions over plain data (no ORM), shared by the public form, the admin
report and the improvement plan, so they all compute satisfaction the same way.

Spam is turned away without a puzzle, in a way that survives the anonymous
full-page cache (every visitor of a cached page gets the same HTML):

* the form carries a signed timestamp of when the page was rendered. It is the
  same for every visitor of a cached copy (never per visitor), so it needs no
  cookie or session; an answer signed less than :data:`MIN_SECONDS` ago came
  from a script, not from a person who read the page;
* a honeypot field that people never see (hidden by the stylesheet, labelled
  "leave empty" for anyone whose browser shows it anyway);
* the shared per-client rate limit (:mod:`cms.ratelimit`);
* comments that are mostly links are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core import signing
from django.utils.translation import gettext_lazy as _

#: The answers, best first: (stored score, label). Three choices, not five:
#: "Yes / Partly / No" answers the question asked and is easy to choose from
#: for an older reader on a phone.
YES, PARTLY, NO = 3, 2, 1
CHOICES: tuple[tuple[int, object], ...] = ((YES, _("Yes")), (PARTLY, _("Partly")), (NO, _("No")))
SCORES = frozenset(score for score, _label in CHOICES)
#: Answers needed before a page's satisfaction counts in rankings and trends.
MIN_ANSWERS = 5
MAX_COMMENT = 500
#: A person needs longer than this to read a page and choose an answer.
MIN_SECONDS = 2
#: A page kept open (or cached) longer than this must be reloaded to answer.
MAX_AGE_SECONDS = 14 * 24 * 3600
_SALT = "cms.feedback"


def satisfaction(counts: Mapping[int, int]) -> float | None:
    """Satisfaction in percent: "yes" counts fully, "partly" half, "no" not at all.

    ``counts`` maps score -> answers. None when there are no answers.
    """
    total = sum(counts.get(score, 0) for score in SCORES)
    if not total:
        return None
    points = sum(counts.get(score, 0) * (score - NO) for score in SCORES)
    return round(100.0 * points / (total * (YES - NO)), 1)


@dataclass(frozen=True, slots=True)
class Trend:
    """Satisfaction in the recent months against the months before them."""

    recent: float | None
    previous: float | None
    recent_answers: int
    previous_answers: int

    @property
    def change(self) -> float | None:
        """Change in percentage points; None unless both periods have enough answers."""
        if (
            self.recent is None
            or self.previous is None
            or self.recent_answers < MIN_ANSWERS
            or self.previous_answers < MIN_ANSWERS
        ):
            return None
        return round(self.recent - self.previous, 1)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_back(month: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months before ``month`` (n may be 0)."""
    index = month.year * 12 + month.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def last_months(today: dt.date, n: int) -> list[dt.date]:
    """First days of the last ``n`` months, oldest first, the current month last."""
    current = month_start(today)
    return [months_back(current, k) for k in range(n - 1, -1, -1)]


def trend(rows: Iterable[tuple[dt.date, int, int]], today: dt.date, window: int = 3) -> Trend:
    """Trend from (month, score, count) rows: the last ``window`` months against the ``window`` before."""
    months = last_months(today, 2 * window)
    previous_months, recent_months = set(months[:window]), set(months[window:])
    recent: dict[int, int] = {}
    previous: dict[int, int] = {}
    for month, score, count in rows:
        if month in recent_months:
            recent[score] = recent.get(score, 0) + count
        elif month in previous_months:
            previous[score] = previous.get(score, 0) + count
    return Trend(satisfaction(recent), satisfaction(previous), sum(recent.values()), sum(previous.values()))


def monthly_series(
    rows: Iterable[tuple[dt.date, int, int]], months: list[dt.date]
) -> list[tuple[dt.date, float | None, int]]:
    """(month, satisfaction, answers) for each of ``months`` from (month, score, count) rows."""
    per_month: dict[dt.date, dict[int, int]] = {m: {} for m in months}
    for month, score, count in rows:
        if month in per_month:
            per_month[month][score] = per_month[month].get(score, 0) + count
    return [(m, satisfaction(c), sum(c.values())) for m, c in per_month.items()]


# --- the anti-spam token ------------------------------------------------------


def make_token(page_id: int, now: float | None = None) -> str:
    """A signed "this page was rendered at" stamp; the same for every visitor of the page."""
    issued = int(time.time() if now is None else now)
    return signing.dumps({"p": int(page_id), "t": issued}, salt=_SALT, compress=False)


class TokenProblem(Exception):
    """Why a token was refused: ``reason`` is "invalid", "too-fast" or "expired"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def check_token(token: str, page_id: int, now: float | None = None) -> None:
    """Raise :class:`TokenProblem` unless the token is ours, for this page, and of a plausible age."""
    try:
        data = signing.loads(token or "", salt=_SALT)
        issued, signed_page = int(data["t"]), int(data["p"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise TokenProblem("invalid") from exc
    if signed_page != int(page_id):
        raise TokenProblem("invalid")
    age = (time.time() if now is None else now) - issued
    if age < MIN_SECONDS:
        raise TokenProblem("too-fast")
    if age > MAX_AGE_SECONDS:
        raise TokenProblem("expired")


# --- comments -----------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Latvian personal codes (123456-12345, also the new 32xxxx-xxxxx form) and any
# run of 7+ digits with optional spaces or dashes: phone and account numbers.
_PERSONAL_CODE = re.compile(r"\b\d{6}\s?-\s?\d{5}\b")
_LONG_NUMBER = re.compile(r"(?<![\w])\+?\d(?:[\s-]?\d){6,}(?![\w])")
_IBAN = re.compile(r"\bLV\d{2}\s?[A-Z]{4}(?:\s?[0-9A-Z]){13}\b", re.IGNORECASE)
_MARKUP = re.compile(r"\[url|<a\s", re.IGNORECASE)
_LINK = re.compile(rf"(?:https?://|www\.)\S+|{_MARKUP.pattern}", re.IGNORECASE)
REDACTED = "[…]"


def scrub(text: str) -> str:
    """The comment without e-mail addresses, personal codes, phone or account numbers.

    Residents sometimes sign a comment or leave a number to call back; we do not
    keep either (the form asks them not to, and says how to get an answer).
    """
    text = " ".join((text or "").split())[:MAX_COMMENT]
    for pattern in (_EMAIL, _IBAN, _PERSONAL_CODE, _LONG_NUMBER):
        text = pattern.sub(REDACTED, text)
    return text


def looks_like_spam(comment: str) -> bool:
    """Two or more links, or link markup: advertising, not a resident's comment."""
    comment = comment or ""
    return len(_LINK.findall(comment)) >= 2 or _MARKUP.search(comment) is not None
