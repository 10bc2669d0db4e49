from django.urls import re_path

from . import views

app_name = "qr"

# Codes never contain "/" or "."; a trailing slash typed by hand is forgiven.
urlpatterns = [
    re_path(r"^(?P<code>[^/.]+)\.(?P<fmt>svg|png)$", views.image, name="image"),
    re_path(r"^(?P<code>[^/.]+)/?$", views.follow, name="follow"),
]
