"""WebVTT caption files: validate, parse, and turn cues into a draft transcript.

Pure Python, no Django. Every problem names the line it was found on, because
the person fixing it is an editor with the file open in a text editor, not a
developer reading a stack trace.

Messages are English templates with %(name)s placeholders, marked with
`gettext_noop` so `makemessages` collects them; the Django side translates
them with `gettext(error.template) % error.params`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Mark a message for translation without translating it here."""
    return message


#: Stop after this many errors: a file with 200 bad lines needs one fix, not 200 messages.
MAX_ERRORS = 20

_TIMESTAMP = re.compile(r"^(?:(?P<h>\d{2,}):)?(?P<m>\d{2}):(?P<s>\d{2})\.(?P<ms>\d{3})$")
_TIMING = re.compile(r"^(?P<start>\S+)[ \t]+-->[ \t]+(?P<end>\S+)(?P<settings>[ \t].*)?$")
# A line that tries to be a timing line but got the arrow wrong ("00:01.000 -> 00:02.000").
_TIMING_ATTEMPT = re.compile(r"^\s*\d[\d:.,]*\s*(?:-->|->|-|–|—)\s*\d[\d:.,]*")
_CUE_SETTINGS = {"vertical", "line", "position", "size", "align", "region"}
_TAG = re.compile(r"<[^>]*>")
_VOICE = re.compile(r"<v(?:\.[^ \t>]*)?[ \t]+([^>]+)>")

MESSAGES = {
    "encoding": gettext_noop(
        "The file is not in UTF-8. Save it again as UTF-8 (in most editors: Save as, Encoding: UTF-8)."
    ),
    "empty": gettext_noop("The file is empty."),
    "header": gettext_noop("The first line must be WEBVTT. It is: “%(found)s”."),
    "header_blank": gettext_noop("Leave an empty line after the WEBVTT header, before the first caption."),
    "timing": gettext_noop(
        "The caption time “%(found)s” is not valid. Write it like 00:01.500 --> 00:04.000."
    ),
    "timestamp": gettext_noop(
        "“%(found)s” is not a valid time. Write minutes:seconds.milliseconds, like 01:05.250."
    ),
    "range": gettext_noop("“%(found)s” is not a valid time: minutes and seconds go up to 59."),
    "end_before_start": gettext_noop("This caption ends (%(end)s) before or when it starts (%(start)s)."),
    "order": gettext_noop(
        "This caption starts (%(start)s) before the caption on line %(other)s (%(other_start)s). "
        "Put the captions in time order."
    ),
    "overlap": gettext_noop(
        "This caption starts (%(start)s) before the caption on line %(other)s ends (%(other_end)s). "
        "Captions must not overlap."
    ),
    "no_text": gettext_noop("The caption that starts on line %(other)s has no text."),
    "stray_text": gettext_noop(
        "“%(found)s” has no caption time before it. Is there an empty line inside a caption? Remove it."
    ),
    "arrow_in_text": gettext_noop("Caption text must not contain “-->”. Is an empty line missing before it?"),
    "setting": gettext_noop("“%(found)s” is not a caption setting WebVTT knows."),
    "no_cues": gettext_noop("The file has no captions. Add at least one caption after the header."),
    "too_many": gettext_noop("There are more errors; fix these first."),
}


@dataclass(frozen=True)
class VTTError:
    """One problem in a caption file, at a 1-based line number."""

    line: int
    code: str
    params: dict[str, str | int] = field(default_factory=dict)

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        """The English message (the Django side translates `template` instead)."""
        return self.template % self.params

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    line: int
    identifier: str = ""


@dataclass
class WebVTT:
    cues: list[Cue]
    errors: list[VTTError]

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_timestamp(text: str) -> float | None:
    """Seconds for a WebVTT timestamp (`mm:ss.ttt` or `hh:mm:ss.ttt`), None if malformed."""
    match = _TIMESTAMP.match(text)
    if not match:
        return None
    minutes, seconds = int(match["m"]), int(match["s"])
    if minutes > 59 or seconds > 59:
        return None
    return int(match["h"] or 0) * 3600 + minutes * 60 + seconds + int(match["ms"]) / 1000


