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
