"""A small site to point codes at: home -> services -> one service, in Latvian and English."""

import pytest
from wagtail.models import Locale, Page, Site

from cms.models import HomePage, SearchPage, ServiceIndexPage, ServicePage, SiteSettings


def make_site():
    lv = Locale.objects.get_or_create(language_code="lv")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Sākums", slug="sakums", locale=lv))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    home.add_child(instance=SearchPage(title="Meklēt", slug="meklet", locale=lv))
    services = home.add_child(
        instance=ServiceIndexPage(title="Pakalpojumi", slug="pakalpojumi", locale=lv)
    )
    service = services.add_child(
        instance=ServicePage(
            title="Dzīvesvietas deklarēšana",
            slug="dzivesvieta",
            locale=lv,
            summary="Kā deklarēt dzīvesvietu.",
            who_can_get="<p>Ikviens iedzīvotājs.</p>",
            what_you_get="<p>Deklarētu dzīvesvietu.</p>",
            cost="Bez maksas",
            duration="1 darba diena",
            department="Klientu apkalpošanas centrs",
        )
    )
    service.save_revision().publish()
    SiteSettings.objects.update_or_create(site=site, defaults={"phone": "+371 60 000 123"})
    return {"lv": lv, "en": en, "root": root, "home": home, "services": services,
            "service": service, "site": site}


def translate(page, locale):
    """Publish an English copy of `page` (and of its parents, as Wagtail requires)."""
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.title = f"{page.title} (EN)"
    copy.save_revision().publish()
    return copy.specific.__class__.objects.get(pk=copy.pk)


@pytest.fixture
def site_pages(db):
    return make_site()

