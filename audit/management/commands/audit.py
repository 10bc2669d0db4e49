"""``manage.py audit URL [URL ...]``: crawl, inspect and report, per DESIGN.md."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from audit.jobs import create_run, execute_run, make_config, run_contract
from audit.models import AuditRun
from audit.runner import FAMILIES, RunAborted
from audit.safety import RefusedURL

BAD_ARGS = 2
RUN_FAILED = 1


class ProgressBar:
    """One line on a terminal: bar, pages done / known, findings, current URL."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.violations = 0
        self.review = 0
        self.errors = 0

    def __call__(self, done: int, total: int, page) -> None:
        for f in page.findings:
            if f.outcome == "violation":
                self.violations += 1
            else:
                self.review += 1
        self.errors += page.error is not None
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        url = page.url if len(page.url) < 50 else "…" + page.url[-49:]
        self.stream.write(
            f"\r[{bar}] {done}/{total} pages · {self.violations} violations · "
            f"{self.review} to review · {self.errors} errors  {url}\x1b[K"
        )
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Audit a site's accessibility: crawl it, check every page in Chromium, report."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*", metavar="URL", help="start URLs")
        parser.add_argument("--max-pages", type=int, default=100)
        parser.add_argument("--max-depth", type=int, default=5)
        parser.add_argument("--concurrency", type=int, default=2, help="browsers in parallel")
        parser.add_argument("--no-follow", action="store_true",
                            help="audit only the given URLs: no links, no sitemap")
        parser.add_argument("--no-sitemap", action="store_true")
        parser.add_argument("--ignore-robots", action="store_true",
                            help="do not obey robots.txt (for auditing your own site)")
        parser.add_argument("--path-prefix", default="/", help="stay below this path")
        parser.add_argument("--include", action="append", default=[], metavar="REGEX")
        parser.add_argument("--exclude", action="append", default=[], metavar="REGEX")
        parser.add_argument("--checks", default=",".join(FAMILIES),
                            help="comma-separated check families (default: all)")
        parser.add_argument("--resume", type=int, metavar="RUN_ID",
                            help="continue a run that was interrupted")
        for fmt in ("json", "csv", "html", "pdf", "xlsx"):
            parser.add_argument(f"--{fmt}", metavar="FILE", help=f"write the {fmt.upper()} report")
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, **opts):
        run = self._resume(opts) if opts["resume"] else self._new_run(opts)
        quiet = opts["quiet"] or opts["verbosity"] == 0
        bar = ProgressBar(sys.stderr) if not quiet and sys.stderr.isatty() else None
        start = time.monotonic()
        try:
            summary = execute_run(
                run, progress=bar,
                concurrency=opts["concurrency"] if opts["resume"] else None,
            )
        except RunAborted as exc:
            raise CommandError(f"run {run.pk} could not finish: {exc}",
                               returncode=RUN_FAILED) from None
        except KeyboardInterrupt:
            raise CommandError(f"run {run.pk} interrupted; continue it with "
                               f"--resume {run.pk}", returncode=130) from None
        finally:
            if bar:
                bar.close()
        run.refresh_from_db()
        self._write_reports(run, opts)
        if not quiet:
            took = time.monotonic() - start
            counts = run.findings.values_list("outcome", flat=True)
            violations = sum(1 for c in counts if c == "violation")
            self.stdout.write(
                f"Run {run.pk} {run.status}: {summary.pages} pages in {took:.1f} s, "
                f"{violations} violations, {len(counts) - violations} to review, "
                f"{run.pages.filter(error__isnull=False).count()} page errors."
            )
        if run.status == AuditRun.Status.FAILED:
            raise CommandError(f"run {run.pk} failed: {run.message}", returncode=RUN_FAILED)

    def _new_run(self, opts) -> AuditRun:
        if not opts["urls"]:
            raise CommandError("give at least one URL (or --resume RUN_ID)", returncode=BAD_ARGS)
        families = [f.strip() for f in opts["checks"].split(",") if f.strip()]
        unknown = set(families) - set(FAMILIES)
        if unknown:
            raise CommandError(f"unknown check families: {', '.join(sorted(unknown))}",
                               returncode=BAD_ARGS)
        for name in ("max_pages", "concurrency"):
            if opts[name] < 1:
                raise CommandError(f"--{name.replace('_', '-')} must be at least 1",
                                   returncode=BAD_ARGS)
        config = make_config(
            opts["urls"], max_pages=opts["max_pages"], max_depth=opts["max_depth"],
            concurrency=opts["concurrency"], follow_links=not opts["no_follow"],
            use_sitemaps=not (opts["no_sitemap"] or opts["no_follow"]),
            respect_robots=not opts["ignore_robots"], path_prefix=opts["path_prefix"],
            include=opts["include"], exclude=opts["exclude"], families=families,
        )
        try:
            run = create_run(config)
        except (RefusedURL, ValueError) as exc:
            raise CommandError(str(exc), returncode=BAD_ARGS) from None
        if not opts["quiet"]:
            self.stderr.write(f"Run {run.pk}: {', '.join(run.start_urls)}")
        return run

    def _resume(self, opts) -> AuditRun:
        if opts["urls"]:
            raise CommandError("--resume takes no URLs", returncode=BAD_ARGS)
        try:
            return AuditRun.objects.get(pk=opts["resume"])
        except AuditRun.DoesNotExist:
            raise CommandError(f"no audit run {opts['resume']}", returncode=BAD_ARGS) from None

    def _write_reports(self, run: AuditRun, opts) -> None:
        wanted = [f for f in ("json", "csv", "html", "pdf", "xlsx") if opts.get(f)]
        if not wanted:
            return
        contract = run_contract(run)
        # Reports from the command are in English until the audit strings are translated.
        with translation.override("en"):
            self._write(contract, wanted, opts)

    def _write(self, contract, wanted, opts) -> None:
        from audit.report.html import render_html
        from audit.report.pdf import html_to_pdf
        from audit.report.tables import to_csv, to_json, to_xlsx

        for fmt in wanted:
            path = Path(opts[fmt])
            if fmt == "json":
                path.write_text(to_json(contract), encoding="utf-8")
            elif fmt == "csv":
                path.write_text(to_csv(contract), encoding="utf-8", newline="")
            elif fmt == "html":
                path.write_text(render_html(contract), encoding="utf-8")
            elif fmt == "xlsx":
                path.write_bytes(to_xlsx(contract))
            elif fmt == "pdf":
                path.write_bytes(html_to_pdf(render_html(contract)))
