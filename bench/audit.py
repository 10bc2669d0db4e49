"""Audit throughput and memory on the demo site, against pa11y-ci, @axe-core/cli and a
bare Selenium loop, on the same URL list in the same run.

    .venv/bin/python bench/audit.py [--pages 60] [--memory 50,500] [--no-npm]

Builds a throw-away demo site (migrate + load_demo in a temp SQLite DB, extra
pages generated when the memory runs need them), serves it with gunicorn on a
loopback port, then times:

* ours: `run_audit` with the full check set and 2 browsers, crawling from the home page;
* ours on the fixed URL list (no crawling), with 2 browsers and with 1, and with
  axe-core executed after each load instead of injected once through CDP;
* a bare loop: one Selenium Chromium, `get` + `axe.run` with the same tags;
* pa11y-ci (axe runner) and @axe-core/cli, installed with npm into
  a temp dir (never into the repo), both pointed at /usr/bin/chromium;
* peak Python memory (max RSS and tracemalloc peak) of a database-backed run
  of 50 and of 500 pages, each in its own process.

Last line: one comparable figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = sys.executable
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
NPM_DIR = Path(os.environ.get("AUDIT_BENCH_NPM_DIR",
                              Path(tempfile.gettempdir()) / "audit-bench-npm"))
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

SETTINGS = """
from cms.settings.dev import *  # noqa
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
AUDIT_ALLOW_PRIVATE_HOSTS = ["127.0.0.1", "localhost"]
"""

EXTRA_PAGES = """
import sys
from wagtail.models import Site
from cms.models import HomePage, StandardPage
want, host, port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
site = Site.objects.get(is_default_site=True)
site.hostname, site.port = host, port
site.save()
home = HomePage.objects.filter(locale__language_code="lv").first() or HomePage.objects.first()
archive = StandardPage.objects.filter(slug="bench-arhivs").first()
if archive is None:
    archive = home.add_child(instance=StandardPage(title="Paziņojumu arhīvs", slug="bench-arhivs",
        intro="Vecie paziņojumi."))
have = archive.get_children().count()
for i in range(have, want):
    page = archive.add_child(instance=StandardPage(
        title=f"Paziņojums {i + 1}", slug=f"pazinojums-{i + 1}",
        intro="Apkalpošanas centrs šajā dienā strādā līdz pulksten 15."))
    page.save_revision().publish()
