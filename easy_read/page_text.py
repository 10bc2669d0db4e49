"""The text a page's editors wrote: its own text fields, in panel order.

Two sources give the same text, so the editor panel, the checks panel, the
workflow task and the report agree:

* a saved page (``page_fields``): field values from the instance;
* the edit form as posted by the editor's browser (``posted_fields``): each
  field's widget or StreamField block turns the raw POST data into the same
  kind of value the form would save (rich text as HTML, StreamValues).

Only prose counts: character and text fields, rich text and the char, text and
rich-text blocks inside StreamFields. Slugs, URLs, e-mail addresses, choices,
dates and chooser ids are skipped, as are the promote tab's SEO fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.db import models
from django.utils.html import escape
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

from .analysis import html_to_text

#: Page fields that are not the page's own prose.
SKIPPED_FIELDS = frozenset(
    {
        "slug",
        "seo_title",
        "search_description",
        "url_path",
        "draft_title",
        "live_revision",
        "search_stems",
        "translation_key",
        "latest_revision",
    }
)
#: StreamField blocks analysed separately in easy-to-read mode.
EASY_READ_FIELDS = frozenset({"easy_read"})


@dataclass(slots=True)
class FieldText:
    name: str
    label: str
    html: str  # the field as HTML: rich text as is, plain strings escaped into <p>


def text_field_names(model: type[models.Model]) -> list[str]:
    """Names of the page model's prose fields, title first, then in declaration order."""
    names = ["title"]
    for field in model._meta.get_fields():
        if not getattr(field, "concrete", False) or field.name in SKIPPED_FIELDS:
            continue
        if field.model is Page or field.name in names:
            continue
        if isinstance(field, RichTextField | StreamField):
            names.append(field.name)
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            if isinstance(field, models.SlugField | models.URLField | models.EmailField):
                continue
            names.append(field.name)
    return names


def page_fields(page: Page) -> list[FieldText]:
    """The prose of a saved (or previewed) page, field by field."""
    out = []
    for name in text_field_names(type(page)):
        field = type(page)._meta.get_field(name)
        out.append(_field_text(field, getattr(page, name, None)))
    return out


def posted_fields(model: type[Page], data) -> list[FieldText]:
    """The prose of an edit form as posted (a QueryDict), without validating the form.

    StreamFields are read block by block from the POST data, following the block
    definitions the way ``value_from_datadict`` does; rich text arrives as
    Draftail's contentstate JSON and is turned into HTML paragraphs directly. Only
    the visible text matters here, so this skips Wagtail's full contentstate
    converter, which is most of the cost on a long page.
    """
    out = []
    for name in text_field_names(model):
        field = model._meta.get_field(name)
        label = str(getattr(field, "verbose_name", name))
        if isinstance(field, StreamField):
            if f"{name}-count" not in data:
                continue
            parts: list[str] = []
            try:
                _walk_posted(field.stream_block, data, name, parts)
            except (KeyError, ValueError, TypeError):
                continue  # a half-built block while the editor is adding it
            out.append(FieldText(name=name, label=label, html="".join(parts)))
        elif isinstance(field, RichTextField):
            html = _posted_rich_text(data.get(name, ""))
            if html is None:
                try:
                    html = str(field.formfield().widget.value_from_datadict(data, {}, name) or "")
                except (KeyError, ValueError, TypeError):
                    html = ""
            out.append(FieldText(name=name, label=label, html=html))
        else:
            out.append(FieldText(name=name, label=label, html=_paragraph(data.get(name, ""))))
    return out


_CONTENTSTATE_TAGS = {
    "unstyled": "p",
    "header-one": "h1",
    "header-two": "h2",
    "header-three": "h3",
    "header-four": "h4",
    "header-five": "h5",
    "header-six": "h6",
    "unordered-list-item": "li",
    "ordered-list-item": "li",
    "blockquote": "blockquote",
    "code-block": "pre",
}


def _posted_rich_text(raw: str) -> str | None:
    """Draftail contentstate JSON -> HTML with the same visible text; None if not JSON."""
    if not raw:
        return ""
    if not raw.lstrip().startswith("{"):
        return None
    try:
        state = json.loads(raw)
        blocks_ = state["blocks"]
    except (ValueError, KeyError, TypeError):
        return None
    html = []
    for block in blocks_:
        tag = _CONTENTSTATE_TAGS.get(block.get("type", "unstyled"))
        text = block.get("text", "")
        if tag and text.strip():
            html.append(f"<{tag}>{escape(text)}</{tag}>")
    return "".join(html)


def _walk_posted(block: blocks.Block, data, prefix: str, out: list[str]) -> None:
    if isinstance(block, blocks.RichTextBlock):
        html = _posted_rich_text(data.get(prefix, ""))
        if html is None:
            value = block.value_from_datadict(data, {}, prefix)
            html = value.source if isinstance(value, RichText) else str(value or "")
        if html.strip():
            out.append(f"<div>{html}</div>")
    elif isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        children = []
        for i in range(int(data[f"{prefix}-count"])):
            if data.get(f"{prefix}-{i}-deleted"):
                continue
            if isinstance(block, blocks.StreamBlock):
                child = block.child_blocks.get(data.get(f"{prefix}-{i}-type", ""))
                if child is None:
                    continue
            else:
                child = block.child_block
            children.append((int(data.get(f"{prefix}-{i}-order", i)), i, child))
        for _order, i, child in sorted(children, key=lambda c: (c[0], c[1])):
            _walk_posted(child, data, f"{prefix}-{i}-value", out)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            _walk_posted(child_block, data, f"{prefix}-{name}", out)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        out.append(_paragraph(str(data.get(prefix, ""))))


def _field_text(field, value) -> FieldText:
    label = str(getattr(field, "verbose_name", field.name))
    if isinstance(field, StreamField):
        parts: list[str] = []
        if value is not None:
            _walk(field.stream_block, value, parts)
        html = "".join(parts)
    elif isinstance(field, RichTextField):
        html = str(value or "")
    else:
        html = _paragraph(str(value or ""))
    return FieldText(name=field.name, label=label, html=html)


def _paragraph(text: str) -> str:
    text = text.strip()
    return f"<p>{escape(text)}</p>" if text else ""


def _walk(block: blocks.Block, value, out: list[str]) -> None:
    """Collect prose from a StreamField value, following the block definitions."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if isinstance(value, RichText) else str(value)
        if source.strip():
            out.append(f"<div>{source}</div>")
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            _walk(child.block, child.value, out)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            _walk(block.child_block, item, out)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            _walk(child_block, value.get(name), out)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock) and not isinstance(
        block, blocks.URLBlock | blocks.EmailBlock | blocks.RegexBlock
    ):
        out.append(_paragraph(str(value)))


def fields_html(fields: list[FieldText], *, easy_read: bool = False) -> str:
    """One HTML document of the fields (either the easy-read ones or the others)."""
    return "".join(f.html for f in fields if (f.name in EASY_READ_FIELDS) == easy_read and f.html)


def fields_text(fields: list[FieldText], *, easy_read: bool = False) -> str:
    """The visible text of :func:`fields_html`."""
    return html_to_text(fields_html(fields, easy_read=easy_read)).text
