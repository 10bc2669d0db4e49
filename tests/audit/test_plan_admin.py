"""The admin side: building and editing plans, exports, the statement button, the feedback reports."""

import datetime as dt
from io import BytesIO

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from audit.plan_models import ImprovementPlan, PlanAction
from cms import feedback as logic
from cms.models import AccessibilityStatementPage, FeedbackComment, FeedbackMonthly
from tests.audit.test_plan import LATEST, PREVIOUS, make_run
from tests.cms.factories import make_home, make_index, make_service

pytestmark = pytest.mark.django_db


def login(client, name, *groups, superuser=False):
    if superuser:
        user = User.objects.create_superuser(name, f"{name}@example.org", "pw")
    else:
        user = User.objects.create_user(name, f"{name}@example.org", "pw")
        for group in groups:
            user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def streamed(response):
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def runs(db):
    now = timezone.now()
    return make_run(PREVIOUS, now - dt.timedelta(days=365)), make_run(LATEST, now - dt.timedelta(days=3))


def test_an_auditor_builds_edits_and_exports_a_plan(client, runs):
    previous, latest = runs
    login(client, "auditor", "Auditors")
    assert client.get(reverse("audit_plan:index")).status_code == 200
    response = client.post(reverse("audit_plan:build"), {"year": 2026, "run": latest.pk})
    plan = ImprovementPlan.objects.get(year=2026)
    assert response.status_code == 302 and response["Location"] == reverse(
        "audit_plan:detail", args=[plan.pk]
    )
    assert plan.previous_run == previous

    page = client.get(reverse("audit_plan:detail", args=[plan.pk])).content.decode()
    assert "Padarīt teksta krāsu tumšāku, lai kontrasts būtu vismaz 4,5:1" in page  # admin language: lv
    action = plan.actions.get(rule="image-alt")
    edit = reverse("audit_plan:edit_action", args=[plan.pk, action.pk])
    form = {
        "title_lv": action.title_lv,
        "title_en": "Describe every image",
        "target": 0,
        "deadline_year": 2026,
        "deadline_quarter": 2,
        "owner": "communications",
        "status": "done",
        "notes": "Editors add alt texts.",
    }
    assert client.post(edit, form).status_code == 302
    action.refresh_from_db()
    assert (action.title_en, action.deadline, action.status) == ("Describe every image", "2026 Q2", "done")
    # Only a later audit may say "verified".
    refused = client.post(edit, {**form, "status": "verified"})
    assert refused.status_code == 200 and "Only an audit can verify a fix" in refused.content.decode()

    lv = client.get(reverse("audit_plan:export", args=[plan.pk, "lv", "html"])).content.decode()
    assert '<html lang="lv">' in lv and "Tīmekļvietnes uzlabošanas plāns 2026. gadam" in lv
    assert 'href="plan-en.html"' in lv
    en = client.get(reverse("audit_plan:export", args=[plan.pk, "en", "html"])).content.decode()
    assert "Website improvement plan for 2026" in en and "Describe every image" in en
    xlsx = client.get(reverse("audit_plan:export", args=[plan.pk, "en", "xlsx"]))
    assert xlsx["Content-Disposition"] == 'attachment; filename="improvement-plan-2026-en.xlsx"'
    from openpyxl import load_workbook

    assert load_workbook(BytesIO(xlsx.content))["Plan"]["A1"].value == "Website improvement plan for 2026"
    assert client.get(reverse("audit_plan:export", args=[plan.pk, "de", "html"])).status_code == 404


def test_an_editor_reads_the_plan_and_updates_status_but_cannot_build(client, runs):
    _previous, latest = runs
    from audit import plan_service

    plan = plan_service.build_plan(2026, latest)
    login(client, "editor", "Editors")
    assert client.get(reverse("audit_plan:detail", args=[plan.pk])).status_code == 200
    # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
    refused = client.post(reverse("audit_plan:build"), {"year": 2027, "run": latest.pk})
    assert refused.status_code == 302 and not ImprovementPlan.objects.filter(year=2027).exists()
    action = plan.actions.first()
    assert client.get(reverse("audit_plan:edit_action", args=[plan.pk, action.pk])).status_code == 200


