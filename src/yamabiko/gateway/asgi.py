"""Small helpers for raw ASGI: headers, request bodies and JSON responses (no framework)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
RawHeaders = list[tuple[bytes, bytes]]


class BodyTooLarge(Exception):
    """The request body is larger than the configured limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"request body over {limit} bytes")


class BodyTimeout(Exception):
    """The request body did not arrive whole within the deadline (e.g. a body shorter than
    its Content-Length)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(f"request body not received within {timeout:g} s")


class ClientGone(Exception):
    """The client disconnected before its request body was read."""


def header_map(scope: Scope) -> dict[str, str]:
    """Request headers as a dict with lower-case names (repeated headers joined by ``, ``)."""
    out: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


async def read_body(
    receive: Receive, limit: int, declared: str | None = None, timeout: float | None = 30.0
) -> bytes:
    """The whole request body; raises BodyTooLarge past ``limit`` bytes (checked early when a
    ``Content-Length`` is declared), BodyTimeout when it has not arrived whole within
    ``timeout`` seconds (a total deadline, not per chunk) and ClientGone if the client leaves."""
    if declared is not None and declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    if timeout is None:
        return await _read_body(receive, limit)
    try:
        async with asyncio.timeout(timeout):
            return await _read_body(receive, limit)
    except TimeoutError:
        raise BodyTimeout(timeout) from None


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(limit)
            chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


#: header names as sent (lower case, bytes), by the name given
_NAMES: dict[str, bytes] = {}


#: the printable ASCII a header value keeps as it is when it must be percent-encoded
_HEADER_SAFE = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "%")


def header_bytes(value: str) -> bytes:
    """A header value as bytes: latin-1 (what a relayed upstream header decoded from), else, for
    text latin-1 cannot hold (a guard reason naming Japanese words, ``substitution:私用->娘+用``),
    its UTF-8 percent-encoded, ``%E7%A7%81...``, so that a reason never fails the response."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return quote(value, safe=_HEADER_SAFE).encode("ascii")


def encode_headers(headers: Iterable[tuple[str, str]]) -> RawHeaders:
    """ASGI raw headers: lower-case names and values as bytes (:func:`header_bytes`)."""
    out = []
    for k, v in headers:
        name = _NAMES.get(k)
        if name is None:
            name = k.lower().encode("latin-1")
            if len(_NAMES) < 1024:  # a bounded memo of the names seen
                _NAMES[k] = name
        out.append((name, header_bytes(v)))
    return out


async def send_bytes(
    send: Send,
    status: int,
    body: bytes,
    content_type: str = "application/json",
    headers: Iterable[tuple[str, str]] = (),
) -> None:
    """Send a complete response."""
    raw = [
        (b"content-type", content_type.encode("latin-1")),
        (b"content-length", str(len(body)).encode()),
        *encode_headers(headers),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


async def send_json(
    send: Send, status: int, obj: Any, headers: Iterable[tuple[str, str]] = ()
) -> None:
    """Send ``obj`` as a complete JSON response."""
    await send_bytes(send, status, dumps(obj), "application/json", headers)


def query_params(scope: Scope) -> dict[str, str]:
    """The query string as a dict (last value wins)."""
    from urllib.parse import parse_qsl

    raw = scope.get("query_string", b"").decode("latin-1")
    return dict(parse_qsl(raw, keep_blank_values=True))


def merge_headers(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """``base`` with ``extra``'s headers added (``extra`` wins)."""
    out = dict(base)
    out.update(extra)
    return out
