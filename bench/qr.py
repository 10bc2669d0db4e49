"""Benchmark: what counting a scan costs, and how long one code image takes to draw.

Serves the site with gunicorn (2 sync workers, DEBUG off, a fresh SQLite file,
rate limit off) on loopback and loads it alternately with

  plain redirect   a view that only answers 302 (bench/qr_urls.py)
  /q/<code>        look up the link, count the scan, resolve the page's URL, 302

then prints the median requests/s of each, their ratio, whether every scan was
counted, and the median time to draw one SVG (and one PNG) code in-process.

Run: .venv/bin/python bench/qr.py [--seconds 5] [--rounds 5] [--connections 8] [--client python]
Target (issue 4): the plain redirect is at most 1.5x faster than /q/<code>.
The load generator is `wrk` when installed (apt-get install wrk), else a
bounded Python client; its requests/s are lower, the ratio still compares.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is named qr.py: put the project first so `qr` means the app, not this script.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
PYTHON = sys.executable

SEED = """
from wagtail.models import Locale, Page, Site
from cms.models import HomePage, ServiceIndexPage, ServicePage
from qr.models import ShortLink
lv = Locale.objects.get_or_create(language_code="lv")[0]
home = Page.get_first_root_node().add_child(instance=HomePage(title="Sākums", slug="sakums", locale=lv))
Site.objects.update(root_page=home)
index = home.add_child(instance=ServiceIndexPage(title="Pakalpojumi", slug="pakalpojumi", locale=lv))
service = index.add_child(instance=ServicePage(
    title="Dzīvesvietas deklarēšana", slug="dzivesvieta", locale=lv, summary="Kā deklarēt.",
    who_can_get="<p>Ikviens.</p>", what_you_get="<p>Deklarāciju.</p>", cost="0", duration="1 diena",
    department="KAC"))
print(ShortLink.objects.create(page=service, label="Bench").code)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode:
        sys.exit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
    return done.stdout


def get(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def wait_until_up(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if get(port, "/bench/plain-redirect") == 302:
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start in time")


def load_wrk(port: int, path: str, seconds: int, connections: int) -> tuple[float, int]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, timeout=seconds + 30, check=True,
    ).stdout
    if "Non-2xx or 3xx" in out or "Socket errors" in out:
        sys.exit(f"errors under load on {path}:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return rate, total


def load_python(port: int, path: str, seconds: int, connections: int) -> tuple[float, int]:
    """A bounded threaded client: `connections` threads for `seconds`, one request at a time each."""
    stop = time.monotonic() + seconds
    counts = [0] * connections
    failures: list[int] = []

    def worker(i: int) -> None:
        while time.monotonic() < stop:
            status = get(port, path)
            if status != 302:
                failures.append(status)
                return
            counts[i] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 30)
    if failures:
        sys.exit(f"{path} answered {failures[:3]} under load")
    return sum(counts) / (time.monotonic() - started), sum(counts)


def median_ms(fn, runs: int) -> float:
    for _ in range(5):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="length of one load run")
    parser.add_argument("--rounds", type=int, default=5, help="alternating runs per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--image-runs", type=int, default=200)
    parser.add_argument("--client", choices=["auto", "wrk", "python"], default="auto",
                        help="load generator (auto: wrk when installed)")
    options = parser.parse_args()

    from qr import codes  # the pure core: no Django needed

    url = "https://jelgava.lv/q/K7M3PX"
    svg_ms = median_ms(lambda: codes.svg(url, width_mm=40), options.image_runs)
    png_ms = median_ms(lambda: codes.png(url, size_px=472), options.image_runs)

    use_wrk = options.client == "wrk" or (options.client == "auto" and shutil.which("wrk"))
    load = load_wrk if use_wrk else load_python
    tmp = Path(tempfile.mkdtemp(prefix="bench-qr-"))
    (tmp / "static").mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.qr_settings",
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "CACHE_DIR": str(tmp / "cache"),
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "PYTHONPATH": str(ROOT),
    }
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    code = run([PYTHON, "manage.py", "shell", "-c", SEED], env).strip().splitlines()[-1]

    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "cms.wsgi:application", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    try:
        wait_until_up(port, time.monotonic() + 60)
        paths = {"plain": "/bench/plain-redirect", "qr": f"/q/{code}"}
        for path in paths.values():  # warm both workers' caches and connections
            for _ in range(50):
                assert get(port, path) == 302, path
        warmup_scans = 50
        rates: dict[str, list[float]] = {"plain": [], "qr": []}
        completed_scans = 0
        for _ in range(options.rounds):
            for name, path in paths.items():
                rate, total = load(port, path, options.seconds, options.connections)
                rates[name].append(rate)
                if name == "qr":
                    completed_scans += total
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    counted = int(run([PYTHON, "manage.py", "shell", "-c",
                       "from django.db.models import Sum; from qr.models import DailyScan; "
                       "print(DailyScan.objects.aggregate(s=Sum('count'))['s'])"], env).split()[-1])
    shutil.rmtree(tmp, ignore_errors=True)

    plain, counted_rate = statistics.median(rates["plain"]), statistics.median(rates["qr"])
    # Other work on the machine drifts both figures; each round's two runs are back to back,
    # so the median of per-round ratios is steadier than the ratio of medians.
    ratio = statistics.median(p / q for p, q in zip(rates["plain"], rates["qr"], strict=True))
    print(f"load generator       {load.__name__.removeprefix('load_')}, {options.connections} connections, "
          f"{options.rounds} x {options.seconds} s per endpoint, gunicorn 2 sync workers")
    runs = {name: ", ".join(f"{r:.0f}" for r in values) for name, values in rates.items()}
    print(f"plain redirect       {plain:8.0f} requests/s (median; runs {runs['plain']})")
    print(f"/q/<code> counted    {counted_rate:8.0f} requests/s (median; runs {runs['qr']})")
    print(f"ratio plain/counted  {ratio:8.2f}x   (median of per-round ratios; target <= 1.5x: "
          f"{'met' if ratio <= 1.5 else 'NOT met'})")
    # wrk may close connections whose answer was already sent: the count may exceed what it saw by a few.
    print(f"scans counted        {counted - warmup_scans} for {completed_scans} completed requests")
    print(f"SVG code, 40 mm      {svg_ms:8.2f} ms median ({options.image_runs} runs)")
    print(f"PNG code, 472 px     {png_ms:8.2f} ms median ({options.image_runs} runs)")


if __name__ == "__main__":
    main()
