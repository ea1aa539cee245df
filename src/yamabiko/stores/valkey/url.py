"""The store URL: yamabiko's own options in its query string, and a redacted form for messages."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ...errors import ConfigError
from ..urls import redact


def _flag(raw: str) -> bool:
    return raw.strip().lower() in ("1", "true", "yes", "on")


#: Options that may be given in the URL query string, e.g. ``?prefix=app1:&timeout_ms=30``.
URL_OPTIONS = {
    "prefix": str,
    "index": str,
    "timeout_ms": float,
    "sliding_ttl": _flag,
    "cluster": _flag,
    "subpartitions": int,
}
#: Schemes; ``+cluster`` (e.g. ``valkey+cluster://h1:p1,h2:p2``) means a cluster and its seeds.
SCHEMES = ("valkey", "valkeys", "redis", "rediss")


def cluster_seeds(url: str) -> list[tuple[str, int]]:
    """The ``host:port`` seeds of a (cluster) URL, comma-separated in its network location."""
    netloc = urlsplit(url).netloc.rpartition("@")[2]
    seeds = []
    for part in netloc.split(","):
        host, _, port = part.strip().rpartition(":")
        if not host:
            host, port = port, "6379"
        try:
            seeds.append((host.strip("[]"), int(port)))
        except ValueError as exc:
            raise ConfigError(
                f"store URL {redact(url)} has the seed {part!r}; use host:port, e.g. "
                "valkey+cluster://10.0.0.1:6379,10.0.0.2:6379."
            ) from exc
    return seeds


def split_url(url: str) -> tuple[str, dict[str, Any]]:
    """Take yamabiko's own options out of the URL's query string.

    ``<scheme>+cluster://`` becomes ``<scheme>://`` with the option ``cluster=True``.
    """
    if not isinstance(url, str) or "://" not in url:
        raise ConfigError(
            f"store URL {url!r} is invalid; use e.g. valkey://localhost:6379/0, "
            "redis://:password@host:6379/0 or rediss://user:password@host:6380/0 (TLS)."
        )
    parts = urlsplit(url)
    scheme, _, mode = parts.scheme.lower().partition("+")
    if scheme not in SCHEMES or mode not in ("", "cluster"):
        raise ConfigError(
            f"store URL {redact(url)} has scheme {parts.scheme!r}; use valkey://, valkeys:// "
            "(TLS), redis:// or rediss:// (TLS), or valkey+cluster://host:port,host:port for "
            "a cluster."
        )
    ours: dict[str, Any] = {"cluster": True} if mode else {}
    theirs = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name in URL_OPTIONS:
            try:
                ours[name] = URL_OPTIONS[name](value)
            except ValueError as exc:
                raise ConfigError(f"store URL option {name}={value!r} is invalid ({exc}).") from exc
        else:
            check_client_option(name, url)
            theirs.append((name, value))
    return urlunsplit(parts._replace(scheme=scheme, query=urlencode(theirs))), ours


def check_client_option(name: str, url: str) -> None:
    """A query option that is neither yamabiko's nor the client's is a typo: say so now, not
    as a TypeError at the first connection."""
    import difflib
    import inspect

    from valkey.asyncio import connection

    known = set(URL_OPTIONS) | {"max_connections"}
    for cls in (connection.AbstractConnection, connection.Connection, connection.SSLConnection):
        known |= set(inspect.signature(cls.__init__).parameters) - {"self", "kwargs"}
    if name in known:
        return
    close = difflib.get_close_matches(name, sorted(known), n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ConfigError(
        f"store URL {redact(url)} has an unknown option {name!r}.{hint} yamabiko's options: "
        f"{', '.join(sorted(URL_OPTIONS))}; the client's: socket_timeout, "
        "socket_connect_timeout, health_check_interval, ssl_cert_reqs, ssl_ca_certs, ..."
    )
