from django.urls import path

from . import plan_views

app_name = "audit_plan"
urlpatterns = [
    path("", plan_views.index, name="index"),
    path("build/", plan_views.build, name="build"),
    path("statement/", plan_views.statement, name="statement"),
    path("<int:plan_id>/", plan_views.detail, name="detail"),
    path("<int:plan_id>/edit/", plan_views.edit_plan, name="edit_plan"),
    path("<int:plan_id>/actions/<int:action_id>/", plan_views.edit_action, name="edit_action"),
    path("<int:plan_id>/plan-<str:lang>.<str:fmt>", plan_views.export, name="export"),
]
