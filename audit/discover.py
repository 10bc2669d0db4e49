"""Which URLs an audit visits: start URLs, sitemaps, links, robots.txt, scope, traps.

Pure library code with no Django import. The runner asks :class:`Discovery`
for seed URLs once, then offers every link it finds on a page to
:meth:`Discovery.accept`; what comes back is normalised, in scope, allowed by
robots.txt and not a crawler trap. Counting pages against the run's maximum is
the store's job, because only the store knows what earlier (killed) attempts of
the same run already queued.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET  # noqa: S405 - expat >= 2.4 refuses entity bombs
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from requests.utils import requote_uri

#: Query parameters that never change the content: tracking and session ids.
IGNORED_PARAMS = frozenset(
    {
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
        "sid", "sessionid", "session_id", "phpsessid", "jsessionid", "aspsessionid",
        "cfid", "cftoken", "zenid", "osCsid".lower(),
    }
)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)

#: File extensions of documents: recorded and listed for review, never crawled as pages.
DOCUMENT_TYPES = {
    "pdf": "PDF", "doc": "DOC", "docx": "DOCX", "odt": "ODT", "rtf": "RTF",
    "xls": "XLS", "xlsx": "XLSX", "ods": "ODS", "csv": "CSV",
    "ppt": "PPT", "pptx": "PPTX", "odp": "ODP", "edoc": "EDOC", "asice": "ASICE",
}
#: Extensions that are neither pages nor documents an auditor reviews.
SKIPPED_EXTENSIONS = frozenset(
    "jpg jpeg png gif webp svg ico bmp tif tiff avif mp4 webm ogg ogv mp3 wav m4a "
    "zip gz tgz rar 7z exe dmg iso css js mjs json xml rss atom woff woff2 ttf eot vtt".split()
)

USER_AGENT = "JelgavaAccessibilityAudit/0.1 (+accessibility audit)"


class TextFetcher(Protocol):
    """What discovery needs from the HTTP layer."""

    def get_text(self, url: str) -> tuple[int, str] | None:
        """Return (status, body) or ``None`` when the URL cannot be fetched."""


def normalise_url(url: str, base: str | None = None) -> str | None:
    """Absolute, canonical form of ``url`` or ``None`` when it is not a web page link.

    Drops the fragment, default ports, tracking and session parameters; sorts
    the query; lower-cases scheme and host; resolves ``.`` and ``..``.
    """
    url = (url or "").strip()
    if not url:
        return None
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = _PATH_SESSION.sub("", parts.path) or "/"
    trailing = path.endswith("/")
    path = posixpath.normpath(path)
    if path in (".", "//"):
        path = "/"
    if trailing and not path.endswith("/"):
        path += "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in IGNORED_PARAMS and not k.lower().startswith("utm_")
    ]
    query.sort()
    return requote_uri(urlunsplit((scheme, host, path, urlencode(query, doseq=True), "")))


def extension_of(url: str) -> str:
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def document_type(url: str) -> str | None:
    """'PDF', 'DOCX', ... when ``url`` names a document by its extension."""
    return DOCUMENT_TYPES.get(extension_of(url))


@dataclass
class Scope:
    """Where a crawl may go.

    ``hosts`` defaults to the hosts of the start URLs; ``path_prefix`` limits the
    crawl to one section; ``include`` and ``exclude`` are regular expressions
    searched in the full URL (exclude wins).
    """

    hosts: frozenset[str] = frozenset()
    path_prefix: str = "/"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    _include: list[re.Pattern[str]] = field(default_factory=list, repr=False)
    _exclude: list[re.Pattern[str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._include = [re.compile(p) for p in self.include]
        self._exclude = [re.compile(p) for p in self.exclude]
        if not self.path_prefix.startswith("/"):
            self.path_prefix = "/" + self.path_prefix

    def same_site(self, url: str) -> bool:
        return urlsplit(url).netloc.lower() in self.hosts

    def contains(self, url: str) -> bool:
        if not self.same_site(url) or not urlsplit(url).path.startswith(self.path_prefix):
            return False
        if self._include and not any(p.search(url) for p in self._include):
            return False
        return not any(p.search(url) for p in self._exclude)


@dataclass
class TrapLimits:
    """Defences against endless URL spaces (calendars, facets, session ids).

    ``max_per_shape`` caps URLs that differ only in numbers and query values:
    ``/calendar/2031/05?view=week`` and ``/calendar/2031/06?view=day`` share
    the shape ``/calendar/#/#?view``.
    """

    max_url_length: int = 400
    max_path_segments: int = 12
    max_segment_repeats: int = 2
    max_query_params: int = 6
    max_per_shape: int = 30
    max_query_variants_per_path: int = 20


_DIGITS = re.compile(r"\d+")


def url_shape(url: str) -> str:
    parts = urlsplit(url)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return _DIGITS.sub("#", parts.path) + ("?" + "&".join(keys) if keys else "")


@dataclass
class TrapGuard:
    limits: TrapLimits = field(default_factory=TrapLimits)
    shapes: Counter[str] = field(default_factory=Counter)
    variants: Counter[str] = field(default_factory=Counter)

    def reason(self, url: str) -> str | None:
        """Why ``url`` looks like a trap, or ``None``. Does not record it."""
        lim = self.limits
        parts = urlsplit(url)
        if len(url) > lim.max_url_length:
            return "url too long"
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > lim.max_path_segments:
            return "too many path segments"
        if segments and max(Counter(segments).values()) > lim.max_segment_repeats:
            return "repeated path segment"
        if len(parse_qsl(parts.query, keep_blank_values=True)) > lim.max_query_params:
            return "too many query parameters"
        if self.shapes[url_shape(url)] >= lim.max_per_shape:
            return "too many URLs of the same shape"
        if parts.query and self.variants[parts.path] >= lim.max_query_variants_per_path:
            return "too many query variants of one path"
        return None

    def record(self, url: str) -> None:
        self.shapes[url_shape(url)] += 1
        parts = urlsplit(url)
        if parts.query:
            self.variants[parts.path] += 1


class Robots:
    """robots.txt of each host, fetched once. Allows everything when switched off."""

    def __init__(self, fetcher: TextFetcher, *, respect: bool = True,
                 user_agent: str = USER_AGENT) -> None:
        self.fetcher = fetcher
        self.respect = respect
        self.user_agent = user_agent
        self._parsers: dict[str, RobotFileParser] = {}

    def parser(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._parsers:
            parser = RobotFileParser()
            got = self.fetcher.get_text(origin + "/robots.txt")
            if got and got[0] == 200:
                parser.parse(got[1].splitlines())
            elif got and got[0] in (401, 403):
                parser.disallow_all = True
            else:
                parser.allow_all = True
            self._parsers[origin] = parser
        return self._parsers[origin]

    def allowed(self, url: str) -> bool:
        if not self.respect:
            return True
        return self.parser(url).can_fetch(self.user_agent, url)

    def sitemaps(self, url: str) -> list[str]:
        return list(self.parser(url).site_maps() or [])


_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse_sitemap(text: str) -> tuple[list[str], list[str]]:
    """Return (page URLs, nested sitemap URLs) of one sitemap document."""
    try:
        root = ET.fromstring(text.encode() if isinstance(text, str) else text)  # noqa: S314
    except ET.ParseError:
        return [], []
    tag = root.tag.replace(_SM, "")
    locs = [
        (el.text or "").strip()
        for el in root.iter()
        if el.tag.replace(_SM, "") == "loc" and (el.text or "").strip()
    ]
    if tag == "sitemapindex":
        return [], locs
    return locs, []


def read_sitemaps(fetcher: TextFetcher, urls: Iterable[str], *, limit: int = 5000,
                  max_files: int = 50) -> list[str]:
    """Page URLs from the given sitemaps, following sitemap indexes."""
    pages: list[str] = []
    todo = list(dict.fromkeys(urls))
    seen: set[str] = set()
    while todo and len(seen) < max_files and len(pages) < limit:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        got = fetcher.get_text(url)
        if not got or got[0] != 200:
            continue
        found, nested = parse_sitemap(got[1])
        pages.extend(found[: limit - len(pages)])
        todo.extend(u for u in nested if u not in seen)
    return pages


@dataclass
class DiscoveryConfig:
    start_urls: list[str]
    follow_links: bool = True
    use_sitemaps: bool = True
    respect_robots: bool = True
    max_depth: int = 5
    path_prefix: str = "/"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extra_hosts: tuple[str, ...] = ()
    traps: TrapLimits = field(default_factory=TrapLimits)


@dataclass
class Candidate:
    url: str
    depth: int


class Discovery:
    """Decides which URLs join a run."""

    def __init__(self, config: DiscoveryConfig, fetcher: TextFetcher) -> None:
        self.config = config
        self.fetcher = fetcher
        starts = [u for u in (normalise_url(s) for s in config.start_urls) if u]
        if not starts:
            raise ValueError("no valid http(s) start URL")
        self.start_urls = list(dict.fromkeys(starts))
        hosts = {urlsplit(u).netloc for u in self.start_urls}
        hosts |= {h.lower() for h in config.extra_hosts}
        self.scope = Scope(frozenset(hosts), config.path_prefix, tuple(config.include),
                           tuple(config.exclude))
        self.robots = Robots(fetcher, respect=config.respect_robots)
        self.traps = TrapGuard(config.traps)
        self.skipped: Counter[str] = Counter()

    def seeds(self) -> list[Candidate]:
        """Start URLs (depth 0), then sitemap URLs (depth 1), filtered by :meth:`accept`."""
        out = [Candidate(u, 0) for u in self.start_urls]
        for c in out:
            self.traps.record(c.url)
        if self.config.use_sitemaps:
            sitemap_urls: list[str] = []
            for origin in dict.fromkeys(
                f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.start_urls
            ):
                sitemap_urls += self.robots.sitemaps(origin + "/")
                sitemap_urls.append(origin + "/sitemap.xml")
            sitemap_urls = [u for u in sitemap_urls if self.scope.same_site(normalise_url(u) or "")]
            for url in read_sitemaps(self.fetcher, sitemap_urls):
                # The site's own list is not a trap: numbered pages in it all count.
                accepted = self.accept(url, 1, trusted=True)
                if accepted:
                    out.append(Candidate(accepted, 1))
        return out

    def accept(self, url: str, depth: int, base: str | None = None, *,
               trusted: bool = False) -> str | None:
        """Normalised ``url`` when it should be crawled as a page at ``depth``.

        ``trusted`` URLs (from the site's sitemap) skip the same-shape limits.
        """
        norm = normalise_url(url, base)
        reason = self._reject(norm, depth, trusted)
        if reason:
            self.skipped[reason] += 1
            return None
        assert norm is not None
        self.traps.record(norm)
        return norm

    def remember(self, url: str) -> None:
        """Count a URL an earlier attempt of the run accepted (for resuming)."""
        self.traps.record(url)

    def _reject(self, url: str | None, depth: int, trusted: bool = False) -> str | None:
        if not url:
            return "not http"
        if depth > self.config.max_depth:
            return "too deep"
        if not self.scope.contains(url):
            return "out of scope"
        ext = extension_of(url)
        if ext in DOCUMENT_TYPES:
            return "document"
        if ext in SKIPPED_EXTENSIONS:
            return "not a page"
        trap = self.traps.reason(url)
        if trap and not (trusted and trap.startswith("too many")):
            return trap
        if not self.robots.allowed(url):
            return "robots.txt"
        return None
