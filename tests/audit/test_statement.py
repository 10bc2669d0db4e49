"""The accessibility statement: generated from a run and reviews, in the EU model structure."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils import timezone

from audit import plan_service
from audit.report import plan as core
from audit.report.statement import draft_statement
from cms.models import AccessibilityStatementPage, SiteSettings
from tests.audit.runs import save_run
from tests.cms.factories import make_home

SITE = "http://localhost"
PATHS = ["/lv/", "/lv/a/", "/lv/b/", "/lv/c/", "/lv/d/"]
TITLES = ["Sākums", "Apkure", "Pabalsts", "Mājoklis", "Palīdzība"]
LATVIAN_HEADINGS = [
    "Atbilstības statuss",
    "Nepiekļūstamais saturs",
    "Ziņas par sagatavošanu",
    "Atsauksmēm un saziņai",
    "Izpildes nodrošināšanas procedūra",
]


def f(
    rule, path, wcag, *, impact="serious", outcome="violation", review=None, varam="contrast", selector="x"
):
    return core.FindingIn(
        rule=rule,
        source="axe",
        outcome=outcome,
        impact=impact,
        url=SITE + path,
        selector=selector,
        wcag=tuple(wcag),
        varam=varam,
        review=review,
    )


def run_in(findings):
    return core.RunIn(
        id=7,
        finished="2026-11-10T09:00:00+00:00",
        engine={"axe": "4.14.1"},
        pages=[core.PageIn(SITE + p, title=t) for p, t in zip(PATHS, TITLES, strict=True)],
        findings=findings,
    )


WITH_BARRIERS = [
    f("image-alt", "/lv/a/", ["1.1.1"], impact="critical", varam="text-alternatives"),
    f("image-alt", "/lv/b/", ["1.1.1"], impact="critical", varam="text-alternatives"),
    *[f("color-contrast", p, ["1.4.3"]) for p in PATHS],
    f("er-link-vague", "/lv/c/", ["2.4.4"], outcome="needs-review", review="failed", varam="navigation"),
    f("er-link-vague", "/lv/d/", ["2.4.4"], outcome="needs-review", review="passed", varam="navigation"),
    f("er-text-justified", "/lv/d/", ["1.4.8"], impact="minor", varam="text-zoom"),  # AAA: not required
    f("region", "/lv/d/", [], impact="moderate", varam="structure"),  # best practice: not required
    f("target-size", "/lv/", ["2.5.8"], varam="keyboard"),  # WCAG 2.2: listed, status unchanged
    f("label", "/lv/d/", ["4.1.2"], outcome="needs-review", varam="forms"),  # not reviewed yet
]


def test_a_run_with_barriers_is_partially_compliant_with_plain_bullets():
    draft = draft_statement(run_in(WITH_BARRIERS), "lv", today=dt.date(2026, 11, 22))
    assert draft.status == "partial"
    assert draft.failed_criteria == ["1.1.1", "1.4.3", "2.4.4"]
    assert draft.failed_aspects == ["contrast", "navigation", "text-alternatives"]
    assert draft.open_reviews == 1
    assert [item.rule for item in draft.items] == [
        "image-alt",
        "color-contrast",
        "er-link-vague",
        "target-size",
    ]
    images, contrast, links, target = draft.items
    assert images.text == (
        "Dažiem attēliem nav teksta apraksta, tāpēc ekrāna lasītāja lietotāji neuzzina, "
        "ko tie rāda. Kur: Apkure, Pabalsts."
    )
    assert images.reason == "WCAG 1.1.1"
    assert contrast.text.endswith("Kur: visās lapās.")
    assert links.text.endswith("Kur: Mājoklis.")
    assert target.reason == "WCAG 2.2: 2.5.8 (stingrāk, nekā prasa likums)"
    assert draft.status_reason == "Pēdējā pārbaude atrada 3 neatbilstošus kritērijus 3 no 11 VARAM aspektiem."
    assert "audits Nr. 7" in draft.method_details and "axe-core 4.14.1" in draft.method_details
    assert "10.11.2026" in draft.method_details and "Vēl jāpārbauda ar roku: 1." in draft.method_details


def test_english_and_russian_drafts_say_the_same():
    en = draft_statement(run_in(WITH_BARRIERS), "en")
    ru = draft_statement(run_in(WITH_BARRIERS), "ru")
    assert (
        en.items[1].text
        == "Some text is too light against its background and hard to read. Where: on every page."
    )
    assert ru.items[0].text.startswith("У некоторых изображений нет текстового описания")
    assert (en.status, ru.status) == ("partial", "partial")


def test_a_clean_run_is_fully_compliant_only_when_nothing_waits_for_review():
    clean = draft_statement(run_in([f("region", "/lv/", [])]), "en")
    assert (clean.status, clean.items, clean.failed_criteria) == ("full", [], [])
    assert clean.status_reason == "The last check found no failure of the requirements."
    waiting = draft_statement(run_in([f("label", "/lv/", ["4.1.2"], outcome="needs-review")]), "en")
    assert waiting.status == "partial" and waiting.items == []
    assert waiting.status_reason == "No failures were found, but some items still need a check by hand (1)."


def test_failures_in_most_aspects_make_it_not_compliant():
    aspects = ["contrast", "forms", "headings", "keyboard", "navigation", "text-alternatives"]
    draft = draft_statement(
        run_in([f(f"r{i}", "/lv/", [f"1.{i}.1"], varam=a) for i, a in enumerate(aspects)]), "en"
    )
    assert draft.status == "not"


# --- published on the site -------------------------------------------------------


def make_run(findings, when):
    pages = [(p, 0, t) for p, t in zip(PATHS, TITLES, strict=True)]
    return save_run(SITE, SITE + "/lv/", pages, findings, when)


@pytest.fixture
def statement_page(db):
    home = make_home()
    page = home.add_child(
        instance=AccessibilityStatementPage(title="Piekļūstamības paziņojums", slug="pazinojums")
    )
    page.save_revision().publish()
    settings = SiteSettings.for_site(home.get_site())
    settings.email, settings.statement_page = "pasts@example.lv", page
    settings.save()
    return page


def test_statement_from_a_run_with_violations_has_every_section(client, statement_page):
    run = make_run(WITH_BARRIERS, timezone.now())
    plan_service.apply_statement(run, publish=True)
    page = AccessibilityStatementPage.objects.get(pk=statement_page.pk)
    assert (page.compliance_status, page.derived_status, page.audit_run_id) == ("partial", "partial", run.pk)
    html = client.get(page.url).content.decode()
    positions = [html.index(f">{heading}</h2>") for heading in LATVIAN_HEADINGS]
    assert positions == sorted(positions)  # the model's order
    assert "daļēji atbilst Ministru kabineta noteikumiem Nr. 445" in html
    assert "Dažiem attēliem nav teksta apraksta" in html and "(WCAG 1.1.1)" in html
    assert (
        "Nesamērīgs slogs</h3>" in html
        and "Saturs, uz kuru neattiecas piemērojamie tiesību akti</h3>" in html
    )
    assert f"audits Nr. {run.pk}" in html
    assert "pasts@example.lv" in html and "5 darba dienu laikā" in html
    assert "Tiesībsarg" in html and 'href="https://www.tiesibsargs.lv/"' in html
    # Linked from every page's footer.
    home_html = client.get(page.get_parent().url).content.decode()
    assert f'href="{page.url}"' in home_html


def test_statement_from_a_clean_run_has_every_section_and_says_so(client, statement_page):
    run = make_run([], timezone.now())
    plan_service.apply_statement(run, publish=True)
    html = client.get(statement_page.url).content.decode()
    for heading in LATVIAN_HEADINGS:
        assert f">{heading}</h2>" in html
    assert "pilnībā atbilst" in html
    assert "Mūsu pēdējā pārbaude neatrada saturu, kas neatbilst prasībām." in html


def test_a_status_changed_with_a_reason_survives_the_next_generation(statement_page):
    run = make_run(WITH_BARRIERS, timezone.now() - dt.timedelta(days=30))
    plan_service.apply_statement(run, publish=True)
    page = AccessibilityStatementPage.objects.get(pk=statement_page.pk)
    page.compliance_status = "not"
    with pytest.raises(ValidationError):
        page.full_clean()
    page.status_reason = "Manual testing found the forms unusable with a screen reader."
    page.full_clean()
    page.save_revision().publish()
    plan_service.apply_statement(make_run(WITH_BARRIERS, timezone.now()))  # a draft this time
    latest = AccessibilityStatementPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert (latest.compliance_status, latest.derived_status) == ("not", "partial")
    assert latest.status_reason.startswith("Manual testing")


def test_dashboard_reminds_when_the_statement_is_over_a_year_old(client, statement_page):
    admin = User.objects.create_superuser("boss", "b@example.org", "pw")
    client.force_login(admin)
    assert "statement-reminder" not in client.get("/admin/").content.decode()
    AccessibilityStatementPage.objects.filter(pk=statement_page.pk).update(
        last_reviewed=timezone.localdate() - dt.timedelta(days=400)
    )
    html = client.get("/admin/").content.decode()
    assert "statement-reminder" in html and "400" in html
    statement_page.unpublish()
    assert "statement-reminder" in client.get("/admin/").content.decode()
