"""The Wagtail admin "Audits" area: permissions, starting runs, progress, reports, reviews."""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from audit.models import AuditRun, Finding, PageResult, Review
from audit.results import fingerprint
from tests.audit.fixture_server import FixtureServer

pytestmark = pytest.mark.django_db


def make_user(name, *groups):
    user = User.objects.create_user(name, f"{name}@example.org", "pw")
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(client):
    user = make_user("editor", "Editors")
    client.force_login(user)
    return user


@pytest.fixture
def auditor(client):
    user = make_user("auditor", "Auditors")
    client.force_login(user)
    return user


def add_run(url="https://www.example.lv/", findings=()):
    run = AuditRun.objects.create(start_urls=[url], status=AuditRun.Status.FINISHED,
                                  engine={"axe": "4.14.1", "product": "0.1.0"})
    page = PageResult.objects.create(run=run, url=url, final_url=url, position=1, done=True,
                                     status=200, title="Sākums", lang="lv")
    for rule, selector, outcome in findings:
        Finding.objects.create(run=run, page=page, rule=rule, source="axe", outcome=outcome,
                               impact="serious", wcag=["1.1.1"], en301549=["9.1.1.1"],
                               varam="text-alternatives", selector=selector,
                               snippet="<img>", message="m", help_url="https://h/",
                               fingerprint=fingerprint(url, rule, selector))
    return run


def test_auditors_group_has_the_audit_permissions():
    auditors = Group.objects.get(name="Auditors")
    codenames = set(auditors.permissions.values_list("codename", flat=True))
    assert {"view_auditrun", "start_audit", "audit_any_site", "review_finding",
            "access_admin"} <= codenames
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"view_auditrun", "start_audit"} <= editors
    assert not {"audit_any_site", "review_finding"} & editors


def test_menu_and_index_for_editors(client, editor):
    add_run(findings=[("image-alt", "img", "violation")])
    response = client.get(reverse("audit:index"))
    assert response.status_code == 200
    assert b"https://www.example.lv/" in response.content
    assert reverse("audit:index").encode() in client.get(reverse("wagtailadmin_home")).content


def test_users_without_the_permission_cannot_read_audits(client):
    user = make_user("moderator", "Moderators")
    client.force_login(user)
    run = add_run()
    for url in (reverse("audit:index"), reverse("audit:detail", args=[run.pk]),
                reverse("audit:export", args=[run.pk, "csv"])):
        assert client.get(url).status_code in (302, 403)


def test_editors_cannot_audit_other_sites(client, editor):
    response = client.get(reverse("audit:start"))
    assert b'name="url"' not in response.content
    response = client.post(reverse("audit:start"), {
        "target": "other", "url": "https://www.example.lv/", "max_pages": 5, "max_depth": 1,
        "concurrency": 1, "families": ["axe"]})
    assert response.status_code == 200
    assert not AuditRun.objects.exists()


def test_private_addresses_are_refused_in_the_admin_too(client, auditor):
    response = client.post(reverse("audit:start"), {
        "target": "other", "url": "http://10.0.0.8/", "max_pages": 5, "max_depth": 1,
        "concurrency": 1, "follow_links": "on", "families": ["axe"]})
    assert response.status_code == 200
    assert b"non-public address" in response.content
    assert not AuditRun.objects.exists()


@pytest.mark.browser
def test_editor_audits_this_site_in_a_background_task(client, editor):
    with FixtureServer() as server:
        host = server.url.split("//", 1)[1]
        response = client.post(reverse("audit:start"), {
            "target": "this", "max_pages": 3, "max_depth": 1, "concurrency": 1,
            "follow_links": "on", "respect_robots": "on", "families": ["axe", "links"],
        }, HTTP_HOST=host)
    run = AuditRun.objects.get()
    assert response.status_code == 302 and response.url == reverse("audit:detail", args=[run.pk])
    assert run.start_urls == [server.url + "/"]
    assert run.created_by == editor
    progress = client.get(reverse("audit:progress", args=[run.pk])).json()
    assert progress["status"] == "finished" and progress["pages_done"] == 3
    assert not progress["active"]
    page = client.get(reverse("audit:detail", args=[run.pk]))
    assert page.status_code == 200 and b"By VARAM aspect" in page.content


def test_progress_endpoint_and_no_js_refresh(client, editor):
    run = add_run()
    AuditRun.objects.filter(pk=run.pk).update(status=AuditRun.Status.RUNNING)
    PageResult.objects.create(run=run, url="https://www.example.lv/a", position=2)
    data = client.get(reverse("audit:progress", args=[run.pk])).json()
    assert (data["pages_done"], data["pages_total"], data["active"]) == (1, 2, True)
    html = client.get(reverse("audit:detail", args=[run.pk])).content.decode()
    assert '<noscript><meta http-equiv="refresh"' in html


@pytest.mark.parametrize("fmt,ctype", [
    ("csv", "text/csv"), ("json", "application/json"), ("html", "text/html"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
])
def test_exports(client, editor, fmt, ctype):
    run = add_run(findings=[("image-alt", "main > img", "violation")])
    response = client.get(reverse("audit:export", args=[run.pk, fmt]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(ctype)
    if fmt == "json":
        data = json.loads(response.content)
        assert data["pages"][0]["findings"][0]["selector"] == "main > img"


def test_review_is_carried_over_to_later_runs(client, auditor):
    first = add_run(findings=[("color-contrast", "#hero", "needs-review")])
    finding = first.findings.get()
    response = client.post(reverse("audit:review", args=[first.pk, finding.pk]), {
        f"f{finding.pk}-verdict": "passed", f"f{finding.pk}-note": "Text on a solid colour."})
    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.verdict, review.note, review.reviewed_by) == (
        "passed", "Text on a solid colour.", auditor)
    later = add_run(findings=[("color-contrast", "#hero", "needs-review")])
    html = client.get(reverse("audit:detail", args=[later.pk])).content.decode()
    assert "Text on a solid colour." in html
    from audit.jobs import run_contract

    assert run_contract(later)["pages"][0]["findings"][0]["review"]["verdict"] == "passed"


def test_editors_cannot_review(client, editor):
    run = add_run(findings=[("color-contrast", "#hero", "needs-review")])
    finding = run.findings.get()
    response = client.post(reverse("audit:review", args=[run.pk, finding.pk]),
                           {f"f{finding.pk}-verdict": "failed"})
    assert response.status_code in (302, 403) and not Review.objects.exists()


def test_compare_two_runs(client, editor):
    old = add_run(findings=[("image-alt", "#a", "violation"), ("label", "#b", "violation")])
    new = add_run(findings=[("label", "#b", "violation"), ("region", "#c", "violation")])
    from audit.jobs import compare_runs

    diff = compare_runs(old, new)
    assert [f.rule for f in diff["new"]] == ["region"]
    assert [f.rule for f in diff["fixed"]] == ["image-alt"]
    assert [f.rule for f in diff["open"]] == ["label"]
    html = client.get(reverse("audit:compare"), {"a": old.pk, "b": new.pk}).content.decode()
    assert "1 new, 1 fixed, 1 still open" in html


def test_rules_page_lists_the_registry(client, editor):
    html = client.get(reverse("audit:rules")).content.decode()
    assert "er-reflow-320" in html and "9.1.4.10" in html and "wcag22aa" in html
