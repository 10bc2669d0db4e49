"""Generate the demo videos and caption files once, at development time.

    python cms/demo/make_media.py

Needs Debian's ffmpeg and espeak-ng; the demo loader does not (it copies the
committed files from cms/demo/media/). Each video is a few coloured slides
with the step number and a keyword, narrated by espeak-ng in Latvian, at
320x180 so each file stays well under 300 KB. Captions are timed from the
measured length of each spoken sentence.
"""

import subprocess
import sys
import tempfile
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cms.demo.video_texts import SLIDE_STEP, SPEECH_OFFSET, VIDEO_GUIDES  # noqa: E402
from cms.webvtt import format_timestamp, parse  # noqa: E402

OUT = Path(__file__).resolve().parent / "media"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
RATE = 22050
LINE = 37  # characters per caption line


def speak(text: str, target: Path) -> float:
    # Dev-time tool with fixed arguments; the texts come from our own data module.
    subprocess.run(["espeak-ng", "-v", "lv", "-s", "150", "-w", str(target), text], check=True)  # noqa: S603, S607
    with wave.open(str(target)) as w:
        return w.getnframes() / w.getframerate()


def frames(path: Path) -> bytes:
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1 and w.getsampwidth() == 2
        return w.readframes(w.getnframes())


def place(track: bytearray, clip: bytes, at: float) -> None:
    start = int(at * RATE) * 2
    track[start : start + len(clip)] = clip


def wrap(text: str) -> str:
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > LINE:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return "\n".join(lines)


def vtt(cues: list[tuple[float, float, str]]) -> str:
    blocks = ["WEBVTT"]
    for number, (start, end, text) in enumerate(cues, start=1):
        blocks.append(f"{number}\n{format_timestamp(start)} --> {format_timestamp(end)}\n{wrap(text)}")
    return "\n\n".join(blocks) + "\n"


def drawtext(text: str, size: int, y: str, start: float, end: float) -> str:
    escaped = text.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'").replace(",", "\\,")
    return (
        f"drawtext=fontfile={FONT}:text='{escaped}':fontcolor=white:fontsize={size}:"
        f"x=(w-text_w)/2:y={y}:enable='between(t\\,{start}\\,{end})'"
    )


def build(guide: dict, work: Path) -> None:
    slide = guide["slide_seconds"]
    steps = len(guide["screen"])
    total = slide * steps
    speech_cues = []
    main_audio = bytearray(int(total * RATE) * 2)
    described_audio = bytearray(int(total * RATE) * 2)
    for index, sentence in enumerate(guide["lv"]["speech"]):
        clip = work / f"s{index}.wav"
        length = speak(sentence, clip)
        start = index * slide + SPEECH_OFFSET
        limit = slide / 2 if guide["described"] else slide - 0.3
        assert SPEECH_OFFSET + length <= limit, f"{sentence!r} is {length:.1f}s, too long for its slide"
        place(main_audio, frames(clip), start)
        place(described_audio, frames(clip), start)
        speech_cues.append((round(start, 3), round(start + length, 3), index))
        if guide["described"]:
            extra = work / f"d{index}.wav"
            extra_length = speak(guide["description"][index], extra)
            extra_start = index * slide + slide / 2 + 0.2
            assert extra_start + extra_length <= (index + 1) * slide, guide["description"][index]
            place(described_audio, frames(extra), extra_start)

    filters = []
    for index, keyword in enumerate(guide["screen"]):
        start, end = index * slide, (index + 1) * slide
        filters.append(drawtext(SLIDE_STEP.format(n=index + 1), 30, "40", start, end))
        filters.append(drawtext(keyword, 22, "100", start, end))
    video_filter = ",".join(filters)

    versions = [("", main_audio)] + ([("-ad", described_audio)] if guide["described"] else [])
    for suffix, audio in versions:
        audio_path = work / f"audio{suffix}.wav"
        with wave.open(str(audio_path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(bytes(audio))
        target = OUT / f"{guide['key']}{suffix}.mp4"
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "ffmpeg", "-y", "-loglevel", "error",
                "-f", "lavfi", "-i", f"color=c=0x0a3a66:s=320x180:r=10:d={total}",
                "-i", str(audio_path),
                "-vf", video_filter,
                "-c:v", "libx264", "-profile:v", "baseline", "-level", "3.0", "-pix_fmt", "yuv420p",
                "-tune", "stillimage", "-crf", "28",
                "-c:a", "aac", "-b:a", "32k", "-ac", "1",
                "-movflags", "+faststart", "-shortest", str(target),
            ],
            check=True,
        )
        print(f"{target.name}: {target.stat().st_size // 1024} KB")

    for lang in ("lv", "en", "ru"):
        cues = [(start, end, guide[lang]["speech"][index]) for start, end, index in speech_cues]
        text = vtt(cues)
        assert parse(text).ok, parse(text).errors
        (OUT / f"{guide['key']}.{lang}.vtt").write_text(text, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for guide in VIDEO_GUIDES:
        with tempfile.TemporaryDirectory() as work:
            build(guide, Path(work))


if __name__ == "__main__":
    main()
