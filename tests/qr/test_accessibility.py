"""The friendly pages residents see when a code fails: axe-core WCAG 2.2 AA + best practice, Nu checker."""

import urllib.error
import urllib.request

import pytest

from qr.models import ShortLink
from tests.browser import nu_check, run_axe, summarise_violations

from .conftest import make_site


def raw_html(url):
    """The page as served (these pages answer 404 and 410, which urllib raises)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.read()
    except urllib.error.HTTPError as error:
        return error.read()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_unknown_and_retired_code_pages_pass_axe_and_nu(live_server, chrome, tmp_path):
    pages = make_site()
    retired = ShortLink.objects.create(page=pages["service"], label="Old")
    retired.retire()
    problems, saved = [], []
    for width in (1280, 375):
        chrome.set_window_size(width, 900)
        for name, path in (("unknown", "/q/ZZZZZZ"), ("retired", f"/q/{retired.code}")):
            url = f"{live_server.url}{path}"
            chrome.get(url)
            assert "qr-search" in chrome.page_source
            problems += summarise_violations(f"{url} at {width}px", run_axe(chrome))
            if width == 1280:
                saved.append(tmp_path / f"{name}.html")
                saved[-1].write_bytes(raw_html(url))
    assert problems == []
    assert nu_check(saved) == []
