"""Small builders for page-tree tests. The demo loader covers the full site."""

import datetime

from wagtail.models import Locale, Page, Site

from cms.models import ContactPoint, HomePage, ServiceIndexPage, ServicePage, ServicePageContactPoint


def make_home() -> HomePage:
    root = Page.get_first_root_node()
    locale = Locale.objects.get_or_create(language_code="lv")[0]
    home = HomePage(title="Sākums", slug="sakums-test", locale=locale)
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


def make_index(home: HomePage) -> ServiceIndexPage:
    index = ServiceIndexPage(title="Pakalpojumi", slug="pakalpojumi")
    home.add_child(instance=index)
    return index


def make_contact() -> ContactPoint:
    return ContactPoint.objects.create(name="Sociālais dienests", phone="+371 60 000 101")


def make_service(index: ServiceIndexPage, slug: str = "pabalsts", **overrides) -> ServicePage:
    fields = {
        "title": "Sociālā palīdzība: pabalsts",
        "slug": slug,
        "summary": "Pašvaldība palīdz, ja jums ir maz naudas.",
        "who_can_get": "<p>Cilvēki ar maziem ienākumiem.</p>",
        "what_you_get": "<p>Naudu.</p>",
        "how_to_apply": [("step", {"title": "Piezvaniet mums.", "detail": ""})],
        "cost": "Bez maksas.",
        "duration": "10 darba dienas.",
        "department": "Sociālais dienests",
        "checked_on": datetime.date(2026, 11, 1),
    }
    fields.update(overrides)
    page = ServicePage(**fields)
    page.contact_point_links = [ServicePageContactPoint(contact_point=make_contact())]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
