"""A local web server for the fixture site: static files plus a few routes
(redirects, a loop, a redirect to a private address) that static files cannot do.

Run in a thread by the tests, or alone: ``python tests/audit/fixture_server.py PORT``.
"""

from __future__ import annotations

import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "fixture_site"

REDIRECTS = {
    "/old-address": "/hours.html",
    "/loop-a": "/loop-b",
    "/loop-b": "/loop-a",
    "/to-metadata": "http://169.254.169.254/latest/meta-data/",
    "/to-loopback": "http://127.0.0.2:9/",
}


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _redirect(self) -> bool:
        path = self.path.split("?", 1)[0]
        if path in REDIRECTS:
            target = REDIRECTS[path]
            self.send_response(301 if path == "/old-address" else 302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        return False

    def _templated(self) -> bool:
        # robots.txt and sitemap.xml name the server's own address.
        path = self.path.split("?", 1)[0]
        if path not in ("/robots.txt", "/sitemap.xml"):
            return False
        host = self.headers.get("Host", "")
        body = (SITE / path.lstrip("/")).read_text().replace("{BASE}", f"http://{host}").encode()
        self.send_response(200)
        ctype = "text/plain" if path.endswith("txt") else "application/xml"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)
        return True

    def do_GET(self):
        if not (self._redirect() or self._templated()):
            super().do_GET()

    def do_HEAD(self):
        if not (self._redirect() or self._templated()):
            super().do_HEAD()


class FixtureServer:
    def __init__(self, port: int = 0, root: Path = SITE) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FixtureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


if __name__ == "__main__":
    server = FixtureServer(int(sys.argv[1]) if len(sys.argv) > 1 else 8765)
    print(server.url, flush=True)
    server.httpd.serve_forever()
