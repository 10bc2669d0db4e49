"""Benchmark: what a service page costs to serve, cached and uncached.

Builds the demo site on a fresh SQLite file, serves it with gunicorn (2 sync
workers, production settings, DEBUG off) and loads, alternately over several
rounds so machine noise hits both alike:

  StandardPage   /lv/par-vietni/                         (the peer)
  ServicePage    /lv/pakalpojumi/apkures-kompensacija/   (uncached)
  ServicePage    the same, with the anonymous full-page cache on

Prints medians of requests/s and latency, the ratios, and the database queries
one uncached service page makes. Targets (issue 2): service page <= 1.5x the
cost of a StandardPage, <= 15 queries; cache >= 5x uncached throughput.

Run: .venv/bin/python bench/serve.py [--seconds 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import Gunicorn, Load, manage, production_env, workdir  # noqa: E402

SERVICE = "/lv/pakalpojumi/apkures-kompensacija/"
STANDARD = "/lv/par-vietni/"

COUNT_QUERIES = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="localhost")
client.get("{path}")
with CaptureQueriesContext(connection) as queries:
    assert client.get("{path}").status_code == 200
print(len(queries))
"""


def median_load(loads: list[Load]) -> Load:
    return Load(
        statistics.median(load.requests_per_second for load in loads),
        statistics.median(load.median_ms for load in loads),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with workdir() as tmp:
        env = production_env(Path(tmp))
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        queries = int(manage(env, "shell", "-c", COUNT_QUERIES.format(path=SERVICE)).strip().splitlines()[-1])

        results: dict[str, list[Load]] = {"standard": [], "service": [], "cached": []}
        with Gunicorn(env) as server:
            assert server.get(SERVICE)[0] == 200 and server.get(STANDARD)[0] == 200
            for _ in range(args.rounds):
                results["standard"].append(server.load(STANDARD, args.seconds))
                results["service"].append(server.load(SERVICE, args.seconds))
        cached_env = production_env(Path(tmp), CMS_PAGE_CACHE_SECONDS="600")
        with Gunicorn(cached_env) as server:
            status, headers = server.get(SERVICE)
            status, headers = server.get(SERVICE)
            assert headers.get("X-Page-Cache") == "hit", headers
            for _ in range(args.rounds):
                results["cached"].append(server.load(SERVICE, args.seconds))

    standard, service, cached = (median_load(results[k]) for k in ("standard", "service", "cached"))
    cost_ratio = standard.requests_per_second / service.requests_per_second
    cache_gain = cached.requests_per_second / service.requests_per_second
    for label, load in (("StandardPage", standard), ("ServicePage uncached", service),
                        ("ServicePage cached", cached)):
        print(f"{label:22}{load.requests_per_second:8.1f} req/s  p50 {load.median_ms:6.1f} ms")
    print(f"queries per uncached service page: {queries} (target <= 15)")
    print(f"service/standard cost: {cost_ratio:.2f}x (target <= 1.5x)")
    print(f"cache gain: {cache_gain:.1f}x uncached throughput (target >= 5x)")


if __name__ == "__main__":
    main()
