"""Server-side request forgery guard: which hosts the auditor may reach.

An audit of "any public site" must not become a way to probe the machine it
runs on or the network behind it. Every URL the crawler fetches (start URLs,
each redirect hop, sitemaps, robots.txt, link checks) and every URL the browser
is sent to passes :func:`check_url` first.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

Resolver = Callable[[str], list[str]]


class RefusedURL(ValueError):
    """The URL points somewhere the auditor may not go."""


def _resolve(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def _is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


@dataclass
class HostGuard:
    """Refuses URLs whose host is, or resolves to, a non-public address.

    ``allowed`` lists host names or addresses that may be private anyway
    (``AUDIT_ALLOW_PRIVATE_HOSTS``: the local demo site, CI's live server).
    """

    allowed: Iterable[str] = ()
    resolver: Resolver = _resolve
    _cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.allowed = frozenset(h.strip().lower().strip("[]") for h in self.allowed if h.strip())

    def check_url(self, url: str) -> None:
        """Raise :class:`RefusedURL` unless ``url`` is http(s) to a permitted host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise RefusedURL(f"refused {url}: only http and https URLs can be audited")
        host = (parts.hostname or "").lower()
        if not host:
            raise RefusedURL(f"refused {url}: no host name")
        reason = self._cache.get(host, "")
        if reason == "":
            reason = self._check_host(host)
            self._cache[host] = reason
        if reason:
            raise RefusedURL(f"refused {url}: {reason}")

    def allows(self, url: str) -> bool:
        try:
            self.check_url(url)
        except RefusedURL:
            return False
        return True

    def _check_host(self, host: str) -> str | None:
        if host in self.allowed:
            return None
        try:
            addresses = [host] if _is_ip(host) else self.resolver(host)
        except (OSError, UnicodeError) as exc:
            return f"host {host} cannot be resolved ({exc.__class__.__name__})"
        if not addresses:
            return f"host {host} cannot be resolved"
        for address in addresses:
            if _is_private(address) and address.lower() not in self.allowed:
                return (
                    f"{host} resolves to the non-public address {address} "
                    "(allow it with AUDIT_ALLOW_PRIVATE_HOSTS)"
                )
        return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
