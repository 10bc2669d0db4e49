"""The runner with a fake network and fake browsers: queueing, limits, crashes, hangs."""

import threading

import pytest

from audit.browser import BrowserError, LoadInfo
from audit.fetch import HttpClient
from audit.runner import AuditConfig, MemoryStore, RunAborted, run_audit
from audit.safety import HostGuard, RefusedURL
from tests.audit.fakes import FakeSession, html

BASE = "http://127.0.0.1:1"


def site(n=5):
    routes = {f"{BASE}/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\n")}
    for i in range(n):
        nxt = "".join(f'<a href="/p{j}">Page {j}</a>' for j in range(n) if j != i)
        routes[f"{BASE}/p{i}"] = html(nxt)
    routes[f"{BASE}/old"] = (301, {"Location": "/p0"}, "")
    return routes


class FakeBrowser:
    """Returns the links of the fake site; can be told to crash or hang on a URL."""

    crash_once: set[str] = set()
    crash_always: set[str] = set()
    hang_once: set[str] = set()
    started = 0

    def __init__(self, routes):
        self.routes = routes
        self.url = ""
        self.killed = threading.Event()

    def start(self):
        FakeBrowser.started += 1

    def open(self, url):
        self.url = url
        if url in FakeBrowser.crash_always:
            raise BrowserError("chrome not reachable")
        if url in FakeBrowser.crash_once:
            FakeBrowser.crash_once.discard(url)
            raise BrowserError("session deleted because of page crash")
        if url in FakeBrowser.hang_once:
            FakeBrowser.hang_once.discard(url)
            self.killed.wait(30)
            raise ConnectionResetError("driver killed")
        return LoadInfo(url, "Title", "en", 5)

    def run_axe(self, options):
        rule = {"id": "image-alt", "impact": "critical", "tags": ["wcag2a", "wcag111"],
                "helpUrl": "h", "nodes": [{"target": ["img"], "html": "<img>",
                                            "failureSummary": "no alt"}]}
        return {"violations": [rule], "incomplete": []}

    def execute(self, script, *args):
        import re

        body = self.routes[self.url][2]
        return {"links": [{"href": BASE + h, "name": "x", "selector": f"a[href='{h}']",
                           "snippet": "<a>", "visible": True, "target": "", "title": ""}
                          for h in re.findall(r'href="([^"]+)"', body)]}

    def kill(self):
        self.killed.set()

    def quit(self):
        pass


@pytest.fixture(autouse=True)
def reset_fake():
    FakeBrowser.crash_once, FakeBrowser.crash_always, FakeBrowser.hang_once = set(), set(), set()
    FakeBrowser.started = 0


def audit(routes, store=None, session=None, **kwargs):
    kwargs.setdefault("families", ["axe", "links"])
    kwargs.setdefault("concurrency", 2)
    kwargs.setdefault("check_links", False)
    config = AuditConfig(start_urls=[f"{BASE}/p0"], allow_private_hosts=["127.0.0.1"], **kwargs)
    http = HttpClient(HostGuard(["127.0.0.1"]), session=session or FakeSession(routes))
    return run_audit(config, store, http=http,
                     browser_factory_override=lambda: FakeBrowser(routes))


def test_crawls_every_page_once():
    summary = audit(site(5))
    urls = sorted(p.url for p in summary.results)
    assert urls == [f"{BASE}/p{i}" for i in range(5)]
    assert summary.violations == 5
    assert all(p.findings[0].wcag == ["1.1.1"] and p.findings[0].en301549 == ["9.1.1.1"]
               and p.findings[0].varam == "text-alternatives" for p in summary.results)


def test_max_pages_counts_queued_urls():
    summary = audit(site(8), max_pages=3)
    assert summary.pages == 3


def test_no_follow_audits_only_the_start_urls():
    summary = audit(site(5), follow_links=False)
    assert [p.url for p in summary.results] == [f"{BASE}/p0"]


def test_crashed_browser_is_replaced_and_page_retried_once():
    FakeBrowser.crash_once = {f"{BASE}/p1"}
    FakeBrowser.crash_always = {f"{BASE}/p2"}
    summary = audit(site(4))
    pages = {p.url: p for p in summary.results}
    assert pages[f"{BASE}/p1"].error is None and pages[f"{BASE}/p1"].attempts == 2
    assert pages[f"{BASE}/p1"].findings
    assert pages[f"{BASE}/p2"].error.startswith("browser failed twice")
    assert pages[f"{BASE}/p2"].findings == []
    assert summary.browsers_replaced == 3


