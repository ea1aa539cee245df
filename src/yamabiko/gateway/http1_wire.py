"""The wire format of :mod:`.http1`'s upstream calls, without sockets: a request's bytes (with
the headers httpx would add), the origin and target of an upstream URL, and a read-only view
of response headers."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import httpx

#: (scheme, host, port): the connections of one origin are pooled together
Origin = tuple[str, str, int]
#: what a request needs of its URL: the origin, the ``Host`` header, the request target
Target = tuple[Origin, str, str]

_REQUEST_DEFAULTS = (
    ("accept", "*/*"),
    ("connection", "keep-alive"),
    ("user-agent", f"python-httpx/{httpx.__version__}"),
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Headers:
    """Response headers (names lower-cased, repeated names kept): the part of
    ``httpx.Headers`` the gateway uses."""

    __slots__ = ("_items",)

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items

    def get(self, name: str, default: Any = None) -> Any:
        """The header's values joined with ``, `` (any case of ``name``), else ``default``."""
        name = name.lower()
        values = [v for k, v in self._items if k == name]
        return ", ".join(values) if values else default

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(k == name.lower() for k, _ in self._items)

    def __getitem__(self, name: str) -> str:
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def multi_items(self) -> list[tuple[str, str]]:
        """Every (name, value), repeated headers included, in order."""
        return list(self._items)


def url_target(url: str) -> Target:
    """The origin, ``Host`` header and request target (path and query) of an ``http(s)://``
    URL; any other URL raises ``httpx.UnsupportedProtocol``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise httpx.UnsupportedProtocol(f"the upstream URL {url!r} is not http(s)://host")
    port = parts.port or _DEFAULT_PORTS[scheme]
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == _DEFAULT_PORTS[scheme] else f"{shown}:{port}"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return (scheme, host, port), host_header, target


def encode_request(
    method: str, target: str, host: str, headers: list[tuple[str, str]], body: bytes
) -> bytes:
    """The request's bytes: the request line, ``headers`` with httpx's additions, the body."""
    lines = [f"{method} {target} HTTP/1.1"]
    names = set()
    for name, value in headers:
        lower = name.lower()
        if lower in ("content-length", "transfer-encoding"):
            continue  # framed here
        names.add(lower)
        line = f"{name}: {value}"
        if "\r" in line or "\n" in line:
            raise httpx.LocalProtocolError(f"the header {name!r} holds a line break")
        lines.append(line)
    if "host" not in names:
        lines.insert(1, f"Host: {host}")
    for name, value in _REQUEST_DEFAULTS:
        if name not in names:
            lines.append(f"{name}: {value}")
    lines.append(f"content-length: {len(body)}")
    head = "\r\n".join(lines)
    try:
        raw = head.encode("latin-1")
    except UnicodeEncodeError:
        raw = head.encode("utf-8")
    return raw + b"\r\n\r\n" + body
