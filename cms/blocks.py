"""StreamField blocks, from single blocks to composite blocks to stream blocks."""

import functools
import hashlib
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .chapters import NOT_IN_ORDER, order_errors, parse_clock
from .icons import ICON_CHOICES, icon_path
from .infographics import Infographic, Item, Labels, render_svg

# Rich text for residents: no italics (hard to read), no headings (sections are fixed).
PLAIN_FEATURES = ["bold", "link", "ol", "ul"]

_PHONE = re.compile(r"^\+?[\d ()-]{6,20}$")


def phone_href(text: str) -> str:
    """A tel: address when the text is a phone number, else ''."""
    if not _PHONE.match(text.strip()) or sum(c.isdigit() for c in text) < 6:
        return ""
    return "tel:" + "".join(c for c in text if c.isdigit() or c == "+")


HEADING_LEVELS = [("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))]


# --- Simple blocks ---------------------------------------------------------


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PLAIN_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "cms/blocks/paragraph.html"
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Short paragraphs of plain text. Bold and lists are allowed; italics are not.")
        preview_value = "<p>Pieteikumu var iesniegt klātienē, pa tālruni vai pa e-pastu.</p>"


class IconChoiceBlock(blocks.ChoiceBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("choices", ICON_CHOICES)
        super().__init__(**kwargs)

    class Meta:
        icon = "image"
        label = _("Icon")


# --- Composite blocks ------------------------------------------------------


class HeadingBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2", label=_("Level"))
    text = blocks.CharBlock(max_length=120, label=_("Text"))

    class Meta:
        template = "cms/blocks/heading.html"
        icon = "title"
        label = _("Heading")
        description = _("A section heading. Levels cannot be skipped: an h3 follows an h2.")
        preview_value = {"level": "h2", "text": "Kā pieteikties"}


class ImageBlock(blocks.StructBlock):
    """An image that always says what it shows, or says it shows nothing."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe what the picture shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Decorative only"),
        help_text=_("Tick only if the picture adds no information; screen readers will skip it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    def clean(self, value):
        value = super().clean(value)
        alt = (value.get("alt_text") or "").strip()
        if not alt and not value.get("decorative"):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Write alternative text, or tick 'Decorative only' "
                            "if the picture adds no information."
                        )
                    )
                }
            )
        if alt and value.get("decorative"):
            raise StructBlockValidationError(
                block_errors={
                    "decorative": ValidationError(
                        _("A decorative picture has no alternative text. Clear one of the two.")
                    )
                }
            )
        return value

    class Meta:
        template = "cms/blocks/image.html"
        icon = "image"
        label = _("Image")
        description = _("A picture with alternative text, or marked as decorative.")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("What to do"))
    detail = blocks.TextBlock(required=False, label=_("More detail"))

    class Meta:
        template = "cms/blocks/step.html"
        icon = "list-ol"
        label = _("Step")
        description = _("One step of applying, as one short instruction.")
        preview_value = {"title": "Piezvaniet sociālajam dienestam", "detail": ""}


class EasyReadPairBlock(blocks.StructBlock):
    """A picture beside each key message, as easy-to-read rules ask."""

    icon = IconChoiceBlock(required=False, label=_("Icon"))
    picture = ImageChooserBlock(required=False, label=_("Picture"))
    sentence = blocks.CharBlock(
        max_length=160,
        label=_("Short sentence"),
        help_text=_("One idea, at most 15 words."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("icon") and not value.get("picture"):
            raise StructBlockValidationError(
                block_errors={"icon": ValidationError(_("Choose an icon or a picture for this sentence."))}
            )
        return value

    class Meta:
        template = "cms/blocks/easy_read_pair.html"
        icon = "image"
        label = _("Picture and sentence")
        description = _("A picture with one short sentence next to it.")
        preview_value = {"icon": "phone", "sentence": "Zvaniet mums pa tālruni."}


class LifeSituationBlock(blocks.StructBlock):
    icon = IconChoiceBlock(label=_("Icon"))
    title = blocks.CharBlock(max_length=60, label=_("Title"))
    description = blocks.CharBlock(max_length=140, required=False, label=_("Description"))
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        template = "cms/blocks/life_situation.html"
        icon = "link"
        label = _("Life situation")
        description = _("A big link to the page that helps in one life situation.")


class PhoneLineBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=100, label=_("Who answers"))
    number = blocks.CharBlock(max_length=30, label=_("Phone number"))
    hours = blocks.CharBlock(max_length=100, required=False, label=_("When to call"))
    note = blocks.CharBlock(max_length=200, required=False, label=_("Note"))

    class Meta:
        template = "cms/blocks/phone_line.html"
        icon = "mobile-alt"
        label = _("Phone line")
        description = _("A phone number people can call, and when.")


class MobileVisitBlock(blocks.StructBlock):
    village = blocks.CharBlock(max_length=80, label=_("Village"))
    date = blocks.DateBlock(label=_("Date"))
    start = blocks.TimeBlock(label=_("From"))
    end = blocks.TimeBlock(label=_("Until"))
    place = blocks.CharBlock(max_length=120, label=_("Where the bus stops"))
    services = blocks.CharBlock(max_length=200, required=False, label=_("What you can do there"))

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] <= value["start"]:
            raise StructBlockValidationError(
                block_errors={"end": ValidationError(_("The visit must end after it starts."))}
            )
        return value

    class Meta:
        icon = "date"
        label = _("Mobile service visit")
        description = _("One visit of the mobile service bus to a village.")


# --- Video guides and infographics (issue 5) --------------------------------


def validate_clock(value):
    if parse_clock(value) is None:
        raise ValidationError(_("Write the time as minutes:seconds, like 1:05, or hours:minutes:seconds."))


class ChapterBlock(blocks.StructBlock):
    """One numbered step of a video guide, with the moment the video shows it."""

    start = blocks.CharBlock(
        max_length=9,
        label=_("Starts at"),
        help_text=_("When the video shows this step, as minutes:seconds, like 1:05."),
        validators=[validate_clock],
    )
    title = blocks.CharBlock(max_length=120, label=_("What to do"))
    detail = blocks.TextBlock(required=False, label=_("More detail"))

    class Meta:
        template = "cms/blocks/chapter.html"
        icon = "time"
        label = _("Step in the video")
        description = _("A step the viewer can jump to. It also reads as an instruction without the video.")
        preview_value = {"start": "0:09", "title": "Pieslēdzieties ar internetbanku.", "detail": ""}


class InfographicItemBlock(blocks.StructBlock):
    icon = IconChoiceBlock(label=_("Icon"))
    figure = blocks.CharBlock(
        max_length=30,
        label=_("Big number or short label"),
        help_text=_("For example “150 €”, “10 days” or a phone number."),
    )
    sentence = blocks.CharBlock(
        max_length=160,
        label=_("One sentence"),
        help_text=_("What the number or label means, in one sentence."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Item")
        description = _("An icon, a big number or short label, and one sentence.")
        preview_value = {"icon": "phone", "figure": "60 000 101", "sentence": "Sociālais dienests."}


INFOGRAPHIC_LAYOUTS = [
    ("steps", _("Steps in order")),
    ("facts", _("Facts")),
    ("comparison", _("Comparison side by side")),
    ("who_to_call", _("Who to call")),
]


@functools.lru_cache(maxsize=256)
def _drawing(info, variant, labels):
    """The SVG for one infographic. Infographic and Labels are frozen dataclasses,
    so equal content hits the cache and a page view does not redraw it."""
    return render_svg(info, variant, labels)


class InfographicBlock(blocks.StructBlock):
    """An infographic drawn from data, with the same facts as text."""

    title = blocks.CharBlock(max_length=100, label=_("Title"))
    layout = blocks.ChoiceBlock(choices=INFOGRAPHIC_LAYOUTS, default="facts", label=_("Layout"))
    items = blocks.ListBlock(InfographicItemBlock(), min_num=2, max_num=8, label=_("Items"))

    @staticmethod
    def infographic(value) -> Infographic:
        return Infographic(
            title=value["title"],
            layout=value["layout"],
            items=tuple(
                Item(icon_path(item["icon"]), item["figure"], item["sentence"], item["icon"])
                for item in value["items"]
            ),
        )

    def get_context(self, value, parent_context=None):
        from django.utils.safestring import mark_safe

        context = super().get_context(value, parent_context=parent_context)
        info = self.infographic(value)
        labels = Labels(step=gettext("Step %(number)s"))
        context.update(
            svg_wide=mark_safe(_drawing(info, "wide", labels)),  # noqa: S308 (built from escaped text)
            svg_narrow=mark_safe(_drawing(info, "narrow", labels)),  # noqa: S308
            lines=[
                {"figure": item.figure, "sentence": item.sentence, "tel": phone_href(item.figure)}
                for item in info.items
            ],
            fingerprint=info.fingerprint(),
        )
        page = (parent_context or {}).get("page")
        request = (parent_context or {}).get("request")
        if page is not None and hasattr(page, "infographic_download_url"):
            context["png_url"] = page.infographic_download_url(info.fingerprint(), "png", request)
            context["pdf_url"] = page.infographic_download_url(info.fingerprint(), "pdf", request)
        return context

    class Meta:
        template = "cms/blocks/infographic.html"
        icon = "view"
        label = _("Infographic")
        description = _(
            "A picture drawn from your items, with the same facts as text. "
            "Residents can download it as PNG or PDF."
        )
        preview_value = {
            "title": "Kur senioriem meklēt palīdzību",
            "layout": "who_to_call",
            "items": [
                {"icon": "phone", "figure": "60 000 000", "sentence": "Pašvaldības informatīvais tālrunis."},
                {"icon": "heart", "figure": "60 000 101", "sentence": "Sociālais dienests."},
            ],
        }


class InfographicImageBlock(blocks.StructBlock):
    """An infographic made elsewhere, as a picture: allowed only with everything it says in words."""

    image = ImageChooserBlock(label=_("Picture"))
    alt_text = blocks.CharBlock(
        max_length=200,
        label=_("Short description"),
        help_text=_("What the infographic is about, in one sentence. Screen readers read this first."),
    )
    long_description = blocks.TextBlock(
        label=_("Long description"),
        help_text=_(
            "Write out every fact, number and step the picture shows. People who cannot see the picture, "
            "and translators, read this instead."
        ),
    )

    #: A long description shorter than this cannot hold what an infographic says.
    min_long_description = 80

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Unique per content, so two pictures on one page never share an id.
        image_id = getattr(value.get("image"), "pk", "")
        raw = f"{image_id}|{value.get('alt_text')}|{value.get('long_description')}"
        context["ident"] = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
        return context

    def clean(self, value):
        value = super().clean(value)
        text = (value.get("long_description") or "").strip()
        if len(text) < self.min_long_description:
            raise StructBlockValidationError(
                block_errors={
                    "long_description": ValidationError(
                        _(
                            "Write out everything the picture says: at least %(count)s characters. "
                            "Use the drawn infographic if you can."
                        )
                        % {"count": self.min_long_description}
                    )
                }
            )
        return value

    class Meta:
        template = "cms/blocks/infographic_image.html"
        icon = "image"
        label = _("Infographic as a picture")
        description = _("An infographic made elsewhere. It needs a long description with every fact.")


# --- Stream blocks ---------------------------------------------------------


def heading_level_errors(levels: list[int]) -> dict[int, str]:
    """Return {index: message} for headings that skip a level.

    The page title is the h1, so the first heading may be at most h2 and each
    heading may go at most one level deeper than the one before it.
    """
    errors: dict[int, str] = {}
    previous = 1
    for index, level in enumerate(levels):
        if level is None:
            continue
        if level > previous + 1:
            errors[index] = f"h{level} after h{previous}"
        previous = level
    return errors


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    infographic = InfographicBlock()
    picture_infographic = InfographicImageBlock()

    def clean(self, value):
        value = super().clean(value)
        levels = [int(child.value["level"][1]) if child.block_type == "heading" else None for child in value]
        bad = heading_level_errors(levels)
        if bad:
            raise StreamBlockValidationError(
                block_errors={
                    index: ValidationError(
                        _("This heading skips a level (%(found)s). Use the next level down.")
                        % {"found": found}
                    )
                    for index, found in bad.items()
                }
            )
        return value

    class Meta:
        icon = "doc-full"
        label = _("Body")


class StepsStreamBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        min_num = 1
        label = _("Steps")


class EasyReadStreamBlock(blocks.StreamBlock):
    pair = EasyReadPairBlock()

    class Meta:
        label = _("Easy-read version")


class ChaptersStreamBlock(blocks.StreamBlock):
    chapter = ChapterBlock()

    def clean(self, value):
        value = super().clean(value)
        starts = [parse_clock(child.value["start"]) for child in value]
        bad = order_errors(starts)
        if bad:
            raise StreamBlockValidationError(
                block_errors={
                    index: ValidationError(gettext(NOT_IN_ORDER) % params) for index, params in bad.items()
                }
            )
        return value

    class Meta:
        label = _("Steps in the video")


class InfographicStreamBlock(blocks.StreamBlock):
    infographic = InfographicBlock()
    picture_infographic = InfographicImageBlock()

    class Meta:
        label = _("Infographics")
