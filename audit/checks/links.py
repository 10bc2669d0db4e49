"""Links: vague link text (lv, en, ru), new windows without warning, document
links without format and size, one text leading to different places, and broken
links to pages of the same site."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from ..discover import document_type, normalise_url
from ..results import Finding
from . import Check, PageContext, finding, load_js

#: Link texts that say nothing about the target, per language (lower case, no punctuation).
VAGUE_TEXTS: dict[str, frozenset[str]] = {
    "lv": frozenset({
        "šeit", "te", "spied šeit", "spiediet šeit", "spied te", "klikšķini šeit",
        "klikšķiniet šeit", "noklikšķiniet šeit", "lasīt vairāk", "lasi vairāk", "vairāk",
        "uzzināt vairāk", "uzzini vairāk", "sīkāk", "sīkāka informācija", "saite", "šī saite",
        "atvērt", "skatīt", "turpināt", "turpinājums", "lejupielādēt", "informācija",
    }),
    "en": frozenset({
        "here", "click here", "click", "read more", "more", "learn more", "more info",
        "more information", "link", "this link", "this page", "details", "continue",
        "go", "open", "download", "view", "see more", "info",
    }),
    "ru": frozenset({
        "здесь", "тут", "нажмите здесь", "нажмите тут", "кликните здесь", "подробнее",
        "читать далее", "читать больше", "далее", "ещё", "еще", "больше", "ссылка",
        "по ссылке", "узнать больше", "скачать", "открыть", "смотреть",
    }),
}
_ALL_VAGUE = frozenset().union(*VAGUE_TEXTS.values())

#: Words that warn about a new window or tab.
NEW_WINDOW_WORDS = re.compile(
    r"jaun[āa] (log|cilne)|atver(as|sies) jaun|new (window|tab)|opens in|"
    r"нов(ом|ое|ой) (окн|вкладк)|открывается в",
    re.IGNORECASE,
)
_SIZE = re.compile(r"\d+([.,]\d+)?\s*(kb|mb|gb|kib|mib|baiti|кб|мб)\b", re.IGNORECASE)

SCRIPT = load_js("links.js")


def clean_text(text: str) -> str:
    text = re.sub(r"[\s\u00a0]+", " ", text.lower())
    return text.strip(" .,:;!?…»«>→-–—\"'()[]")


def without_fragment(url: str) -> str:
    return url.split("#", 1)[0]


class LinkChecks(Check):
    family = "links"
    script = SCRIPT

    def evaluate(self, data: Any, ctx: PageContext) -> list[Finding]:
        if not isinstance(data, list):
            return []
        out: list[Finding] = []
        targets: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        page = without_fragment(ctx.final_url)
        for link in data:
            href = link.get("href") or ""
            scheme = urlsplit(href).scheme
            if scheme not in ("http", "https"):
                continue
            name = clean_text(link.get("name", ""))
            full_name = f"{link.get('name', '')} {link.get('title', '')}"
            if name in _ALL_VAGUE:
                out.append(finding("er-link-vague", link["selector"], link["snippet"],
                                   f"Link text \"{link['name']}\" does not say where it leads."))
            if link.get("target") == "_blank" and not NEW_WINDOW_WORDS.search(full_name):
                out.append(finding("er-link-new-window", link["selector"], link["snippet"],
                                   "Link opens a new window or tab; say so in the link text."))
            doc = document_type(href)
            if doc:
                has_format = re.search(rf"\b{doc}\b", full_name, re.IGNORECASE) is not None
                has_size = _SIZE.search(full_name) is not None
                if not (has_format and has_size):
                    missing = " and ".join(
                        w for w, ok in (("format", has_format), ("size", has_size)) if not ok
                    )
                    out.append(finding(
                        "er-link-document-format", link["selector"], link["snippet"],
                        f"Link to a {doc} document does not give its {missing} "
                        f"(for example \"… ({doc}, 240 KB)\")."))
            target = without_fragment(normalise_url(href) or href)
            if name and target != page and link.get("visible"):
                targets[name].setdefault(target, link)
            status = ctx.link_status.get(normalise_url(href) or "")
            if status is not None and status.broken:
                code = status.status if status.status is not None else status.error
                out.append(finding("er-link-broken", link["selector"], link["snippet"],
                                   f"Link target {target} answers {code}."))
        for name, by_target in targets.items():
            if len(by_target) > 1 and name not in _ALL_VAGUE:
                links = list(by_target.values())
                others = ", ".join(list(by_target)[1:3])
                out.append(finding(
                    "er-link-same-text", links[1]["selector"], links[1]["snippet"],
                    f"\"{links[1]['name']}\" leads to {len(by_target)} different places "
                    f"({list(by_target)[0]}, {others})."))
        return out
