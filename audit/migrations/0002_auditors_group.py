"""The "Auditors" group; editors may read reports and audit this site only."""

from django.db import migrations

AUDITOR_PERMS = ["view_auditrun", "start_audit", "audit_any_site", "review_finding"]
EDITOR_PERMS = ["view_auditrun", "start_audit"]


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    config = apps.get_app_config("audit")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None


def forwards(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codenames):
        return list(Permission.objects.filter(content_type__app_label="audit",
                                              codename__in=codenames))

    auditors, _ = Group.objects.get_or_create(name="Auditors")
    auditors.permissions.add(*perms(AUDITOR_PERMS))
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if admin_access:
        auditors.permissions.add(admin_access)
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.add(*perms(EDITOR_PERMS))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Auditors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
