"""Demo video guides and infographics, added to the demo site by DemoBuilder.

Idempotent like the rest of the loader: documents, pages and fields that
exist already are kept. The videos and captions are committed files in
cms/demo/media/ (made once by make_media.py); nothing here needs ffmpeg.
"""

from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from wagtail.documents import get_document_model

from cms.chapters import format_clock
from cms.demo.infographic_texts import (
    GLANCE_PAGE,
    HEATING_STEPS,
    OLDER_PEOPLE_HELP,
    SOCIAL_SERVICES_AT_A_GLANCE,
    VIDEO_INDEX,
    WAYS_TO_APPLY,
)
from cms.demo.video_texts import SLIDE_STEP, VIDEO_GUIDES
from cms.models import StandardPage, VideoCaptionTrack, VideoGuideIndexPage, VideoGuidePage

MEDIA = Path(__file__).resolve().parent / "media"
TRANSLATIONS = ("en", "ru")


def infographic_block(data: dict) -> tuple:
    items = [{"icon": icon, "figure": figure, "sentence": sentence} for icon, figure, sentence in data["items"]]
    return ("infographic", {"title": data["title"], "layout": data["layout"], "items": items})


def transcript(guide: dict, lang: str) -> str:
    """A descriptive transcript: what is shown, then what is said, step by step."""
    text = guide[lang]
    paragraphs = [text["transcript_intro"]]
    for number, (screen, speech) in enumerate(zip(guide["screen"], text["speech"], strict=True), 1):
        shown = f"{SLIDE_STEP.format(n=number)}, {screen}"
        paragraphs.append(f"{text['screen_label']}: „{shown}”. {text['voice_label']}: {speech}")
    return "\n\n".join(paragraphs)


def chapters(guide: dict, lang: str) -> list[tuple]:
    text = guide[lang]
    return [
        (
            "chapter",
            {"start": format_clock(index * guide["slide_seconds"]), "title": speech, "detail": detail},
        )
        for index, (speech, detail) in enumerate(zip(text["speech"], text["details"], strict=True))
    ]


class MediaDemo:
    def __init__(self, builder):
        self.builder = builder

    def build(self, home, services: dict, help_page) -> None:
        index = self.builder._child(home, VideoGuideIndexPage, VIDEO_INDEX["slug"], VIDEO_INDEX["lv"], in_menu=True)
        for lang in TRANSLATIONS:
            self.builder._translate(index, lang, VIDEO_INDEX[lang])
        for guide in VIDEO_GUIDES:
            page = self._guide(index, guide)
            for lang in TRANSLATIONS:
                self.builder._translate(page, lang, self._guide_fields(guide, lang))
            service = services.get(guide["service"])
            if service is not None:
                self._link(service, page)
        self._infographics(services.get("apkures-kompensacija"), HEATING_STEPS)
        self._infographics(help_page, OLDER_PEOPLE_HELP)
        self._glance_page(help_page)

    # --- documents ------------------------------------------------------------

    def _document(self, filename: str, title: str):
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        document = Document(title=title)
        stored = f"documents/demo/{filename}"
        if default_storage.exists(stored):
            # Another demo database already copied this file: point at it instead of copying again.
            document.file.name = stored
        else:
            with open(MEDIA / filename, "rb") as handle:
                document.file.save(f"demo/{filename}", File(handle), save=False)
        document.save()
        document.get_file_size()
        document.get_file_hash()
        self.builder.created += 1
        return document

    def _tracks(self, guide: dict) -> list:
        return [
            VideoCaptionTrack(
                language=lang,
                document=self._document(f"{guide['key']}.{lang}.vtt", f"Subtitri: {guide['key']} ({lang})"),
            )
            for lang in ("lv", *TRANSLATIONS)
        ]

    # --- pages ----------------------------------------------------------------

    def _guide_fields(self, guide: dict, lang: str) -> dict:
        return {
            "title": guide[lang]["title"],
            "intro": guide[lang]["intro"],
            "chapters": chapters(guide, lang),
            "transcript": transcript(guide, lang),
        }

    def _guide(self, index, guide: dict):
        existing = index.get_children().filter(slug=guide["slug"]).first()
        if existing is not None:
            return existing.specific
        page = VideoGuidePage(
            slug=guide["slug"],
            video=self._document(f"{guide['key']}.mp4", f"Video: {guide['key']}"),
            described_video=(
                self._document(f"{guide['key']}-ad.mp4", f"Video ar audioaprakstu: {guide['key']}")
                if guide["described"]
                else None
            ),
            **self._guide_fields(guide, "lv"),
        )
        # Captions before the page is added: a live guide without captions is refused.
        page.caption_tracks = self._tracks(guide)
        index.add_child(instance=page)
        self.builder._publish(page)
        self.builder.created += 1
        return page

    def _link(self, service, guide) -> None:
        """Show the guide on the service page and on its translations (each finds its language)."""
        versions = [service] + [service.get_translation_or_none(self.builder.locales[lang]) for lang in TRANSLATIONS]
        for version in versions:
            if version is None:
                continue
            version = version.specific
            if version.video_guide_id is None:
                version.video_guide = guide
                self.builder._publish(version)

    def _infographics(self, page, texts: dict) -> None:
        if page is None:
            return
        for lang in ("lv", *TRANSLATIONS):
            version = page if lang == "lv" else page.get_translation_or_none(self.builder.locales[lang])
            if version is None:
                continue
            version = version.specific
            if not version.infographics:
                version.infographics = [infographic_block(texts[lang])]
                self.builder._publish(version)

    def _glance_fields(self, lang: str) -> dict:
        text = GLANCE_PAGE[lang]
        return {
            "title": text["title"],
            "intro": text["intro"],
            "body": [
                infographic_block(SOCIAL_SERVICES_AT_A_GLANCE[lang]),
                infographic_block(WAYS_TO_APPLY[lang]),
                ("paragraph", text["after"]),
            ],
        }

    def _glance_page(self, help_page) -> None:
        page = self.builder._child(help_page, StandardPage, GLANCE_PAGE["slug"], self._glance_fields("lv"))
        for lang in TRANSLATIONS:
            self.builder._translate(page, lang, self._glance_fields(lang))
