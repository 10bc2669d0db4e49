"""Video guides: publishing rules, the editor's form, chapters, range requests, service pages."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from cms.byteranges import RangeNotSatisfiable, parse_range
from cms.chapters import format_clock, order_errors, parse_clock
from cms.models import HomePage, ServicePage, VideoCaptionTrack, VideoGuideIndexPage, VideoGuidePage
from cms.video_embed import parse_embed_url
from tests.cms.factories import make_home, make_index, make_service

CAPTIONS = (
    "WEBVTT\n\n00:00.400 --> 00:03.000\n<v Anna>Atveriet portālu Latvija.gov.lv.\n\n"
    "00:09.400 --> 00:12.000\nPieslēdzieties ar internetbanku.\n"
)
VIDEO_BYTES = bytes(range(256)) * 40  # 10 240 bytes; the content does not matter to HTTP


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def document(name, content):
    Document = get_document_model()
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    doc.get_file_size()
    return doc


def make_guide_index(home=None):
    index = VideoGuideIndexPage(title="Video pamācības", slug="video")
    (home or make_home()).add_child(instance=index)
    return index


def make_guide(index, slug="deklaresana", tracks=True, publish=True, **fields):
    values = {
        "title": "Kā deklarēt dzīvesvietu",
        "slug": slug,
        "video": document("guide.mp4", VIDEO_BYTES),
        "chapters": [
            ("chapter", {"start": "0:00", "title": "Atveriet portālu.", "detail": ""}),
            ("chapter", {"start": "0:09", "title": "Pieslēdzieties.", "detail": "Ar internetbanku."}),
        ],
        "transcript": "Diktors: Atveriet portālu Latvija.gov.lv.",
        "live": publish,
    }
    values.update(fields)
    page = VideoGuidePage(**values)
    if tracks:
        captions = document("lv.vtt", CAPTIONS.encode())
        page.caption_tracks = [VideoCaptionTrack(language="lv", document=captions)]
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


# --- pure helpers -------------------------------------------------------------


def test_chapter_clock_times():
    assert parse_clock("1:05") == 65
    assert parse_clock("0:09") == 9
    assert parse_clock("1:02:03") == 3723
    assert parse_clock("1:60") is None
    assert parse_clock("65") is None
    assert parse_clock("1:02:60") is None
    assert format_clock(65) == "1:05"
    assert format_clock(3723) == "1:02:03"


def test_chapters_must_move_forward():
    assert order_errors([0, 9, 9, 5, 20]) == {
        2: {"start": "0:09", "previous": "0:09"},
        3: {"start": "0:05", "previous": "0:09"},
    }
    assert order_errors([0, None, 10]) == {}


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [
        (None, 1000, None),
        ("bytes=0-99", 1000, (0, 99)),
        ("bytes=500-", 1000, (500, 999)),
        ("bytes=-100", 1000, (900, 999)),
        ("bytes=-5000", 1000, (0, 999)),
        ("bytes=900-5000", 1000, (900, 999)),
        ("bytes=5-1", 1000, None),  # invalid: ignored
        ("items=0-1", 1000, None),
        ("bytes=0-1,5-9", 1000, None),  # several ranges: the whole file
        ("bytes=abc", 1000, None),
    ],
)
def test_parse_range(header, size, expected):
    assert parse_range(header, size) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=2000-3000", "bytes=-0"])
def test_range_beyond_the_end_is_not_satisfiable(header):
    with pytest.raises(RangeNotSatisfiable):
        parse_range(header, 1000)


@pytest.mark.parametrize(
    ("url", "platform", "video_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "YouTube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "YouTube", "dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "YouTube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "Vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "Vimeo", "76979871"),
    ],
)
def test_embed_addresses_are_recognised(url, platform, video_id):
    embed = parse_embed_url(url)
    assert (embed.platform, embed.video_id) == (platform, video_id)


def test_embeds_use_the_no_cookie_player_and_time_links():
    youtube = parse_embed_url("https://youtu.be/dQw4w9WgXcQ")
    assert youtube.embed_url == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"
    assert youtube.watch_at(65) == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s"
    vimeo = parse_embed_url("https://vimeo.com/76979871")
    assert vimeo.embed_url == "https://player.vimeo.com/video/76979871?dnt=1"
    assert vimeo.embed_at(9) == "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=9s"
    for bad in ("https://example.com/video.mp4", "ftp://youtu.be/dQw4w9WgXcQ", "https://youtu.be/short", ""):
        assert parse_embed_url(bad) is None


# --- publishing rules -----------------------------------------------------------


@pytest.mark.django_db
def test_a_guide_without_captions_cannot_be_published():
    page = make_guide(make_guide_index(), tracks=False, publish=False)
    with translation.override("en"), pytest.raises(ValidationError, match="needs captions"):
        page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live


@pytest.mark.django_db
def test_a_guide_without_a_transcript_cannot_be_published():
    page = make_guide(make_guide_index(), transcript="  ", publish=False)
    with translation.override("en"), pytest.raises(ValidationError, match="needs a transcript"):
        page.save_revision().publish()
    assert not VideoGuidePage.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_a_complete_guide_publishes_and_a_draft_may_be_incomplete():
    index = make_guide_index()
    draft = make_guide(index, slug="melnraksts", tracks=False, transcript="", publish=False)
    draft.save_revision()  # saving a draft is always allowed
    page = make_guide(index)
    assert VideoGuidePage.objects.get(pk=page.pk).live
    assert not VideoGuidePage.objects.get(pk=draft.pk).live


@pytest.mark.django_db
def test_a_guide_needs_a_video_file_or_a_platform_address():
    index = make_guide_index()
    page = make_guide(index, video=None, publish=False)
    with translation.override("en"), pytest.raises(ValidationError, match="needs a video"):
        page.save_revision().publish()
    page = VideoGuidePage.objects.get(pk=page.pk)
    page.embed_url = "https://youtu.be/dQw4w9WgXcQ"
    page.save_revision().publish()
    assert VideoGuidePage.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_model_validation_rejects_wrong_files_and_unknown_platforms():
    index = make_guide_index()
    page = make_guide(index, publish=False)
    page.video = document("notes.txt", b"not a video")
    page.embed_url = "https://example.com/film"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert set(error.value.message_dict) == {"video", "embed_url"}


@pytest.mark.django_db
def test_a_broken_caption_file_is_refused_with_its_line():
    text = "WEBVTT\n\n00:00.000 --> 00:02.000\nLabi\n\n00:01.000 --> 00:03.000\nPārklājas\n"
    bad = document("bad.vtt", text.encode())
    track = VideoCaptionTrack(language="lv", document=bad)
    with pytest.raises(ValidationError) as error:
        track.clean()
    [message] = error.value.message_dict["document"]
    assert message.startswith("6. rindā: ")  # in the editor's language, Latvian by default
    assert "00:02.000" in message


class VideoGuideAdminTests(WagtailPageTestCase):
    def setUp(self):
        user = self.login()
        # Messages are asserted in English; editors get them in their own admin language.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        self.index = make_guide_index()
        self.video = document("guide.mp4", VIDEO_BYTES)
        self.captions = document("lv.vtt", CAPTIONS.encode())

    def form(self, tracks=True, **overrides):
        data = {
            "title": "Kā pieteikties",
            "slug": "ka-pieteikties",
            "intro": "",
            "video": self.video.pk,
            "embed_url": "",
            "described_video": "",
            "caption_tracks": inline_formset(
                [{"language": "lv", "document": self.captions.pk}] if tracks else []
            ),
            "chapters": streamfield([("chapter", {"start": "0:00", "title": "Zvaniet.", "detail": ""})]),
            "transcript": "Diktors: Zvaniet mums.",
        }
        data.update(overrides)
        return nested_form_data(data)

    def post(self, data, publish):
        url = reverse("wagtailadmin_pages:add", args=["cms", "videoguidepage", self.index.pk])
        if publish:
            data["action-publish"] = "action-publish"
        return self.client.post(url, data)

    def test_editor_publishes_a_complete_guide(self):
        self.assertCanCreate(self.index, VideoGuidePage, self.form())
        page = VideoGuidePage.objects.get(slug="ka-pieteikties")
        assert page.live
        assert [t.language for t in page.caption_tracks.all()] == ["lv"]

    def test_publishing_without_captions_is_refused_with_a_reason(self):
        response = self.post(self.form(tracks=False), publish=True)
        assert response.status_code == 200
        assert not VideoGuidePage.objects.filter(slug="ka-pieteikties").exists()
        errors = response.context["form"].non_field_errors()
        assert any("WebVTT" in str(e) for e in errors), errors

    def test_publishing_without_transcript_fills_a_draft_and_asks_to_check_it(self):
        response = self.post(self.form(transcript=""), publish=True)
        assert not VideoGuidePage.objects.filter(slug="ka-pieteikties").exists()
        form = response.context["form"]
        assert "transcript" in form.errors
        # The editor gets the draft in the field, ready to correct.
        assert form["transcript"].value() == (
            "Anna: Atveriet portālu Latvija.gov.lv.\n\nPieslēdzieties ar internetbanku."
        )

    def test_saving_a_draft_writes_the_transcript_from_the_captions(self):
        response = self.post(self.form(transcript=""), publish=False)
        assert response.status_code == 302
        page = VideoGuidePage.objects.get(slug="ka-pieteikties")
        assert not page.live
        draft = page.get_latest_revision_as_object()
        assert draft.transcript.startswith("Anna: Atveriet portālu")

    def test_a_draft_may_have_no_captions_yet(self):
        response = self.post(self.form(tracks=False, transcript="", chapters=streamfield([])), publish=False)
        assert response.status_code == 302
        assert VideoGuidePage.objects.filter(slug="ka-pieteikties", live=False).exists()

    def test_two_caption_files_in_one_language_are_refused(self):
        other = document("lv2.vtt", CAPTIONS.encode())
        tracks = inline_formset(
            [{"language": "lv", "document": self.captions.pk}, {"language": "lv", "document": other.pk}]
        )
        response = self.post(self.form(caption_tracks=tracks), publish=True)
        assert not VideoGuidePage.objects.filter(slug="ka-pieteikties").exists()
        assert any("two caption files" in str(e) for e in response.context["form"].non_field_errors())

    def test_a_malformed_caption_file_is_reported_on_its_row_with_the_line(self):
        bad = document("bad.vtt", b"WEBVTT\n\n00:05.000 --> 00:01.000\nAtpakal\n")
        tracks = inline_formset([{"language": "lv", "document": bad.pk}])
        response = self.post(self.form(caption_tracks=tracks), publish=False)
        assert response.status_code == 200
        errors = response.context["form"].formsets["caption_tracks"].forms[0].errors["document"]
        assert errors == ["Line 3: This caption ends (00:01.000) before or when it starts (00:05.000)."]

    def test_steps_out_of_order_are_refused(self):
        chapters = streamfield(
            [
                ("chapter", {"start": "0:20", "title": "Otrais.", "detail": ""}),
                ("chapter", {"start": "0:10", "title": "Pirmais.", "detail": ""}),
            ]
        )
        response = self.post(self.form(chapters=chapters), publish=True)
        assert not VideoGuidePage.objects.filter(slug="ka-pieteikties").exists()
        assert "chapters" in response.context["form"].errors

    def test_guide_pages_live_under_the_guide_list(self):
        self.assertAllowedParentPageTypes(VideoGuidePage, {VideoGuideIndexPage})
        self.assertAllowedParentPageTypes(VideoGuideIndexPage, {HomePage})

    def test_the_qr_page_action_works_for_a_guide(self):
        page = make_guide(self.index, slug="ar-qr")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        qr_url = reverse("qr_admin:page", args=[page.pk])
        assert qr_url in response.content.decode()
        assert self.client.get(qr_url).status_code == 200


# --- what residents get ------------------------------------------------------------


@pytest.mark.django_db
def test_guide_page_has_player_captions_steps_and_transcript(client):
    page = make_guide(make_guide_index())
    html = client.get(page.url).content.decode()
    video_url = page.url + f"faili/{page.video_id}/"
    track = page.caption_tracks.get()
    assert f'<source src="{video_url}" type="video/mp4">' in html
    track_src = f"{page.url}faili/{track.document_id}/"
    assert f'<track kind="captions" src="{track_src}" srclang="lv" label="Latviešu" default>' in html
    assert "autoplay" not in html
    # Each step jumps the video there: a #t= media fragment without JavaScript, data-seek with it.
    assert f'href="{video_url}#t=9" data-seek="9"' in html
    assert f'href="{video_url}#t=0" data-seek="0"' in html
    # The steps read as an instruction list in order, and the transcript is on the page.
    assert html.index("Atveriet portālu.") < html.index("Pieslēdzieties.")
    assert '<ol class="steps chapters">' in html
    assert "Diktors: Atveriet portālu Latvija.gov.lv." in html
    # The big buttons stay hidden until the script shows them.
    assert 'class="video-controls no-print" hidden' in html


@pytest.mark.django_db
def test_printable_steps_and_audio_described_version(client):
    index = make_guide_index()
    plain = make_guide(index)
    described = make_guide(index, slug="ar-aprakstu", described_video=document("ad.mp4", VIDEO_BYTES))
    html = client.get(plain.url + "drukat/").content.decode()
    assert "<video" not in html
    assert "Pieslēdzieties." in html and "Ar internetbanku." in html
    assert client.get(plain.url + "audio-apraksts/").status_code == 404
    assert "audio-apraksts/" not in client.get(plain.url).content.decode()
    html = client.get(described.url + "audio-apraksts/").content.decode()
    assert f'<source src="{described.url}faili/{described.described_video_id}/"' in html


@pytest.mark.django_db
def test_embedded_video_waits_behind_a_link_that_says_what_loads(client):
    page = make_guide(make_guide_index(), video=None, embed_url="https://youtu.be/dQw4w9WgXcQ")
    html = client.get(page.url).content.decode()
    assert "<iframe" not in html  # nothing from the platform loads by itself
    # The placeholder names the platform twice: where the video is, and who may store data.
    notice = html[html.index('<div class="embed-placeholder">') :]
    assert notice[: notice.index("</p>")].count("YouTube") == 2
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"' in html
    # Step links open the platform at that moment.
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=9s"' in html


# --- range requests ----------------------------------------------------------------


@pytest.fixture
def guide(db):
    return make_guide(make_guide_index())


def media_url(page, document_id):
    return page.url + f"faili/{document_id}/"


def read(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_whole_file_says_it_accepts_ranges(client, guide):
    response = client.get(media_url(guide, guide.video_id))
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert response["Content-Length"] == str(len(VIDEO_BYTES))
    assert read(response) == VIDEO_BYTES


def test_range_request_gets_206_with_the_exact_bytes(client, guide):
    response = client.get(media_url(guide, guide.video_id), HTTP_RANGE="bytes=1000-1999")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 1000-1999/{len(VIDEO_BYTES)}"
    assert response["Content-Length"] == "1000"
    assert read(response) == VIDEO_BYTES[1000:2000]


def test_open_and_suffix_ranges(client, guide):
    size = len(VIDEO_BYTES)
    response = client.get(media_url(guide, guide.video_id), HTTP_RANGE="bytes=10000-")
    assert (response.status_code, read(response)) == (206, VIDEO_BYTES[10000:])
    response = client.get(media_url(guide, guide.video_id), HTTP_RANGE="bytes=-16")
    assert response["Content-Range"] == f"bytes {size - 16}-{size - 1}/{size}"
    assert read(response) == VIDEO_BYTES[-16:]


def test_range_past_the_end_gets_416(client, guide):
    response = client.get(media_url(guide, guide.video_id), HTTP_RANGE="bytes=999999-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(VIDEO_BYTES)}"


def test_stale_if_range_gets_the_whole_file(client, guide):
    url = media_url(guide, guide.video_id)
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=etag).status_code == 206
    response = client.get(url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"something-else"')
    assert response.status_code == 200
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_head_sends_headers_only(client, guide):
    response = client.head(media_url(guide, guide.video_id), HTTP_RANGE="bytes=0-99")
    assert response.status_code == 206
    assert response["Content-Length"] == "100"
    assert read(response) == b""


def test_captions_are_served_as_webvtt(client, guide):
    track = guide.caption_tracks.get()
    response = client.get(media_url(guide, track.document_id))
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert read(response).decode().startswith("WEBVTT")


def test_video_keeps_its_file_name_for_download_links(client, guide):
    response = client.get(media_url(guide, guide.video_id))
    assert response["Content-Disposition"] == f'inline; filename="{guide.video.filename}"'


def test_files_in_a_private_collection_stay_private(client, guide):
    private = Collection.get_first_root_node().add_child(name="Iekšējie")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    guide.video.collection = private
    guide.video.save()
    assert client.get(media_url(guide, guide.video_id)).status_code == 302  # to the login page


def test_only_the_guides_own_files_are_served(client, guide):
    stranger = document("secret.mp4", b"private")
    assert client.get(media_url(guide, stranger.pk)).status_code == 404


def test_ranges_work_with_the_page_cache_on(client, guide, settings):
    """The anonymous page cache must not swallow media: a cached 200 would answer every Range."""
    settings.CMS_PAGE_CACHE_SECONDS = 600
    url = media_url(guide, guide.video_id)
    assert read(client.get(url)) == VIDEO_BYTES
    response = client.get(url, HTTP_RANGE="bytes=0-9")
    assert response.status_code == 206
    assert read(response) == VIDEO_BYTES[:10]
    assert client.get(guide.url).status_code == 200
    assert client.get(guide.url)["X-Page-Cache"] == "hit"  # the page itself is still cached


# --- the service page shows its guide -------------------------------------------------


@pytest.mark.django_db
def test_service_page_shows_its_video_guide_after_how_to_apply(client):
    home = make_home()
    guide = make_guide(make_guide_index(home))
    service = make_service(make_index(home), video_guide=guide)
    html = client.get(service.url).content.decode()
    assert html.index('id="apply-title"') < html.index('id="video-title"')
    assert f'<source src="{guide.url}faili/{guide.video_id}/"' in html
    assert f'href="{guide.url}#steps"' in html
    assert "video-guide.js" in html
    # And the guide links back to the service.
    assert service.title in client.get(guide.url).content.decode()


@pytest.mark.django_db
def test_a_private_guide_does_not_show_on_a_public_service_page(client):
    home = make_home()
    guide = make_guide(make_guide_index(home))
    service = make_service(make_index(home), video_guide=guide)
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(service.url).content.decode()
    assert 'id="video-title"' not in html
    assert client.get(media_url(guide, guide.video_id)).status_code == 302  # to the login page


@pytest.mark.django_db
def test_service_page_queries_stay_low_with_and_without_a_guide(client):
    home = make_home()
    index = make_index(home)
    guide = make_guide(make_guide_index(home))
    without = make_service(index, slug="bez-video")
    with_guide = make_service(index, slug="ar-video", video_guide=guide)
    client.get(without.url)  # warm per-process caches (locales, site root paths)
    with CaptureQueriesContext(connection) as plain:
        assert client.get(without.url).status_code == 200
    with CaptureQueriesContext(connection) as video:
        assert client.get(with_guide.url).status_code == 200
    assert not any("cms_videoguidepage" in q["sql"] for q in plain.captured_queries)
    assert len(plain) <= 15
    assert len(video) <= len(plain) + 3


@pytest.mark.django_db
def test_demo_has_three_captioned_guides_linked_from_services(client, demo_site):
    guides = VideoGuidePage.objects.live().filter(locale__language_code="lv")
    assert guides.count() >= 3
    for guide in guides:
        assert guide.caption_tracks.filter(language="lv").exists()
        assert guide.transcript and len(guide.chapters) >= 3
        assert ServicePage.objects.filter(video_guide=guide, locale__language_code="lv").exists()
        assert guide.video.get_file_size() < 300 * 1024
    assert Page.objects.filter(slug="video-pamacibas", depth=3).count() == 3
    # A translated service shows the guide in its own language, with its subtitles on.
    service = ServicePage.objects.get(slug="apkures-kompensacija", locale__language_code="en")
    english_guide = VideoGuidePage.objects.get(slug="apkures-kompensacija-video", locale__language_code="en")
    html = client.get(service.url).content.decode()
    assert f'href="{english_guide.url}#steps"' in html
    assert 'srclang="en" label="English" default' in html
