"""Build the demo site. Idempotent: existing pages and snippets are kept as they are."""

import datetime

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.demo import pages as texts
from cms.demo import statement as statement_demo
from cms.demo.media import MediaDemo
from cms.demo.services import SERVICES
from cms.demo.taxonomy import AUDIENCES, CONTACT_POINTS, TOPICS
from cms.models import (
    Audience,
    ContactPoint,
    EasyReadIndexPage,
    HelpPage,
    HelpPageContactPoint,
    HomePage,
    SearchPage,
    ServiceIndexPage,
    ServicePage,
    ServicePageContactPoint,
    ServicePageRelated,
    SiteSettings,
    StandardPage,
    Topic,
)

LANGS = ("lv", "en", "ru")


class Command(BaseCommand):
    help = "Load the demo site (Latvian, with English and Russian translations). Safe to run twice."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = DemoBuilder().build()
        if created:
            # Indexing normally runs on the task worker; the demo should be searchable at once.
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} new objects)."))


class DemoBuilder:
    def __init__(self):
        self.created = 0

    def build(self) -> int:
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGS}
        self.topics = {
            slug: self._snippet(Topic, slug, {lang: {"name": d[lang]} for lang in LANGS}, icon=d["icon"])
            for slug, d in TOPICS.items()
        }
        self.audiences = {
            slug: self._snippet(Audience, slug, {lang: {"name": d[lang]} for lang in LANGS})
            for slug, d in AUDIENCES.items()
        }
        self.contacts = {key: self._contact(key, d) for key, d in CONTACT_POINTS.items()}

        home = self._home()
        index = self._child(home, ServiceIndexPage, "pakalpojumi", texts.SERVICE_INDEX["lv"], in_menu=True)
        services = {d["slug"]: self._service(index, d) for d in SERVICES}
        for d in SERVICES:
            self._related(services[d["slug"]], [services[s] for s in d.get("related", []) if s in services])
        help_page = self._help(home)
        easy = self._child(home, EasyReadIndexPage, "viegli-lasit", texts.EASY_READ_INDEX["lv"], in_menu=True)
        search = self._child(home, SearchPage, "meklet", texts.SEARCH["lv"])
        about = self._standard(home, "par-vietni", texts.ABOUT["lv"])
        self._life_situations(home, services)

        # Translations: parents before children.
        for lang in ("en", "ru"):
            self._translate(home, lang, self._home_fields(lang, services))
            self._translate(index, lang, texts.SERVICE_INDEX[lang])
            self._translate(easy, lang, {**texts.EASY_READ_INDEX[lang]})
            self._translate(search, lang, texts.SEARCH[lang])
            self._translate(help_page, lang, self._help_fields(lang))
            if lang in texts.ABOUT:
                self._translate(about, lang, self._standard_fields(texts.ABOUT[lang]))
            for d in SERVICES:
                if lang in d:
                    self._translate(services[d["slug"]], lang, self._service_fields(d, lang))
        MediaDemo(self).build(home, services, help_page)
        self._settings(home, help_page, easy)
        statement_demo.build(self, home)
        statement_demo.build_feedback(self)
        statement_demo.build_audit_demo()
        return self.created

    # --- snippets -----------------------------------------------------------

    def _snippet(self, model, slug, names, **extra):
        source = model.objects.filter(slug=slug, locale=self.locales["lv"]).first()
        if source is None:
            source = model.objects.create(slug=slug, locale=self.locales["lv"], **names["lv"], **extra)
            self.created += 1
        for lang in ("en", "ru"):
            if not model.objects.filter(
                translation_key=source.translation_key, locale=self.locales[lang]
            ).exists():
                copy = source.copy_for_translation(self.locales[lang])
                for field, value in names[lang].items():
                    setattr(copy, field, value)
                copy.save()
                self.created += 1
        return source

    def _contact(self, key, data):
        # Contact points have no slug; the Latvian name identifies the demo one.
        source = ContactPoint.objects.filter(name=data["lv"]["name"], locale=self.locales["lv"]).first()
        common = {"phone": data["phone"], "email": data["email"], "step_free": data["step_free"]}
        if source is None:
            source = ContactPoint.objects.create(locale=self.locales["lv"], **common, **data["lv"])
            self.created += 1
        for lang in ("en", "ru"):
            if (
                lang in data
                and not ContactPoint.objects.filter(
                    translation_key=source.translation_key, locale=self.locales[lang]
                ).exists()
            ):
                copy = source.copy_for_translation(self.locales[lang])
                for field, value in data[lang].items():
                    setattr(copy, field, value)
                copy.save()
                self.created += 1
        return source

    # --- pages --------------------------------------------------------------

    def _publish(self, page):
        page.save_revision().publish()

    def _child(self, parent, model, slug, fields, in_menu=False):
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, show_in_menus=in_menu, **fields)
        parent.add_child(instance=page)
        self._publish(page)
        self.created += 1
        return page

    def _home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locales["lv"]).first()
        if home is None:
            home = HomePage(slug="sakums", locale=self.locales["lv"], **texts.HOME["lv"])
            root.add_child(instance=home)
            self._publish(home)
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Jelgavas novads",
            )
        elif site.root_page_id != home.id:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Jelgavas novads"
            site.save()
            # Wagtail's placeholder "Welcome" page is not part of the demo site.
            if old_root.specific_class is Page and old_root.depth == 2:
                old_root.delete()
        return home

    def _home_fields(self, lang, services):
        fields = dict(texts.HOME[lang])
        fields["life_situations"] = self._situation_blocks(lang, services)
        return fields

    def _situation_blocks(self, lang, services):
        blocks = []
        for icon, slug, titles in texts.LIFE_SITUATIONS:
            target = services.get(slug)
            if target is None:
                continue
            title, description = titles[lang]
            blocks.append(
                ("situation", {"icon": icon, "title": title, "description": description, "page": target})
            )
        return blocks

    def _life_situations(self, home, services):
        if home.life_situations:
            return
        home.life_situations = self._situation_blocks("lv", services)
        self._publish(home)

    def _service_fields(self, data, lang):
        text = data[lang]
        fields = {
            key: text[key]
            for key in ("title", "summary", "who_can_get", "what_you_get", "cost", "duration", "department")
        }
        fields["what_to_bring"] = text.get("what_to_bring", "")
        fields["someone_else"] = text.get("someone_else", "")
        fields["how_to_apply"] = [("step", {"title": t, "detail": d}) for t, d in text["steps"]]
        pairs = data.get("easy_read" if lang == "lv" else f"easy_read_{lang}", [])
        fields["easy_read"] = [("pair", {"icon": icon, "picture": None, "sentence": s}) for icon, s in pairs]
        return fields

    def _service(self, index, data):
        existing = index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        page = ServicePage(
            slug=data["slug"], checked_on=timezone.localdate(), **self._service_fields(data, "lv")
        )
        page.contact_point_links = [
            ServicePageContactPoint(contact_point=self.contacts[k]) for k in data["contact_points"]
        ]
        index.add_child(instance=page)
        page.topics.set([self.topics[t] for t in data["topics"]])
        page.audiences.set([self.audiences[a] for a in data["audiences"]])
        self._publish(page)
        self.created += 1
        return page

    def _related(self, page, related):
        if page.related_links.exists() or not related:
            return
        page.related_links = [ServicePageRelated(related=r) for r in related]
        self._publish(page)

    def _help_fields(self, lang):
        text = texts.HELP[lang]
        today = timezone.localdate()
        visits = []
        for week, (village, place, services) in enumerate(text["visits"] * 2):
            day = today + datetime.timedelta(days=3 + week * 6)
            visits.append(
                (
                    "visit",
                    {
                        "village": village,
                        "date": day,
                        "start": datetime.time(10, 0),
                        "end": datetime.time(12, 30),
                        "place": place,
                        "services": services,
                    },
                )
            )
        return {
            "title": text["title"],
            "intro": text["intro"],
            "phone_lines": [
                ("line", {"label": a, "number": b, "hours": c, "note": d})
                for a, b, c, d in text["phone_lines"]
            ],
            "mobile_visits": visits,
        }

    def _help(self, home):
        existing = home.get_children().filter(slug="palidziba").first()
        if existing is not None:
            return existing.specific
        page = HelpPage(slug="palidziba", show_in_menus=True, **self._help_fields("lv"))
        page.contact_point_links = [
            HelpPageContactPoint(contact_point=self.contacts[k])
            for k in ("klientu-centrs", "socialais-dienests", "pagasta-parvalde", "biblioteka")
        ]
        home.add_child(instance=page)
        self._publish(page)
        self.created += 1
        return page

    def _standard_fields(self, text):
        body = []
        for item in text["body"]:
            if item[0] == "heading":
                body.append(("heading", {"level": item[1], "text": item[2]}))
            else:
                body.append(("paragraph", item[1]))
        return {"title": text["title"], "intro": text["intro"], "body": body}

    def _standard(self, home, slug, text):
        return self._child(home, StandardPage, slug, self._standard_fields(text))

    def _translate(self, page, lang, fields):
        locale = self.locales[lang]
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        copy = page.copy_for_translation(locale, copy_parents=True)
        copy = copy.specific
        for field, value in fields.items():
            setattr(copy, field, value)
        copy.slug = page.slug if page.depth > 2 else f"{page.slug}-{lang}"
        copy.save()
        self._publish(copy)
        self.created += 1
        return copy

    def _settings(self, home, help_page, easy):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.help_page_id:
            return
        settings.phone = "+371 60 000 000"
        settings.phone_hours = "Darba dienās 8.00–17.00"
        settings.email = "pasts@example.lv"
        settings.address = "Izdomātā iela 10, Jelgava, LV-3001"
        settings.help_page = help_page
        settings.easy_read_page = easy
        settings.save()
