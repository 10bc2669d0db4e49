from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLanguagesSitemap(Sitemap):
    """Every live public page of the default site, in every language."""

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").specific()

    def location(self, item):
        return item.get_full_url(self.request)

    def lastmod(self, item):
        return item.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        # Locations are already absolute; skip Django's domain handling.
        urls = []
        for item in self.paginator.page(page).object_list:
            urls.append({"item": item, "location": self.location(item), "lastmod": self.lastmod(item)})
        return urls
