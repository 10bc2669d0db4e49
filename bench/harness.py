"""Shared pieces for server benchmarks: a throwaway site, gunicorn, and a load generator.

Everything runs on loopback with bounded durations. `wrk` is used when installed
(apt-get install wrk); otherwise a small threaded Python client, whose absolute
numbers are lower but whose ratios still compare like with like.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from shutil import which

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass
class Load:
    requests_per_second: float
    median_ms: float
    #: Requests completed in the run (0 where a caller made up the figure, e.g. a median of runs).
    requests: int = 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(workdir: Path, **extra: str) -> dict[str, str]:
    """Production settings, DEBUG off, on a fresh SQLite file in workdir."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="bench-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        CACHE_DIR=str(workdir / "cache"),
        MEDIA_ROOT=str(workdir / "media"),
        CMS_PAGE_CACHE_SECONDS="0",
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


class Gunicorn:
    """gunicorn with N sync workers serving cms.wsgi on a free loopback port."""

    def __init__(self, env: dict[str, str], workers: int = 2):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "cms.wsgi", "-w", str(self.workers), "-b", f"127.0.0.1:{self.port}",
             "--log-level", "warning"],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        sys.exit("gunicorn did not start")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)

    def get(self, path: str) -> tuple[int, dict[str, str]]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            return response.status, dict(response.getheaders())
        finally:
            connection.close()

    def load(self, path: str, seconds: float = 5, connections: int = 8, client: str = "auto",
             expect: int | None = None) -> Load:
        """Load `path` for `seconds`; `client` is "wrk", "python" or "auto" (wrk when installed).

        With `expect` (a status code), any other answer ends the benchmark: wrk
        only tells errors and non-2xx/3xx answers apart, the Python client the status itself.
        """
        if load_client(client) == "wrk":
            return _wrk(f"http://127.0.0.1:{self.port}{path}", seconds, connections, expect)
        return _python_load(self.port, path, seconds, connections, expect)


def load_client(client: str = "auto") -> str:
    """The load generator `Gunicorn.load` uses for `client`: "wrk" or "python"."""
    if client == "auto":
        return "wrk" if which("wrk") else "python"
    return client


def _wrk(url: str, seconds: float, connections: int, expect: int | None = None) -> Load:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{int(seconds)}s", "--latency", url],
        capture_output=True, text=True, timeout=seconds + 60,
    ).stdout
    if expect is not None and ("Non-2xx or 3xx" in out or "Socket errors" in out):
        sys.exit(f"errors under load on {url}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    match = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return Load(rps, float(match.group(1)) * scale, total)


def _python_load(port: int, path: str, seconds: float, connections: int, expect: int | None = None) -> Load:
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if expect is not None and response.status != expect:
                failures.append(response.status)
                break
            mine.append((time.perf_counter() - start) * 1000)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit(f"{path} answered {failures[:3]} under load")
    return Load(len(latencies) / seconds, statistics.median(latencies), len(latencies))


def median_ms(fn, runs: int, warmup: int = 0) -> float:
    """Median wall time of `fn()` over `runs` calls, after `warmup` calls not counted."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def workdir() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="bench-")
