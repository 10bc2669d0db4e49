from .pages import (
    BasePage,
    EasyReadIndexPage,
    HelpPage,
    HelpPageContactPoint,
    HomePage,
    SearchPage,
    ServiceIndexPage,
    ServicePage,
    ServicePageContactPoint,
    ServicePageRelated,
    StandardPage,
)
from .site_settings import SiteSettings
from .snippets import Audience, ContactPoint, Topic
from .video import VideoCaptionTrack, VideoGuideIndexPage, VideoGuidePage

__all__ = [
    "Audience",
    "BasePage",
    "ContactPoint",
    "EasyReadIndexPage",
    "HelpPage",
    "HelpPageContactPoint",
    "HomePage",
    "SearchPage",
    "ServiceIndexPage",
    "ServicePage",
    "ServicePageContactPoint",
    "ServicePageRelated",
    "SiteSettings",
    "StandardPage",
    "Topic",
    "VideoCaptionTrack",
    "VideoGuideIndexPage",
    "VideoGuidePage",
]
