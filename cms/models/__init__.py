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
]
