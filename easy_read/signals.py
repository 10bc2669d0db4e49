"""Keep the report's stored scores fresh when a page is published."""

import logging

logger = logging.getLogger(__name__)


def refresh_readability(sender, instance, **kwargs):
    from .models import PageReadability

    try:
        PageReadability.refresh(instance)
    except Exception:  # a score must never stop a publish
        logger.exception("easy_read: could not score page %s", instance.pk)
