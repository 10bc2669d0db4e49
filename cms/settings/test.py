from .base import *

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES["default"] = dj_database_url.parse("sqlite:///:memory:") if not os.environ.get(
    "DATABASE_URL"
) else DATABASES["default"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CMS_PAGE_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
AUDIT_ALLOW_PRIVATE_HOSTS = ["127.0.0.1", "localhost"]
PUBLIC_RATE_LIMIT_PER_MINUTE = 0
