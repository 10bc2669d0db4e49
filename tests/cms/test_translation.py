"""Translating a service with wagtail-localize keeps the tree and the fixed sections."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from cms.models import ServicePage
from tests.cms.factories import make_home, make_index, make_service


@pytest.mark.django_db
def test_service_is_translated_through_wagtail_localize(client, django_capture_on_commit_callbacks):
    home = make_home()
    index = make_index(home)
    service = make_service(index)
    english = Locale.objects.create(language_code="en")

    # Parents first, as editors do with "Translate this page" and its subpages.
    for page in (home, index, service):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=english)
        if page is service:
            for segment in source.stringsegment_set.select_related("string"):
                if segment.string.data == "Pašvaldība palīdz, ja jums ir maz naudas.":
                    StringTranslation.objects.create(
                        translation_of=segment.string,
                        locale=english,
                        context=segment.context,
                        data="The municipality helps if you have little money.",
                    )
        # wagtail-localize publishes on commit; run those callbacks as a real commit would.
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    translated = ServicePage.objects.get(locale=english)
    assert translated.live
    assert translated.translation_key == service.translation_key
    assert translated.summary == "The municipality helps if you have little money."
    # Untranslated sections fall back to the source text rather than vanishing.
    assert translated.cost == service.cost
    html = client.get(translated.url).content.decode()
    assert translated.url.startswith("/en/")
    assert '<html lang="en">' in html
    assert "The municipality helps if you have little money." in html
