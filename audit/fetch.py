"""HTTP facts about a URL: status, redirects, content type, size, language.

Pure library code with no Django import. Every request and every redirect hop
goes through the :class:`~audit.safety.HostGuard`, so a public page that
redirects to ``http://169.254.169.254/`` is refused, not fetched.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import requests
from bs4 import BeautifulSoup

from .discover import USER_AGENT, normalise_url
from .safety import HostGuard, RefusedURL

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class FetchResult:
    url: str
    final_url: str = ""
    status: int | None = None
    redirects: list[str] = field(default_factory=list)
    content_type: str = ""
    content_language: str = ""
    bytes: int = 0
    elapsed_ms: int = 0
    error: str | None = None
    text: str = ""

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and self.status < 400


@dataclass(frozen=True)
class LinkStatus:
    status: int | None
    content_type: str = ""
    bytes: int = 0
    error: str | None = None

    @property
    def broken(self) -> bool:
        """404s, 5xx, loops and dead hosts; a refused (private) target is not "broken"."""
        if self.error and self.error.startswith("refused"):
            return False
        return bool(self.error) or (self.status is not None and self.status >= 400)


class HttpClient:
    """A guarded ``requests`` session shared by the crawl's threads.

    ``session`` may be any object with a ``requests.Session``-like ``request``
    method, which is how the unit tests fake the network.
    """

    def __init__(self, guard: HostGuard, *, timeout: float = 20.0, max_redirects: int = 10,
                 max_bytes: int = 8 * 1024 * 1024, user_agent: str = USER_AGENT,
                 session: requests.Session | None = None) -> None:
        self.guard = guard
        self.timeout = timeout
        self.max_redirects = max_redirects
        self.max_bytes = max_bytes
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": user_agent, "Accept-Language": "lv,en;q=0.8"})
        self._status_cache: dict[str, LinkStatus] = {}
        self._lock = threading.Lock()

    # -- pages ---------------------------------------------------------------
    def fetch(self, url: str, *, method: str = "GET", body: str = "html") -> FetchResult:
        """Follow redirects by hand (each hop guarded) and read at most ``max_bytes``.

        ``body`` says when to read the response body: ``"html"`` (HTML pages and
        error pages), ``"always"`` (robots.txt, sitemaps) or ``"never"``.
        """
        result = FetchResult(url=url)
        start = time.monotonic()
        current = url
        seen = {url}
        try:
            for _hop in range(self.max_redirects + 1):
                self.guard.check_url(current)
                resp = self.session.request(
                    method, current, allow_redirects=False, stream=True, timeout=self.timeout
                )
                try:
                    if resp.is_redirect or resp.status_code in (301, 302, 303, 307, 308):
                        location = resp.headers.get("Location", "")
                        target = normalise_url(location, current) if location else None
                        if not target:
                            result.status = resp.status_code
                            result.error = "redirect without a usable Location"
                            break
                        result.redirects.append(target)
                        if target in seen:
                            result.status = resp.status_code
                            result.error = "redirect loop"
                            break
                        seen.add(target)
                        current = target
                        continue
                    result.status = resp.status_code
                    result.content_type = (
                        resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
                    )
                    result.content_language = resp.headers.get("Content-Language", "")
                    declared = resp.headers.get("Content-Length")
                    wanted = body == "always" or (
                        body == "html" and (result.is_html or result.status >= 400)
                    )
                    if wanted and method == "GET":
                        data = _read_limited(resp, self.max_bytes)
                        result.bytes = len(data)
                        result.text = data.decode(resp.encoding or "utf-8", errors="replace")
                    elif declared and declared.isdigit():
                        result.bytes = int(declared)
                    break
                finally:
                    resp.close()
            else:
                result.error = "too many redirects"
        except RefusedURL as exc:
            result.error = str(exc)
        except requests.RequestException as exc:
            result.error = f"{exc.__class__.__name__}: {str(exc)[:200]}"
        result.final_url = current
        result.elapsed_ms = int((time.monotonic() - start) * 1000)
        return result

    def get_text(self, url: str) -> tuple[int, str] | None:
        res = self.fetch(url, body="always")
        if res.error or res.status is None:
            return None
        return res.status, res.text

    # -- links and documents -------------------------------------------------
    def head(self, url: str) -> LinkStatus:
        """Status, content type and size of a link target, cached for the run."""
        with self._lock:
            if url in self._status_cache:
                return self._status_cache[url]
        res = self.fetch(url, method="HEAD", body="never")
        if res.status in (403, 405, 501):
            res = self.fetch(url, method="GET", body="never")
        value = LinkStatus(res.status, res.content_type, res.bytes, res.error)
        with self._lock:
            self._status_cache[url] = value
        return value

    def cached(self, url: str) -> LinkStatus | None:
        with self._lock:
            return self._status_cache.get(url)

    def seed_status(self, url: str, result: FetchResult) -> None:
        """Remember what a full fetch learned, so link checks need no extra request."""
        status = LinkStatus(result.status, result.content_type, result.bytes, result.error)
        with self._lock:
            self._status_cache.setdefault(url, status)


def _read_limited(resp: requests.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in resp.iter_content(64 * 1024):
        chunks.append(chunk)
        total += len(chunk)
        if total >= limit:
            break
    return b"".join(chunks)[:limit]


def extract_links(html: str, base: str) -> list[str]:
    """Absolute hrefs of ``<a>`` and ``<area>`` in static HTML (when no browser ran)."""
    soup = BeautifulSoup(html, "html.parser")
    base_tag = soup.find("base", href=True)
    if base_tag:
        base = normalise_url(str(base_tag["href"]), base) or base
    out = []
    for tag in soup.find_all(["a", "area"], href=True):
        url = normalise_url(str(tag["href"]), base)
        if url:
            out.append(url)
    return list(dict.fromkeys(out))
