"""The public feedback endpoint: one answer in, one counter up; works without JavaScript.

The form lives in pages that the anonymous cache serves to everyone, so the
endpoint cannot use a per-visitor CSRF token. It is CSRF-exempt on purpose:
it changes nothing but a counter, needs no login, and is guarded by the
shared rate limit, a honeypot and a signed page-render time (see
:mod:`cms.feedback`). Nothing about the visitor is stored.

A browser without JavaScript posts the form and is redirected to a short
"thank you" page in the page's language; ``feedback.js`` posts it in the
background with ``Accept: application/json`` and shows the same words in place.
"""

from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from . import feedback as logic
from . import ratelimit
from .models.feedback import record_feedback
from .templatetags.cms_tags import language_of
from .templatetags.feedback_tags import takes_feedback


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


def _page(page_id):
    """The live, public page that asked for the answer, or None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    return page if takes_feedback(page) else None


@csrf_exempt
@require_POST
def submit(request):
    page = _page(request.POST.get("page"))
    language = language_of(page.locale_id) if page is not None else None
    with translation.override(language or translation.get_language()):
        wait = ratelimit.seconds_to_wait(request, "feedback")
        if wait is not None:
            return _too_many(request, wait)
        if page is None:
            # 400, not 404: LocaleMiddleware would turn a 404 into a redirect to /lv/feedback/.
            return _problem(request, None, _("We could not find the page you answered about."), 400)
        return _accept(request, page)


def _accept(request, page):
    data = request.POST
    comment = data.get("comment", "")[: logic.MAX_COMMENT * 2]
    # Spam: answered as if it worked, so a script learns nothing to adapt to.
    if data.get("website") or logic.looks_like_spam(comment):
        return _thanks_response(request, page)
    try:
        logic.check_token(data.get("token", ""), page.pk)
    except logic.TokenProblem as problem:
        return _problem(request, page, _token_message(problem.reason), 400)
    try:
        score = int(data.get("score", ""))
    except ValueError:
        score = None
    if score not in logic.SCORES:
        return _problem(request, page, _("Please choose an answer: Yes, Partly or No."), 400)
    record_feedback(page, score, comment)
    return _thanks_response(request, page)


def _token_message(reason: str) -> str:
    if reason == "too-fast":
        return _("Your answer arrived very quickly. Please check it and press “Send your answer” again.")
    if reason == "expired":
        return _("This page was open for a long time. Please press “Send your answer” again.")
    return _("Something went wrong with the form. Please press “Send your answer” again.")


def _thanks_response(request, page):
    if _wants_json(request):
        return _no_store(JsonResponse({"ok": True, "message": thanks_message()}))
    return _no_store(HttpResponseRedirect(reverse("feedback:thanks", args=[page.pk]), status=303))


def thanks_message() -> str:
    return _("Thank you! Your answer helps us make this page better.")


def _problem(request, page, message, status):
    """Say what went wrong; without JavaScript, show the form again with the answer kept."""
    if _wants_json(request):
        return _no_store(JsonResponse({"ok": False, "message": message}, status=status))
    context = {
        "target": page,
        "message": message,
        "score": request.POST.get("score", ""),
        "comment": request.POST.get("comment", "")[: logic.MAX_COMMENT],
    }
    return _no_store(render(request, "cms/feedback/problem.html", context, status=status))


def _too_many(request, seconds: int):
    message = _(
        "You have sent many answers in a short while. Please wait %(seconds)s seconds and try again. "
        "The answers you sent before were saved."
    ) % {"seconds": seconds}
    if _wants_json(request):
        response = JsonResponse({"ok": False, "message": message, "retry_after": seconds}, status=429)
    else:
        response = render(request, "429.html", {"message": message, "retry_after": seconds}, status=429)
    response["Retry-After"] = str(seconds)
    return _no_store(response)


@require_GET
def thanks(request, page_id):
    page = _page(page_id)
    if page is None:
        raise Http404
    with translation.override(language_of(page.locale_id)):
        response = render(request, "cms/feedback/thanks.html", {"target": page, "message": thanks_message()})
    return _no_store(response)
