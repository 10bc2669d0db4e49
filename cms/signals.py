"""Signals that keep the anonymous page cache honest."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .cache import invalidate_all

page_published.connect(invalidate_all, dispatch_uid="cms-cache-published")
page_unpublished.connect(invalidate_all, dispatch_uid="cms-cache-unpublished")
post_page_move.connect(invalidate_all, dispatch_uid="cms-cache-moved")
page_slug_changed.connect(invalidate_all, dispatch_uid="cms-cache-slug")


def _invalidate_for_content_models(sender, **kwargs):
    if sender._meta.app_label in {"cms", "wagtailcore", "wagtailimages"}:
        invalidate_all()


post_save.connect(_invalidate_for_content_models, dispatch_uid="cms-cache-save")
post_delete.connect(_invalidate_for_content_models, dispatch_uid="cms-cache-delete")
