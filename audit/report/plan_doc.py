# ruff: noqa: E501 - the text table reads better with whole sentences on one line
"""The plan as a document for managers: plain Latvian, with an English version.

Pure: :func:`document` turns the plan as plain data (``plan_service.plan_data``)
into everything the HTML template and the spreadsheet need — texts in the
chosen language, charts as inline SVG with tables as their text equivalent.
"""

from __future__ import annotations

import io
from typing import Any

from .charts import Bar, columns, horizontal_bars

LANGS = ("lv", "en")

T: dict[str, dict[str, str]] = {
    "title": {"lv": "Tīmekļvietnes uzlabošanas plāns %(year)s. gadam",
              "en": "Website improvement plan for %(year)s"},
    "intro": {"lv": ("Plāns balstās uz tīmekļvietnes auditu Nr. %(run)s (%(date)s)%(previous)s, "
                     "iedzīvotāju atsauksmēm, QR kodu skenējumiem un to, cik viegli lasīt lapu tekstus."),
              "en": ("The plan is based on website audit #%(run)s (%(date)s)%(previous)s, residents' "
                     "feedback, QR code scans and how easy the pages' texts are to read.")},
    "previous": {"lv": " un iepriekšējo auditu Nr. %(run)s (%(date)s)",
                 "en": " and the previous audit #%(run)s (%(date)s)"},
    "built": {"lv": "Sagatavots %(date)s.", "en": "Prepared on %(date)s."},
    "summary": {"lv": "Galvenais īsumā", "en": "Summary"},
    "fig_pages": {"lv": "Pārbaudītas lapas", "en": "Pages checked"},
    "fig_open": {"lv": "Atrastie šķēršļi", "en": "Barriers found"},
    "fig_actions": {"lv": "Darbi plānā", "en": "Actions in the plan"},
    "fig_verified": {"lv": "Jau novērsti un pārbaudīti", "en": "Already fixed and verified"},
    "fig_fixed": {"lv": "Novērsti kopš iepriekšējā audita", "en": "Fixed since the previous audit"},
    "fig_new": {"lv": "Jauni kopš iepriekšējā audita", "en": "New since the previous audit"},
    "fig_review": {"lv": "Vēl jāpārbauda ar roku", "en": "Still to check by hand"},
    "fig_satisfaction": {"lv": "Iedzīvotāju apmierinātība", "en": "Residents' satisfaction"},
    "top": {"lv": "Svarīgākie darbi", "en": "The most important work"},
    "actions": {"lv": "Visi darbi", "en": "All actions"},
    "actions_caption": {"lv": "Darbi pēc prioritātes. Katram darbam ir mērījums, mērķis, termiņš un atbildīgais.",
                        "en": "Actions by priority. Each has a measure, a target, a deadline and an owner."},
    "col_rank": {"lv": "Nr.", "en": "No."},
    "col_what": {"lv": "Kas jādara", "en": "What to do"},
    "col_where": {"lv": "Kur", "en": "Where"},
    "col_measure": {"lv": "Mērījums", "en": "Measure"},
    "col_baseline": {"lv": "Sākumā", "en": "Baseline"},
    "col_target": {"lv": "Mērķis", "en": "Target"},
    "col_deadline": {"lv": "Termiņš", "en": "Deadline"},
    "col_owner": {"lv": "Atbildīgais", "en": "Owner"},
    "col_status": {"lv": "Statuss", "en": "Status"},
    "col_priority": {"lv": "Prioritāte", "en": "Priority"},
    "col_now": {"lv": "Pēdējā pārbaudē", "en": "In the last check"},
    "col_previous": {"lv": "Iepriekšējā auditā", "en": "In the previous audit"},
    "col_pages": {"lv": "Lapas", "en": "Pages"},
    "col_rule": {"lv": "Noteikums", "en": "Rule"},
    "col_wcag": {"lv": "WCAG", "en": "WCAG"},
    "where_component": {"lv": "Kopīgs elements visās lapās: %(loc)s", "en": "Shared component on every page: %(loc)s"},
    "where_template": {"lv": "Lapas veidne: %(loc)s", "en": "Page template: %(loc)s"},
    "where_plain": {"lv": "Lapu teksti", "en": "Page texts"},
    "pages_n": {"lv": "Lapas: %(n)s", "en": "Pages: %(n)s"},
    "measure_findings": {"lv": "Atradumu skaits (%(rule)s) šajās lapās", "en": "Number of findings (%(rule)s) on these pages"},
    "measure_pages": {"lv": "Lapas ar grūti lasāmu tekstu (LIX virs 50)", "en": "Pages with hard-to-read text (LIX over 50)"},
    "owner_it": {"lv": "IT nodaļa", "en": "IT department"},
    "owner_communications": {"lv": "Komunikācijas nodaļa", "en": "Communications"},
    "owner_service_owner": {"lv": "Pakalpojuma turētājs", "en": "Service owner"},
    "status_planned": {"lv": "Plānots", "en": "Planned"},
    "status_in_progress": {"lv": "Notiek", "en": "In progress"},
    "status_done": {"lv": "Izdarīts, gaida auditu", "en": "Done, waiting for the audit"},
    "status_verified": {"lv": "Novērsts, to apliecina audits Nr. %(run)s", "en": "Fixed, verified by audit #%(run)s"},
    "chart_criteria": {"lv": "Atradumi pēc WCAG kritērija", "en": "Findings by WCAG criterion"},
    "chart_criteria_title": {"lv": "Atradumi pēc WCAG kritērija auditā Nr. %(run)s: %(values)s",
                             "en": "Findings by WCAG criterion in audit #%(run)s: %(values)s"},
    "chart_trend": {"lv": "Šķēršļi pa auditiem", "en": "Barriers across audits"},
    "chart_trend_title": {"lv": "Atrasto šķēršļu skaits katrā auditā: %(values)s",
                          "en": "Barriers found in each audit: %(values)s"},
    "chart_satisfaction": {"lv": "Iedzīvotāju apmierinātība pa mēnešiem", "en": "Residents' satisfaction by month"},
    "chart_satisfaction_title": {"lv": "Apmierinātība procentos pa mēnešiem, mērķis %(target)s: %(values)s",
                                 "en": "Satisfaction in percent by month, target %(target)s: %(values)s"},
    "chart_levels": {"lv": "Cik viegli lasīt lapu tekstus", "en": "How easy the pages are to read"},
    "chart_levels_title": {"lv": "Lapu skaits pēc teksta grūtības: %(values)s",
                           "en": "Number of pages by text difficulty: %(values)s"},
    "col_criterion": {"lv": "Kritērijs", "en": "Criterion"},
    "col_findings": {"lv": "Atradumi", "en": "Findings"},
    "col_audit": {"lv": "Audits", "en": "Audit"},
    "col_date": {"lv": "Datums", "en": "Date"},
    "col_month": {"lv": "Mēnesis", "en": "Month"},
    "col_satisfaction": {"lv": "Apmierinātība", "en": "Satisfaction"},
    "col_answers": {"lv": "Atbildes", "en": "Answers"},
    "col_level": {"lv": "Teksta grūtība", "en": "Text difficulty"},
    "target_label": {"lv": "mērķis %(value)s %%", "en": "target %(value)s %%"},
    "goal": {"lv": "Mērķis: apmierinātība pieaug par 10 %% — no %(base)s %% līdz %(target)s %%.",
             "en": "Goal: satisfaction grows by 10 %% — from %(base)s %% to %(target)s %%."},
    "no_feedback": {"lv": "Atsauksmju vēl nav.", "en": "No feedback yet."},
    "table_label": {"lv": "Skaitļi tabulā", "en": "The numbers as a table"},
    "no_actions": {"lv": "Audits neatrada šķēršļus, kas jānovērš.", "en": "The audit found no barriers to fix."},
    "how": {"lv": "Kā noteicām prioritāti", "en": "How we set the priority"},
    "how_text": {"lv": ("Prioritāte = ietekme × skarto lapu skaits × lapu nozīmīgums × iedzīvotāju atsauksmes. "
                        "Ietekme: kritiska 10, nopietna 5, vidēja 2, neliela 1. Nozīmīgums: lapām ar QR kodu "
                        "to nosaka skenējumu skaits, citām — cik tuvu tās ir sākumlapai. Atsauksmes: ja lapa "
                        "iedzīvotājiem nepalīdz, prioritāte pieaug līdz divām reizēm. Viens labojums veidnē "
                        "ir viens darbs, lai cik lapās tas parādās."),
                 "en": ("Priority = impact × pages affected × page importance × residents' feedback. "
                        "Impact: critical 10, serious 5, moderate 2, minor 1. Importance: for pages with a "
                        "QR code, their scans; for others, how close they are to the home page. Feedback: "
                        "a page residents do not find helpful gets up to twice the priority. One fix in a "
                        "template is one action, however many pages show it.")},
    "verify_text": {"lv": "Kad nākamais audits vairs neatrod darba atradumus, darbs tiek atzīmēts kā novērsts.",
                    "en": "When a later audit no longer finds an action's findings, the action is marked fixed."},
    "level_very-easy": {"lv": "ļoti viegli", "en": "very easy"},
    "level_easy": {"lv": "viegli", "en": "easy"},
    "level_medium": {"lv": "vidēji", "en": "medium"},
    "level_hard": {"lv": "grūti", "en": "hard"},
    "level_very-hard": {"lv": "ļoti grūti", "en": "very hard"},
    "level_none": {"lv": "bez teksta", "en": "no text"},
    "other_language": {"lv": "English version", "en": "Latviešu versija"},
    "run": {"lv": "Nr. %(id)s", "en": "#%(id)s"},
}
#: Selector words -> what people call the component (checked in this order).
COMPONENTS = (
    ("search", {"lv": "meklēšanas forma", "en": "search form"}),
    ("breadcrumb", {"lv": "navigācijas ceļš", "en": "breadcrumbs"}),
    ("language", {"lv": "valodu izvēle", "en": "language switcher"}),
    ("footer", {"lv": "lapas kājene", "en": "page footer"}),
    ("header", {"lv": "lapas galvene", "en": "page header"}),
    ("menu", {"lv": "izvēlne", "en": "menu"}),
    ("nav", {"lv": "izvēlne", "en": "menu"}),
)
LEVEL_ORDER = ("very-easy", "easy", "medium", "hard", "very-hard", "none")


