"""Downloads of the infographics on a page, as PNG and PDF.

A page that shows infographics mixes this in. Downloads are addressed by the
page and the infographic's content fingerprint (`?infographic=<fp>&format=png`),
so a changed infographic gets a new address and no stale picture is served.
"""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext

from .. import infographic_export as export
from ..blocks import InfographicBlock, phone_href
from ..infographics import Labels, render_svg, svg_size, text_equivalent

CONTENT_TYPES = {"png": "image/png", "pdf": "application/pdf"}


class InfographicDownloadsMixin:
    #: StreamFields of the page whose blocks may be infographics.
    infographic_fields: tuple[str, ...] = ("infographics",)

    def get_infographic_fields(self) -> tuple[str, ...]:
        return self.infographic_fields

    def infographic_download_url(self, fingerprint: str, fmt: str, request=None) -> str:
        return f"{self.get_url(request)}?{urlencode({'infographic': fingerprint, 'format': fmt})}"

    def find_infographic(self, fingerprint: str):
        for name in self.get_infographic_fields():
            for child in getattr(self, name, None) or ():
                if child.block_type == "infographic":
                    info = InfographicBlock.infographic(child.value)
                    if info.fingerprint() == fingerprint:
                        return info
        return None

    def serve(self, request, *args, **kwargs):
        if "infographic" in request.GET:
            return self.serve_infographic(request)
        return super().serve(request, *args, **kwargs)

    def serve_infographic(self, request):
        fmt = request.GET.get("format", "png")
        info = self.find_infographic(request.GET.get("infographic", ""))
        if info is None or fmt not in CONTENT_TYPES:
            raise Http404("No such infographic on this page.")
        labels = Labels(step=gettext("Step %(number)s"))
        svg = render_svg(info, "wide", labels)
        try:
            if fmt == "png":
                width, height = svg_size(svg)
                alt = text_equivalent(info, labels)
                data = export.stored(
                    svg, "png", lambda: export.png_from_svg(svg, width, height, info.title, alt)
                )
            else:
                html = render_to_string(
                    "cms/infographic_print.html",
                    {
                        "title": info.title,
                        "layout": info.layout,
                        "svg": svg,
                        "lines": [
                            {"figure": i.figure, "sentence": i.sentence, "tel": phone_href(i.figure)}
                            for i in info.items
                        ],
                        "font_faces": export.font_face_css(),
                        "page_url": self.get_full_url(request),
                    },
                    request=request,
                )
                data = export.stored(html, "pdf", lambda: export.pdf_from_html(html))
        except export.ExportUnavailable:
            return render(request, "cms/infographic_unavailable.html", {"page": self}, status=503)
        response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
        filename = slugify(info.title) or "infografika"
        response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
        return response
