"""Views outside the page tree: sitemap, robots.txt, error pages."""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control

from .sitemaps import AllLanguagesSitemap


@cache_control(max_age=3600)
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})


@cache_control(max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"request_path": request.path}, status=404)


def server_error(request):
    # No database, no context processors that might fail again: a static page.
    translation.activate(translation.get_language_from_path(request.path) or "lv")
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render({}), status=500)
