"""Command line: ``python -m easy_read [--lang lv|en|ru] [--json] [--easy-read] FILE|-``.

Prints the score and advice as text, or the report as JSON with ``--json``
(``{"lang", "words", "sentences", "lix", "level", "issues": [...]}``; offsets
index the input text, or its visible text for HTML). Exit status: 0 when the
text was analysed (issues are advice, not errors), 2 for bad arguments or an
unreadable file. No Django is loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from .analysis import LANGUAGES, Report, analyse, messages
from .analysis.messages import MESSAGE_LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m easy_read",
        description="Plain-language check for Latvian, English and Russian text.",
    )
    parser.add_argument("file", metavar="FILE", help="text file to check, or - for standard input")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the text (default: detect)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--easy-read", action="store_true", help="apply the stricter easy-to-read rules")
    parser.add_argument(
        "--html",
        action="store_true",
        help="treat the input as HTML (default for .html and .htm files)",
    )
    parser.add_argument(
        "--messages",
        choices=MESSAGE_LANGUAGES,
        help="language of the advice (default: Latvian for Latvian text, else English)",
    )
    return parser


def read_input(name: str, stdin: TextIO) -> str:
    if name == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    else:
        with open(name, "rb") as handle:
            data = handle.read()
    # Never fail on a stray byte: an editor's paste may hold anything.
    return data.decode("utf-8-sig", errors="replace")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_text(report: Report) -> str:
    ml = report.messages_lang
    ui = messages.ui
    lines = [
        f"{ui('language', ml)}: {messages.language_name(report.lang, ml)} ({report.lang})",
        f"{ui('words', ml)}: {report.words}   {ui('sentences', ml)}: {report.sentences}   "
        f"{ui('avg-sentence', ml)}: {report.avg_sentence_length}",
        f"{ui('lix', ml)}: {report.lix}   {ui('level', ml)}: {messages.level_label(report.level, ml)}",
        f"{ui('reading-time', ml)}: {ui('minutes', ml, n=report.reading_minutes)}",
    ]
    if report.easy_read:
        lines.append(f"({ui('easy-read', ml)})")
    lines.append("")
    if not report.words:
        lines.append(ui("no-text", ml))
        return "\n".join(lines)
    if not report.issues:
        lines.append(ui("no-issues", ml))
        return "\n".join(lines)
    lines.append(f"{ui('issues', ml)} ({len(report.issues)}):")
    for issue in report.issues:
        line, col = _line_col(report.text, issue.start)
        lines.append(f"  {line}:{col}  [{issue.rule}] {issue.message}")
        if issue.suggestion:
            lines.append(f"        {ui('suggestion', ml)}: {issue.suggestion}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        text = read_input(args.file, stdin)
    except OSError as exc:
        print(f"easy_read: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    is_html = args.html or args.file.lower().endswith((".html", ".htm"))
    report = analyse(
        text, lang=args.lang, easy_read=args.easy_read, html=is_html, messages_lang=args.messages
    )
    try:
        if args.json:
            json.dump(report.to_dict(), stdout, ensure_ascii=False, indent=2)
            stdout.write("\n")
        else:
            stdout.write(format_text(report) + "\n")
        stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
