"""cms.middleware.LocaleMiddleware: a view's own 404 outside the language prefix stays a 404."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/documents/999999/missing", "/q/ZZZZZZ"])
def test_unknown_path_of_an_unprefixed_view_returns_its_own_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Location" not in response.headers


def test_unprefixed_page_path_still_redirects_to_the_language_prefix(client):
    response = client.get("/some-page/")
    assert response.status_code == 302
    assert response["Location"] == "/lv/some-page/"
