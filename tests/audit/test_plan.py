"""The improvement plan from two fixture runs: grouping, ranking, SMART fields, verification."""

import datetime as dt

import pytest
from django.utils import timezone

from audit import plan_service
from audit.plan_models import PlanAction
from audit.report import plan as core
from audit.report.plan_doc import document, to_xlsx
from tests.audit.runs import save_run

SITE = "https://www.example.lv"
PAGES = [  # path, depth, title, template
    ("/lv/", 0, "Sākums", "cms/home_page.html"),
    ("/lv/pakalpojumi/", 1, "Pakalpojumi", "cms/service_index_page.html"),
    ("/lv/pakalpojumi/apkure/", 2, "Apkures kompensācija", "cms/service_page.html"),
    ("/lv/pakalpojumi/pabalsts/", 2, "Pabalsts", "cms/service_page.html"),
    ("/lv/pakalpojumi/majoklis/", 2, "Sociālais mājoklis", "cms/service_page.html"),
    ("/lv/palidziba/", 1, "Palīdzība", "cms/help_page.html"),
]
EVERY = [p for p, *_ in PAGES]
SERVICES = ["/lv/pakalpojumi/apkure/", "/lv/pakalpojumi/pabalsts/", "/lv/pakalpojumi/majoklis/"]


def facts(**overrides):
    out = {}
    for path, depth, title, template in PAGES:
        owner = "service_owner" if template == "cms/service_page.html" else "communications"
        out[path] = core.PageFacts(
            path=path,
            title=title,
            template=template,
            depth=depth,
            owner=owner,
            type_labels={"en": template.split("/")[1][:-5].replace("_", " ")},
        )
    for path, changes in overrides.items():
        for name, value in changes.items():
            setattr(out[path], name, value)
    return out


def finding(
    rule,
    path,
    selector,
    impact="serious",
    outcome="violation",
    wcag=("1.4.3",),
    review=None,
    source="axe",
    varam="contrast",
):
    return core.FindingIn(
        rule=rule,
        source=source,
        outcome=outcome,
        impact=impact,
        url=SITE + path,
        selector=selector,
        wcag=tuple(wcag),
        varam=varam,
        review=review,
    )


def run_in(run_id, findings, paths=EVERY):
    depth = {p: d for p, d, *_ in PAGES}
    title = {p: t for p, _d, t, _ in PAGES}
    return core.RunIn(
        id=run_id,
        finished="2026-11-10",
        pages=[core.PageIn(SITE + p, depth=depth[p], title=title[p]) for p in paths],
        findings=findings,
    )


# The latest run: a footer contrast problem on every page (one component), images without
# alt text on two service pages (one template action), a vague link an auditor failed,
# an unreviewed needs-review item and a passed one (no actions), a minor issue on the help page.
LATEST = [
    *[finding("color-contrast", p, ".site-footer .muted") for p in EVERY],
    finding(
        "image-alt", SERVICES[0], ".prose img", impact="critical", wcag=("1.1.1",), varam="text-alternatives"
    ),
    finding(
        "image-alt",
        SERVICES[1],
        ".prose img:nth-child(2)",
        impact="critical",
        wcag=("1.1.1",),
        varam="text-alternatives",
    ),
    finding(
        "er-link-vague",
        SERVICES[2],
        ".prose a",
        impact="moderate",
        outcome="needs-review",
        wcag=("2.4.4",),
        review="failed",
        source="links",
        varam="navigation",
    ),
    finding(
        "er-link-vague",
        SERVICES[0],
        ".prose a",
        impact="moderate",
        outcome="needs-review",
        wcag=("2.4.4",),
        review="passed",
        source="links",
        varam="navigation",
    ),
    finding(
        "er-embedded-video-review",
        "/lv/palidziba/",
        "iframe",
        impact="moderate",
        outcome="needs-review",
        wcag=("1.2.2",),
        source="media",
        varam="multimedia",
    ),
    finding(
        "er-text-justified",
        "/lv/palidziba/",
        ".intro",
        impact="minor",
        wcag=("1.4.8",),
        source="typography",
        varam="text-zoom",
    ),
]
PREVIOUS = [
    *[finding("color-contrast", p, ".site-footer .muted") for p in EVERY],
    *[finding("label", p, "#site-search", impact="critical", wcag=("4.1.2",), varam="forms") for p in EVERY],
    finding(
        "image-alt", SERVICES[0], ".prose img", impact="critical", wcag=("1.1.1",), varam="text-alternatives"
    ),
]


