"""Findings as tables: CSV, XLSX (for auditors) and JSON (the contract)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from . import all_findings

COLUMNS = [
    "page_url", "final_url", "status", "title", "rule", "source", "outcome", "impact",
    "wcag", "en301549", "varam", "selector", "snippet", "message", "help_url",
    "fingerprint", "review", "review_note",
]


def finding_rows(contract: dict[str, Any]):
    for page, f in all_findings(contract):
        review = f.get("review") or {}
        yield [
            page["url"], page.get("final_url") or page["url"], page.get("status"),
            page.get("title", ""), f["rule"], f["source"], f["outcome"], f.get("impact") or "",
            " ".join(f.get("wcag") or []), " ".join(f.get("en301549") or []),
            f.get("varam") or "", f.get("selector", ""), f.get("snippet", ""),
            f.get("message", ""), f.get("help_url", ""), f.get("fingerprint", ""),
            review.get("verdict", ""), review.get("note", ""),
        ]


def to_json(contract: dict[str, Any]) -> str:
    return json.dumps(contract, ensure_ascii=False, indent=2)


def to_csv(contract: dict[str, Any]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for row in finding_rows(contract):
        writer.writerow([_safe_cell(v) for v in row])
    return buf.getvalue()


def _safe_cell(value: Any) -> Any:
    # Spreadsheet formula injection: a snippet starting with "=" must stay text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_xlsx(contract: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from .html import summarise

    summary = summarise(contract)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.append(["Audit run", contract["run"].get("id")])
    ws.append(["Start URLs", " ".join(contract["run"].get("start_urls") or [])])
    ws.append(["Pages", summary["pages"]])
    ws.append(["Violations", summary["violations"]])
    ws.append(["Needs review", summary["needs_review"]])
    ws.append(["Pages with errors", summary["errors"]])
    ws.append([])
    ws.append(["VARAM aspect", "Violations", "Needs review", "Result"])
    for row in summary["by_varam"]:
        result = "fail" if row["violation"] else "to review" if row["needs-review"] else "pass"
        ws.append([row["name"], row["violation"], row["needs-review"], result])
    ws.append([])
    ws.append(["WCAG criterion", "Violations", "Needs review"])
    for row in summary["by_wcag"]:
        ws.append([row["key"], row["violation"], row["needs-review"]])

    sheets = [
        ("Findings", COLUMNS, [list(map(_safe_cell, r)) for r in finding_rows(contract)]),
        ("Pages", ["url", "final_url", "status", "title", "lang", "load_ms", "bytes", "error",
                   "violations", "needs_review"],
         [[p["url"], p["final_url"], p["status"], p["title"], p["lang"], p["load_ms"],
           p["bytes"], p["error"], p["violation"], p["needs-review"]]
          for p in summary["by_page"]]),
        ("Documents", ["page_url", "document_url", "type", "bytes", "status", "link_text"],
         [[d["page"], d["url"], d["type"], d.get("bytes"), d.get("status"), d.get("link_text")]
          for d in summary["documents"]]),
    ]
    for title, header, rows in sheets:
        sheet = wb.create_sheet(title)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"
        for i, _ in enumerate(header, 1):
            sheet.column_dimensions[get_column_letter(i)].width = 24
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
