"""Real headless Chromium for tests, and axe-core / Nu HTML Checker helpers."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from cms.chromium import HEADLESS_FLAGS, chromium_binary

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "audit" / "static" / "audit" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM_FLAGS = HEADLESS_FLAGS


def make_chrome(width: int = 1280, height: int = 1000) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chrome-test-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def run_axe(driver) -> dict:
    """Run the vendored axe-core on the loaded page with our WCAG 2.2 AA tag set."""
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "rules": {"target-size": {"enabled": True}},
        "resultTypes": ["violations"],
    }
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, JSON.parse(arguments[0])).then(done, e => done({error: String(e)}));",
        json.dumps(options),
    )


def summarise_violations(url: str, result: dict) -> list[str]:
    lines = []
    for violation in result.get("violations", []):
        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{url}: {violation['id']} ({violation['impact']}) at {targets}")
    return lines


def nu_check(files: list[Path]) -> list[str]:
    """Run the Nu HTML Checker on saved files; return error messages with file and line."""
    java = shutil.which("java")
    if not files:
        return []
    proc = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}"
        for m in report.get("messages", [])
        if m.get("type") in ("error", "non-document-error")
    ]