def by_key(drafts):
    return {str(d.key): d for d in drafts}


# --- the pure core --------------------------------------------------------------


def test_findings_group_into_one_action_per_rule_and_template_or_component():
    drafts = by_key(core.build_actions(run_in(2, LATEST), facts(), 2026, previous=run_in(1, PREVIOUS)))
    assert set(drafts) == {
        "component|color-contrast|.site-footer .muted",
        "template|image-alt|cms/service_page.html",
        "template|er-link-vague|cms/service_page.html",
        "template|er-text-justified|cms/help_page.html",
    }
    footer = drafts["component|color-contrast|.site-footer .muted"]
    assert footer.baseline == 6 and len(footer.pages) == 6 and footer.unit == "findings"
    images = drafts["template|image-alt|cms/service_page.html"]
    # Two selectors on two pages of one template: still one fix.
    assert [p for p, _u, _t in images.pages] == SERVICES[:2]
    assert images.signatures == [
        ("image-alt", SERVICES[0], ".prose img"),
        ("image-alt", SERVICES[1], ".prose img:nth-child(2)"),
    ]
    assert images.location_names == {"en": "service page"}
    # A passed review and an unreviewed item make no action.
    assert drafts["template|er-link-vague|cms/service_page.html"].baseline == 1
    assert not any("embedded-video" in k for k in drafts)


def test_a_selector_on_one_template_only_is_not_a_component():
    findings = [finding("color-contrast", p, ".facts dd") for p in SERVICES]
    drafts = core.build_actions(run_in(1, findings), facts(), 2026)
    assert [str(d.key) for d in drafts] == ["template|color-contrast|cms/service_page.html"]


def test_pages_of_other_sites_group_by_url_shape():
    findings = [finding("image-alt", "/news/one/", "img"), finding("image-alt", "/news/two/", "img.x")]
    run = core.RunIn(
        id=1,
        pages=[core.PageIn(SITE + "/news/one/", 2), core.PageIn(SITE + "/news/two/", 2)],
        findings=findings,
    )
    drafts = core.build_actions(run, {}, 2026)
    assert [str(d.key) for d in drafts] == ["template|image-alt|/news/*"]


def test_ranking_follows_impact_pages_importance_and_feedback():
    drafts = core.build_actions(run_in(2, LATEST), facts(), 2026)
    assert [d.key.rule for d in drafts] == [
        "color-contrast",
        "image-alt",
        "er-link-vague",
        "er-text-justified",
    ]
    footer, images, links, justified = drafts
    # serious (5) x 6 pages x mean importance by depth (3, 2, 5/3 x3, 2) / 6 = 2.0
    assert footer.parts == {"impact": 5, "pages": 6, "importance": 2.0, "feedback": 1.0}
    assert footer.priority == 60.0
    assert images.parts["impact"] == 10 and images.priority == pytest.approx(10 * 2 * 5 / 3, abs=0.01)
    assert [d.rank for d in drafts] == [1, 2, 3, 4]


def test_scans_and_unhappy_residents_raise_a_page_priority():
    quiet = core.build_actions(run_in(2, LATEST), facts(), 2026)
    loud = core.build_actions(
        run_in(2, LATEST), facts(**{SERVICES[2]: {"reach": 999, "satisfaction": 20.0, "answers": 40}}), 2026
    )
    before = next(d for d in quiet if d.key.rule == "er-link-vague")
    after = next(d for d in loud if d.key.rule == "er-link-vague")
    assert after.parts["importance"] == 4.0  # 1 + log10(1 + 999)
    assert after.parts["feedback"] == 1.8  # 1 + (1 - 0.20)
    assert after.priority == pytest.approx(before.priority * (4.0 / (5 / 3)) * 1.8, rel=0.01)
    # Too few answers: feedback does not count.
    few = core.build_actions(
        run_in(2, LATEST), facts(**{SERVICES[2]: {"satisfaction": 0.0, "answers": 2}}), 2026
    )
    assert next(d for d in few if d.key.rule == "er-link-vague").parts["feedback"] == 1.0


