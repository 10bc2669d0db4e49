"""Kill `manage.py audit` with SIGKILL, resume it, and get the same result as a clean run."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.audit.fixture_server import FixtureServer

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("audit-db") / "template.sqlite3"
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
                   cwd=ROOT, env=_env(path), check=True, timeout=300)
    return path


@pytest.fixture(scope="module")
def server():
    with FixtureServer() as s:
        yield s


def _env(db: Path) -> dict[str, str]:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": f"sqlite:///{db}"}


def _fresh_db(template: Path, name: str) -> Path:
    target = template.with_name(name)
    with sqlite3.connect(template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _audit(db: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "manage.py", "audit", *args], cwd=ROOT,
                            env=_env(db), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def _done_pages(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            query = "SELECT count(*) FROM audit_pageresult WHERE done = 1"
            return conn.execute(query).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _canonical(report: dict) -> tuple:
    pages = sorted((p["url"], p["status"], p["error"]) for p in report["pages"])
    findings = sorted((p["url"], f["rule"], f["selector"], f["outcome"])
                      for p in report["pages"] for f in p["findings"])
    return pages, findings


def test_killed_run_resumes_to_the_same_result(template_db, server, tmp_path):
    start = server.url + "/index.html"

    clean_db = _fresh_db(template_db, "clean.sqlite3")
    clean = _audit(clean_db, start, "--json", str(tmp_path / "clean.json"), "--quiet")
    assert clean.wait(timeout=300) == 0, clean.stderr.read()

    killed_db = _fresh_db(template_db, "killed.sqlite3")
    proc = _audit(killed_db, start, "--concurrency", "1", "--quiet")
    deadline = time.monotonic() + 120
    while _done_pages(killed_db) < 4 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    helpers = _descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for pid in helpers:  # chromedriver and Chromium outlive a SIGKILLed parent
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    with sqlite3.connect(killed_db) as conn:
        done, pending = conn.execute(
            "SELECT sum(done = 1), sum(done = 0) FROM audit_pageresult").fetchone()
        run_id, status = conn.execute("SELECT id, status FROM audit_auditrun").fetchone()
    assert done >= 4 and pending > 0, "the run was not killed half-way"
    assert status == "running"

    resumed = _audit(killed_db, "--resume", str(run_id), "--json", str(tmp_path / "res.json"),
                     "--quiet")
    assert resumed.wait(timeout=300) == 0, resumed.stderr.read()

    clean_report = json.loads((tmp_path / "clean.json").read_text())
    resumed_report = json.loads((tmp_path / "res.json").read_text())
    assert resumed_report["run"]["status"] == "finished"
    assert _canonical(resumed_report) == _canonical(clean_report)
    urls = [p["url"] for p in resumed_report["pages"]]
    assert len(urls) == len(set(urls))
    with sqlite3.connect(killed_db) as conn:
        query = "SELECT count(*) FROM audit_pageresult WHERE done = 0"
        assert conn.execute(query).fetchone() == (0,)
