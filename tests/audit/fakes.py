"""Fakes for the audit's pure stages: a network of canned responses and a browser."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FakeResponse:
    status_code: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    encoding: str | None = "utf-8"

    @property
    def is_redirect(self) -> bool:
        return self.status_code in (301, 302, 303, 307, 308) and "Location" in self.headers

    def iter_content(self, size):
        for i in range(0, len(self.body), size):
            yield self.body[i : i + size]

    def close(self):
        pass


class FakeSession:
    """``requests.Session`` stand-in: URL -> (status, headers, body)."""

    def __init__(self, routes: dict[str, tuple[int, dict[str, str], str | bytes]]) -> None:
        self.routes = routes
        self.headers: dict[str, str] = {}
        self.requests: list[tuple[str, str]] = []

    def request(self, method, url, **kwargs):
        self.requests.append((method, url))
        status, headers, body = self.routes.get(url, (404, {"Content-Type": "text/html"}, ""))
        data = body.encode() if isinstance(body, str) else body
        return FakeResponse(status, dict(headers), data if method == "GET" else b"")


def html(body: str, lang: str = "en") -> tuple[int, dict[str, str], str]:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, (
        f"<!doctype html><html lang='{lang}'><head><title>t</title></head>"
        f"<body>{body}</body></html>"
    )


def public_resolver(host: str) -> list[str]:
    """Every name resolves to a public documentation-free address, except 'intranet'."""
    if host.startswith("intranet"):
        return ["10.0.0.5"]
    if host == "metadata.internal":
        return ["169.254.169.254"]
    return ["93.184.216.34"]
