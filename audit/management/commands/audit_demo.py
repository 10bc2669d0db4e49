from django.core.management.base import BaseCommand

from audit import demo


class Command(BaseCommand):
    help = "Demo data for the improvement plan: two invented audit runs, their plans and the statement."

    def handle(self, *args, **options):
        result = demo.build()
        if result["created"]:
            self.stdout.write(self.style.SUCCESS(
                f"Demo audits {result['runs']} and plans {result['plans']} created."))
        else:
            self.stdout.write("Demo audits already exist (or there is no demo site yet).")
