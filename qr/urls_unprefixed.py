"""The /q/ routes alone, without language-prefixed patterns (see qr.views.unavailable)."""

from django.urls import include, path

urlpatterns = [path("q/", include("qr.urls"))]
