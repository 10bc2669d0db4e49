"""`manage.py audit`: the CLI contract (arguments, exit codes, JSON contract, reports)."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from audit.models import AuditRun
from tests.audit.fixture_server import FixtureServer

pytestmark = pytest.mark.django_db

CONTRACT_RUN = {"id", "started", "finished", "start_urls", "engine", "pages"}
CONTRACT_PAGE = {"url", "final_url", "status", "title", "lang", "load_ms", "bytes", "error",
                 "findings"}
CONTRACT_FINDING = {"rule", "source", "outcome", "impact", "wcag", "en301549", "varam",
                    "selector", "snippet", "message", "help_url"}


def test_no_url_is_a_bad_argument():
    with pytest.raises(CommandError) as err:
        call_command("audit")
    assert err.value.returncode == 2


def test_private_start_url_is_refused_with_exit_2(settings):
    settings.AUDIT_ALLOW_PRIVATE_HOSTS = []
    with pytest.raises(CommandError) as err:
        call_command("audit", "http://127.0.0.1:9/")
    assert err.value.returncode == 2
    assert "non-public address" in str(err.value)
    assert not AuditRun.objects.exists()


def test_unknown_check_family_and_bad_limits():
    with pytest.raises(CommandError) as err:
        call_command("audit", "https://example.org/", "--checks", "axe,colour")
    assert err.value.returncode == 2
    with pytest.raises(CommandError) as err:
        call_command("audit", "https://example.org/", "--max-pages", "0")
    assert err.value.returncode == 2


def test_resume_of_an_unknown_run():
    with pytest.raises(CommandError) as err:
        call_command("audit", "--resume", "999")
    assert err.value.returncode == 2


def test_browser_that_never_starts_fails_the_run(settings, tmp_path):
    settings.AUDIT_BROWSER = {"BACKEND": "audit.browser.LocalChromium",
                              "OPTIONS": {"binary": "/nonexistent/chromium"}}
    with FixtureServer() as server:
        with pytest.raises(CommandError) as err:
            call_command("audit", server.url + "/about.html", "--no-follow", "--quiet")
    assert err.value.returncode == 1
    assert "could not finish" in str(err.value)
    assert AuditRun.objects.get().status == "failed"


@pytest.mark.browser
def test_reports_in_every_format(tmp_path):
    out = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "csv", "html", "xlsx", "pdf")}
    with FixtureServer() as server:
        call_command("audit", server.url + "/barriers/axe.html", "--no-follow", "--quiet",
                     *[a for fmt, path in out.items() for a in (f"--{fmt}", str(path))])
    report = json.loads(out["json"].read_text())
    assert CONTRACT_RUN <= set(report["run"])
    assert report["run"]["engine"]["axe"] == "4.14.1"
    (page,) = report["pages"]
    assert CONTRACT_PAGE <= set(page)
    assert all(CONTRACT_FINDING <= set(f) for f in page["findings"])
    image = next(f for f in page["findings"] if f["rule"] == "image-alt")
    assert (image["source"], image["outcome"], image["selector"], image["wcag"],
            image["en301549"], image["varam"]) == (
        "axe", "violation", "#logo-img", ["1.1.1"], ["9.1.1.1"], "text-alternatives")
    assert "image-alt" in out["csv"].read_text()
    html = out["html"].read_text()
    assert "#logo-img" in html and "By EN 301 549 clause" in html
    assert out["pdf"].read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    book = load_workbook(out["xlsx"])
    assert book.sheetnames == ["Summary", "Findings", "Pages", "Documents"]
    rules = [row[4] for row in book["Findings"].iter_rows(min_row=2, values_only=True)]
    assert "image-alt" in rules


def test_progress_bar_line():
    import io

    from audit.management.commands.audit import ProgressBar
    from audit.results import Finding, PageOutcome

    out = io.StringIO()
    bar = ProgressBar(out)
    page = PageOutcome(url="https://e.lv/a", findings=[
        Finding("image-alt", "axe", "violation", "critical"),
        Finding("er-link-vague", "links", "needs-review", "moderate")])
    bar(3, 12, page)
    bar.close()
    line = out.getvalue()
    assert line.startswith("\r[######------------------] 3/12 pages")
    assert "1 violations · 1 to review · 0 errors  https://e.lv/a" in line
