"""Signals that keep the anonymous page cache honest."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import forget_view_restrictions, invalidate_all

page_published.connect(invalidate_all, dispatch_uid="cms-cache-published")
page_unpublished.connect(invalidate_all, dispatch_uid="cms-cache-unpublished")
post_page_move.connect(invalidate_all, dispatch_uid="cms-cache-moved")
page_slug_changed.connect(invalidate_all, dispatch_uid="cms-cache-slug")

#: Models whose edits show on published pages without a page being republished.
CONTENT_MODELS = {
    "cms.contactpoint",
    "cms.topic",
    "cms.audience",
    "cms.sitesettings",
    "wagtailcore.site",
    "wagtailimages.image",
}


def _on_save(sender, created=False, raw=False, **kwargs):
    # A new row shows nowhere until a page that uses it is published; counters,
    # feedback and renditions written while serving must not empty the cache.
    if not created and not raw and sender._meta.label_lower in CONTENT_MODELS:
        invalidate_all()


def _on_delete(sender, **kwargs):
    if sender._meta.label_lower in CONTENT_MODELS or issubclass(sender, Page):
        invalidate_all()


post_save.connect(_on_save, dispatch_uid="cms-cache-save")
post_save.connect(forget_view_restrictions, sender=PageViewRestriction, dispatch_uid="cms-restrictions-save")
post_delete.connect(forget_view_restrictions, sender=PageViewRestriction, dispatch_uid="cms-restrictions-del")
post_delete.connect(_on_delete, dispatch_uid="cms-cache-delete")