def tr(key: str, lang: str, **values: Any) -> str:
    text = T[key].get(lang) or T[key]["en"]
    return text % values if values else text.replace("%%", "%")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


def _date(iso: str | None) -> str:
    if not iso:
        return "–"
    y, m, d = iso[:10].split("-")
    return f"{d}.{m}.{y}"


def component_name(selector: str, lang: str) -> str:
    """``.site-footer .muted`` -> "page footer (.site-footer .muted)"."""
    low = selector.lower()
    for word, names in COMPONENTS:
        if word in low:
            return f"{names.get(lang, names['en'])} ({selector})"
    return selector


def action_rows(actions: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    rows = []
    for a in actions:
        if a["kind"] == "component":
            where = tr("where_component", lang, loc=component_name(a["location"], lang))
        elif a["kind"] == "template":
            name = (a.get("location_names") or {}).get(lang)
            where = tr("where_template", lang, loc=f"{name} ({a['location']})" if name else a["location"])
        else:
            where = tr("where_plain", lang)
        measure = tr("measure_pages" if a["unit"] == "pages" else "measure_findings", lang, rule=a["rule"])
        if a["status"] == "verified":
            status = tr("status_verified", lang, run=a["verified_run"])
        else:
            status = tr(f"status_{a['status']}", lang)
        rows.append({
            **a, "what": a["title_lv"] if lang == "lv" else a["title_en"], "where": where,
            "pages_text": tr("pages_n", lang, n=len(a["pages"])), "measure": measure,
            "owner_label": tr(f"owner_{a['owner']}", lang), "status_label": status,
            "deadline": f"{a['deadline_year']} Q{a['deadline_quarter']}",
            "now": "–" if a["current"] is None else a["current"],
            "previous_text": "–" if a["previous"] is None else a["previous"],
        })
    return rows


def document(data: dict[str, Any], lang: str = "lv") -> dict[str, Any]:
    """Texts, figures, charts and tables of the plan document in ``lang``."""
    lang = lang if lang in LANGS else "lv"
    inputs = data.get("inputs") or {}
    run, previous = data["run"], data.get("previous")
    prev_text = tr("previous", lang, run=previous["id"], date=_date(previous["date"])) if previous else ""
    actions = action_rows(data["actions"], lang)
    compare = inputs.get("compare") or {}
    sat = inputs.get("satisfaction") or {}
    months = sat.get("months") or []
    recent = [v for _m, v, n in months[-3:] if v is not None]

    figures = [
        (tr("fig_pages", lang), inputs.get("pages", 0)),
        (tr("fig_open", lang), inputs.get("open", 0)),
        (tr("fig_actions", lang), len(actions)),
        (tr("fig_verified", lang), sum(1 for a in actions if a["status"] == "verified")),
    ]
    if compare:
        figures += [(tr("fig_fixed", lang), compare["fixed"]), (tr("fig_new", lang), compare["new"])]
    figures.append((tr("fig_review", lang), inputs.get("needs_review", 0)))
    if recent:
        figures.append((tr("fig_satisfaction", lang), _pct(sum(recent) / len(recent))))

    criteria = [(c, n) for c, n in inputs.get("criteria", [])][:12]
    crit_bars = [Bar(c if c == "—" else f"WCAG {c}", n) for c, n in criteria]
    runs = inputs.get("runs", [])
    run_bars = [Bar(f"{tr('run', lang, id=r['id'])} {_date(r['date'])}", r["open"]) for r in runs]
    month_bars = [Bar(f"{m[5:7]}.{m[2:4]}", v, _pct(v) if v is not None else "") for m, v, _n in months]
    levels = inputs.get("levels") or {}
    level_bars = [Bar(tr(f"level_{lv}", lang), levels.get(lv, 0)) for lv in LEVEL_ORDER if levels.get(lv)]

    def listing(pairs):
        return "; ".join(f"{label} {value}" for label, value in pairs) or "–"

    charts = {
        "criteria": horizontal_bars(crit_bars, tr("chart_criteria_title", lang, run=run["id"], values=listing(
            [(b.label, b.value) for b in crit_bars])), f"chart-criteria-{lang}") if crit_bars else "",
        "trend": columns(run_bars, tr("chart_trend_title", lang, values=listing(
            [(b.label, b.value) for b in run_bars])), f"chart-trend-{lang}") if run_bars else "",
        "satisfaction": columns(
            month_bars, tr("chart_satisfaction_title", lang, target=_pct(sat.get("target")), values=listing(
                [(b.label, _pct(b.value)) for b in month_bars])), f"chart-satisfaction-{lang}",
            max_value=100, target=sat.get("target"),
            target_label=tr("target_label", lang, value=f"{sat['target']:.0f}") if sat.get("target") else "",
        ) if any(b.value is not None for b in month_bars) else "",
        "levels": horizontal_bars(level_bars, tr("chart_levels_title", lang, values=listing(
            [(b.label, b.value) for b in level_bars])), f"chart-levels-{lang}") if level_bars else "",
    }
    goal = (tr("goal", lang, base=f"{sat['baseline']:.0f}", target=f"{sat['target']:.0f}")
            if sat.get("baseline") is not None else tr("no_feedback", lang))
    return {
        "lang": lang, "other_lang": "en" if lang == "lv" else "lv", "t": {k: tr(k, lang) for k in T
                                                                       if "%(" not in T[k]["en"]},
        "title": tr("title", lang, year=data["year"]),
        "intro": tr("intro", lang, run=run["id"], date=_date(run["date"]), previous=prev_text),
        "built": tr("built", lang, date=_date(inputs.get("built"))),
        "summary": (data.get("summary") or {}).get(lang, ""),
        "figures": figures, "actions": actions, "top": actions[:5],
        "charts": charts, "goal": goal,
        "criteria": criteria, "runs": [{**r, "label": tr("run", lang, id=r["id"]), "date_text": _date(r["date"])}
                                       for r in runs],
        "months": [{"label": f"{m[5:7]}.{m[:4]}", "value": _pct(v), "answers": n} for m, v, n in months],
        "levels": [{"label": tr(f"level_{lv}", lang), "count": levels.get(lv, 0)}
                   for lv in LEVEL_ORDER if levels.get(lv)],
        "year": data["year"],
    }


def to_xlsx(data: dict[str, Any], lang: str = "lv") -> bytes:
    """The plan as a workbook: the actions with every SMART field, and the chart figures."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    doc = document(data, lang)
    t = doc["t"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan" if lang == "en" else "Plāns"
    ws.append([doc["title"]])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([doc["intro"]])
    ws.append([doc["built"]])
    ws.append([])
    header = [t["col_rank"], t["col_what"], t["col_where"], t["col_pages"], t["col_measure"],
              t["col_baseline"], t["col_previous"], t["col_now"], t["col_target"], t["col_deadline"],
              t["col_owner"], t["col_status"], t["col_priority"], t["col_rule"], t["col_wcag"]]
    ws.append(header)
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for a in doc["actions"]:
        pages = "\n".join(p["url"] for p in a["pages"])
        ws.append([a["rank"], _safe(a["what"]), _safe(a["where"]), _safe(pages), _safe(a["measure"]),
                   a["baseline"], a["previous"], a["current"], a["target"], a["deadline"],
                   a["owner_label"], a["status_label"], a["priority"], a["rule"], " ".join(a["wcag"])])
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [6, 45, 35, 45, 35, 10, 12, 12, 10, 10, 20, 28, 10, 22, 14]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)

    def sheet(title, head, rows):
        s = wb.create_sheet(title[:31])
        s.append(head)
        for cell in s[1]:
            cell.font = Font(bold=True)
        for row in rows:
            s.append(row)
        for i in range(1, len(head) + 1):
            s.column_dimensions[get_column_letter(i)].width = 22

    sheet(tr("chart_criteria", lang), [t["col_criterion"], t["col_findings"]], doc["criteria"])
    sheet(tr("chart_trend", lang), [t["col_audit"], t["col_date"], t["col_findings"]],
          [[r["id"], r["date_text"], r["open"]] for r in doc["runs"]])
    sheet(tr("chart_satisfaction", lang), [t["col_month"], t["col_satisfaction"], t["col_answers"]],
          [[m["label"], m["value"], m["answers"]] for m in doc["months"]])
    sheet(tr("chart_levels", lang), [t["col_level"], t["col_pages"]],
          [[lv["label"], lv["count"]] for lv in doc["levels"]])
    about = wb.create_sheet(tr("how", lang)[:31])
    for line in (tr("how_text", lang), tr("verify_text", lang), doc["goal"]):
        about.append([line])
    about.column_dimensions["A"].width = 120
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _safe(value: Any) -> Any:
    # Spreadsheet formula injection: a title starting with "=" must stay text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
