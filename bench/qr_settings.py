"""Settings for bench/qr.py only: production settings (bench.harness.production_env) plus a plain redirect."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.qr_urls"
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "CRITICAL"}}
