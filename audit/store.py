"""The runner's Store backed by the database: resumable, one transaction per page."""

from __future__ import annotations

import json

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from .discover import Candidate
from .models import AuditRun, Finding, PageResult
from .results import PageOutcome, fingerprint
from .runner import broken_link_finding


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class DatabaseStore:
    def __init__(self, run: AuditRun) -> None:
        self.run = run

    def known_urls(self) -> list[str]:
        return list(self.run.pages.order_by("position").values_list("url", flat=True))

    def pending(self) -> list[Candidate]:
        rows = self.run.pages.filter(done=False).order_by("position").values_list("url", "depth")
        return [Candidate(url, depth) for url, depth in rows]

    def add(self, candidates: list[Candidate], limit: int) -> list[Candidate]:
        with transaction.atomic():
            return self._add(candidates, limit)

    def _add(self, candidates: list[Candidate], limit: int) -> list[Candidate]:
        if not candidates:
            return []
        count = self.run.pages.count()
        room = limit - count
        if room <= 0:
            return []
        existing = set(
            self.run.pages.filter(url__in=[c.url for c in candidates]).values_list("url", flat=True)
        )
        fresh: list[Candidate] = []
        for c in candidates:
            if c.url not in existing and len(fresh) < room:
                existing.add(c.url)
                fresh.append(c)
        position = (self.run.pages.aggregate(m=Max("position"))["m"] or 0) + 1
        PageResult.objects.bulk_create([
            PageResult(run=self.run, url=c.url, depth=c.depth, position=position + i)
            for i, c in enumerate(fresh)
        ])
        return fresh

    def save(self, page: PageOutcome, new: list[Candidate], limit: int) -> list[Candidate]:
        with transaction.atomic():
            row = self.run.pages.select_for_update().get(url=page.url)
            if row.done:
                # A resumed run never stores a page twice.
                return []
            row.findings.all().delete()
            for name in ("final_url", "status", "title", "lang", "content_type",
                         "content_language", "load_ms", "bytes", "error", "redirects",
                         "attempts"):
                setattr(row, name, getattr(page, name))
            # Pages say what they like in these; the columns have limits.
            row.title = row.title[:500]
            row.lang = row.lang[:35]
            row.content_type = row.content_type[:100]
            row.content_language = row.content_language[:100]
            row.final_url = (row.final_url or row.url)[:2000]
            row.documents = [d.as_dict() for d in page.documents]
            row.unresolved_links = page.unresolved
            row.done = True
            row.finished_at = timezone.now()
            row.save()
            target = page.final_url or page.url
            Finding.objects.bulk_create([
                Finding(run=self.run, page=row, fingerprint=fingerprint(target, f.rule, f.selector),
                        **f.as_dict())
                for f in page.findings
            ])
            if page.broken:
                self._add_broken_link(page.url, page.broken_reason)
            return self._add(new, limit)

    def link_targets(self, urls: list[str]) -> dict[str, PageOutcome | None]:
        out: dict[str, PageOutcome | None] = {}
        rows = self.run.pages.filter(url__in=urls).values_list("url", "done", "status", "error")
        for url, done, status, error in rows:
            out[url] = PageOutcome(url=url, status=status, error=error) if done else None
        return out

    def unresolved_outside(self) -> set[str]:
        targets: set[str] = set()
        rows = self.run.pages.filter(done=True).exclude(unresolved_links=[])
        for refs in rows.values_list("unresolved_links", flat=True).iterator():
            targets.update(ref["url"] for ref in refs)
        for chunk in _chunks(sorted(targets), 500):
            targets.difference_update(self.run.pages.filter(url__in=chunk)
                                      .values_list("url", flat=True))
        return targets

    def add_broken_link(self, target: str, reason: str) -> None:
        with transaction.atomic():
            self._add_broken_link(target, reason)

    def _add_broken_link(self, target: str, reason: str) -> None:
        needle = json.dumps(target)
        referrers = self.run.pages.filter(done=True, unresolved_links__icontains=needle)
        for row in referrers:
            base = row.final_url or row.url
            have = set(row.findings.filter(rule="er-link-broken")
                       .values_list("fingerprint", flat=True))
            for ref in row.unresolved_links:
                if ref["url"] != target:
                    continue
                f = broken_link_finding(ref, reason)
                fp = fingerprint(base, f.rule, f.selector)
                if fp not in have:
                    have.add(fp)
                    Finding.objects.create(run=self.run, page=row, fingerprint=fp,
                                           **f.as_dict())

    def started(self, engine: dict[str, str]) -> None:
        AuditRun.objects.filter(pk=self.run.pk).update(
            status=AuditRun.Status.RUNNING, engine=engine, message="",
            started_at=self.run.started_at or timezone.now(),
        )

    def finished(self, error: str | None) -> None:
        self.run.refresh_from_db(fields=["cancel_requested"])
        if error:
            status, message = AuditRun.Status.FAILED, error[:2000]
        elif self.run.cancel_requested:
            status, message = AuditRun.Status.CANCELLED, ""
        else:
            status, message = AuditRun.Status.FINISHED, ""
        AuditRun.objects.filter(pk=self.run.pk).update(
            status=status, message=message, finished_at=timezone.now()
        )
        self.run.refresh_from_db()

    def should_stop(self) -> bool:
        return AuditRun.objects.filter(pk=self.run.pk, cancel_requested=True).exists()
