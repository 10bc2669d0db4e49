"""The "Was this page helpful?" form, rendered into pages that may be cached for everyone."""

from django import template
from django.urls import reverse

from .. import feedback as logic

register = template.Library()

#: Page types that ask for feedback: services, help and video guides.
FEEDBACK_PAGE_TYPES = ("servicepage", "helppage", "videoguidepage")

_FACES = {logic.YES: "yes", logic.PARTLY: "partly", logic.NO: "no"}


def takes_feedback(page) -> bool:
    return getattr(page, "_meta", None) is not None and page._meta.model_name in FEEDBACK_PAGE_TYPES


@register.inclusion_tag("cms/feedback/form.html", takes_context=True)
def feedback_form(context, page=None, score=None, comment="", error=""):
    """The form for ``page``. Nothing in it depends on the visitor, so cached copies work.

    ``score``, ``comment`` and ``error`` refill the form when the server sends it back.
    """
    page = page or context.get("page")
    if page is None or not takes_feedback(page):
        return {"show": False}
    try:
        score = int(score) if score not in (None, "") else None
    except (TypeError, ValueError):
        score = None
    return {
        "show": True,
        "page": page,
        "action": reverse("feedback:submit"),
        "token": logic.make_token(page.pk),
        "choices": [
            {"value": value, "label": label, "face": _FACES[value], "checked": value == score}
            for value, label in logic.CHOICES
        ],
        "comment": comment,
        "max_comment": logic.MAX_COMMENT,
        "error": error,
        "settings": context.get("settings"),
        "request": context.get("request"),
    }
