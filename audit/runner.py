"""One audit run: discover -> fetch -> inspect -> check -> store, resumable.

Pure orchestration with no Django import: settings arrive in an
:class:`AuditConfig`, results leave through a :class:`Store` (in memory here,
the database in :mod:`audit.store`). Worker threads fetch and inspect; the
calling thread alone talks to the store and to discovery, so neither needs
locks and the ORM is only touched from one thread.

A page's result and the links it adds to the queue are saved together, so a
run killed at any moment resumes with nothing lost and nothing done twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Protocol

from .browser import BrowserError, BrowserPool, axe_version, browser_factory
from .checks import Check, PageContext, combined_script, default_checks
from .checks.axe import axe_options, findings_from_axe
from .checks.documents import DocumentChecks
from .discover import (
    DOCUMENT_TYPES,
    SKIPPED_EXTENSIONS,
    Candidate,
    Discovery,
    DiscoveryConfig,
    TrapLimits,
    extension_of,
    normalise_url,
)
from .fetch import FetchResult, HttpClient, extract_links
from .results import PageOutcome
from .safety import HostGuard, RefusedURL

DEFAULT_BROWSER = {
    "BACKEND": "audit.browser.LocalChromium",
    "OPTIONS": {"binary": "/usr/bin/chromium", "driver": "/usr/bin/chromedriver"},
}
class RunAborted(RuntimeError):
    """The run cannot go on (no browser starts at all)."""


FAMILIES = ("axe", "typography", "links", "media", "language", "documents", "keyboard", "layout")


@dataclass
class AuditConfig:
    start_urls: list[str]
    max_pages: int = 100
    max_depth: int = 5
    concurrency: int = 2
    follow_links: bool = True
    use_sitemaps: bool = True
    respect_robots: bool = True
    path_prefix: str = "/"
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    allow_private_hosts: list[str] = field(default_factory=list)
    browser: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_BROWSER))
    #: Check families to run; all of :data:`FAMILIES` by default.
    families: list[str] = field(default_factory=lambda: list(FAMILIES))
    #: HEAD-check same-site links and documents for broken links and sizes.
    check_links: bool = True
    readability: bool = True
    http_timeout: float = 20.0
    #: A page taking longer than this in the browser is treated as a hang.
    page_deadline: float = 120.0
    trap_limits: TrapLimits = field(default_factory=TrapLimits)

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "trap_limits"}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditConfig:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


class Store(Protocol):
    """Where a run keeps its queue and results (memory, or the database)."""

    def known_urls(self) -> list[str]: ...
    def pending(self) -> list[Candidate]: ...
    def add(self, candidates: list[Candidate], limit: int) -> list[Candidate]: ...
    def save(self, page: PageOutcome, new: list[Candidate], limit: int) -> list[Candidate]: ...
    def started(self, engine: dict[str, str]) -> None: ...
    def finished(self, error: str | None) -> None: ...
    def link_targets(self, urls: list[str]) -> dict[str, PageOutcome | None]: ...
    def unresolved_outside(self) -> set[str]: ...
    def add_broken_link(self, target: str, reason: str) -> None: ...


class MemoryStore:
    """Keeps everything in memory; for tests, the CI check and library use."""

    def __init__(self) -> None:
        self.queue: dict[str, Candidate] = {}
        self.pages: dict[str, PageOutcome] = {}
        self.engine: dict[str, str] = {}
        self.error: str | None = None
        self.started_at: float | None = None
        self.finished_at: float | None = None

    def known_urls(self) -> list[str]:
        return list(self.queue)

    def pending(self) -> list[Candidate]:
        return [c for url, c in self.queue.items() if url not in self.pages]

    def add(self, candidates: list[Candidate], limit: int) -> list[Candidate]:
        accepted = []
        for c in candidates:
            if c.url not in self.queue and len(self.queue) < limit:
                self.queue[c.url] = c
                accepted.append(c)
        return accepted

    def save(self, page: PageOutcome, new: list[Candidate], limit: int) -> list[Candidate]:
        self.pages[page.url] = page
        if page.broken:
            self.add_broken_link(page.url, page.broken_reason)
        return self.add(new, limit)

    def link_targets(self, urls: list[str]) -> dict[str, PageOutcome | None]:
        """Known targets: the done page, or ``None`` while still queued."""
        return {u: self.pages.get(u) for u in urls if u in self.queue}

    def unresolved_outside(self) -> set[str]:
        return {ref["url"] for p in self.pages.values() for ref in p.unresolved
                if ref["url"] not in self.queue}

    def add_broken_link(self, target: str, reason: str) -> None:
        for page in self.pages.values():
            for ref in page.unresolved:
                if ref["url"] == target and not any(
                    f.rule == "er-link-broken" and f.selector == ref["selector"]
                    for f in page.findings
                ):
                    page.findings.append(broken_link_finding(ref, reason))

    def started(self, engine: dict[str, str]) -> None:
        self.engine = engine
        self.started_at = time.time()

    def finished(self, error: str | None) -> None:
        self.error = error
        self.finished_at = time.time()


@dataclass
class RunSummary:
    pages: int = 0
    errors: int = 0
    violations: int = 0
    needs_review: int = 0
    seconds: float = 0.0
    browsers_replaced: int = 0
    stopped: bool = False
    skipped: dict[str, int] = field(default_factory=dict)
    #: The pages of this attempt when the store keeps them (MemoryStore).
    results: list[PageOutcome] = field(default_factory=list)

    @property
    def pages_per_minute(self) -> float:
        return 60.0 * self.pages / self.seconds if self.seconds else 0.0

    def findings(self, outcome: str | None = None):
        for page in self.results:
            for f in page.findings:
                if outcome is None or f.outcome == outcome:
                    yield page, f


Progress = Callable[[int, int, PageOutcome], None]


def engine_info() -> dict[str, str]:
    try:
        product = metadata.version("jelgava-cms")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            product = tomllib.loads(pyproject.read_text())["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            product = "unknown"
    return {"axe": axe_version(), "product": product}


class Inspector:
    """Fetches and inspects one URL; shared by the worker threads."""

    def __init__(self, config: AuditConfig, http: HttpClient, discovery: Discovery,
                 pool: BrowserPool | None) -> None:
        self.config = config
        self.http = http
        self.discovery = discovery
        self.pool = pool
        self.families = set(config.families)
        self.checks: list[Check] = [
            c for c in default_checks(readability=config.readability)
            if c.family in self.families
        ]
        # The documents family reads the links family's data: gather it either way.
        from .checks.links import LinkChecks

        scripted = [c for c in self.checks if c.script]
        if any(c.reads == "links" for c in self.checks) and not any(
            isinstance(c, LinkChecks) for c in scripted
        ):
            scripted.append(LinkChecks())
        self.script = combined_script(scripted)
        self.axe_options = axe_options()
        self.busy: dict[int, tuple[Any, float]] = {}
        self._lock = threading.Lock()

    # -- one page ------------------------------------------------------------
    def process(self, candidate: Candidate) -> PageOutcome:
        page = PageOutcome(url=candidate.url, depth=candidate.depth)
        res = self.http.fetch(candidate.url)
        self.http.seed_status(candidate.url, res)
        _copy_fetch(page, res)
        if res.error or res.status is None:
            return page
        final = normalise_url(res.final_url) or res.final_url
        if final != candidate.url:
            self.http.seed_status(final, res)
            # Redirected: the target joins the queue on its own (and is deduplicated there).
            if self.discovery.scope.contains(final):
                page.links = [final]
            return page
        if res.status >= 400 or not res.is_html:
            return page
        if self.pool is None:
            page.links = extract_links(res.text, final)
            return page
        last_error = ""
        for attempt in (1, 2):
            page.attempts = attempt
            try:
                browser = self.pool.acquire()
            except Exception as exc:
                if self.pool.started == 0:
                    raise RunAborted(f"no browser could start: {exc}") from exc
                last_error = f"browser did not start: {exc}"
                continue
            try:
                self._mark(browser)
                self._inspect(browser, page, res)
            except Exception as exc:  # noqa: BLE001 - crash, hang, killed: replace and retry
                self._unmark()
                self.pool.discard(browser)
                last_error = str(exc) if isinstance(exc, BrowserError) else (
                    f"{exc.__class__.__name__}: {str(exc)[:200]}")
                page.findings = []
                continue
            self._unmark()
            self.pool.release(browser)
            return page
        page.error = f"browser failed twice: {last_error}"
        page.links = extract_links(res.text, final)
        return page

    def _inspect(self, browser: Any, page: PageOutcome, res: FetchResult) -> None:
        url = res.final_url
        self.http.guard.check_url(url)
        load = browser.open(url)
        page.title, page.lang, page.load_ms = load.title, load.lang, load.load_ms
        findings = []
        if "axe" in self.families:
            result = browser.run_axe(self.axe_options)
            if result.get("error"):
                raise BrowserError(f"axe failed: {result['error']}")
            findings += findings_from_axe(result)
        data = browser.execute(self.script) or {}
        links = data.get("links") or []
        page.links = [link["href"] for link in links if link.get("href")]
        ctx = PageContext(url=page.url, final_url=url, content_language=res.content_language)
        if self.config.check_links:
            ctx.link_status, page.unresolved = self._link_status(links)
        for check in self.checks:
            if check.interactive:
                findings += check.interact(browser, ctx)
            elif check.script or check.reads:
                findings += check.evaluate(data.get(check.reads or check.family), ctx)
            if isinstance(check, DocumentChecks):
                page.documents = check.documents(data.get("links"), ctx)
        page.findings = findings

    def _link_status(self, links: list[dict[str, Any]]):
        """Statuses of same-site link targets, and the links left to the crawl.

        A target the crawl will fetch anyway is not requested now: the page is
        saved with it as "unresolved" and the store adds a broken-link finding
        when the target's own fetch fails (see :func:`run_audit`).
        """
        status: dict[str, Any] = {}
        unresolved: list[dict[str, str]] = []
        deferred: set[str] = set()
        for link in links:
            url = normalise_url(link.get("href") or "")
            if not url or url in status or not self.discovery.scope.same_site(url):
                continue
            if url in deferred:
                unresolved.append(_link_ref(url, link))
                continue
            if not self.http.guard.allows(url):
                continue
            cached = self.http.cached(url)
            if cached is not None:
                status[url] = cached
            elif self._crawlable(url):
                deferred.add(url)
                unresolved.append(_link_ref(url, link))
            else:
                status[url] = self.http.head(url)
        return status, unresolved

    def _crawlable(self, url: str) -> bool:
        ext = extension_of(url)
        return (
            self.config.follow_links
            and self.discovery.scope.contains(url)
            and ext not in DOCUMENT_TYPES
            and ext not in SKIPPED_EXTENSIONS
            and self.discovery.robots.allowed(url)
        )

    # -- hang watchdog ---------------------------------------------------------
    def _mark(self, browser: Any) -> None:
        with self._lock:
            self.busy[threading.get_ident()] = (browser, time.monotonic())

    def _unmark(self) -> None:
        with self._lock:
            self.busy.pop(threading.get_ident(), None)

    def kill_overdue(self) -> int:
        now = time.monotonic()
        with self._lock:
            overdue = [b for b, t in self.busy.values() if now - t > self.config.page_deadline]
        for browser in overdue:
            browser.kill()
        return len(overdue)


def _link_ref(url: str, link: dict[str, Any]) -> dict[str, str]:
    return {"url": url, "selector": link.get("selector", ""),
            "snippet": (link.get("snippet") or "")[:300]}


def broken_link_finding(ref: dict[str, str], reason: str):
    from .checks import finding

    return finding("er-link-broken", ref["selector"], ref["snippet"],
                   f"Link target {ref['url']} answers {reason}.")


def _copy_fetch(page: PageOutcome, res: FetchResult) -> None:
    page.final_url = res.final_url
    page.status = res.status
    page.content_type = res.content_type
    page.content_language = res.content_language
    page.bytes = res.bytes
    page.load_ms = res.elapsed_ms
    page.error = res.error
    page.redirects = res.redirects


def _resolve_known_targets(page: PageOutcome, store: Store) -> None:
    """Links to pages the run already fetched get their verdict before the save."""
    if not page.unresolved:
        return
    known = store.link_targets(list({ref["url"] for ref in page.unresolved}))
    for ref in page.unresolved:
        target = known.get(ref["url"])
        if target is not None and target.broken:
            page.findings.append(broken_link_finding(ref, target.broken_reason))


def _check_uncrawled_targets(store: Store, http: HttpClient) -> None:
    """Links to pages the crawl never took (limits, traps): one HEAD each, at the end."""
    for url in sorted(store.unresolved_outside()):
        status = http.head(url)
        if status.broken:
            reason = str(status.status) if status.status else (status.error or "")
            store.add_broken_link(url, reason)


def validate_start_urls(config: AuditConfig, guard: HostGuard | None = None) -> list[str]:
    """Normalised start URLs; raises ``ValueError`` / ``RefusedURL`` for bad ones."""
    guard = guard or HostGuard(config.allow_private_hosts)
    urls = []
    for raw in config.start_urls:
        url = normalise_url(raw)
        if not url:
            raise ValueError(f"not an http(s) URL: {raw}")
        guard.check_url(url)
        urls.append(url)
    if not urls:
        raise ValueError("give at least one start URL")
    return urls


def run_audit(config: AuditConfig, store: Store | None = None, *,
              progress: Progress | None = None,
              should_stop: Callable[[], bool] | None = None,
              browser_factory_override: Callable[[], Any] | None = None,
              http: HttpClient | None = None) -> RunSummary:
    """Run (or resume) one audit and return its summary.

    Raises :class:`~audit.safety.RefusedURL` or ``ValueError`` before any work
    when a start URL is not allowed.
    """
    store = store if store is not None else MemoryStore()
    guard = HostGuard(config.allow_private_hosts)
    starts = validate_start_urls(config, guard)
    http = http or HttpClient(guard, timeout=config.http_timeout)
    discovery = Discovery(DiscoveryConfig(
        start_urls=starts, follow_links=config.follow_links,
        use_sitemaps=config.use_sitemaps and config.follow_links,
        respect_robots=config.respect_robots, max_depth=config.max_depth,
        path_prefix=config.path_prefix, include=tuple(config.include),
        exclude=tuple(config.exclude), traps=config.trap_limits,
    ), http)
    needs_browser = bool(set(config.families) - {"http"})
    pool = None
    if needs_browser:
        pool = BrowserPool(browser_factory_override or browser_factory(config.browser),
                           config.concurrency)
    inspector = Inspector(config, http, discovery, pool)
    summary = RunSummary()
    started = time.monotonic()
    store.started(engine_info())

    known = store.known_urls()
    if known:
        for url in known:
            discovery.remember(url)
    else:
        store.add(discovery.seeds(), config.max_pages)
    queue = list(store.pending())
    total = len(known) or len(store.known_urls())
    done = total - len(queue)
    error: str | None = None

    try:
        # Twice as many pages in flight as browsers: while a browser inspects
        # one page, the next page's HTTP fetch is already under way.
        in_flight = 2 * max(1, config.concurrency)
        with ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="audit") as executor:
            running: dict[Future[PageOutcome], Candidate] = {}
            while queue or running:
                stop = should_stop() if should_stop else False
                while queue and len(running) < in_flight and not stop:
                    candidate = queue.pop(0)
                    running[executor.submit(inspector.process, candidate)] = candidate
                if not running:
                    summary.stopped = stop
                    break
                tick = min(5.0, max(0.05, config.page_deadline / 4))
                finished, _ = wait(running, timeout=tick, return_when=FIRST_COMPLETED)
                if not finished:
                    inspector.kill_overdue()
                    continue
                for future in finished:
                    candidate = running.pop(future)
                    try:
                        page = future.result()
                    except RunAborted:
                        raise
                    except RefusedURL as exc:
                        page = PageOutcome(url=candidate.url, depth=candidate.depth,
                                           error=str(exc))
                    except Exception as exc:  # noqa: BLE001 - record, never lose the page
                        page = PageOutcome(url=candidate.url, depth=candidate.depth,
                                           error=f"{exc.__class__.__name__}: {exc}"[:300])
                    new = []
                    if config.follow_links or page.links == [normalise_url(page.final_url)]:
                        for link in page.links:
                            depth = candidate.depth + (0 if link == page.final_url else 1)
                            accepted = discovery.accept(link, depth)
                            if accepted:
                                new.append(Candidate(accepted, depth))
                    _resolve_known_targets(page, store)
                    added = store.save(page, new, config.max_pages)
                    queue.extend(added)
                    total += len(added)
                    done += 1
                    summary.pages += 1
                    summary.errors += page.error is not None
                    for f in page.findings:
                        if f.outcome == "violation":
                            summary.violations += 1
                        else:
                            summary.needs_review += 1
                    if isinstance(store, MemoryStore):
                        summary.results.append(page)
                    if progress:
                        progress(done, total, page)
            if not summary.stopped and config.check_links:
                _check_uncrawled_targets(store, http)
    except BaseException as exc:
        error = f"{exc.__class__.__name__}: {exc}"
        raise
    finally:
        if pool is not None:
            summary.browsers_replaced = pool.replaced
            pool.close()
        summary.seconds = time.monotonic() - started
        summary.skipped = dict(discovery.skipped)
        store.finished(error)
    return summary
