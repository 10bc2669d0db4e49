"""Page-tree rules, required sections and rendering of the page types."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import (
    AccessibilityStatementPage,
    EasyReadIndexPage,
    HelpPage,
    HomePage,
    SearchPage,
    ServiceIndexPage,
    ServicePage,
    StandardPage,
    VideoGuideIndexPage,
)
from tests.cms.factories import make_contact, make_home, make_index, make_service


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_services_live_only_in_a_service_index(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})

    def test_home_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ServiceIndexPage,
                HelpPage,
                StandardPage,
                EasyReadIndexPage,
                SearchPage,
                VideoGuideIndexPage,
                AccessibilityStatementPage,
            },
        )

    def test_help_and_standard_pages(self):
        self.assertAllowedParentPageTypes(HelpPage, {HomePage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage, HelpPage})


class ServicePageCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = make_home()
        self.index = make_index(self.home)
        self.contact = make_contact()

    def form(self, **overrides):
        data = {
            "title": "Apbedīšanas pabalsts",
            "slug": "apbedisanas-pabalsts",
            "summary": "Nauda bērēm, ja nomira tuvinieks.",
            "who_can_get": rich_text("<p>Tuvinieks vai cits cilvēks, kas rīko bēres.</p>"),
            "what_you_get": rich_text("<p>250 eiro.</p>"),
            "how_to_apply": streamfield([("step", {"title": "Uzrakstiet iesniegumu.", "detail": ""})]),
            "what_to_bring": rich_text(""),
            "someone_else": rich_text(""),
            "cost": "Bez maksas.",
            "duration": "5 darba dienas.",
            "checked_on": "2026-11-01",
            "department": "Sociālais dienests",
            "contact_point_links": inline_formset([{"contact_point": self.contact.pk}]),
            "related_links": inline_formset([]),
            "easy_read": streamfield([]),
            "infographics": streamfield([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editor_can_create_a_complete_service(self):
        self.assertCanCreate(self.index, ServicePage, self.form())
        page = ServicePage.objects.get(slug="apbedisanas-pabalsts")
        assert page.contact_points == [self.contact]
        assert page.how_to_apply[0].value["title"] == "Uzrakstiet iesniegumu."

    def test_required_sections_cannot_be_left_empty(self):
        for field in ("summary", "cost", "duration", "department"):
            with self.subTest(field=field):
                with pytest.raises(AssertionError, match=field):
                    self.assertCanCreate(self.index, ServicePage, self.form(**{field: ""}))

    def test_how_to_apply_needs_at_least_one_step(self):
        with pytest.raises(AssertionError, match="how_to_apply"):
            self.assertCanCreate(self.index, ServicePage, self.form(how_to_apply=streamfield([])))

    def test_where_and_when_needs_a_contact_point(self):
        # Wagtail reports formset minimums as a non-field error, so check the outcome.
        with pytest.raises(AssertionError, match="Creating a page failed"):
            self.assertCanCreate(self.index, ServicePage, self.form(contact_point_links=inline_formset([])))
        assert not ServicePage.objects.filter(slug="apbedisanas-pabalsts").exists()


@pytest.mark.django_db
def test_service_page_renders_every_section_in_order(client):
    home = make_home()
    page = make_service(make_index(home), what_to_bring="<ul><li>Pasi.</li></ul>")
    html = client.get(page.url).content.decode()
    headings = ["Kas var saņemt", "Ko jūs saņemat", "Kā pieteikties", "Kas jāņem līdzi", "Kur un kad"]
    positions = [html.index(f">{h}</h2>") for h in headings]
    assert positions == sorted(positions)
    assert '<ol class="steps">' in html
    assert "Informāciju 01.11.2026 pārbaudīja: Sociālais dienests." in html


@pytest.mark.django_db
def test_easy_read_version_is_a_route_and_404s_when_missing(client):
    home = make_home()
    index = make_index(home)
    with_pairs = make_service(
        index,
        slug="ar-versiju",
        easy_read=[("pair", {"icon": "phone", "picture": None, "sentence": "Zvaniet mums."})],
    )
    without = make_service(index, slug="bez-versijas")
    response = client.get(with_pairs.url + "viegli-lasit/")
    assert response.status_code == 200
    assert "Zvaniet mums." in response.content.decode()
    assert client.get(without.url + "viegli-lasit/").status_code == 404


@pytest.mark.django_db
def test_html_lang_follows_the_page_language(client, demo_site):
    assert '<html lang="lv">' in client.get("/lv/").content.decode()
    assert '<html lang="en">' in client.get("/en/").content.decode()
    assert '<html lang="ru">' in client.get("/ru/").content.decode()


@pytest.mark.django_db
def test_language_switcher_names_each_language_in_itself(client, demo_site):
    html = client.get("/lv/pakalpojumi/apkures-kompensacija/").content.decode()
    assert 'lang="en" hreflang="en">English</a>' in html
    assert 'lang="ru" hreflang="ru">Русский</a>' in html
    assert 'href="/en/pakalpojumi/apkures-kompensacija/"' in html
    assert 'aria-current="true">Latviešu</a>' in html


@pytest.mark.django_db
def test_service_index_filters_without_javascript(client, demo_site):
    html = client.get("/lv/pakalpojumi/?audience=gimenes").content.decode()
    assert "Dzīvesvietas deklarēšana" in html
    assert "Mājokļa apkures kompensācija" not in html
    html = client.get("/lv/pakalpojumi/?topic=pabalsti&audience=seniori").content.decode()
    assert "Mājokļa apkures kompensācija" in html
    assert "Dzīvesvietas deklarēšana" not in html


@pytest.mark.django_db
def test_help_page_lists_upcoming_bus_visits_soonest_first(client, demo_site):
    page = HelpPage.objects.get(locale__language_code="lv")
    visits = page.upcoming_visits()
    assert len(visits) >= 4
    assert [v["date"] for v in visits] == sorted(v["date"] for v in visits)
    html = client.get(page.url).content.decode()
    assert visits[0]["village"] in html


@pytest.mark.django_db
def test_friendly_404_in_the_visitors_language(client, demo_site):
    response = client.get("/ru/net-takoi-stranicy/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Мы не смогли найти эту страницу" in html
    assert "+371 60 000 000" in html


def test_image_block_demands_alt_text_or_decorative():
    from cms.blocks import ImageBlock

    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean({"image": None, "alt_text": "", "decorative": False, "caption": ""})
    with pytest.raises(ValidationError):
        block.clean({"image": None, "alt_text": "Mazs suns", "decorative": True, "caption": ""})


def test_heading_levels_cannot_be_skipped():
    from cms.blocks import BodyStreamBlock, heading_level_errors

    assert heading_level_errors([2, 3, 3, 2, 3, 4]) == {}
    assert heading_level_errors([3]) == {0: "h3 after h1"}
    assert heading_level_errors([2, None, 4]) == {2: "h4 after h2"}

    block = BodyStreamBlock()
    good = block.to_python(
        [{"type": "heading", "value": {"level": "h2", "text": "A"}},
         {"type": "paragraph", "value": "<p>x</p>"},
         {"type": "heading", "value": {"level": "h3", "text": "B"}}]
    )
    block.clean(good)
    bad = block.to_python(
        [{"type": "heading", "value": {"level": "h2", "text": "A"}},
         {"type": "heading", "value": {"level": "h4", "text": "B"}}]
    )
    with pytest.raises(ValidationError) as raised:
        block.clean(bad)
    assert 1 in raised.value.block_errors


@pytest.mark.django_db
def test_server_error_page_speaks_three_languages_without_the_database(rf, django_assert_num_queries):
    from cms.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/ru/kaut-kas/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="lv">' in html
    assert 'lang="en"' in html and 'lang="ru"' in html
    assert "Traceback" not in html


@pytest.mark.django_db
def test_a_service_page_stays_within_its_query_budget(client, demo_site, django_assert_max_num_queries):
    """Issue 2 budget: at most 15 queries for an uncached service page (with its video guide)."""
    url = "/lv/pakalpojumi/apkures-kompensacija/"
    client.get(url)  # the first request creates per-process memos (locales, settings)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-label="Jūs esat šeit"' in html and ">Pakalpojumi</a>" in html  # breadcrumbs intact
