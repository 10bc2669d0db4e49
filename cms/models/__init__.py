from .feedback import FeedbackComment, FeedbackMonthly
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
from .statement import AccessibilityStatementPage
from .video import VideoCaptionTrack, VideoGuideIndexPage, VideoGuidePage

__all__ = [
    "AccessibilityStatementPage",
    "Audience",
    "BasePage",
    "ContactPoint",
    "EasyReadIndexPage",
    "FeedbackComment",
    "FeedbackMonthly",
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
