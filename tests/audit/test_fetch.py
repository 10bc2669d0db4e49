from audit.fetch import HttpClient, extract_links
from audit.safety import HostGuard
from tests.audit.fakes import FakeSession, html, public_resolver


def client(routes, **kwargs):
    session = FakeSession(routes)
    return HttpClient(HostGuard([], resolver=public_resolver), session=session, **kwargs), session


def test_page_facts():
    http, _ = client({"https://e.org/": (200, {"Content-Type": "text/html; charset=utf-8",
                                                "Content-Language": "lv"}, "<p>Sveiki</p>")})
    res = http.fetch("https://e.org/")
    assert (res.status, res.content_type, res.content_language, res.bytes) == (
        200, "text/html", "lv", len("<p>Sveiki</p>"))
    assert res.ok and res.is_html and res.text == "<p>Sveiki</p>"


def test_redirects_are_followed_and_recorded():
    http, _ = client({
        "https://e.org/old": (301, {"Location": "/new"}, ""),
        "https://e.org/new": (302, {"Location": "https://e.org/final/"}, ""),
        "https://e.org/final/": html("ok"),
    })
    res = http.fetch("https://e.org/old")
    assert res.final_url == "https://e.org/final/"
    assert res.redirects == ["https://e.org/new", "https://e.org/final/"]
    assert res.status == 200


def test_redirect_loop_and_too_many_redirects():
    http, _ = client({
        "https://e.org/a": (302, {"Location": "/b"}, ""),
        "https://e.org/b": (302, {"Location": "/a"}, ""),
    })
    assert http.fetch("https://e.org/a").error == "redirect loop"
    chain = {f"https://e.org/{i}": (302, {"Location": f"/{i + 1}"}, "") for i in range(20)}
    http, _ = client(chain, max_redirects=5)
    assert http.fetch("https://e.org/0").error == "too many redirects"


def test_redirect_to_a_private_address_is_refused_without_a_request():
    http, session = client({
        "https://e.org/go": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, ""),
    })
    res = http.fetch("https://e.org/go")
    assert res.error.startswith("refused http://169.254.169.254/")
    assert all("169.254" not in url for _, url in session.requests)


def test_body_is_capped_and_documents_are_not_downloaded():
    big = "x" * 5000
    http, _ = client({
        "https://e.org/big": (200, {"Content-Type": "text/html"}, big),
        "https://e.org/r.pdf": (200, {"Content-Type": "application/pdf",
                                      "Content-Length": "123456"}, b"%PDF" * 10),
    }, max_bytes=1000)
    assert http.fetch("https://e.org/big").bytes == 1000
    pdf = http.fetch("https://e.org/r.pdf")
    assert (pdf.content_type, pdf.bytes, pdf.text) == ("application/pdf", 123456, "")


def test_link_status_is_cached_and_broken_links_detected():
    http, session = client({
        "https://e.org/ok": html("ok"),
        "https://e.org/gone": (404, {"Content-Type": "text/html"}, "nope"),
        "https://e.org/fail": (500, {"Content-Type": "text/html"}, "err"),
    })
    assert not http.head("https://e.org/ok").broken
    assert http.head("https://e.org/gone").broken
    assert http.head("https://e.org/fail").broken
    before = len(session.requests)
    http.head("https://e.org/gone")
    assert len(session.requests) == before


def test_refused_link_is_not_reported_as_broken():
    http, _ = client({})
    assert not http.head("http://10.0.0.1/").broken


def test_extract_links_uses_base_and_normalises():
    links = extract_links(
        '<base href="https://e.org/lv/"><a href="a.html#x">A</a><a href="mailto:x@e.org">m</a>'
        '<area href="/b?utm_source=x"><a href="a.html">again</a>', "https://e.org/")
    assert links == ["https://e.org/lv/a.html", "https://e.org/b"]
