"""Print sheets for a short link: an A4 poster, an A6 card and an A4 sheet of labels.

Each sheet is an HTML template laid out in millimetres with CSS `@page`, and
headless Chromium (already installed for the audit) prints it to PDF. HTML
keeps the sheets editable by anyone who knows templates, and Chromium shapes
Latvian and Russian text and embeds the fonts without another PDF library.
"""

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from cms.chromium import HEADLESS_FLAGS
from cms.chromium import chromium_binary as find_chromium

from . import codes


@dataclass(frozen=True)
class Sheet:
    name: str
    label: str
    template: str
    #: Printed width of the code; the poster's must be at least 60 mm.
    code_mm: float
    #: Labels end up on bins and bus shelters: Q survives scuffs better.
    error_correction: codes.ErrorCorrection
    copies: int = 1


SHEETS = {
    "poster": Sheet("poster", _("A4 poster"), "qr/print/poster.html", 100, "M"),
    "card": Sheet("card", _("A6 card"), "qr/print/card.html", 50, "M"),
    "labels": Sheet("labels", _("A4 sheet of 8 labels"), "qr/print/labels.html", 44, "Q", copies=8),
}


class PrintError(RuntimeError):
    """The PDF could not be made (no Chromium, or it failed); the message says why."""


def language_of(link):
    if link.locale_id:
        return link.locale.language_code
    if link.page_id and link.page:
        return link.page.locale.language_code
    return settings.LANGUAGE_CODE


def _site_settings(link):
    from cms.models import SiteSettings

    site = link.page.get_site() if link.page_id and link.page else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def render_sheet_html(link, sheet_name):
    """The sheet as a standalone HTML document, in the link's language."""
    sheet = SHEETS[sheet_name]
    url = link.short_url()
    with translation.override(language_of(link)):
        code_svg = codes.svg(
            url,
            width_mm=sheet.code_mm,
            error_correction=sheet.error_correction,
            title=str(_("QR code for %(address)s") % {"address": link.short_address()}),
            xml_declaration=False,
        ).decode()
        return render_to_string(
            sheet.template,
            {
                "link": link,
                "sheet": sheet,
                "title": link.target_title or "",
                "sentence": link.print_sentence,
                "address": link.short_address(),
                "code_svg": mark_safe(code_svg),  # noqa: S308 - our own markup, text escaped in codes.svg
                "copies": range(sheet.copies),
                "site_settings": _site_settings(link),
                "site_name": settings.WAGTAIL_SITE_NAME,
                "lang": translation.get_language(),
            },
        )


def chromium_binary():
    return find_chromium(getattr(settings, "QR_CHROMIUM_BINARY", ""))


def html_to_pdf(html, timeout=90):
    """Print an HTML document to PDF bytes with headless Chromium."""
    binary = chromium_binary()
    if not Path(binary).exists():
        raise PrintError(_("Chromium is not installed, so PDF sheets cannot be made."))
    with tempfile.TemporaryDirectory(prefix="qr-print-") as tmp:
        source = Path(tmp) / "sheet.html"
        target = Path(tmp) / "sheet.pdf"
        source.write_text(html, encoding="utf-8")
        command = [
            binary, *HEADLESS_FLAGS, "--disable-extensions",
            f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
            f"--print-to-pdf={target}", source.as_uri(),
        ]
        try:
            subprocess.run(  # noqa: S603 - fixed argument list, no shell
                command, capture_output=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PrintError(_("Chromium could not print the sheet: %(error)s") % {"error": error}) from error
        if not target.exists() or target.stat().st_size == 0:
            raise PrintError(_("Chromium did not produce a PDF."))
        return target.read_bytes()


def sheet_pdf(link, sheet_name):
    return html_to_pdf(render_sheet_html(link, sheet_name))
