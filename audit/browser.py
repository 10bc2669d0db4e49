"""Browsers for the inspect stage: local headless Chromium or a remote Selenium Grid.

Chosen by ``AUDIT_BROWSER = {"BACKEND": "audit.browser.LocalChromium", "OPTIONS": {...}}``.
A :class:`BrowserPool` keeps N of them; a browser that crashes or hangs is
killed (with its whole process group) and replaced. No Django import.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

AXE_PATH = Path(__file__).parent / "static" / "audit" / "axe.min.js"

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--autoplay-policy=no-user-gesture-required", "--lang=lv",
]


@cache
def axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def axe_version() -> str:
    head = axe_source()[:200]
    marker = "axe v"
    if marker in head:
        return head.split(marker, 1)[1].split()[0]
    return "unknown"


class BrowserError(RuntimeError):
    """The browser crashed, hung or could not start."""


@dataclass
class LoadInfo:
    final_url: str
    title: str
    lang: str
    load_ms: int


class SeleniumBrowser:
    """Shared behaviour of Selenium-driven Chromium browsers."""

    #: How axe-core gets into the page: "cdp" (once per browser, before any
    #: page script) or "page" (executed after each load).
    inject = "page"
    window = (1280, 900)

    def __init__(self, page_timeout: float = 30, script_timeout: float = 60) -> None:
        self.page_timeout = page_timeout
        self.script_timeout = script_timeout
        self.driver: Any = None

    # lifecycle ---------------------------------------------------------------
    def start(self) -> None:
        raise NotImplementedError

    def _configure(self) -> None:
        self.driver.set_page_load_timeout(self.page_timeout)
        self.driver.set_script_timeout(self.script_timeout)
        self.driver.set_window_size(*self.window)

    def quit(self) -> None:
        driver, self.driver = self.driver, None
        if driver is not None:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001, S110 - already dead is fine
                pass

    def kill(self) -> None:
        """Hard stop from another thread (a hung page)."""
        self.quit()

    # page work ---------------------------------------------------------------
    def open(self, url: str) -> LoadInfo:
        from selenium.common.exceptions import WebDriverException

        try:
            start = time.monotonic()
            self.driver.get(url)
            wall = int((time.monotonic() - start) * 1000)
            info = self.driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "return {url: location.href, title: document.title,"
                " lang: document.documentElement.getAttribute('lang') || '',"
                " load: n ? Math.round(n.loadEventEnd || n.duration) : null};"
            )
        except WebDriverException as exc:
            raise BrowserError(_short(exc)) from exc
        return LoadInfo(info["url"], info["title"] or "", info["lang"], info["load"] or wall)

    def execute(self, script: str, *args: Any) -> Any:
        from selenium.common.exceptions import JavascriptException, WebDriverException

        try:
            return self.driver.execute_script(script, *args)
        except JavascriptException:
            raise
        except WebDriverException as exc:
            raise BrowserError(_short(exc)) from exc

    def run_axe(self, options: dict[str, Any]) -> dict[str, Any]:
        from selenium.common.exceptions import WebDriverException

        try:
            if self.inject != "cdp" or not self.driver.execute_script(
                "return typeof window.axe === 'object'"
            ):
                self.driver.execute_script(axe_source())
            return self.driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, arguments[0])"
                ".then((r) => done({violations: r.violations, incomplete: r.incomplete,"
                " version: r.testEngine.version}))"
                ".catch((e) => done({error: String(e)}));",
                options,
            )
        except WebDriverException as exc:
            raise BrowserError(_short(exc)) from exc

    def press_tab(self, times: int = 1) -> None:
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        try:
            ActionChains(self.driver).send_keys(Keys.TAB * times).perform()
        except WebDriverException as exc:
            raise BrowserError(_short(exc)) from exc

    def set_viewport(self, width: int, height: int) -> None:
        self.driver.set_window_size(width, height)

    def reset_viewport(self) -> None:
        self.driver.set_window_size(*self.window)


class LocalChromium(SeleniumBrowser):
    """Debian ``chromium`` through ``chromedriver`` on this machine.

    axe-core goes in once per browser through CDP
    ``Page.addScriptToEvaluateOnNewDocument`` (``inject="cdp"``), which also
    puts it into iframes; ``inject="page"`` executes it after each load instead.
    """

    def __init__(self, binary: str = "/usr/bin/chromium", driver: str = "/usr/bin/chromedriver",
                 inject: str = "cdp", args: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.binary = binary
        self.driver_path = driver
        self.inject = inject
        self.args = list(args or [])
        self.profile: str | None = None
        self._pgid: int | None = None

    def start(self) -> None:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="audit-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = self.binary
        for arg in [*CHROMIUM_ARGS, f"--user-data-dir={self.profile}", *self.args]:
            options.add_argument(arg)
        options.page_load_strategy = "normal"
        # No speculative preconnects: idle sockets starve sync-worker servers
        # (gunicorn's default) until they time out.
        options.add_experimental_option("prefs", {"net.network_prediction_options": 2})
        # Own process group, so a hung browser can be killed with all its children.
        service = Service(self.driver_path, popen_kw={"start_new_session": True})
        try:
            self.driver = webdriver.Chrome(service=service, options=options)
        except WebDriverException as exc:
            self._cleanup_profile()
            raise BrowserError(f"Chromium did not start: {_short(exc)}") from exc
        self._pgid = service.process.pid
        self._configure()
        if self.inject == "cdp":
            self.driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument", {"source": axe_source()}
            )

    def set_viewport(self, width: int, height: int) -> None:
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def reset_viewport(self) -> None:
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def quit(self) -> None:
        super().quit()
        self._kill_group()
        self._cleanup_profile()

    def kill(self) -> None:
        self._kill_group()

    def _kill_group(self) -> None:
        pgid, self._pgid = self._pgid, None
        if pgid:
            try:
                os.killpg(pgid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def _cleanup_profile(self) -> None:
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None


class RemoteGrid(SeleniumBrowser):
    """A browser on a Selenium Grid: ``OPTIONS = {"url": "http://grid:4444/wd/hub"}``."""

    def __init__(self, url: str, args: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.args = list(args or [])

    def start(self) -> None:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException

        options = webdriver.ChromeOptions()
        for arg in [a for a in CHROMIUM_ARGS if a != "--no-sandbox"] + self.args:
            options.add_argument(arg)
        try:
            self.driver = webdriver.Remote(command_executor=self.url, options=options)
        except WebDriverException as exc:
            raise BrowserError(f"Grid browser did not start: {_short(exc)}") from exc
        self._configure()


def _short(exc: Exception) -> str:
    text = getattr(exc, "msg", None) or str(exc)
    return f"{exc.__class__.__name__}: {text.strip().splitlines()[0][:200] if text else ''}"


def browser_factory(config: dict[str, Any]):
    """``AUDIT_BROWSER``-style dict -> a callable creating an unstarted browser."""
    path = config.get("BACKEND", "audit.browser.LocalChromium")
    module, _, name = path.rpartition(".")
    cls = getattr(import_module(module), name)
    options = dict(config.get("OPTIONS", {}))
    return lambda: cls(**options)


class BrowserPool:
    """N browsers shared by the runner's worker threads.

    ``acquire`` starts browsers lazily; ``discard`` kills one (crash, hang) and
    the next ``acquire`` starts a fresh one in its place.
    """

    def __init__(self, factory, size: int) -> None:
        self.factory = factory
        self.size = max(1, size)
        self._idle: list[Any] = []
        self._all: set[Any] = set()
        self._lock = threading.Lock()
        self._free = threading.Semaphore(self.size)
        self.started = 0
        self.replaced = 0

    def acquire(self):
        self._free.acquire()
        with self._lock:
            if self._idle:
                return self._idle.pop()
        try:
            browser = self.factory()
            browser.start()
        except Exception:
            self._free.release()
            raise
        with self._lock:
            self._all.add(browser)
            self.started += 1
        return browser

    def release(self, browser) -> None:
        with self._lock:
            self._idle.append(browser)
        self._free.release()

    def discard(self, browser) -> None:
        with self._lock:
            self._all.discard(browser)
            self.replaced += 1
        try:
            browser.quit()
        finally:
            self._free.release()

    def close(self) -> None:
        with self._lock:
            browsers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for browser in browsers:
            browser.quit()
