"""The site's URLs plus a plain redirect, the yardstick bench/qr.py measures /q/<code> against."""

from django.http import HttpResponseRedirect
from django.urls import path

from cms.urls import handler404, handler500  # noqa: F401 - the site's error pages
from cms.urls import urlpatterns as site_urlpatterns


def plain_redirect(request):
    return HttpResponseRedirect("/lv/")


urlpatterns = [path("bench/plain-redirect", plain_redirect), *site_urlpatterns]
