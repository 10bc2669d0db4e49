"""Settings for bench/qr.py only: production-like (DEBUG off), a throwaway SQLite file, no rate limit."""

import os

from cms.settings.base import *  # noqa: F403

SECRET_KEY = "bench-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.qr_urls"
# bench/qr.py sets DATABASE_URL to a file in its temporary directory; base.py reads it.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ["CACHE_DIR"],
    }
}
PUBLIC_RATE_LIMIT_PER_MINUTE = 0
STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]  # an empty folder: WhiteNoise warns without one
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "CRITICAL"}}
