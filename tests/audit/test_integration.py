"""Crawl the fixture site in real Chromium: every planted barrier found, clean pages clean."""

import importlib.util

import pytest

from audit.checks.registry import RULES
from audit.runner import AuditConfig, run_audit
from tests.audit.fixture_server import FixtureServer

pytestmark = pytest.mark.browser

#: (page, rule, selector) of every barrier planted in tests/audit/fixture_site/barriers/.
PLANTED = [
    ("/barriers/axe.html", "image-alt", "#logo-img"),
    ("/barriers/axe.html", "label", "#name-field"),
    ("/barriers/axe.html", "color-contrast", "#faint"),
    ("/barriers/typography.html", "er-text-small", "#small"),
    ("/barriers/typography.html", "er-text-justified", "#justified"),
    ("/barriers/typography.html", "er-text-italic-long", "#italic"),
    ("/barriers/typography.html", "er-text-all-caps", "#caps"),
    ("/barriers/typography.html", "er-line-height-tight", "#tight"),
    ("/barriers/typography.html", "er-line-too-long", "#wide"),
    ("/barriers/links.html", "er-link-vague", "#vague"),
    ("/barriers/links.html", "er-link-vague", "#vague-lv"),
    ("/barriers/links.html", "er-link-new-window", "#newwin"),
    ("/barriers/links.html", "er-link-document-format", "#doc"),
    ("/barriers/links.html", "er-link-same-text", "#same2"),
    ("/barriers/links.html", "er-link-broken", "#broken"),
    ("/barriers/links.html", "er-document-review", "#doc"),
    ("/barriers/media.html", "er-video-no-captions", "#nocaps"),
    ("/barriers/media.html", "er-audio-no-transcript", "#podcast"),
    ("/barriers/media.html", "er-media-autoplay", "#autoplay"),
    ("/barriers/layout.html", "er-reflow-320", "#fixed-wide"),
    ("/barriers/layout.html", "er-text-resize-clipped", "#clipped"),
    ("/barriers/keyboard.html", "er-focus-not-visible", "#nofocus"),
    ("/barriers/language.html", "er-lang-mismatch", "html"),
    ("/barriers/documents.html", "er-document-review", "#budget"),
]
CLEAN = ["/index.html", "/about.html", "/hours.html", "/orphan.html", "/lv.html"]
HAS_EASY_READ = importlib.util.find_spec("easy_read.analysis") is not None


@pytest.fixture(scope="module")
def crawl():
    with FixtureServer() as server:
        config = AuditConfig(start_urls=[server.url + "/index.html"],
                             allow_private_hosts=["127.0.0.1"], concurrency=2, max_pages=60)
        summary = run_audit(config)
        pages = {p.url.replace(server.url, ""): p for p in summary.results}
        yield pages, summary


def found(pages, path):
    return {(f.rule, f.selector) for f in pages[path].findings}


@pytest.mark.parametrize("path,rule,selector", PLANTED)
def test_planted_barrier_is_found(crawl, path, rule, selector):
    pages, _ = crawl
    assert (rule, selector) in found(pages, path), sorted(found(pages, path))


@pytest.mark.skipif(not HAS_EASY_READ, reason="easy_read.analysis is not installed")
def test_hard_text_is_flagged_through_easy_read(crawl):
    pages, _ = crawl
    assert ("er-readability-hard", "#main") in found(pages, "/barriers/readability.html")


@pytest.mark.parametrize("path", CLEAN)
def test_clean_pages_have_no_findings(crawl, path):
    pages, _ = crawl
    assert pages[path].error is None
    assert [(f.rule, f.selector, f.message) for f in pages[path].findings] == []


def test_every_finding_is_mapped(crawl):
    pages, _ = crawl
    for page in pages.values():
        for f in page.findings:
            assert f.outcome in ("violation", "needs-review")
            assert f.source in ("axe", "typography", "links", "media", "language", "documents",
                                "keyboard", "layout", "http")
            if f.rule.startswith("er-"):
                rule = RULES[f.rule]
                assert (f.wcag, f.en301549, f.varam) == (
                    list(rule.wcag), list(rule.en301549), rule.varam)
            if f.source == "axe" and f.wcag:
                assert f.en301549 == [f"9.{c}" for c in f.wcag]


def test_discovery_follows_sitemap_and_robots_and_normalises(crawl):
    pages, summary = crawl
    assert "/orphan.html" in pages  # only in sitemap.xml
    assert not any(p.startswith("/private/") for p in pages)  # robots.txt Disallow
    assert not any(";" in p or "utm_" in p for p in pages)  # session ids, tracking
    assert summary.skipped.get("robots.txt")
    assert pages["/old-address"].redirects[-1].endswith("/hours.html")
    assert pages["/no-such-page.html"].status == 404


def test_redirect_to_private_address_is_refused(crawl):
    pages, _ = crawl
    assert pages["/to-metadata"].error.startswith("refused http://169.254.169.254/")


def test_documents_are_recorded_with_type_and_size(crawl):
    pages, _ = crawl
    docs = pages["/barriers/documents.html"].documents
    assert [(d.type, d.status) for d in docs] == [("PDF", 200)]
    assert docs[0].bytes and docs[0].link_text.startswith("Budget 2026")


def test_page_facts(crawl):
    pages, _ = crawl
    home = pages["/index.html"]
    assert (home.status, home.title, home.lang, home.content_type) == (
        200, "Fixture town", "en", "text/html")
    assert home.load_ms is not None and home.bytes > 1000
