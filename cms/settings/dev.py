from .base import *

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The local demo site may be audited from this machine.
AUDIT_ALLOW_PRIVATE_HOSTS = ["127.0.0.1", "localhost"]
# Template and code changes show at once while developing; production caches pages.
CMS_PAGE_CACHE_SECONDS = int(os.environ.get("CMS_PAGE_CACHE_SECONDS", "0"))
