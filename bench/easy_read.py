"""Benchmark: plain-language analysis of a 1,000-word Latvian text.

Prints one comparable line per figure:

  easy_read.analyse   full analysis (tokens, metrics, every rule) of 1,000 words
  textstat            LIX + sentence count + word count of the same text, caches cleared
  editor round trip   POST of a 3,000-word page to the editor's JSON view (Django test client)

Run: .venv/bin/python bench/easy_read.py [--runs N] [--no-django]
Targets (issue 3): analyse median < 5 ms and >= 10x faster than textstat; round trip < 100 ms.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from easy_read.analysis import analyse  # noqa: E402
from tests.easy_read.graded_pairs import LV  # noqa: E402


def latvian_text(words: int) -> str:
    """Municipal Latvian, officialese and plain mixed, cut at a paragraph near ``words``."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for hard, plain in LV:
            for paragraph in (hard, plain):
                if count >= words:
                    break
                paragraphs.append(paragraph)
                count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def median_ms(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None) -> float:
    for _ in range(max(3, runs // 20)):
        if before:
            before()
        fn()
    times = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def textstat_job(text: str) -> tuple[Callable[[], object], Callable[[], object]] | None:
    try:
        import textstat
        import textstat.backend as backend
    except ImportError:
        return None
    # textstat memoises every function; clear the caches so each run does the work.
    cached = []
    for info in pkgutil.walk_packages(backend.__path__, backend.__name__ + "."):
        module = importlib.import_module(info.name)
        cached += [f for f in vars(module).values() if hasattr(f, "cache_clear")]
    textstat.set_lang("lv")

    def job() -> object:
        return textstat.lix(text), textstat.sentence_count(text), textstat.lexicon_count(text)

    def clear() -> None:
        for f in cached:
            f.cache_clear()

    return job, clear


def editor_round_trip(runs: int) -> float | None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    try:
        import django

        django.setup()
        from easy_read.benchsupport import editor_round_trip_ms
    except Exception as exc:  # noqa: BLE001 - report and carry on with the other figures
        print(f"editor round trip: skipped ({exc.__class__.__name__}: {exc})")
        return None
    return editor_round_trip_ms(latvian_text(3000), runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--no-django", action="store_true", help="skip the editor round trip")
    args = parser.parse_args()

    text = latvian_text(1000)
    report = analyse(text, lang="lv")
    ours = median_ms(lambda: analyse(text, lang="lv"), args.runs)
    print(
        f"text: {report.words} words, {report.sentences} sentences, LIX {report.lix}, "
        f"{len(report.issues)} issues"
    )
    print(f"easy_read.analyse   median {ours:.2f} ms   (target < 5 ms)")

    job = textstat_job(text)
    if job is None:
        print("textstat            not installed (pip install textstat==0.7.13)")
    else:
        fn, clear = job
        theirs = median_ms(fn, args.runs, before=clear)
        print(
            f"textstat            median {theirs:.2f} ms   (LIX + sentences + words; "
            f"easy_read is {theirs / ours:.2f}x as fast, target >= 10x)"
        )
    if not args.no_django:
        trip = editor_round_trip(max(20, args.runs // 5))
        if trip is not None:
            print(f"editor round trip   median {trip:.2f} ms   (3,000 words, target < 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