def test_smart_fields_owner_deadline_baseline_previous_target():
    drafts = by_key(core.build_actions(run_in(2, LATEST), facts(), 2026, previous=run_in(1, PREVIOUS)))
    footer = drafts["component|color-contrast|.site-footer .muted"]
    images = drafts["template|image-alt|cms/service_page.html"]
    links = drafts["template|er-link-vague|cms/service_page.html"]
    justified = drafts["template|er-text-justified|cms/help_page.html"]
    assert (footer.owner, images.owner, links.owner, justified.owner) == (
        "it",
        "service_owner",
        "service_owner",
        "it",
    )
    assert (footer.previous, images.previous, links.previous) == (6, 1, 0)
    assert all(d.target == 0 for d in drafts.values())
    # Critical first quarter; the rest spread over the year by rank.
    assert (images.deadline_year, images.deadline_quarter) == (2026, 1)
    assert [d.deadline_quarter for d in (footer, links, justified)] == [1, 3, 4]


def test_hard_pages_make_one_plain_language_action_per_owner():
    hard = facts(
        **{
            SERVICES[0]: {"level": "very-hard"},
            SERVICES[1]: {"level": "hard"},
            "/lv/palidziba/": {"level": "hard"},
            "/lv/": {"level": "easy"},
        }
    )
    drafts = by_key(core.build_actions(run_in(2, []), hard, 2026))
    assert set(drafts) == {
        "plain-language|er-readability-hard|service_owner",
        "plain-language|er-readability-hard|communications",
    }
    service = drafts["plain-language|er-readability-hard|service_owner"]
    assert (service.unit, service.baseline, service.owner, service.impact) == (
        "pages",
        2,
        "service_owner",
        "serious",
    )


def test_verification_needs_the_findings_gone_and_every_page_checked():
    latest = run_in(2, LATEST)
    grouped = by_key(core.build_actions(latest, facts(), 2026))
    images = grouped["template|image-alt|cms/service_page.html"]
    paths = [p for p, _u, _t in images.pages]

    def check(findings, pages=EVERY, families=core.ALL_FAMILIES):
        later = run_in(3, findings, paths=pages)
        later.families = families
        return core.verify(images.key, paths, images.signatures, later, facts(), source="axe")

    assert check([]) == core.Verification(True, 0)
    assert check(LATEST).reason == "still-found" and check(LATEST).remaining == 2
    # Same rule on the same template with a changed selector is still the same barrier.
    moved = [finding("image-alt", SERVICES[1], "figure img", impact="critical", wcag=("1.1.1",))]
    assert check(moved) == core.Verification(False, 1, "still-found")
    # A run that skipped a page, or the axe family, proves nothing.
    assert check([], pages=EVERY[:3]).reason == "not-covered"
    assert check([], families=("links",)).reason == "family-off"


# --- with the database: two fixture runs, then a later one ------------------------------


def make_run(findings, when, paths=EVERY):
    known = {p: (p, d, t) for p, d, t, _ in PAGES}
    return save_run(SITE, SITE + "/", [known[p] for p in paths], findings, when)


@pytest.fixture
def two_runs(db):
    now = timezone.now()
    return (make_run(PREVIOUS, now - dt.timedelta(days=365)), make_run(LATEST, now - dt.timedelta(days=5)))


def test_build_plan_from_two_fixture_runs(two_runs):
    previous, latest = two_runs
    plan = plan_service.build_plan(2026, latest)
    assert plan.previous_run == previous  # found automatically: same site, one run before
    actions = list(plan.actions.order_by("rank"))
    assert [(a.rank, a.kind, a.rule) for a in actions] == [
        (1, "component", "color-contrast"),
        (2, "template", "image-alt"),
        (3, "template", "er-link-vague"),
        (4, "template", "er-text-justified"),
    ]
    images = actions[1]
    assert images.title_lv.startswith("Pievienot teksta aprakstu")
    assert images.title_en == "Give every informative image a text description"
    assert [p["path"] for p in images.pages] == SERVICES[:2]
    assert (images.baseline, images.previous, images.target, images.deadline) == (2, 1, 0, "2026 Q1")
    assert (images.owner, images.status, images.verified_run) == ("communications", "planned", None)
    assert plan.inputs["compare"] == {"new": 3, "fixed": 6, "open": 7}
    assert [r["open"] for r in plan.inputs["runs"]] == [13, 10]
    assert plan.inputs["criteria"][0] == ["1.4.3", 6] or plan.inputs["criteria"][0] == ("1.4.3", 6)