print(archive.get_children().count())
"""


def run_tool(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run an npm tool in its own process group, so its browsers die with it."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)
    try:
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
            proc.wait()
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class DemoSite:
    def __init__(self, port: int, extra_pages: int) -> None:
        self.port = port
        self.extra = extra_pages
        self.tmp = Path(tempfile.mkdtemp(prefix="audit-bench-"))
        (self.tmp / "bench_settings.py").write_text(SETTINGS)
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench_settings",
                    "PYTHONPATH": f"{self.tmp}:{ROOT}",
                    "DATABASE_URL": f"sqlite:///{self.tmp / 'bench.sqlite3'}",
                    "CACHE_DIR": str(self.tmp / "cache"), "MEDIA_ROOT": str(self.tmp / "media")}
        self.url = f"http://127.0.0.1:{port}/"
        self.server: subprocess.Popen | None = None

    def manage(self, *args: str) -> None:
        subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def __enter__(self) -> DemoSite:
        log(f"demo site in {self.tmp}: migrate + load_demo")
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("load_demo")
        script = self.tmp / "extra.py"
        script.write_text(EXTRA_PAGES)
        subprocess.run([PY, "manage.py", "shell", "-c",
                        f"import sys; sys.argv=['x','{self.extra}','127.0.0.1','{self.port}'];"
                        f"exec(open('{script}').read())"],
                       cwd=ROOT, env=self.env, check=True, stdout=subprocess.DEVNULL)
        gunicorn = shutil.which("gunicorn", path=str(Path(PY).parent)) or "gunicorn"
        self.server = subprocess.Popen(
            [gunicorn, "cms.wsgi", "-w", "2", "-k", "gthread", "--threads", "4",
             "-b", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=ROOT, env=self.env, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url, timeout=2)  # noqa: S310 - loopback only
                break
            except OSError:
                time.sleep(0.2)
        return self

    def __exit__(self, *exc) -> None:
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=20)
        shutil.rmtree(self.tmp, ignore_errors=True)


def ours(urls: list[str], *, concurrency: int, follow: bool, max_pages: int,
         inject: str = "cdp"):
    from audit.runner import DEFAULT_BROWSER, AuditConfig, run_audit

    browser = {**DEFAULT_BROWSER, "OPTIONS": {**DEFAULT_BROWSER["OPTIONS"], "inject": inject}}
    config = AuditConfig(start_urls=urls, max_pages=max_pages, concurrency=concurrency,
                         follow_links=follow, use_sitemaps=follow, respect_robots=True,
                         allow_private_hosts=["127.0.0.1"], browser=browser)
    start = time.monotonic()
    summary = run_audit(config)
    took = time.monotonic() - start
    pages = [p for p in summary.results if p.status == 200 and p.content_type == "text/html"
             and p.error is None and p.final_url == p.url]
    return took, summary, pages


def bare_loop(urls: list[str]) -> float:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from audit.browser import CHROMIUM_ARGS, axe_source

    profile = tempfile.mkdtemp(prefix="bare-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in [*CHROMIUM_ARGS, f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(1280, 900)
    run_options = {"runOnly": {"type": "tag", "values": TAGS},
                   "rules": {"target-size": {"enabled": True}}}
    source = axe_source()
    start = time.monotonic()
    try:
        for url in urls:
            driver.get(url)
            driver.execute_script(source)
            driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, arguments[0]).then(r => done(r.violations.length));",
                run_options)
    finally:
        took = time.monotonic() - start
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return took


def npm_install() -> bool:
    if (NPM_DIR / "node_modules" / ".bin" / "pa11y-ci").exists() and (
            NPM_DIR / "node_modules" / ".bin" / "axe").exists():
        return True
    NPM_DIR.mkdir(exist_ok=True)
    (NPM_DIR / "package.json").write_text('{"private": true}')
    # Both tools fetch browsers in postinstall; we point them at Debian's instead.
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1", "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD": "1",
           "CHROMEDRIVER_SKIP_DOWNLOAD": "true"}
    log(f"npm install pa11y-ci @axe-core/cli into {NPM_DIR}")
    result = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                             "pa11y-ci@4.1.1", "@axe-core/cli@4.13.0"],
                            cwd=NPM_DIR, env=env, capture_output=True, text=True)
    if result.returncode:
        log(result.stderr[-2000:])
    return result.returncode == 0


def pa11y_ci(urls: list[str]) -> float:
    config = NPM_DIR / "pa11y-ci.json"
    config.write_text(json.dumps({
        "defaults": {
            # Concurrency 2 makes puppeteer fail pages here ("Target.closeTarget: No
            # target with given id"), so pa11y-ci runs with its default of 1.
            "runners": ["axe"], "standard": "WCAG2AA", "timeout": 60000, "concurrency": 1,
            "chromeLaunchConfig": {"executablePath": CHROMIUM,
                                   "args": ["--no-sandbox", "--disable-dev-shm-usage",
                                            "--disable-gpu"]},
        },
        "urls": urls,
    }))
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM}
    start = time.monotonic()
    result = run_tool([str(NPM_DIR / "node_modules/.bin/pa11y-ci"), "--config",
                       str(config), "--json"], cwd=NPM_DIR, env=env)
    took = time.monotonic() - start
    try:
        report = json.loads(result.stdout[result.stdout.index("{"):])
        failed = sum(1 for issues in report["results"].values()
                     if any("code" not in i for i in issues))
        if failed:
            log(f"pa11y-ci: {failed} pages failed to load")
    except (ValueError, KeyError, AttributeError, TypeError):
        log(f"pa11y-ci exit {result.returncode}: " + result.stderr[-500:])
    return took


def axe_cli(urls: list[str]) -> float:
    start = time.monotonic()
    result = run_tool([str(NPM_DIR / "node_modules/.bin/axe"), *urls,
                       "--tags", ",".join(TAGS),
                       "--chromedriver-path", CHROMEDRIVER, "--chrome-path", CHROMIUM,
                       "--chrome-options", "no-sandbox,disable-dev-shm-usage,disable-gpu",
                       "--load-delay", "0"], cwd=NPM_DIR)
    took = time.monotonic() - start
    if result.returncode not in (0, 1):
        log("axe-cli output: " + (result.stdout + result.stderr)[-1500:])
    return took


def memory_run(pages: int, url: str) -> None:
    """Child process: a database-backed run of ``pages`` pages; prints JSON."""
    import django

    django.setup()
    from audit.jobs import create_run, execute_run, make_config

    tracemalloc.start()
    run = create_run(make_config([url], max_pages=pages, concurrency=2, max_depth=10))
    summary = execute_run(run)
    peak = tracemalloc.get_traced_memory()[1]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": summary.pages, "rss_mb": round(rss, 1),
                      "tracemalloc_peak_mb": round(peak / 2**20, 1),
                      "seconds": round(summary.seconds, 1)}))


def main() -> None:
    import signal

    # A terminated bench still stops its server and deletes its temp site.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--memory", default="50,500")
    parser.add_argument("--no-npm", action="store_true")
    parser.add_argument("--port", type=int, default=8812)
    parser.add_argument("--memory-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_run:
        memory_run(args.memory_run, args.url)
        return

    memory_sizes = [int(n) for n in args.memory.split(",") if n.strip()]
    extra = max([args.pages, *memory_sizes]) if memory_sizes else args.pages
    rows: list[tuple[str, int, float]] = []
    with DemoSite(args.port, extra) as site:
        log("ours: crawl with 2 browsers, full checks")
        took, summary, pages = ours([site.url], concurrency=2, follow=True,
                                    max_pages=args.pages)
        urls = [p.url for p in pages]
        rows.append(("ours, crawl, 2 browsers", summary.pages, took))
        log(f"  {summary.pages} pages in {took:.1f} s; {len(urls)} HTML pages in the URL list")
        took, summary, _ = ours(urls, concurrency=2, follow=False, max_pages=len(urls))
        rows.append(("ours, URL list, 2 browsers", summary.pages, took))
        took, summary, _ = ours(urls, concurrency=1, follow=False, max_pages=len(urls))
        rows.append(("ours, URL list, 1 browser", summary.pages, took))
        took, summary, _ = ours(urls, concurrency=1, follow=False, max_pages=len(urls),
                                inject="page")
        rows.append(("ours, 1 browser, axe executed per page", summary.pages, took))
        log("bare Selenium get + axe.run, 1 browser")
        rows.append(("bare get+axe.run, 1 browser", len(urls), bare_loop(urls)))
        if not args.no_npm and npm_install():
            log("pa11y-ci (axe runner)")
            rows.append(("pa11y-ci, axe runner", len(urls), pa11y_ci(urls)))
            log("@axe-core/cli")
            rows.append(("@axe-core/cli", len(urls), axe_cli(urls)))
        memory = []
        for size in memory_sizes:
            log(f"memory: database-backed run of {size} pages")
            env = {**site.env, "DATABASE_URL": site.env["DATABASE_URL"]}
            out = subprocess.run([PY, __file__, "--memory-run", str(size), "--url", site.url],
                                 cwd=ROOT, env=env, capture_output=True, text=True)
            line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else "{}"
            if out.returncode:
                log(out.stderr[-1500:])
            memory.append((size, json.loads(line)))

    print(f"{'tool':40} {'pages':>6} {'seconds':>8} {'s/page':>7} {'pages/min':>10}")
    for name, n, secs in rows:
        print(f"{name:40} {n:>6} {secs:>8.1f} {secs / n:>7.3f} {60 * n / secs:>10.1f}")
    for size, m in memory:
        print(f"memory, {size} pages: {m.get('pages')} done, max RSS {m.get('rss_mb')} MB, "
              f"tracemalloc peak {m.get('tracemalloc_peak_mb')} MB, {m.get('seconds')} s")
    rate = {name: 60 * n / secs for name, n, secs in rows}
    ours_rate = rate["ours, URL list, 2 browsers"]
    bare = next(r for r in rows if r[0].startswith("bare"))
    per_page_ratio = (rows[2][2] / rows[2][1]) / (bare[2] / bare[1])
    parts = [f"audit: {ours_rate:.0f} pages/min (2 browsers, full checks)",
             f"{per_page_ratio:.2f}x bare get+axe.run per page (1 browser each)"]
    if "pa11y-ci, axe runner" in rate:
        parts.append(f"{ours_rate / rate['pa11y-ci, axe runner']:.1f}x pa11y-ci")
        parts.append(f"{ours_rate / rate['@axe-core/cli']:.1f}x @axe-core/cli")
    print("; ".join(parts))


if __name__ == "__main__":
    main()