def test_hung_browser_is_killed_and_page_retried():
    FakeBrowser.hang_once = {f"{BASE}/p1"}
    summary = audit(site(3), page_deadline=0.3)
    p1 = next(p for p in summary.results if p.url == f"{BASE}/p1")
    assert p1.error is None and p1.attempts == 2
    assert summary.browsers_replaced == 1


def test_no_browser_at_all_aborts_the_run():
    routes = site(2)

    class Broken(FakeBrowser):
        def start(self):
            raise BrowserError("Chromium did not start")

    config = AuditConfig(start_urls=[f"{BASE}/p0"], allow_private_hosts=["127.0.0.1"],
                         families=["axe"])
    http = HttpClient(HostGuard(["127.0.0.1"]), session=FakeSession(routes))
    store = MemoryStore()
    with pytest.raises(RunAborted):
        run_audit(config, store, http=http, browser_factory_override=lambda: Broken(routes))
    assert store.error.startswith("RunAborted")


def test_redirect_target_joins_the_queue_once():
    routes = site(2)
    config = AuditConfig(start_urls=[f"{BASE}/old"], allow_private_hosts=["127.0.0.1"],
                         families=["axe", "links"], check_links=False)
    http = HttpClient(HostGuard(["127.0.0.1"]), session=FakeSession(routes))
    summary = run_audit(config, http=http, browser_factory_override=lambda: FakeBrowser(routes))
    pages = {p.url: p for p in summary.results}
    assert pages[f"{BASE}/old"].redirects == [f"{BASE}/p0"]
    assert pages[f"{BASE}/old"].findings == []
    assert set(pages) == {f"{BASE}/old", f"{BASE}/p0", f"{BASE}/p1"}


def test_resume_continues_where_the_store_stopped():
    routes = site(6)
    store = MemoryStore()
    first = audit(routes, store, max_pages=6, concurrency=1)
    assert first.pages == 6
    # Forget three results, as if the process died before saving them.
    for url in list(store.pages)[3:]:
        del store.pages[url]
    again = audit(routes, store, max_pages=6, concurrency=1)
    assert again.pages == 3
    assert len(store.pages) == 6


def test_private_start_url_is_refused_before_any_work():
    config = AuditConfig(start_urls=["http://10.0.0.1/"], allow_private_hosts=[])
    with pytest.raises(RefusedURL):
        run_audit(config, browser_factory_override=lambda: pytest.fail("no browser"))


def broken(summary):
    return sorted((p.url.replace(BASE, ""), f.selector) for p, f in summary.findings()
                  if f.rule == "er-link-broken")


def test_broken_links_are_found_without_extra_requests_for_crawled_pages():
    routes = site(3)
    routes[f"{BASE}/p1"] = html('<a href="/gone">Price list</a><a href="/p2">Page 2</a>')
    routes[f"{BASE}/p2"] = html('<a href="/gone">Price list</a>')
    session = FakeSession(routes)
    summary = audit(routes, session=session, check_links=True, concurrency=1)
    assert broken(summary) == [("/p1", "a[href='/gone']"), ("/p2", "a[href='/gone']")]
    assert [m for m, _ in session.requests].count("HEAD") == 0
    gone = next(p for p in summary.results if p.url == f"{BASE}/gone")
    assert gone.status == 404


def test_links_beyond_the_page_limit_are_checked_at_the_end():
    routes = site(3)
    routes[f"{BASE}/p0"] = html('<a href="/p1">1</a><a href="/p2">2</a><a href="/gone">x</a>')
    session = FakeSession(routes)
    summary = audit(routes, session=session, check_links=True, max_pages=2, concurrency=1)
    assert ("/p0", "a[href='/gone']") in broken(summary)
    heads = [u for m, u in session.requests if m == "HEAD"]
    assert f"{BASE}/gone" in heads and f"{BASE}/p1" not in heads


def test_broken_link_findings_survive_a_resume():
    routes = site(3)
    routes[f"{BASE}/p0"] = html('<a href="/p1">1</a><a href="/gone">x</a>')
    store = MemoryStore()
    audit(routes, store, check_links=True, concurrency=1)
    # Forget the 404 page and the finding it produced, as if killed before its save.
    del store.pages[f"{BASE}/gone"]
    store.pages[f"{BASE}/p0"].findings = [
        f for f in store.pages[f"{BASE}/p0"].findings if f.rule != "er-link-broken"]
    audit(routes, store, check_links=True, concurrency=1)
    rules = [f.rule for f in store.pages[f"{BASE}/p0"].findings]
    assert rules.count("er-link-broken") == 1
