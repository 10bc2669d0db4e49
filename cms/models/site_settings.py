from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Facts every page shows: the phone number, where to get help, the statement."""

    phone = models.CharField(_("phone number"), max_length=30, default="+371 60 000 000")
    phone_hours = models.CharField(_("when to call"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("'Where to get help' page"),
    )
    easy_read_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("'Easy to read' section"),
    )
    statement_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("phone_hours"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("help_page"), FieldPanel("easy_read_page"), FieldPanel("statement_page")],
            heading=_("Pages linked from every page"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Every page reads these; keep them in the shared cache until the next edit.

        The key carries the page-cache generation, which any save of these
        settings bumps (cms/signals.py), so an edit shows everywhere at once.
        """
        from django.core.cache import cache

        from ..cache import generation

        if site is None:
            return super().for_site(site)
        key = f"cms:site-settings:{site.pk}:{generation()}"
        found = cache.get(key)
        if found is None:
            found = super().for_site(site)
            cache.set(key, found, timeout=3600)
        return found

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
