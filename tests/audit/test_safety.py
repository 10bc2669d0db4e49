import pytest

from audit.safety import HostGuard, RefusedURL
from tests.audit.fakes import public_resolver


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8000/", "http://10.1.2.3/", "http://192.168.1.1/",
    "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
    "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
    "http://intranet.example/", "http://metadata.internal/",
])
def test_private_loopback_and_link_local_addresses_are_refused(url):
    guard = HostGuard([], resolver=lambda h: ["127.0.0.1"] if h == "localhost" else
                      public_resolver(h))
    with pytest.raises(RefusedURL):
        guard.check_url(url)


@pytest.mark.parametrize("url", ["ftp://example.org/", "file:///etc/passwd", "javascript:1"])
def test_other_schemes_are_refused(url):
    with pytest.raises(RefusedURL):
        HostGuard([], resolver=public_resolver).check_url(url)


def test_public_hosts_pass():
    HostGuard([], resolver=public_resolver).check_url("https://www.jelgava.lv/lv/")


def test_allowed_hosts_pass_by_name_or_address():
    guard = HostGuard(["localhost", "127.0.0.1"], resolver=lambda h: ["127.0.0.1", "::1"])
    guard.check_url("http://localhost:8000/")
    guard.check_url("http://127.0.0.1:8000/")
    with pytest.raises(RefusedURL):
        guard.check_url("http://127.0.0.2/")


def test_unresolvable_host_is_refused():
    def fail(host):
        raise OSError("no such host")

    with pytest.raises(RefusedURL, match="cannot be resolved"):
        HostGuard([], resolver=fail).check_url("http://nowhere.invalid/")