def test_a_later_run_verifies_fixed_actions_and_names_the_run(two_runs):
    previous, latest = two_runs
    plan = plan_service.build_plan(2026, latest)
    # Staff edit an action; a rebuild keeps the edit.
    PlanAction.objects.filter(plan=plan, rule="image-alt").update(target=0, owner="it", notes="Fix in CMS")
    plan = plan_service.build_plan(2026, latest)
    assert plan.actions.get(rule="image-alt").notes == "Fix in CMS"

    still_contrast = [f for f in LATEST if f.rule == "color-contrast"]
    later = make_run(still_contrast, timezone.now())
    assert plan_service.refresh_verification(plan) == 3
    states = {a.rule: (a.status, a.verified_run_id, a.current) for a in plan.actions.all()}
    assert states == {
        "color-contrast": ("planned", None, 6),
        "image-alt": ("verified", later.pk, 0),
        "er-link-vague": ("verified", later.pk, 0),
        "er-text-justified": ("verified", later.pk, 0),
    }
    doc = document(plan_service.plan_data(plan), "en")
    status = {a["rule"]: a["status_label"] for a in doc["actions"]}
    assert status["image-alt"] == f"Fixed, verified by audit #{later.pk}"


def test_last_years_plan_is_verified_by_this_years_run(two_runs):
    previous, latest = two_runs
    old = plan_service.build_plan(2025, previous, previous=None)
    plan_service.refresh_verification(old)
    states = {a.rule: (a.status, a.verified_run_id) for a in old.actions.all()}
    assert states["label"] == ("verified", latest.pk)
    assert states["color-contrast"] == ("planned", None)
    assert states["image-alt"] == ("planned", None)  # still on the service template


def test_document_texts_charts_and_xlsx(two_runs):
    from io import BytesIO

    from openpyxl import load_workbook

    _previous, latest = two_runs
    data = plan_service.plan_data(plan_service.build_plan(2026, latest))
    lv, en = document(data, "lv"), document(data, "en")
    assert lv["title"] == "Tīmekļvietnes uzlabošanas plāns 2026. gadam"
    assert en["title"] == "Website improvement plan for 2026"
    assert lv["actions"][0]["where"].startswith("Kopīgs elements visās lapās: lapas kājene")
    assert 'role="img"' in en["charts"]["criteria"] and "WCAG 1.4.3 6" in en["charts"]["criteria"]
    assert f"#{latest.pk} " in en["charts"]["trend"]
    workbook = load_workbook(BytesIO(to_xlsx(data, "lv")))
    sheet = workbook["Plāns"]
    header = [c.value for c in sheet[5]]
    assert header[:3] == ["Nr.", "Kas jādara", "Kur"]
    assert [sheet.cell(row=r, column=14).value for r in range(6, 10)] == [
        "color-contrast",
        "image-alt",
        "er-link-vague",
        "er-text-justified",
    ]


def test_site_facts_read_page_types_scans_feedback_and_reading_level(db):
    from urllib.parse import urlsplit

    from audit.plan_inputs import site_facts
    from cms import feedback as logic
    from cms.models import FeedbackMonthly
    from qr.models import DailyScan, ShortLink
    from tests.cms.factories import make_home, make_index, make_service

    today = timezone.localdate()
    home = make_home()
    home.save_revision().publish()
    service = make_service(make_index(home))
    link = ShortLink.objects.create(page=service, label="Leaflet with the water bill")
    DailyScan.objects.create(link=link, day=today - dt.timedelta(days=3), count=40)
    DailyScan.objects.create(link=link, day=today - dt.timedelta(days=400), count=500)  # too old
    FeedbackMonthly.objects.create(page=service, month=logic.month_start(today), score=logic.YES, count=3)
    FeedbackMonthly.objects.create(page=service, month=logic.month_start(today), score=logic.NO, count=1)

    facts = site_facts(today)
    path = urlsplit(service.url).path
    service_facts = facts[path]
    assert (service_facts.template, service_facts.owner, service_facts.depth) == (
        "cms/service_page.html", "service_owner", 2)
    assert service_facts.type_labels == {"lv": "pakalpojuma lapa", "en": "service page"}
    assert (service_facts.reach, service_facts.answers, service_facts.satisfaction) == (40, 4, 75.0)
    assert service_facts.level in ("very-easy", "easy", "medium", "hard", "very-hard")
    assert facts[urlsplit(home.url).path].depth == 0
