import json

import pytest
from wagtail.models import Page
from wagtail.rich_text import RichText

HARD_LV = (
    "Saskaņā ar pašvaldības saistošajiem noteikumiem iesniegums tiek izskatīts desmit darba "
    "dienu laikā, t.sk. tiek veikta iesniedzēja materiālā stāvokļa izvērtēšana."
)
PLAIN_LV = "Mēs atbildēsim 10 darba dienās. Zvaniet, ja ir jautājumi."


def contentstate(*paragraphs):
    """Draftail's posted value for rich text."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": f"k{i}",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                    "data": {},
                }
                for i, text in enumerate(paragraphs)
            ],
            "entityMap": {},
        }
    )


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture
def standard_page(root_page):
    from cms.models import StandardPage

    page = StandardPage(
        title="Sociālā palīdzība",
        slug="socialā-palidziba-er",
        intro="Kā saņemt palīdzību.",
        body=[
            ("heading", {"level": "h2", "text": "Kā pieteikties"}),
            ("paragraph", RichText(f"<p>{HARD_LV}</p>")),
        ],
    )
    root_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def plain_page(root_page):
    from cms.models import StandardPage

    page = StandardPage(
        title="Palīdzība",
        slug="palidziba-er",
        intro="Mēs palīdzam.",
        body=[("paragraph", RichText(f"<p>{PLAIN_LV}</p>"))],
    )
    root_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def standard_page_post(title, intro, heading, paragraph):
    """The edit form of a StandardPage as the browser posts it."""
    return {
        "title": title,
        "slug": "x",
        "intro": intro,
        "body-count": "2",
        "body-0-type": "heading",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "a",
        "body-0-value-level": "h2",
        "body-0-value-text": heading,
        "body-1-type": "paragraph",
        "body-1-deleted": "",
        "body-1-order": "1",
        "body-1-id": "b",
        "body-1-value": contentstate(paragraph),
    }
