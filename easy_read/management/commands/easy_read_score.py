"""Score every live page's plain language for the report (after an import, say)."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from easy_read.models import PageReadability


class Command(BaseCommand):
    help = "Analyse the live text of every page and store its level for the plain-language report."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale", action="store_true", help="only pages changed since they were last scored"
        )

    def handle(self, *args, stale=False, **options):
        pages = Page.objects.live().filter(depth__gt=1).iterator()
        if stale:
            pages = PageReadability.stale(pages)
        count = 0
        for page in pages:
            PageReadability.refresh(page)
            count += 1
        self.stdout.write(f"Scored {count} page(s).")
