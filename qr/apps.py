from django.apps import AppConfig


class QrConfig(AppConfig):
    name = "qr"
    default_auto_field = "django.db.models.BigAutoField"
