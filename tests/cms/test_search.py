"""Search forgives missing Latvian diacritics and inflected endings."""

import pytest

from cms.search import fold, stem, stem_text
from tests.cms.factories import make_home, make_index, make_service


def test_fold_removes_diacritics():
    assert fold("Sociālā Palīdzība") == "sociala palidziba"
    assert fold("ĶĒĢĻŅŠŽČ") == "kegln szc".replace(" ", "")


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("pabalstu", "pabalsts"),
        ("pabalstiem", "pabalsts"),
        ("sociālajai", "sociālā"),
        ("palīdzību", "palīdzība"),
        ("deklarēšanai", "deklarēšana"),
        ("пособия", "пособие"),
    ],
)
def test_inflected_forms_share_a_stem(inflected, base):
    assert stem(inflected) == stem(base)


def test_short_words_keep_their_letters():
    assert stem("un") == "un"
    assert stem_text("Ko jūs saņemat?") == "ko jus sanemat"


@pytest.fixture
def services(db):
    index = make_index(make_home())
    wanted = make_service(index, slug="socialais-pabalsts")
    other = make_service(
        index,
        slug="buvatlauja",
        title="Būvatļauja",
        summary="Atļauja būvēt māju.",
        who_can_get="<p>Zemes īpašnieks.</p>",
        what_you_get="<p>Atļauju.</p>",
    )
    return wanted, other


@pytest.mark.parametrize("query", ["sociālā palīdzība", "sociala palidziba", "pabalstu", "PABALSTS"])
def test_search_finds_the_page_with_or_without_diacritics(client, services, query):
    wanted, other = services
    html = _search(client, query)
    assert wanted.title in html
    assert other.title not in html


def test_search_with_no_match_says_what_to_do(client, services):
    html = _search(client, "kosmosa kuģis")
    assert "Nekas netika atrasts" in html


def _search(client, query):
    from cms.models import HomePage, SearchPage

    page = SearchPage.objects.first()
    if page is None:
        page = SearchPage(title="Meklēt", slug="meklet")
        HomePage.objects.get().add_child(instance=page)
    return client.get(page.url, {"q": query}).content.decode()
