"""Scans per week, and the small bar chart the admin listing shows for them."""

import datetime
from collections import defaultdict

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import DailyScan

#: How many weeks the listing's chart and the weekly CSV cover by default.
WEEKS = 12


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


def week_starts(weeks=WEEKS, today=None):
    """Mondays of the last `weeks` weeks, oldest first, the current week last."""
    current = week_start(today or timezone.localdate())
    return [current - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def weekly_counts(link_ids, weeks=WEEKS, today=None):
    """{link id: [scans per week, oldest first]} for the given links; one query."""
    mondays = week_starts(weeks, today)
    index = {monday: i for i, monday in enumerate(mondays)}
    counts = defaultdict(lambda: [0] * weeks)
    rows = DailyScan.objects.filter(link_id__in=list(link_ids), day__gte=mondays[0]).values_list(
        "link_id", "day", "count"
    )
    for link_id, day, total in rows:
        position = index.get(week_start(day))
        if position is not None:
            counts[link_id][position] += total
    return {link_id: counts[link_id] for link_id in link_ids}


def bar_chart(values, label, width=132, height=32):
    """An inline SVG bar chart; the numbers themselves are its accessible name."""
    peak = max(values, default=0) or 1
    slot = width / max(1, len(values))
    bars = []
    for i, value in enumerate(values):
        bar = round(value / peak * (height - 2), 1) if value else 0
        # A hairline for empty weeks, so a flat line reads as "no scans", not "no chart".
        bar = max(bar, 1)
        bars.append(
            f'<rect x="{i * slot + 1:.1f}" y="{height - bar:.1f}" width="{slot - 2:.1f}" '
            f'height="{bar}" rx="1"/>'
        )
    return mark_safe(  # noqa: S308 - numbers we made, label escaped
        f'<svg class="qr-chart" role="img" aria-label="{escape(label)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" fill="currentColor">{"".join(bars)}</svg>'
    )
