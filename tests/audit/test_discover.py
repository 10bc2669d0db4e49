import pytest

from audit.discover import (
    Discovery,
    DiscoveryConfig,
    Scope,
    TrapGuard,
    TrapLimits,
    document_type,
    normalise_url,
    parse_sitemap,
    read_sitemaps,
)


class Texts:
    """A TextFetcher of canned bodies."""

    def __init__(self, pages):
        self.pages = pages
        self.asked = []

    def get_text(self, url):
        self.asked.append(url)
        if url in self.pages:
            return 200, self.pages[url]
        return 404, ""


@pytest.mark.parametrize("raw,expected", [
    ("HTTP://Example.ORG:80/a/../b/./c?b=2&a=1#frag", "http://example.org/b/c?a=1&b=2"),
    ("https://example.org:443", "https://example.org/"),
    ("https://example.org/p?utm_source=leaflet&id=3", "https://example.org/p?id=3"),
    ("https://example.org/p;jsessionid=ABC?x=1", "https://example.org/p?x=1"),
    ("https://example.org/p?PHPSESSID=1&sid=2", "https://example.org/p"),
    ("https://example.org/dir/", "https://example.org/dir/"),
    ("https://example.org/ā b", "https://example.org/%C4%81%20b"),
    ("mailto:a@example.org", None),
    ("javascript:void(0)", None),
    ("", None),
])
def test_normalise_url(raw, expected):
    assert normalise_url(raw) == expected


def test_relative_links_resolve_against_the_page():
    assert normalise_url("../x.html", "https://e.org/a/b/c.html") == "https://e.org/a/x.html"


def test_document_types():
    assert document_type("https://e.org/files/Budget.PDF") == "PDF"
    assert document_type("https://e.org/f.docx?download=1") == "DOCX"
    assert document_type("https://e.org/page") is None


def test_scope_host_prefix_include_exclude():
    scope = Scope(frozenset({"e.org"}), "/lv/", include=(r"/lv/",), exclude=(r"/lv/arhivs/",))
    assert scope.contains("https://e.org/lv/pakalpojumi/")
    assert not scope.contains("https://e.org/en/services/")
    assert not scope.contains("https://e.org/lv/arhivs/2019/")
    assert not scope.contains("https://other.org/lv/")


def test_endless_calendar_is_cut_off():
    guard = TrapGuard(TrapLimits(max_per_shape=5))
    accepted = 0
    for month in range(1, 200):
        url = f"https://e.org/calendar/{2000 + month // 12}/{month % 12 + 1}/"
        if guard.reason(url) is None:
            guard.record(url)
            accepted += 1
    assert accepted == 5


def test_query_string_explosion_and_repeated_segments():
    guard = TrapGuard(TrapLimits(max_query_variants_per_path=3, max_per_shape=100))
    urls = [f"https://e.org/search?q=word{i}&page={i}" for i in range(10)]
    ok = [u for u in urls if guard.reason(u) is None and not guard.record(u)]
    assert len(ok) == 3
    assert guard.reason("https://e.org/a/b/a/b/a/b/") == "repeated path segment"
    assert guard.reason("https://e.org/?" + "&".join(f"k{i}=1" for i in range(9)))


SITEMAP_INDEX = """<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://e.org/sitemap-1.xml</loc></sitemap>
</sitemapindex>"""
SITEMAP = """<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://e.org/a/</loc></url><url><loc> https://e.org/b/ </loc></url>
<url><loc>https://e.org/private/x/</loc></url><url><loc>https://e.org/r.pdf</loc></url>
<url><loc>https://other.org/c/</loc></url>
</urlset>"""


def test_sitemap_index_is_followed():
    texts = Texts({"https://e.org/sitemap.xml": SITEMAP_INDEX,
                   "https://e.org/sitemap-1.xml": SITEMAP})
    assert read_sitemaps(texts, ["https://e.org/sitemap.xml"])[:2] == [
        "https://e.org/a/", "https://e.org/b/"]
    assert parse_sitemap("not xml <") == ([], [])


def test_seeds_use_robots_sitemap_lines_and_respect_disallow():
    robots = "User-agent: *\nDisallow: /private/\nSitemap: https://e.org/sitemap-1.xml\n"
    texts = Texts({"https://e.org/robots.txt": robots, "https://e.org/sitemap-1.xml": SITEMAP})
    d = Discovery(DiscoveryConfig(start_urls=["https://e.org/"]), texts)
    seeds = [(c.url, c.depth) for c in d.seeds()]
    assert seeds == [("https://e.org/", 0), ("https://e.org/a/", 1), ("https://e.org/b/", 1)]
    assert d.skipped["robots.txt"] == 1
    assert d.skipped["document"] == 1
    assert d.skipped["out of scope"] == 1


def test_robots_can_be_switched_off():
    texts = Texts({"https://e.org/robots.txt": "User-agent: *\nDisallow: /\n"})
    strict = Discovery(DiscoveryConfig(start_urls=["https://e.org/"], use_sitemaps=False), texts)
    assert strict.accept("/page/", 1, "https://e.org/") is None
    loose = Discovery(DiscoveryConfig(start_urls=["https://e.org/"], use_sitemaps=False,
                                      respect_robots=False), texts)
    assert loose.accept("/page/", 1, "https://e.org/") == "https://e.org/page/"


def test_depth_limit_and_non_pages():
    d = Discovery(DiscoveryConfig(start_urls=["https://e.org/"], max_depth=2,
                                  use_sitemaps=False), Texts({}))
    assert d.accept("https://e.org/deep/", 3) is None
    assert d.accept("https://e.org/logo.png", 1) is None
    assert d.accept("https://e.org/ok/", 2) == "https://e.org/ok/"


def test_numbered_pages_in_the_sitemap_are_not_traps():
    pages = "".join(f"<url><loc>https://e.org/news/item-{i}/</loc></url>" for i in range(80))
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{pages}</urlset>'
    d = Discovery(DiscoveryConfig(start_urls=["https://e.org/"], traps=TrapLimits(max_per_shape=10)),
                  Texts({"https://e.org/sitemap.xml": sitemap}))
    assert len(d.seeds()) == 81
    assert d.accept("https://e.org/news/item-999/", 1) is None  # found by a link: capped
