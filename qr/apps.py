from django.apps import AppConfig


class QrConfig(AppConfig):
    name = "qr"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import targets  # noqa: F401  (forgets cached targets when a link changes)
