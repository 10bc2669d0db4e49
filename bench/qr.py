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
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is named qr.py: put the project first so `qr` means the app, not this script.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from bench.harness import Gunicorn, load_client, manage, median_ms, production_env, workdir  # noqa: E402

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
    svg_ms = median_ms(lambda: codes.svg(url, width_mm=40), options.image_runs, warmup=5)
    png_ms = median_ms(lambda: codes.png(url, size_px=472), options.image_runs, warmup=5)

    client = load_client(options.client)
    with workdir() as tmp:
        # Production settings with the redirect to compare with (bench/qr_urls.py), the page
        # cache on as in production, and no rate limit: the load comes from one address.
        env = production_env(Path(tmp), DJANGO_SETTINGS_MODULE="bench.qr_settings",
                             CMS_PAGE_CACHE_SECONDS="600", PUBLIC_RATE_LIMIT_PER_MINUTE="0",
                             PYTHONPATH=str(ROOT))
        manage(env, "migrate", "--noinput", "-v0")
        code = manage(env, "shell", "-c", SEED).strip().splitlines()[-1]

        paths = {"plain": "/bench/plain-redirect", "qr": f"/q/{code}"}
        warmup_scans = 50
        rates: dict[str, list[float]] = {"plain": [], "qr": []}
        completed_scans = 0
        with Gunicorn(env) as server:
            for path in paths.values():  # warm both workers' caches and connections
                for _ in range(warmup_scans):
                    assert server.get(path)[0] == 302, path
            for _ in range(options.rounds):
                for name, path in paths.items():
                    load = server.load(path, options.seconds, options.connections, client, expect=302)
                    rates[name].append(load.requests_per_second)
                    if name == "qr":
                        completed_scans += load.requests

        counted = int(manage(env, "shell", "-c",
                             "from django.db.models import Sum; from qr.models import DailyScan; "
                             "print(DailyScan.objects.aggregate(s=Sum('count'))['s'])").split()[-1])

    plain, counted_rate = statistics.median(rates["plain"]), statistics.median(rates["qr"])
    # Other work on the machine drifts both figures; each round's two runs are back to back,
    # so the median of per-round ratios is steadier than the ratio of medians.
    ratio = statistics.median(p / q for p, q in zip(rates["plain"], rates["qr"], strict=True))
    print(f"load generator       {client}, {options.connections} connections, "
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
