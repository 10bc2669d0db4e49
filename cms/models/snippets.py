"""Reusable content that many pages point at: contact points, topics, audiences."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..icons import ICON_CHOICES


class ContactPoint(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    address = models.CharField(_("address"), max_length=200, blank=True)
    opening_hours = models.TextField(
        _("opening hours"), blank=True, help_text=_("One line per day, for example: Pirmdiena 8.00-17.00")
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    access_note = models.CharField(
        _("access note"),
        max_length=200,
        blank=True,
        help_text=_("For example: ramp at the back door, lift to the 2nd floor."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel([FieldPanel("step_free"), FieldPanel("access_note")], heading=_("Access")),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("address")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Same in every language; used in filters."))
    icon = models.CharField(_("icon"), max_length=30, choices=ICON_CHOICES, default="info")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("icon")]
    override_translatable_fields = []

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Audience(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Same in every language; used in filters."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self):
        return self.name
