from django.apps import AppConfig


class EasyReadConfig(AppConfig):
    name = "easy_read"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Easy read"

    def ready(self):
        from wagtail.signals import page_published

        from .signals import refresh_readability

        page_published.connect(refresh_readability, dispatch_uid="easy_read_refresh_readability")
