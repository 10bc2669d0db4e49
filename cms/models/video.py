"""Video guides: a captioned video, numbered steps to jump to, and a full transcript.

The rules that keep a guide usable for everyone are enforced, not suggested:
a guide cannot go live without captions, a transcript and a video; caption
files are validated line by line when they are attached.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from ..blocks import ChaptersStreamBlock
from ..chapters import format_clock, parse_clock
from ..media_files import serve_with_ranges
from ..video_embed import parse_embed_url
from ..webvtt import draft_transcript
from ..webvtt import parse as parse_webvtt
from .pages import BasePage

#: File types a guide may play, by extension.
VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}
CAPTION_TYPE = "text/vtt; charset=utf-8"
#: Caption files are text; anything bigger than this is not a caption file.
MAX_CAPTION_BYTES = 2 * 1024 * 1024


def caption_languages():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def _extension(document) -> str:
    return document.file_extension.lower() if document is not None else ""


def _read(document) -> bytes:
    with document.open_file() as handle:
        return handle.read(MAX_CAPTION_BYTES + 1)


def caption_file_errors(document) -> list[str]:
    """Translated, line-numbered problems with a caption document; [] when it is fine."""
    if _extension(document) != "vtt":
        return [gettext("Choose a WebVTT caption file (ending in .vtt).")]
    try:
        data = _read(document)
    except OSError:
        return [gettext("The caption file could not be read. Upload it again.")]
    if len(data) > MAX_CAPTION_BYTES:
        return [gettext("The caption file is too big to be a caption file.")]
    return [
        gettext("Line %(line)s: %(message)s")
        % {"line": error.line, "message": gettext(error.template) % error.params}
        for error in parse_webvtt(data).errors
    ]


def transcript_from_captions(document) -> str:
    try:
        return draft_transcript(parse_webvtt(_read(document)).cues)
    except OSError:
        return ""


class VideoGuideIndexPage(BasePage):
    """'Video pamācības': every video guide in one list."""

    intro = models.CharField(_("introduction"), max_length=250, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.VideoGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("video guide list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = VideoGuidePage.objects.child_of(self).live().public()
        return context


class VideoCaptionTrack(Orderable):
    page = ParentalKey("cms.VideoGuidePage", related_name="caption_tracks", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=caption_languages)
    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("caption file (WebVTT)"),
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption file")

    def clean(self):
        if self.document_id:
            errors = caption_file_errors(self.document)
            if errors:
                raise ValidationError({"document": errors})


class VideoGuidePageForm(WagtailAdminPageForm):
    """Publishing needs captions, a transcript, a video and steps; a draft needs none of them.

    Wagtail defers required fields when an editor saves a draft
    (`is_deferred_validation`); these checks follow the same rule.
    """

    def _tracks(self):
        formset = self.formsets.get("caption_tracks")
        tracks = []
        for form in formset.forms if formset is not None else []:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            if form.cleaned_data.get("document") and form.cleaned_data.get("language"):
                tracks.append((form.cleaned_data["language"], form.cleaned_data["document"]))
        return tracks

    def _draft_transcript(self, tracks):
        locale = self.cleaned_data.get("locale") or getattr(self.instance, "locale", None)
        language = getattr(locale, "language_code", None)
        ordered = sorted(tracks, key=lambda track: track[0] != language)
        return transcript_from_captions(ordered[0][1])

    def clean(self):
        cleaned = super().clean()
        tracks = self._tracks()
        languages = [language for language, _document in tracks]
        for language in sorted({code for code in languages if languages.count(code) > 1}):
            self.add_error(
                None,
                gettext("There are two caption files in %(language)s. Keep one per language.")
                % {"language": dict(caption_languages()).get(language, language)},
            )
        publishing = not self.is_deferred_validation
        transcript = (cleaned.get("transcript") or "").strip()
        if not transcript and tracks:
            draft = self._draft_transcript(tracks)
            if draft:
                cleaned["transcript"] = draft
                if publishing:
                    # Show the draft in the form the editor gets back, with the reason.
                    data = self.data.copy()
                    data["transcript"] = draft
                    self.data = data
                    self.add_error(
                        "transcript",
                        gettext(
                            "We wrote a draft transcript from the captions. Read it, correct it, add what "
                            "the video shows without words, then publish."
                        ),
                    )
        if not publishing:
            return cleaned
        if not tracks:
            self.add_error(
                None,
                gettext(
                    "Add a caption file (WebVTT) before publishing. People who cannot hear the video "
                    "need the captions."
                ),
            )
        if not transcript and not tracks:
            self.add_error(
                "transcript",
                gettext("Write the transcript before publishing: everything said and shown in the video."),
            )
        if not cleaned.get("video") and not cleaned.get("embed_url"):
            self.add_error("video", gettext("Choose a video file, or give a YouTube or Vimeo address."))
        if not cleaned.get("chapters"):
            self.add_error(
                "chapters", gettext("Add at least one step, so people can follow without the video.")
            )
        return cleaned


class VideoGuidePage(RoutablePageMixin, BasePage):
    """A video that shows how to do one task, for the QR code on a leaflet."""

    intro = models.CharField(
        _("introduction"), max_length=250, blank=True, help_text=_("What the video shows, in one sentence.")
    )
    video = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("video file"),
        help_text=_("An MP4 or WebM file. Keep it short: one task, a few minutes at most."),
    )
    embed_url = models.URLField(
        _("or a YouTube or Vimeo address"),
        blank=True,
        help_text=_("Only if the video is not uploaded here. It loads only when the visitor asks for it."),
    )
    described_video = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("version with audio description"),
        help_text=_("Optional. The same video with a voice that tells what is shown, for blind viewers."),
    )
    chapters = StreamField(
        ChaptersStreamBlock(),
        blank=True,
        verbose_name=_("steps"),
        help_text=_("Each step as a short instruction, with the time the video shows it."),
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_(
            "Everything that is said, and what the video shows without words. Leave it empty and save a "
            "draft: we write a first version from the captions for you to correct."
        ),
    )

    base_form_class = VideoGuidePageForm
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("video"), FieldPanel("embed_url"), FieldPanel("described_video")],
            heading=_("Video"),
        ),
        InlinePanel("caption_tracks", label=_("Captions, one file per language"), min_num=0),
        FieldPanel("chapters"),
        FieldPanel("transcript"),
    ]
    search_text_fields = ("intro", "chapters", "transcript")
    parent_page_types = ["cms.VideoGuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video guide")

    # --- rules ----------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.video_id and _extension(self.video) not in VIDEO_TYPES:
            errors["video"] = gettext("Choose an MP4 or WebM video file.")
        if self.described_video_id and _extension(self.described_video) not in VIDEO_TYPES:
            errors["described_video"] = gettext("Choose an MP4 or WebM video file.")
        if self.embed_url and parse_embed_url(self.embed_url) is None:
            errors["embed_url"] = gettext("Give a YouTube or Vimeo address, like https://youtu.be/…")
        if self.video_id and self.embed_url:
            errors["embed_url"] = gettext("Use either the uploaded file or the address, not both.")
        if errors:
            raise ValidationError(errors)

    def publish_problems(self) -> list[str]:
        """Why this guide may not be live; [] when it may."""
        problems = []
        if not self.video_id and not self.embed_url:
            problems.append(gettext("A video guide needs a video."))
        if not list(self.caption_tracks.all()):
            problems.append(gettext("A video guide needs captions."))
        if not self.transcript.strip():
            problems.append(gettext("A video guide needs a transcript."))
        return problems

    def save(self, *args, **kwargs):
        # Every way to publish (admin, workflow, schedule, code) ends in a full save
        # of the live row; drafts of live pages only touch bookkeeping fields.
        if self.live and not kwargs.get("update_fields"):
            problems = self.publish_problems()
            if problems:
                raise ValidationError(problems)
        return super().save(*args, **kwargs)

    # --- what the templates show ------------------------------------------------

    @cached_property
    def embed(self):
        return parse_embed_url(self.embed_url) if self.embed_url else None

    def attached_documents(self) -> dict:
        tracks = self.caption_tracks.select_related("document")
        documents = {track.document_id: track.document for track in tracks}
        for document in (self.video, self.described_video):
            if document is not None:
                documents[document.id] = document
        return documents

    def player(self, request=None, described=False) -> dict:
        """Everything the player, the steps and the links need, in one dict."""
        from ..templatetags.cms_tags import language_of

        language = language_of(self.locale_id)
        names = dict(settings.LANGUAGES)
        tracks = list(self.caption_tracks.select_related("document"))
        default = next((t for t in tracks if t.language == language), tracks[0] if tracks else None)
        page_url = self.get_url(request)

        def file_url(document) -> str:
            return page_url + self.reverse_subpage("file", args=[document.id])

        video = self.described_video if described and self.described_video_id else self.video
        video_url = file_url(video) if video is not None else ""
        chapters = []
        for number, block in enumerate(self.chapters, 1):
            seconds = parse_clock(block.value["start"]) or 0
            if video_url:
                href = f"{video_url}#t={seconds}"
            elif self.embed:
                href = self.embed.watch_at(seconds)
            else:
                href = ""
            chapters.append(
                {
                    "number": number,
                    "seconds": seconds,
                    "clock": format_clock(seconds),
                    "title": block.value["title"],
                    "detail": block.value["detail"],
                    "href": href,
                    "embed_src": self.embed.embed_at(seconds) if self.embed and not video_url else "",
                }
            )
        described_url = page_url + self.reverse_subpage("described") if self.described_video_id else ""
        return {
            "dom_id": f"guide-{self.pk or 'preview'}",
            "title": self.title,
            "video_url": video_url,
            "video_type": VIDEO_TYPES.get(_extension(video), "video/mp4") if video is not None else "",
            "video_size": video.get_file_size() if video is not None else None,
            "tracks": [
                {
                    "url": file_url(track.document),
                    "srclang": track.language,
                    "label": names.get(track.language, track.language),
                    "default": track is default,
                }
                for track in tracks
            ],
            "embed": self.embed if not video_url else None,
            "chapters": chapters,
            "described": described,
            "described_url": described_url,
            "page_url": page_url,
            "print_url": page_url + self.reverse_subpage("print"),
        }

    def services(self):
        """Live service pages in this guide's language that show it (or a translation of it)."""
        from .pages import ServicePage

        return (
            ServicePage.objects.live()
            .filter(locale_id=self.locale_id, video_guide__translation_key=self.translation_key)
            .order_by("title")
        )

    # --- routes ---------------------------------------------------------------

    def route(self, request, path_components):
        if path_components[:1] == ["faili"]:
            # Video bytes are streamed, ranged and large: never in the page cache.
            self.cache_anonymous = False
        return super().route(request, path_components)

    @path("")
    def guide(self, request):
        return self.render(request, context_overrides={"player": self.player(request)})

    @path("audio-apraksts/", name="described")
    def described(self, request):
        if not self.described_video_id:
            raise Http404("This guide has no audio-described version.")
        return self.render(request, context_overrides={"player": self.player(request, described=True)})

    @path("drukat/", name="print")
    def print_steps(self, request):
        return self.render(
            request, template="cms/video_guide_print.html", context_overrides={"player": self.player(request)}
        )

    @path("faili/<int:document_id>/", name="file")
    def file(self, request, document_id):
        document = self.attached_documents().get(document_id)
        if document is None:
            raise Http404("Not a file of this guide.")
        # The same checks Wagtail's own document view makes (private collections, other apps).
        for hook in hooks.get_hooks("before_serve_document"):
            result = hook(document, request)
            if isinstance(result, HttpResponse):
                return result
        extension = _extension(document)
        content_type = CAPTION_TYPE if extension == "vtt" else VIDEO_TYPES.get(extension)
        if content_type is None:
            raise Http404("Not a video or caption file.")
        size = document.get_file_size()
        if size is None:
            raise Http404("The file is missing.")
        return serve_with_ranges(
            request,
            lambda: document.file.storage.open(document.file.name, "rb"),
            size,
            content_type,
            etag=document.file_hash or f"{document.id}-{size}",
            last_modified=document.created_at.timestamp(),
            filename=document.filename,
        )
