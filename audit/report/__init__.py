"""Reports of one run, built from the Audit JSON contract (a plain dict).

Every format reads the same dict, so a report can be made from the database
(:func:`audit.jobs.run_contract`), from a run in memory
(:func:`contract_from_summary`) or from a JSON file someone sends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..results import fingerprint
from ..runner import RunSummary, engine_info


def contract_from_summary(summary: RunSummary, start_urls: list[str]) -> dict[str, Any]:
    """The contract for a run kept in memory (``MemoryStore``)."""
    pages = []
    for page in summary.results:
        item = page.contract_dict()
        for f in item["findings"]:
            f["fingerprint"] = fingerprint(page.final_url or page.url, f["rule"], f["selector"])
        pages.append(item)
    now = dt.datetime.now(dt.UTC).isoformat()
    return {
        "run": {"id": None, "started": None, "finished": now, "start_urls": start_urls,
                "engine": engine_info(), "pages": len(pages)},
        "pages": pages,
    }


def all_findings(contract: dict[str, Any]):
    for page in contract.get("pages", []):
        for f in page.get("findings", []):
            yield page, f
