"""Plain data passed between the audit stages (no Django)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

OUTCOMES = ("violation", "needs-review")
IMPACTS = ("critical", "serious", "moderate", "minor")


@dataclass
class Finding:
    rule: str
    source: str
    outcome: str
    impact: str | None
    wcag: list[str] = field(default_factory=list)
    en301549: list[str] = field(default_factory=list)
    varam: str | None = None
    selector: str = ""
    snippet: str = ""
    message: str = ""
    help_url: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def fingerprint(url: str, rule: str, selector: str) -> str:
    """Stable identity of a finding across runs: same rule, same page, same element.

    Scheme and query order do not matter; the host does (two sites never share
    findings).
    """
    parts = urlsplit(url)
    key = "\x1f".join([rule, parts.netloc.lower(), parts.path or "/", parts.query, selector])
    return hashlib.sha256(key.encode()).hexdigest()[:24]


@dataclass
class DocumentInfo:
    url: str
    type: str
    bytes: int | None = None
    status: int | None = None
    link_text: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageOutcome:
    """Everything learned about one URL of the run."""

    url: str
    depth: int = 0
    final_url: str = ""
    status: int | None = None
    title: str = ""
    lang: str = ""
    content_type: str = ""
    content_language: str = ""
    load_ms: int | None = None
    bytes: int | None = None
    error: str | None = None
    redirects: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    documents: list[DocumentInfo] = field(default_factory=list)
    attempts: int = 1
    #: Links to pages of the run not fetched yet: {"url", "selector", "snippet"}.
    #: Their own fetch decides whether they are broken (no extra request).
    unresolved: list[dict[str, str]] = field(default_factory=list)

    @property
    def broken(self) -> bool:
        """A link to this URL is a broken link (refused private targets are not)."""
        if self.error and self.error.startswith("refused"):
            return False
        return bool(self.error) or (self.status is not None and self.status >= 400)

    @property
    def broken_reason(self) -> str:
        return str(self.status) if self.status and self.status >= 400 else (self.error or "")

    def contract_dict(self) -> dict[str, Any]:
        """This page in the Audit JSON contract shape."""
        return {
            "url": self.url,
            "final_url": self.final_url or self.url,
            "status": self.status,
            "title": self.title,
            "lang": self.lang,
            "load_ms": self.load_ms,
            "bytes": self.bytes,
            "error": self.error,
            "content_type": self.content_type,
            "depth": self.depth,
            "documents": [d.as_dict() for d in self.documents],
            "findings": [f.as_dict() for f in self.findings],
        }
