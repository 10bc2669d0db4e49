"""Reports from the contract dict: totals, mapping tables, CSV safety."""

from audit.report.html import summarise
from audit.report.tables import to_csv

CONTRACT = {
    "run": {"id": 7, "start_urls": ["https://e.lv/"], "engine": {"axe": "4.14.1"}},
    "pages": [
        {"url": "https://e.lv/a", "final_url": "https://e.lv/a", "status": 200, "title": "A",
         "error": None, "documents": [{"url": "https://e.lv/r.pdf", "type": "PDF",
                                        "bytes": 10, "status": 200, "link_text": "R"}],
         "findings": [
             {"rule": "image-alt", "source": "axe", "outcome": "violation",
              "impact": "critical", "wcag": ["1.1.1"], "en301549": ["9.1.1.1"],
              "varam": "text-alternatives", "selector": "img", "snippet": "=HYPERLINK()",
              "message": "m", "help_url": "h"},
             {"rule": "er-link-vague", "source": "links", "outcome": "needs-review",
              "impact": "moderate", "wcag": ["2.4.4"], "en301549": ["9.2.4.4"],
              "varam": "navigation", "selector": "#a", "snippet": "<a>", "message": "m",
              "help_url": "h"}]},
        {"url": "https://e.lv/b", "final_url": "https://e.lv/b", "status": 200, "title": "B",
         "error": "browser failed twice", "findings": []},
    ],
}


def test_summary_totals_and_tables():
    s = summarise(CONTRACT)
    assert (s["pages"], s["violations"], s["needs_review"], s["errors"]) == (2, 1, 1, 1)
    assert s["by_impact"][0] == {"key": "critical", "violation": 1, "needs-review": 0}
    assert [r["key"] for r in s["by_wcag"]] == ["1.1.1", "2.4.4"]
    assert [r["key"] for r in s["by_en"]] == ["9.1.1.1", "9.2.4.4"]
    assert len([r for r in s["by_varam"] if r["key"]]) == 11
    assert s["varam_failed"] == 1
    assert [p["url"] for p in s["worst_pages"]] == ["https://e.lv/a"]
    assert s["documents"][0]["page"] == "https://e.lv/a"


def test_csv_neutralises_formulas():
    text = to_csv(CONTRACT)
    assert "'=HYPERLINK()" in text
    assert text.splitlines()[0].startswith("page_url,final_url,status")
