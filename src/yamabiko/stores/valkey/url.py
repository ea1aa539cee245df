"""The store URL: yamabiko's own options in its query string, and a redacted form for messages."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ...errors import ConfigError

#: Options that may be given in the URL query string, e.g. ``?prefix=app1:&timeout_ms=30``.
URL_OPTIONS = {
    "prefix": str,
    "index": str,
    "timeout_ms": float,
    "sliding_ttl": lambda raw: raw.strip().lower() in ("1", "true", "yes", "on"),
}


def split_url(url: str) -> tuple[str, dict[str, Any]]:
    """Take yamabiko's own options out of the URL's query string."""
    if not isinstance(url, str) or "://" not in url:
        raise ConfigError(
            f"store URL {url!r} is invalid; use e.g. valkey://localhost:6379/0, "
            "redis://:password@host:6379/0 or rediss://user:password@host:6380/0 (TLS)."
        )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("valkey", "valkeys", "redis", "rediss"):
        raise ConfigError(
            f"store URL {redact(url)} has scheme {parts.scheme!r}; use valkey://, valkeys:// "
            "(TLS), redis:// or rediss:// (TLS)."
        )
    ours: dict[str, Any] = {}
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
    return urlunsplit(parts._replace(query=urlencode(theirs))), ours


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


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:@/]*:)[^@/]*@", r"\1***@", url)
