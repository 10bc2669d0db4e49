"""Where printed codes point: one base address for every code."""

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from cms.cache import generation


def short_base_url():
    """`settings.QR_BASE_URL` (e.g. "https://jelgava.lv"), else the default site's root URL.

    Printed codes outlive server moves, so production should set QR_BASE_URL
    to the public address rather than rely on the site record. The site's
    address is remembered until the next site or page change (cms.cache).
    """
    configured = getattr(settings, "QR_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    return cache.get_or_set(f"qr:base-url:{generation()}", _site_root_url, 600)


def _site_root_url():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/")
