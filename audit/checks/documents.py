"""Documents: every linked PDF or office file is listed for manual review (EN 301 549 clause 10).

Type and size come from the runner's HEAD request (``ctx.link_status``).
"""

from __future__ import annotations

from typing import Any

from ..discover import document_type, normalise_url
from ..results import DocumentInfo, Finding
from . import Check, PageContext, finding


def document_links(data: Any) -> list[dict[str, Any]]:
    """Unique document links of a page, first occurrence wins."""
    seen: dict[str, dict[str, Any]] = {}
    for link in data if isinstance(data, list) else []:
        url = normalise_url(link.get("href", ""))
        kind = document_type(url or "")
        if url and kind and url not in seen:
            seen[url] = {**link, "url": url, "type": kind}
    return list(seen.values())


class DocumentChecks(Check):
    family = "documents"
    #: Reads the link list the links family already gathered.
    reads = "links"

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        out = []
        for doc in document_links(data):
            out.append(finding(
                "er-document-review", doc["selector"], doc["snippet"],
                f"{doc['type']} document {doc['url']}: check tags, reading order, language, "
                "alternative text and title by hand, or publish the content as a web page."))
        return out

    def documents(self, data: Any, ctx: PageContext) -> list[DocumentInfo]:
        infos = []
        for doc in document_links(data):
            status = ctx.link_status.get(doc["url"])
            infos.append(DocumentInfo(
                url=doc["url"], type=doc["type"], link_text=doc["name"][:200],
                status=getattr(status, "status", None),
                bytes=getattr(status, "bytes", None) or None,
            ))
        return infos
