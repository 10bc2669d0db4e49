from django.urls import path

from . import views

app_name = "audit"
urlpatterns = [
    path("", views.index, name="index"),
    path("start/", views.start, name="start"),
    path("compare/", views.compare, name="compare"),
    path("rules/", views.rules, name="rules"),
    path("<int:run_id>/", views.detail, name="detail"),
    path("<int:run_id>/progress.json", views.progress, name="progress"),
    path("<int:run_id>/report.<str:fmt>", views.export, name="export"),
    path("<int:run_id>/cancel/", views.cancel, name="cancel"),
    path("<int:run_id>/resume/", views.resume, name="resume"),
    path("<int:run_id>/review/<int:finding_id>/", views.review, name="review"),
]
