from django.apps import AppConfig


class EasyReadConfig(AppConfig):
    name = "easy_read"
    default_auto_field = "django.db.models.BigAutoField"
