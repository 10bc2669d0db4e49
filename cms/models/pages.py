"""Page types of the public site."""

import datetime

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import (
    PLAIN_FEATURES,
    BodyStreamBlock,
    EasyReadStreamBlock,
    InfographicStreamBlock,
    LifeSituationBlock,
    MobileVisitBlock,
    PhoneLineBlock,
    StepsStreamBlock,
)
from ..search import stem_text, text_of
from .infographic import InfographicDownloadsMixin


def in_locale(objects, locale_id, model=None):
    """The translations of translatable objects in one locale, one query at most.

    Objects without a translation in that locale are returned as they are, so a
    contact point that nobody translated still shows its address.
    """
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale_id]
    if not missing:
        return list(objects)
    model = model or type(objects[0])
    translations = model.objects.filter(translation_key__in=missing, locale_id=locale_id)
    found = {obj.translation_key: obj for obj in translations}
    return [obj if obj.locale_id == locale_id else found.get(obj.translation_key, obj) for obj in objects]


def localized_contact_points(page):
    """The page's chosen contact points, in the page's language where translated."""
    links = page.contact_point_links.select_related("contact_point")
    return in_locale([link.contact_point for link in links], page.locale_id)


class BasePage(Page):
    """Common behaviour: cacheable for anonymous visitors, stemmed search text."""

    #: Whether anonymous visitors may get this page from the full-page cache.
    cache_anonymous = True
    #: Attribute names whose text feeds the forgiving search index.
    search_text_fields: tuple[str, ...] = ()

    search_fields = Page.search_fields + [index.SearchField("search_stems")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Find the deepest page on the path in one query instead of one per level."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        on_path = list(
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path, depth__gt=self.depth)
            .order_by("depth")
        )
        deepest = on_path[-1] if on_path else None
        # The breadcrumbs need exactly these pages; spare them a query.
        request._cms_route_pages = [self, *on_path]
        if deepest is None:
            return super().route(request, path_components)
        return deepest.specific.route(request, path_components[deepest.depth - self.depth :])

    def search_stems(self):
        parts = [self.title, self.search_description]
        parts += [text_of(getattr(self, name, "")) for name in self.search_text_fields]
        return stem_text(" ".join(p for p in parts if p))


class HomePage(BasePage):
    intro = models.CharField(_("welcome sentence"), max_length=200, blank=True)
    life_situations = StreamField(
        [("situation", LifeSituationBlock())], blank=True, verbose_name=_("life situations")
    )
    help_title = models.CharField(_("help box title"), max_length=80, default="Kur meklēt palīdzību?")
    help_text = models.CharField(_("help box text"), max_length=200, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("help_title"), FieldPanel("help_text")], heading=_("Where to get help")),
        FieldPanel("life_situations"),
    ]
    search_text_fields = ("intro",)
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.ServiceIndexPage",
        "cms.HelpPage",
        "cms.StandardPage",
        "cms.EasyReadIndexPage",
        "cms.SearchPage",
        "cms.VideoGuideIndexPage",
        "cms.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        situations = [block.value for block in self.life_situations]
        pages = in_locale([value["page"] for value in situations], self.locale_id, model=Page)
        context["situations"] = [
            {"value": value, "page": page} for value, page in zip(situations, pages, strict=True) if page.live
        ]
        context["whats_new"] = (
            ServicePage.objects.live().public().filter(locale=self.locale).order_by("-first_published_at")[:4]
        )
        return context


