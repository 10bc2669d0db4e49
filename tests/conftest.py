import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(db):
    """The demo site as `make run` builds it."""
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="module")
def chrome():
    from tests.browser import make_chrome

    driver = make_chrome()
    yield driver
    driver.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the migrated data (Wagtail's root page, locales) back after a transactional test.

    Django flushes the database after a transactional test and reloads the saved
    rows only when the *next* serialized-rollback test starts. With xdist
    spreading files over workers, an ordinary test can come next and find no
    root page. Reloading straight away keeps every test independent of order.
    """
    yield
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    if not contents:
        return
    with item.config.stash[blocking_manager_key].unblock():
        from wagtail.models import Page

        if not Page.objects.filter(depth=1).exists():
            connection.creation.deserialize_db_from_string(contents)
