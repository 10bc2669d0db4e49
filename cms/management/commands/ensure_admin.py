"""Create the demo admin user once and print how to log in."""

import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the demo administrator if missing and print the login."

    def handle(self, *args, **options):
        username = os.environ.get("DEMO_ADMIN_USER", "admin")
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "jelgava-demo")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.lv"}
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(self.style.SUCCESS(f"Admin user: {username}  password: {password}"))
        else:
            self.stdout.write(
                f"Admin user: {username} (already existed; password unchanged, demo default: {password})"
            )