class ServiceIndexPage(BasePage):
    intro = models.CharField(_("introduction"), max_length=250, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ServicePage"]

    class Meta:
        verbose_name = _("service index page")

    def services(self):
        return ServicePage.objects.child_of(self).live().public().order_by("title")

    def get_context(self, request, *args, **kwargs):
        from .snippets import Audience, Topic

        context = super().get_context(request, *args, **kwargs)
        services = self.services().prefetch_related("topics", "audiences")
        topics = Topic.objects.filter(locale=self.locale)
        audiences = Audience.objects.filter(locale=self.locale)
        topic = request.GET.get("topic", "")
        audience = request.GET.get("audience", "")
        # Filters use the slug, which is the same in every language.
        if topic:
            services = services.filter(topics__slug=topic)
        if audience:
            services = services.filter(audiences__slug=audience)
        services = list(services.distinct())
        context.update(
            services=services,
            topics=topics,
            audiences=audiences,
            selected_topic=topic,
            selected_audience=audience,
            filtered=bool(topic or audience),
            services_by_topic=_group_by_topic(services, topics) if not (topic or audience) else [],
        )
        return context


def _group_by_topic(services, topics):
    groups = []
    for topic in topics:
        members = [s for s in services if any(t.slug == topic.slug for t in s.topics.all())]
        if members:
            groups.append((topic, members))
    return groups


class ServicePageContactPoint(Orderable):
    page = ParentalKey("cms.ServicePage", related_name="contact_point_links", on_delete=models.CASCADE)
    contact_point = models.ForeignKey("cms.ContactPoint", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("contact_point")]


class ServicePageRelated(Orderable):
    page = ParentalKey("cms.ServicePage", related_name="related_links", on_delete=models.CASCADE)
    related = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    panels = [PageChooserPanel("related", page_type="cms.ServicePage")]


class ServicePage(InfographicDownloadsMixin, RoutablePageMixin, BasePage):
    """A municipal service told in fixed plain-language sections."""

    summary = models.CharField(
        _("in one sentence"), max_length=240, help_text=_("What this service is, in one short sentence.")
    )
    who_can_get = RichTextField(_("who can get it"), features=PLAIN_FEATURES)
    what_you_get = RichTextField(_("what you get"), features=PLAIN_FEATURES)
    how_to_apply = StreamField(StepsStreamBlock(), verbose_name=_("how to apply"))
    what_to_bring = RichTextField(_("what to bring"), features=PLAIN_FEATURES, blank=True)
    cost = models.CharField(_("cost"), max_length=200)
    duration = models.CharField(_("how long it takes"), max_length=200)
    someone_else = RichTextField(
        _("someone else may apply for you"),
        features=PLAIN_FEATURES,
        blank=True,
        help_text=_("Who may ask on someone's behalf: a relative, carer or neighbour."),
    )
    checked_on = models.DateField(_("information checked on"), default=datetime.date.today)
    department = models.CharField(_("responsible department"), max_length=120)
    topics = ParentalManyToManyField("cms.Topic", blank=True, verbose_name=_("topics"))
    audiences = ParentalManyToManyField("cms.Audience", blank=True, verbose_name=_("audiences"))
    easy_read = StreamField(
        EasyReadStreamBlock(),
        blank=True,
        verbose_name=_("easy-read version"),
        help_text=_("Optional. A picture and one short sentence per key message."),
    )
    video_guide = models.ForeignKey(
        "cms.VideoGuidePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("video guide"),
        help_text=_("A short captioned video that shows how to apply. It appears after “How to apply”."),
    )
    infographics = StreamField(
        InfographicStreamBlock(),
        blank=True,
        verbose_name=_("infographics"),
        help_text=_("Optional. Shown after “What you get”, each with a text version."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("who_can_get"),
        FieldPanel("what_you_get"),
        FieldPanel("how_to_apply"),
        FieldPanel("what_to_bring"),
        FieldRowPanel([FieldPanel("cost"), FieldPanel("duration")]),
        InlinePanel("contact_point_links", label=_("Where and when"), min_num=1),
        FieldPanel("someone_else"),
        InlinePanel("related_links", label=_("Related services")),
        FieldRowPanel([FieldPanel("checked_on"), FieldPanel("department")]),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("audiences")], heading=_("Find it by")),
        FieldPanel("easy_read"),
        PageChooserPanel("video_guide", page_type="cms.VideoGuidePage"),
        FieldPanel("infographics"),
    ]
    search_text_fields = ("summary", "who_can_get", "what_you_get", "how_to_apply", "cost")
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("who_can_get"),
        index.SearchField("what_you_get"),
    ]
    parent_page_types = ["cms.ServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service page")

    def search_stems(self):
        # Residents search by topic words ("sociālā palīdzība") as often as by title.
        names = [t.name for t in self.topics.all()] + [a.name for a in self.audiences.all()]
        return " ".join([super().search_stems(), stem_text(" ".join(names))])

    @cached_property
    def contact_points(self):
        return localized_contact_points(self)

    @cached_property
    def related_services(self):
        """Live related services in this page's language."""
        ids = [link.related_id for link in self.related_links.all()]
        if not ids:
            return []
        same_locale = Q(id__in=ids, locale_id=self.locale_id)
        translated = Q(
            translation_key__in=Page.objects.filter(id__in=ids).values("translation_key"),
            locale_id=self.locale_id,
        )
        pages = list(ServicePage.objects.live().filter(same_locale | translated))
        order = {page_id: position for position, page_id in enumerate(ids)}
        return sorted(pages, key=lambda page: order.get(page.id, len(ids)))

    @path("")
    def full(self, request):
        return self.render(request)

    @path("viegli-lasit/", name="easy_read")
    def easy_read_view(self, request):
        if not self.easy_read:
            raise Http404("This service has no easy-read version.")
        return self.render(request, template="cms/service_page_easy_read.html")


