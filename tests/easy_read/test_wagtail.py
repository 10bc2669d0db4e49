"""The Wagtail integration: editor endpoint, checks panel, userbar, workflow task, report."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowTask

from easy_read.models import PageReadability, PlainLanguageReviewTask
from easy_read.page_text import fields_text, page_fields, posted_fields, text_field_names
from easy_read.service import analyse_page
from easy_read.userbar import PlainLanguageCheckerItem

from .conftest import HARD_LV, PLAIN_LV, standard_page_post

pytestmark = pytest.mark.django_db


def test_text_fields_of_service_page_skip_non_prose():
    from cms.models import ServicePage

    names = text_field_names(ServicePage)
    assert names[0] == "title"
    assert {"summary", "who_can_get", "how_to_apply", "cost", "easy_read"} <= set(names)
    assert not {"slug", "seo_title", "search_description", "checked_on"} & set(names)


def test_saved_and_posted_text_agree(standard_page):
    from cms.models import StandardPage

    saved = fields_text(page_fields(standard_page))
    data = standard_page_post("Sociālā palīdzība", "Kā saņemt palīdzību.", "Kā pieteikties", HARD_LV)
    posted = fields_text(posted_fields(StandardPage, data))
    assert saved == posted
    assert "Kā pieteikties" in saved and HARD_LV in saved
    assert "h2" not in saved  # a choice value is not prose


def test_editor_endpoint_for_an_existing_page(admin_client, standard_page):
    data = standard_page_post("Sociālā palīdzība", "Kā saņemt palīdzību.", "Kā pieteikties", HARD_LV)
    data["easy_read_path"] = reverse("wagtailadmin_pages:edit", args=[standard_page.pk])
    response = admin_client.post(reverse("easy_read_analyse"), data)
    assert response.status_code == 200
    body = response.json()
    report = analyse_page(standard_page, messages_lang=body["labels"] and "lv").report
    assert (body["lix"], body["words"], body["sentences"]) == (report.lix, report.words, report.sentences)
    assert body["level"] in {"hard", "very-hard"}
    rules = {i["rule"] for entry in body["flagged"] for i in entry["issues"]}
    assert {"jargon", "passive"} <= rules
    assert body["lang"] == "lv"
    assert "Server-Timing" in response


def test_editor_endpoint_follows_the_typing(admin_client, standard_page):
    url = reverse("easy_read_analyse")
    path = reverse("wagtailadmin_pages:edit", args=[standard_page.pk])
    hard = admin_client.post(
        url, {**standard_page_post("T", "", "Virsraksts", HARD_LV), "easy_read_path": path}
    ).json()
    plain = admin_client.post(
        url, {**standard_page_post("T", "", "Virsraksts", PLAIN_LV), "easy_read_path": path}
    ).json()
    assert plain["lix"] < hard["lix"]
    assert plain["issue_count"] < hard["issue_count"]


def test_editor_endpoint_for_a_new_page_uses_the_parent_locale(admin_client, root_page):
    path = reverse("wagtailadmin_pages:add", args=["cms", "standardpage", root_page.pk])
    data = {
        **standard_page_post(
            "Help", "", "How to apply", "In accordance with the rules, forms are processed weekly."
        ),
        "easy_read_path": path,
        "easy_read_locale": "en",
    }
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    body = admin_client.post(reverse("easy_read_analyse"), data).json()
    assert body["lang"] == "en"
    assert "jargon" in {i["rule"] for e in body["flagged"] for i in e["issues"]}


def test_messages_follow_the_admin_language(admin_client, admin_user, standard_page):
    data = {
        **standard_page_post("T", "", "H", HARD_LV),
        "easy_read_path": reverse("wagtailadmin_pages:edit", args=[standard_page.pk]),
    }
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    for language, word in (("en", "Officialese"), ("lv", "Kancelejas valoda")):
        profile.preferred_language = language
        profile.save()
        body = admin_client.post(reverse("easy_read_analyse"), data).json()
        messages = [i["message"] for e in body["flagged"] for i in e["issues"]]
        assert any(m.startswith(word) for m in messages), messages


def test_editor_endpoint_rejects_other_urls_and_get(admin_client):
    url = reverse("easy_read_analyse")
    assert admin_client.get(url).status_code == 405
    assert admin_client.post(url, {"easy_read_path": "/admin/"}).status_code == 400
    assert admin_client.post(url, {"easy_read_path": "/nowhere/"}).status_code == 400
    assert admin_client.post(url, {"easy_read_path": "/admin/pages/99999/edit/"}).status_code == 400


def test_editor_endpoint_needs_admin_access(client, standard_page):
    response = client.post(reverse("easy_read_analyse"), {"easy_read_path": "/admin/pages/1/edit/"})
    assert response.status_code in (302, 403)


def test_edit_view_loads_the_panel_and_the_checks_panel_uses_our_metrics(admin_client, standard_page):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[standard_page.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="easy-read-config"' in html and "easy_read/js/editor.js" in html
    assert 'data-easy-read-checks="lix"' in html
    # Wagtail's own readability number would disagree with ours: it is gone.
    assert "data-content-readability-score" not in html


def test_checks_panel_axe_configuration_comes_from_our_item(rf, admin_user, standard_page):
    from wagtail.admin.ui.side_panels import ChecksSidePanel

    request = rf.get("/")
    request.user = admin_user
    config = ChecksSidePanel(standard_page, request).get_axe_configuration()
    assert "valid-lang" in config["options"]["runOnly"]
    assert "link-name" in config["options"]["runOnly"]


def test_userbar_shows_the_same_level_on_the_live_page(rf, admin_user, standard_page):
    from wagtail.admin.userbar import ContentCheckerItem

    from easy_read.service import report_payload
    from easy_read.userbar import PlainLanguageUserbarItem, construct_userbar

    request = rf.get("/")
    request.user = admin_user
    items = [ContentCheckerItem()]
    construct_userbar(request, items, standard_page)
    assert isinstance(items[0], PlainLanguageCheckerItem)
    assert isinstance(items[1], PlainLanguageUserbarItem)
    html = items[1].render_html({"request": request})
    payload = report_payload(analyse_page(standard_page).report, "lv")
    assert f"LIX {payload['lix_label']}" in html
    assert reverse("wagtailadmin_pages:edit", args=[standard_page.pk]) in html


def test_userbar_item_is_hidden_from_users_who_cannot_edit(rf, standard_page, django_user_model):
    from easy_read.userbar import PlainLanguageUserbarItem

    request = rf.get("/")
    request.user = django_user_model.objects.create_user("reader", password="x")
    assert PlainLanguageUserbarItem(standard_page).render_html({"request": request}) == ""


def test_report_lists_live_pages_worst_first_and_exports_csv(admin_client, standard_page, plain_page):
    url = reverse("easy_read_report")
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Sociālā palīdzība") < html.index(">Palīdzība<") if ">Palīdzība<" in html else True
    response = admin_client.get(url + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    titles = [row[0] for row in rows[1:]]
    assert titles.index("Sociālā palīdzība") < titles.index("Palīdzība")
    assert (
        PageReadability.objects.get(page=standard_page).level_rank
        > PageReadability.objects.get(page=plain_page).level_rank
    )


def test_report_menu_item_is_registered(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert reverse("easy_read_report") in response.content.decode()


def test_publishing_refreshes_the_stored_score(standard_page):
    standard_page.refresh_from_db()
    record = PageReadability.objects.get(page=standard_page)
    assert record.revision_id == standard_page.live_revision_id
    assert record.level in {"hard", "very-hard"} and record.issue_count > 0


def _task(block_above_level=""):
    group = Group.objects.create(name="Plain-language reviewers")
    task = PlainLanguageReviewTask.objects.create(
        name="Plain-language review", block_above_level=block_above_level
    )
    task.groups.set([group])
    workflow = Workflow.objects.create(name="Review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return task, workflow


def test_review_task_blocks_approval_above_the_level(admin_user, standard_page):
    task, workflow = _task(block_above_level="medium")
    actions = task.get_actions(standard_page, admin_user)
    assert [a[0] for a in actions] == ["reject"]


def test_review_task_allows_approval_of_plain_pages(admin_user, plain_page):
    task, _ = _task(block_above_level="medium")
    assert "approve" in [a[0] for a in task.get_actions(plain_page, admin_user)]


def test_review_task_without_a_limit_never_blocks(admin_user, standard_page):
    task, _ = _task()
    assert "approve" in [a[0] for a in task.get_actions(standard_page, admin_user)]


def test_review_task_refuses_a_forced_approval(admin_user, standard_page):
    from django.core.exceptions import PermissionDenied

    task, workflow = _task(block_above_level="easy")
    workflow_state = workflow.start(standard_page, admin_user)
    task_state = workflow_state.current_task_state
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, admin_user, "approve")


def test_review_modal_shows_the_report(admin_client, admin_user, standard_page):
    task, workflow = _task(block_above_level="medium")
    workflow_state = workflow.start(standard_page, admin_user)
    task_state = workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[standard_page.pk, "reject", task_state.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.json()["html"]
    from easy_read.service import report_payload

    payload = report_payload(analyse_page(standard_page).report, "lv")
    assert "easy-read-report" in html and f"<dd>{payload['lix_label']}</dd>" in html


def test_task_admin_form_offers_the_level_setting(admin_client):
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(PlainLanguageReviewTask)
    response = admin_client.get(reverse("wagtailadmin_workflows:add_task", args=[ct.app_label, ct.model]))
    assert response.status_code == 200
    assert 'name="block_above_level"' in response.content.decode()


def test_deleted_pages_have_no_record(standard_page):
    pk = standard_page.pk
    Page.objects.get(pk=pk).delete()
    assert not PageReadability.objects.filter(page_id=pk).exists()


def test_score_command(standard_page, plain_page):
    from django.core.management import call_command

    PageReadability.objects.all().delete()
    out = io.StringIO()
    call_command("easy_read_score", stdout=out)
    live = Page.objects.live().filter(depth__gt=1).count()
    assert f"Scored {live} page(s)." in out.getvalue()
    assert PageReadability.objects.count() == live
    out = io.StringIO()
    call_command("easy_read_score", "--stale", stdout=out)
    assert "Scored 0 page(s)." in out.getvalue()


def test_service_page_easy_read_version_is_checked_with_the_strict_rules(root_page):
    from cms.models import ServicePage

    page = ServicePage(
        title="Apkures kompensācija",
        slug="apkures-kompensacija-er",
        summary="Palīdzība apkures rēķinu samaksai.",
        who_can_get="<p>Ģimenes ar maziem ienākumiem.</p>",
        what_you_get="<p>Naudu apkurei.</p>",
        how_to_apply=[("step", {"title": "Uzrakstiet iesniegumu", "detail": ""})],
        cost="Bez maksas",
        duration="10 darba dienas",
        department="Sociālais dienests",
        easy_read=[
            (
                "pair",
                {"icon": "", "picture": None, "sentence": "Paņemiet līdzi, piem., pasi un divus rēķinus."},
            )
        ],
    )
    root_page.add_child(instance=page)
    analysis = analyse_page(page)
    assert "Paņemiet līdzi" not in analysis.report.text
    assert analysis.easy_read is not None and analysis.easy_read.easy_read
    rules = {i.rule for i in analysis.easy_read.issues}
    assert {"abbreviation", "number-words"} <= rules
