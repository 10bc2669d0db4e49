"""`python -m easy_read`: text and JSON output, exit codes."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from easy_read.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
HARD = "Saskaņā ar noteikumiem iesniegums tiek izskatīts desmit darba dienu laikā."


class _Stdin(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.buffer = io.BytesIO(text.encode("utf-8"))


def run(argv, stdin_text=""):
    out = io.StringIO()
    code = main(argv, stdin=_Stdin(stdin_text), stdout=out)
    return code, out.getvalue()


def test_json_matches_the_contract(tmp_path):
    path = tmp_path / "text.txt"
    path.write_text(HARD, encoding="utf-8")
    code, out = run(["--json", str(path)])
    data = json.loads(out)
    assert code == 0
    assert {"lang", "words", "sentences", "lix", "level", "issues"} <= set(data)
    assert data["lang"] == "lv" and data["words"] == 10 and data["sentences"] == 1
    for issue in data["issues"]:
        assert {"rule", "start", "end", "text", "message", "suggestion"} <= set(issue)
        assert HARD[issue["start"] : issue["end"]] == issue["text"]
    assert {"jargon", "passive", "number-words"} <= {i["rule"] for i in data["issues"]}


def test_text_output_from_stdin():
    code, out = run(["-"], HARD)
    assert code == 0
    assert "LIX: 50.0" in out
    assert "[jargon]" in out and "Ieteikums: pēc" in out


def test_messages_in_english_for_latvian_text():
    _, out = run(["--messages", "en", "-"], HARD)
    assert "Officialese" in out and "Language: Latvian" in out


def test_lang_option_and_easy_read():
    _, out = run(["--lang", "en", "--json", "--easy-read", "-"], "Bring two documents.")
    data = json.loads(out)
    assert data["lang"] == "en" and data["easy_read"] is True
    assert [i["rule"] for i in data["issues"]] == ["number-words"]


def test_html_files_are_read_as_html(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<p>Saskaņā ar <b>noteikumiem</b>.</p>", encoding="utf-8")
    _, out = run(["--json", str(path)])
    issue = json.loads(out)["issues"][0]
    assert issue["text"] == "Saskaņā ar" and issue["source_start"] == 3


def test_empty_input():
    code, out = run(["-"], "")
    assert code == 0 and "Nav teksta" in out


def test_invalid_utf8_does_not_crash(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Teksts \xff\xfe ar kl\xc4\x81\xc5\xabdu.")
    code, _ = run([str(path)])
    assert code == 0


def test_missing_file_exits_2(tmp_path, capsys):
    code, _ = run([str(tmp_path / "missing.txt")])
    assert code == 2
    assert "cannot read" in capsys.readouterr().err


def test_bad_arguments_exit_2():
    with pytest.raises(SystemExit) as exc:
        run(["--lang", "de", "-"])
    assert exc.value.code == 2


def test_module_runs_as_a_program_without_django():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import runpy, sys; sys.argv=['easy_read','--json','-']; "
            "runpy.run_module('easy_read', run_name='__main__')",
        ],
        input=HARD.encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["level"] == "hard"
    check = subprocess.run(
        [sys.executable, "-c", "import sys, easy_read.analysis; print('django' in sys.modules)"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        text=True,
    )
    assert check.stdout.strip() == "False"
