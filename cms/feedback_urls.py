from django.urls import path

from . import feedback_views

app_name = "feedback"
urlpatterns = [
    path("", feedback_views.submit, name="submit"),
    path("thanks/<int:page_id>/", feedback_views.thanks, name="thanks"),
]
