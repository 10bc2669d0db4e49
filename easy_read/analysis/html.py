"""Rich-text HTML -> the text an editor sees, with a map back to the source.

Block elements (paragraphs, headings, list items, table cells) become blank
lines, ``<br>`` a line break; runs of whitespace collapse to one space as in a
browser; entities are decoded; ``script``, ``style`` and ``template`` contents
are dropped. Every character of the visible text maps back to the span of the
source it came from, so a finding can be shown in the editor or in the HTML.

The scanner is a single left-to-right pass with ``str.find``; it never
backtracks, so malformed or huge input costs linear time.
"""

from __future__ import annotations

import html as _html
import re
from bisect import bisect_right
from dataclasses import dataclass, field

_BLOCK = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul option legend".split()
)
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
_ITALIC = frozenset({"i", "em", "cite", "var", "dfn"})
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]{0,30})((?:[^>\"']|\"[^\"]{0,4000}\"|'[^']{0,4000}'){0,4000})/?>"
)
_JUSTIFY = re.compile(r"text-align\s*:\s*justify|align\s*=\s*[\"']?justify", re.I)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
# Whitespace a browser collapses: runs, and any tab, newline or zero-width space.
# Single spaces stay inside verbatim segments, so a paragraph maps in one piece.
_COLLAPSE = re.compile(r"[ \t\n\r\f\u200b]{2,}|[\t\n\r\f\u200b]")


@dataclass(slots=True)
class VisibleText:
    """Visible text plus the map from its offsets to offsets in the source HTML."""

    text: str
    source: str
    #: Segment starts in ``text`` and the matching source spans. Within a segment
    #: marked verbatim, offsets shift one to one.
    _t_starts: list[int] = field(default_factory=list)
    _s_starts: list[int] = field(default_factory=list)
    _s_ends: list[int] = field(default_factory=list)
    _verbatim: list[bool] = field(default_factory=list)
    italic: list[tuple[int, int]] = field(default_factory=list)
    justified: list[tuple[int, int]] = field(default_factory=list)

    def source_offset(self, offset: int, *, end: bool = False) -> int:
        """The source offset of visible offset ``offset`` (an end offset if ``end``)."""
        if not self._t_starts:
            return 0 if not end else len(self.source)
        probe = offset - 1 if end and offset > 0 else offset
        i = max(bisect_right(self._t_starts, probe) - 1, 0)
        if self._verbatim[i]:
            mapped = self._s_starts[i] + (probe - self._t_starts[i])
            return min(mapped + (1 if end and offset > 0 else 0), len(self.source))
        return self._s_ends[i] if end else self._s_starts[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        s = self.source_offset(start)
        e = self.source_offset(end, end=True) if end > start else s
        return s, max(s, e)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.t_starts: list[int] = []
        self.s_starts: list[int] = []
        self.s_ends: list[int] = []
        self.verbatim: list[bool] = []
        self.pending_space = -1  # source offset of a collapsed whitespace run
        self.pending_space_end = -1
        self.pending_break = ""
        self.break_at = 0

    def _emit(self, text: str, s_start: int, s_end: int, verbatim: bool) -> None:
        self.t_starts.append(self.length)
        self.s_starts.append(s_start)
        self.s_ends.append(s_end)
        self.verbatim.append(verbatim)
        self.parts.append(text)
        self.length += len(text)

    def block_break(self, at: int, kind: str) -> None:
        if self.length == 0:
            return
        if kind == "\n\n" or not self.pending_break:
            self.pending_break = kind
            self.break_at = at
        self.pending_space = -1

    def space(self, s_start: int, s_end: int) -> None:
        if self.length and not self.pending_break and self.pending_space < 0:
            self.pending_space, self.pending_space_end = s_start, s_end

    def text(self, chunk: str, s_start: int, verbatim: bool = True, s_end: int | None = None) -> None:
        if self.pending_break:
            self._emit(self.pending_break, self.break_at, self.break_at, False)
            self.pending_break = ""
            self.pending_space = -1
        elif self.pending_space >= 0:
            self._emit(" ", self.pending_space, self.pending_space_end, False)
            self.pending_space = -1
        end = s_end if s_end is not None else s_start + len(chunk)
        self._emit(chunk, s_start, end, verbatim)


def html_to_text(source: str) -> VisibleText:
    """Convert HTML to visible text and an offset map."""
    b = _Builder(source)
    n = len(source)
    pos = 0
    skip_depth = 0
    skip_tag = ""
    italic_open: list[int] = []
    italic: list[tuple[int, int]] = []
    justify_stack: list[tuple[str, int]] = []
    justified: list[tuple[int, int]] = []
    no_gt_after = n + 1  # no ">" at or after this offset: "<" is plain text there
    while pos < n:
        lt = source.find("<", pos)
        amp = source.find("&", pos, lt if lt >= 0 else n)
        stop = lt if lt >= 0 else n
        if amp >= 0:
            stop = amp
        if stop > pos and not skip_depth:
            _add_text(b, source, pos, stop)
        pos = stop
        if pos >= n:
            break
        if source[pos] == "&":
            m = _ENTITY.match(source, pos)
            if m:
                decoded = _html.unescape(m.group())
                if not skip_depth:
                    if decoded.isspace():
                        b.space(pos, m.end())
                    else:
                        b.text(decoded, pos, verbatim=False, s_end=m.end())
                pos = m.end()
            else:
                if not skip_depth:
                    b.text("&", pos)
                pos += 1
            continue
        # A "<".
        if source.startswith("<!--", pos):
            close = source.find("-->", pos + 4)
            pos = n if close < 0 else close + 3
            continue
        m = _TAG.match(source, pos) if pos < no_gt_after else None
        if m is None:
            if source.find(">", pos) < 0:
                no_gt_after = pos
            if source.startswith("<!", pos) or source.startswith("<?", pos):
                gt = source.find(">", pos)
                pos = n if gt < 0 else gt + 1
                continue
            if not skip_depth:
                b.text("<", pos)
            pos += 1
            continue
        closing, name, attrs = m.group(1) == "/", m.group(2).lower(), m.group(3)
        tag_start, pos = m.start(), m.end()
        if skip_depth:
            if closing and name == skip_tag:
                skip_depth -= 1
            elif not closing and name == skip_tag:
                skip_depth += 1
            continue
        if name in _SKIP and not closing:
            skip_depth, skip_tag = 1, name
            continue
        if name == "br":
            b.block_break(tag_start, "\n")
        elif name in _BLOCK:
            b.block_break(tag_start, "\n\n")
        if name in _ITALIC:
            if closing and italic_open:
                italic.append((italic_open.pop(), b.length))
            elif not closing:
                italic_open.append(b.length + (len(b.pending_break) if b.pending_break else 0))
        if not closing and name not in _VOID and attrs and _JUSTIFY.search(attrs):
            justify_stack.append((name, b.length))
        elif closing and justify_stack and justify_stack[-1][0] == name:
            _, start = justify_stack.pop()
            justified.append((start, b.length))
    text = "".join(b.parts)
    end = len(text)
    italic.extend((s, end) for s in italic_open)
    justified.extend((s, end) for _, s in justify_stack)
    return VisibleText(
        text=text,
        source=source,
        _t_starts=b.t_starts,
        _s_starts=b.s_starts,
        _s_ends=b.s_ends,
        _verbatim=b.verbatim,
        italic=_clean_ranges(text, italic),
        justified=_clean_ranges(text, justified),
    )


def _add_text(b: _Builder, source: str, start: int, end: int) -> None:
    """Add a text node, collapsing whitespace runs to single spaces."""
    pos = start
    for m in _COLLAPSE.finditer(source, start, end):
        if m.start() > pos:
            _add_chunk(b, source, pos, m.start())
        b.space(m.start(), m.end())
        pos = m.end()
    if pos < end:
        _add_chunk(b, source, pos, end)


def _add_chunk(b: _Builder, source: str, start: int, end: int) -> None:
    """Text whose only whitespace is single spaces: one verbatim segment."""
    if source[start] == " ":
        b.space(start, start + 1)
        start += 1
    trailing = end > start and source[end - 1] == " "
    if trailing:
        end -= 1
    if end > start:
        b.text(source[start:end], start)
    if trailing:
        b.space(end, end + 1)


def _clean_ranges(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
