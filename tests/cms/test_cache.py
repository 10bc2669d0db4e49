"""Anonymous full-page cache: hits for visitors, fresh content after publish."""

import pytest
from django.test import override_settings

from tests.cms.factories import make_home, make_index, make_service

CACHED = {"CMS_PAGE_CACHE_SECONDS": 60}


@pytest.fixture
def service(db):
    from django.core.cache import cache

    cache.clear()
    return make_service(make_index(make_home()))


@override_settings(**CACHED)
def test_second_anonymous_request_is_served_from_cache(client, service):
    first = client.get(service.url)
    second = client.get(service.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


@override_settings(**CACHED)
def test_publishing_invalidates_the_cache(client, service):
    client.get(service.url)
    service.summary = "Jauns teksts pēc publicēšanas."
    service.save_revision().publish()
    response = client.get(service.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Jauns teksts pēc publicēšanas." in response.content.decode()


@override_settings(**CACHED)
def test_logged_in_editors_never_get_cached_pages(client, service, django_user_model):
    client.get(service.url)
    user = django_user_model.objects.create_user("editor", password="x")  # noqa: S106
    client.force_login(user)
    response = client.get(service.url)
    assert "X-Page-Cache" not in response


@override_settings(**CACHED)
def test_search_results_are_not_cached(client, service):
    from cms.models import HomePage, SearchPage

    page = SearchPage(title="Meklēt", slug="meklet")
    HomePage.objects.get().add_child(instance=page)
    client.get(page.url, {"q": "pabalsts"})
    assert "X-Page-Cache" not in client.get(page.url, {"q": "pabalsts"})