def format_timestamp(seconds: float) -> str:
    """`mm:ss.ttt`, or `h:mm:ss.ttt` past the hour: the form the messages show."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}.{ms:03d}"
    return f"{minutes:02d}:{secs:02d}.{ms:03d}"


def _decode(data: bytes) -> tuple[str | None, VTTError | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, VTTError(line, "encoding")
    return text.removeprefix("\ufeff"), None


def _timestamp_error(line: int, text: str) -> VTTError:
    # Well-formed digits out of range get their own, more useful message.
    return VTTError(line, "range" if _TIMESTAMP.match(text) else "timestamp", {"found": text})


def parse(data: bytes | str) -> WebVTT:
    """Parse and validate a WebVTT file.

    Checks the UTF-8 encoding, the WEBVTT header, every cue timing (format,
    ranges, end after start), that cues come in time order without
    overlapping, that every cue has text, and cue settings. Collects up to
    MAX_ERRORS errors instead of stopping at the first.
    """
    if isinstance(data, bytes):
        text, error = _decode(data)
        if error is not None:
            return WebVTT([], [error])
        assert text is not None
    else:
        text = data.removeprefix("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    errors: list[VTTError] = []
    cues: list[Cue] = []

    if not text.strip():
        return WebVTT([], [VTTError(1, "empty")])
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        errors.append(VTTError(1, "header", {"found": first[:40]}))

    index = 1
    # Header block: optional metadata lines until the first blank line.
    while index < len(lines) and lines[index].strip():
        if "-->" in lines[index]:
            errors.append(VTTError(index + 1, "header_blank"))
            break
        index += 1

    previous: Cue | None = None
    while index < len(lines) and len(errors) < MAX_ERRORS:
        # Skip blank lines between blocks.
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index >= len(lines):
            break
        block_start = index
        block: list[str] = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        if block[0].startswith(("NOTE", "STYLE", "REGION")) and "-->" not in block[0]:
            continue
        cue, cue_errors = _parse_cue(block, block_start + 1)
        errors += cue_errors
        if cue is None:
            continue
        if previous is not None:
            if cue.start < previous.start:
                errors.append(
                    VTTError(
                        cue.line,
                        "order",
                        {
                            "start": format_timestamp(cue.start),
                            "other": previous.line,
                            "other_start": format_timestamp(previous.start),
                        },
                    )
                )
            elif cue.start < previous.end:
                errors.append(
                    VTTError(
                        cue.line,
                        "overlap",
                        {
                            "start": format_timestamp(cue.start),
                            "other": previous.line,
                            "other_end": format_timestamp(previous.end),
                        },
                    )
                )
        cues.append(cue)
        previous = cue

    if len(errors) >= MAX_ERRORS:
        errors = errors[:MAX_ERRORS] + [VTTError(errors[MAX_ERRORS - 1].line, "too_many")]
    elif not cues and not errors:
        errors.append(VTTError(len(lines), "no_cues"))
    return WebVTT(cues, errors)


def _looks_like_timing(line: str) -> bool:
    return "-->" in line or bool(_TIMING_ATTEMPT.match(line))


def _parse_cue(block: list[str], first_line: int) -> tuple[Cue | None, list[VTTError]]:
    """One cue block: optional identifier, timing line, text lines."""
    errors: list[VTTError] = []
    identifier = ""
    timing_offset = 0
    if not _looks_like_timing(block[0]):
        identifier = block[0].strip()
        timing_offset = 1
        if len(block) < 2 or not _looks_like_timing(block[1]):
            # Text without a timing line: most often an empty line inside a caption's text.
            return None, [VTTError(first_line, "stray_text", {"found": block[0].strip()[:60]})]
    timing_line = block[timing_offset]
    line_number = first_line + timing_offset
    match = _TIMING.match(timing_line.strip())
    if not match:
        return None, [VTTError(line_number, "timing", {"found": timing_line.strip()[:60]})]
    start = parse_timestamp(match["start"])
    end = parse_timestamp(match["end"])
    if start is None:
        errors.append(_timestamp_error(line_number, match["start"]))
    if end is None:
        errors.append(_timestamp_error(line_number, match["end"]))
    for setting in (match["settings"] or "").split():
        name = setting.split(":", 1)[0]
        if ":" not in setting or name not in _CUE_SETTINGS:
            errors.append(VTTError(line_number, "setting", {"found": setting[:40]}))
    text_lines = block[timing_offset + 1 :]
    for offset, text_line in enumerate(text_lines, start=1):
        if "-->" in text_line:
            errors.append(VTTError(line_number + offset, "arrow_in_text"))
    if not text_lines:
        errors.append(VTTError(line_number + 1, "no_text", {"other": line_number}))
    if start is None or end is None:
        return None, errors
    if end <= start:
        times = {"start": format_timestamp(start), "end": format_timestamp(end)}
        errors.append(VTTError(line_number, "end_before_start", times))
        return None, errors
    return Cue(start, end, "\n".join(text_lines), line_number, identifier), errors


def cue_plain_text(text: str) -> tuple[str | None, str]:
    """(speaker or None, text without markup) for one cue's text."""
    voice = _VOICE.search(text)
    speaker = voice.group(1).strip() if voice else None
    plain = html.unescape(_TAG.sub("", text))
    plain = " ".join(plain.split())
    return speaker, plain


def draft_transcript(cues: list[Cue], pause: float = 2.0) -> str:
    """A first transcript from the captions, for an editor to correct.

    Cues run together into paragraphs; a pause of `pause` seconds or a new
    speaker starts a new paragraph, and a speaker's name opens their paragraph.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    current_speaker: str | None = None
    previous_end: float | None = None
    for cue in cues:
        speaker, text = cue_plain_text(cue.text)
        if not text:
            continue
        new_speaker = speaker is not None and speaker != current_speaker
        long_pause = previous_end is not None and cue.start - previous_end >= pause
        if current and (new_speaker or long_pause):
            paragraphs.append(" ".join(current))
            current = []
        if new_speaker:
            current_speaker = speaker
            current.append(f"{speaker}:")
        current.append(text)
        previous_end = cue.end
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