class HelpPageContactPoint(Orderable):
    page = ParentalKey("cms.HelpPage", related_name="contact_point_links", on_delete=models.CASCADE)
    contact_point = models.ForeignKey("cms.ContactPoint", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("contact_point")]


class HelpPage(InfographicDownloadsMixin, BasePage):
    """'Kur meklēt palīdzību': phone lines, places to visit, bus visits by village."""

    intro = RichTextField(_("introduction"), features=PLAIN_FEATURES, blank=True)
    phone_lines = StreamField([("line", PhoneLineBlock())], blank=True, verbose_name=_("phone lines"))
    mobile_visits = StreamField(
        [("visit", MobileVisitBlock())], blank=True, verbose_name=_("mobile service visits")
    )
    infographics = StreamField(
        InfographicStreamBlock(),
        blank=True,
        verbose_name=_("infographics"),
        help_text=_("Optional. Shown after the introduction, each with a text version."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("infographics"),
        FieldPanel("phone_lines"),
        InlinePanel("contact_point_links", label=_("Places to visit")),
        FieldPanel("mobile_visits"),
    ]
    search_text_fields = ("intro",)
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("help page")

    @cached_property
    def contact_points(self):
        return localized_contact_points(self)

    def upcoming_visits(self, today=None):
        today = today or timezone.localdate()
        visits = [block.value for block in self.mobile_visits if block.value["date"] >= today]
        return sorted(visits, key=lambda v: (v["date"], v["start"]))


class StandardPage(InfographicDownloadsMixin, BasePage):
    intro = models.CharField(_("introduction"), max_length=250, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_text_fields = ("intro", "body")
    infographic_fields = ("body",)
    parent_page_types = ["cms.HomePage", "cms.StandardPage", "cms.HelpPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class EasyReadIndexPage(BasePage):
    """The site-wide 'Viegli lasīt' section: every service that has an easy-read version."""

    intro = RichTextField(_("introduction"), features=PLAIN_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("easy-read section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = ServicePage.objects.live().public().filter(locale=self.locale).order_by("title")
        context["services"] = [s for s in services if s.easy_read]
        return context


class SearchPage(BasePage):
    """The search page; one per language, reached from the header on every page."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    cache_anonymous = False  # results depend on the query string

    class Meta:
        verbose_name = _("search page")

    def serve(self, request, *args, **kwargs):
        from ..search import search_pages

        query = request.GET.get("q", "").strip()[:200]
        results = search_pages(query, self.locale) if query else []
        return render(
            request,
            "cms/search_page.html",
            {"page": self, "self": self, "query": query, "results": results},
        )
