"""Template tags for video guides shown on other pages."""

from django import template
from django.db.models import Q
from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def video_guide_for(context, service):
    """{"guide", "player"} for a service page's video guide in the service's language, or None.

    One query for the guide (its translation and files included) and one for
    its captions; none when the service has no guide. The service page's
    query budget counts these.
    """
    from ..cache import _site_has_view_restrictions
    from ..models import VideoGuidePage

    if not service.video_guide_id:
        return None
    same_key = Page.objects.filter(pk=service.video_guide_id).values("translation_key")[:1]
    guides = VideoGuidePage.objects.live().select_related("video", "described_video")
    if _site_has_view_restrictions():
        # A private guide must not show on a public page; checking costs a query, so only when needed.
        guides = guides.public()
    same_guide = Q(pk=service.video_guide_id) | Q(translation_key__in=same_key, locale_id=service.locale_id)
    found = list(guides.filter(same_guide))
    if not found:
        return None
    guide = next((g for g in found if g.locale_id == service.locale_id), found[0])
    return {"guide": guide, "player": guide.player(context.get("request"))}