def test_someone_without_plan_permission_is_refused(client, runs):
    login(client, "nobody")
    assert client.get(reverse("audit_plan:index")).status_code in (302, 403)


def test_the_statement_button_writes_a_draft_in_every_language(client, runs):
    _previous, latest = runs
    home = make_home()
    page = home.add_child(instance=AccessibilityStatementPage(title="Paziņojums", slug="pazinojums"))
    page.save_revision().publish()
    login(client, "root", superuser=True)
    response = client.post(reverse("audit_plan:statement"), {"run": latest.pk})
    assert response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    page.refresh_from_db()
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.audit_run_id == latest.pk and len(draft.non_compliance) == 3


def test_feedback_report_ranks_pages_by_satisfaction_and_exports_csv(client):
    index = make_index(make_home())
    good = make_service(index, slug="labs", title="Labs pakalpojums")
    poor = make_service(index, slug="slikts", title="Slikts pakalpojums")
    month = logic.month_start(timezone.localdate())
    earlier = logic.months_back(month, 3)
    FeedbackMonthly.objects.bulk_create(
        [
            FeedbackMonthly(page=good, month=month, score=logic.YES, count=9),
            FeedbackMonthly(page=good, month=month, score=logic.NO, count=1),
            FeedbackMonthly(page=poor, month=month, score=logic.NO, count=6),
            FeedbackMonthly(page=poor, month=month, score=logic.PARTLY, count=4),
            FeedbackMonthly(page=poor, month=earlier, score=logic.YES, count=10),
        ]
    )
    FeedbackComment.objects.create(
        page=poor, day=timezone.localdate(), score=logic.NO, text="Par sarežģītu", lang="lv"
    )
    login(client, "root", superuser=True)
    html = client.get(reverse("feedback_report")).content.decode()
    assert html.index("Slikts pakalpojums") < html.index("Labs pakalpojums")
    assert "▼ -80.0" in html  # 100 % three months ago, 20 % now
    csv = streamed(client.get(reverse("feedback_report") + "?export=csv"))
    lines = csv.splitlines()
    assert lines[0].startswith(
        "Lapa,Adrese (URL),Valoda,Atbildes (12 mēneši),Jā,Daļēji,Nē,Apmierinātība % (12 mēneši)"
    )
    assert lines[1].startswith("Slikts pakalpojums,") and ",lv,20,10,4,6,60.0," in lines[1]
    assert lines[2].startswith("Labs pakalpojums,") and ",lv,10,9,0,1,90.0," in lines[2]
    comments = streamed(client.get(reverse("feedback_comments") + f"?page_id={poor.pk}&export=csv"))
    assert "Par sarežģītu" in comments and "Slikts pakalpojums" in comments


@pytest.mark.browser
def test_the_plan_prints_to_pdf(client, runs):
    _previous, latest = runs
    from audit import plan_service

    plan = plan_service.build_plan(2026, latest)
    login(client, "root", superuser=True)
    response = client.get(reverse("audit_plan:export", args=[plan.pk, "lv", "pdf"]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content[:5] == b"%PDF-"
    assert PlanAction.objects.filter(plan=plan).count() == 4


def test_the_plan_summary_opens_the_document(client, runs):
    _previous, latest = runs
    from audit import plan_service

    plan = plan_service.build_plan(2026, latest)
    login(client, "auditor", "Auditors")
    edit = reverse("audit_plan:edit_plan", args=[plan.pk])
    assert client.get(edit).status_code == 200
    client.post(edit, {"summary_lv": "Šogad labojam kājeni.", "summary_en": "This year we fix the footer."})
    en = client.get(reverse("audit_plan:export", args=[plan.pk, "en", "html"])).content.decode()
    lv = client.get(reverse("audit_plan:export", args=[plan.pk, "lv", "html"])).content.decode()
    assert "<p>This year we fix the footer.</p>" in en and "Šogad labojam kājeni." in lv
