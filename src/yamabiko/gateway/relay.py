"""Relaying the upstream's answer: a JSON body read whole, or a stream passed to the client
chunk by chunk while its answer is assembled on the side. Relaying returns an
:class:`Outcome` (the answer, whether it arrived whole, the status) and never stores: whether
it may be stored is decided by the admission rules, by the caller.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ..errors import UpstreamError
from .adapters.base import Adapter, Answer
from .asgi import Receive, Send, encode_headers
from .http1 import Response
from .upstream import Upstream, response_headers

#: an upstream response: the lean client's (POST) or httpx's (other methods)
AnyResponse = httpx.Response | Response

log = logging.getLogger("yamabiko.gateway")


@dataclass
class Outcome:
    """What the upstream answered. ``answer`` is None when it cannot be read; ``incomplete``
    names why the answer did not arrive whole (``client-disconnected``, ``unreadable-stream``,
    ``encoded-stream``); ``sent``: the response has already gone to the client (a stream)."""

    status: int
    answer: Answer | None = None
    incomplete: str | None = None
    size: int = 0
    upstream_ms: float = 0.0
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = "application/json"
    sent: bool = False


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _timed_out(where: str) -> UpstreamError:
    return UpstreamError(
        504,
        "timeout",
        f"the upstream {where} did not answer in time (gateway.upstream_timeout).",
    )


def _origin(response: AnyResponse) -> str:
    """``scheme://host[:port]/`` of the upstream that sent ``response``."""
    if isinstance(response, Response):
        return response.where
    return str(response.request.url.copy_with(query=None, path="/"))


async def open_response(
    upstream: Upstream,
    method: str,
    url: str,
    headers: list[tuple[str, str]],
    body: bytes,
    deadline: float | None = None,
) -> AnyResponse:
    """Send the request; the response's body is still to be read. UpstreamError if none
    by ``deadline`` (the event loop's clock): a total deadline, not one per read."""
    origin = url.split("/", 3)[:3]
    where = "/".join(origin)
    try:
        async with asyncio.timeout_at(deadline):
            return await upstream.send(method, url, headers, body)
    except TimeoutError:
        raise _timed_out(where) from None
    except httpx.TimeoutException:
        raise _timed_out(where) from None
    except httpx.HTTPError as exc:
        raise UpstreamError(
            502, "connect", f"the upstream {where} cannot be reached: {type(exc).__name__}."
        ) from None


async def read_whole(
    response: AnyResponse,
    adapter: Adapter,
    limit: int,
    started: float,
    deadline: float | None = None,
) -> Outcome:
    """Read a non-streamed answer (not sent yet: the caller adds its headers), whole by
    ``deadline`` (the event loop's clock; a trickling upstream is cut off there: 504)."""
    try:
        async with asyncio.timeout_at(deadline):
            raw = await response.aread()
    except TimeoutError:
        raise _timed_out(_origin(response)) from None
    except httpx.HTTPError as exc:
        raise UpstreamError(
            502, "read", f"the upstream failed mid-answer: {type(exc).__name__}."
        ) from None
    content_type = response.headers.get("content-type", "application/json")
    answer = None
    if 200 <= response.status_code < 300 and len(raw) <= limit:
        try:
            answer = adapter.read(raw, content_type)
        except Exception:  # an upstream body we cannot read is relayed, not stored
            answer = None
    headers = response_headers(response.headers, decoded=True)
    return Outcome(
        status=response.status_code,
        answer=answer,
        size=len(raw),
        upstream_ms=_ms(started),
        body=raw,
        headers=[(k, v) for k, v in headers if k != "content-type"],
        content_type=content_type,
    )


async def tee(
    response: AnyResponse,
    adapter: Adapter,
    send: Send,
    receive: Receive,
    headers: list[tuple[str, str]],
    *,
    limit: int,
    assemble: bool,
    on_finishing: Callable[[], None],
    deadline: float | None = None,
) -> Outcome:
    """Pass every upstream chunk to the client as it arrives; with ``assemble``, rebuild the
    answer on the side (only if the stream completes and the client stays to the end).
    ``on_finishing`` is called once, when the answer's finish arrives. A stream still running
    at ``deadline`` (the event loop's clock) is cut off: the client gets the API's stream error
    event and a clean end, and the answer is ``upstream-timeout`` (never stored)."""
    started = time.perf_counter()
    head = response_headers(response.headers, decoded=False) + headers
    await send(
        {"type": "http.response.start", "status": response.status_code,
         "headers": encode_headers(head)}
    )  # fmt: skip
    gone = asyncio.Event()

    async def watch() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                gone.set()
                return

    watcher = asyncio.ensure_future(watch())
    decoder, assembler = adapter.decoder(), adapter.assembler()
    encoded = "content-encoding" in response.headers
    assemble = assemble and not encoded
    size = 0
    ended = delivered = broken = unreadable = finishing = timed_out = False
    try:
        try:
            async with asyncio.timeout_at(deadline):
                async for chunk in response.aiter_raw():
                    size += len(chunk)
                    if assemble and not unreadable and size <= limit:
                        try:
                            for event in decoder.feed(chunk):
                                assembler.feed(event)
                        except Exception as exc:  # unreadable upstream events: relay, never store
                            log.warning("yamabiko gateway: cannot assemble the stream: %r", exc)
                            unreadable = True
                        if not finishing and assembler.finishing():
                            finishing = True
                            on_finishing()
                    if gone.is_set():
                        break
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                    delivered = delivered or assembler.seen_end()
                else:
                    ended = True
        except TimeoutError:
            timed_out = True
            if not gone.is_set():
                message = "the upstream's stream did not end in time (gateway.upstream_timeout)."
                await send({"type": "http.response.body", "more_body": True,
                            "body": adapter.stream_error(504, message)})  # fmt: skip
        except httpx.HTTPError as exc:
            log.warning("yamabiko gateway: upstream stream broke: %s", type(exc).__name__)
            broken = True
        # a client that hangs up after the end marker (SDKs stop reading at [DONE]) has the
        # whole answer; one that leaves before it does not
        left_early = gone.is_set() and not delivered
        if not gone.is_set() and not broken:
            # (after a broken upstream stream the response is left unfinished: the server
            # then drops the connection, so the client sees the truncation too)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        watcher.cancel()
    # the client has the whole response: the answer is assembled (and judged) after it
    answer = None
    if assemble and (ended or delivered) and not (left_early or unreadable or timed_out):
        try:
            assembler.end()
            answer = assembler.result()
        except Exception as exc:
            log.warning("yamabiko gateway: cannot assemble the stream: %r", exc)
            unreadable = True
    incomplete = None
    if left_early:
        incomplete = "client-disconnected"
    elif unreadable:
        incomplete = "unreadable-stream"
    elif encoded:
        incomplete = "encoded-stream"
    elif broken:
        incomplete = "upstream-broke"
    elif timed_out:
        incomplete = "upstream-timeout"
    return Outcome(response.status_code, answer, incomplete, size, _ms(started), sent=True)


async def pass_through(response: AnyResponse, send: Send, headers: list[tuple[str, str]]) -> bool:
    """Relay any response as is (uncached paths); False if the upstream stream broke."""
    out = response_headers(response.headers, decoded=False) + headers
    await send(
        {"type": "http.response.start", "status": response.status_code,
         "headers": encode_headers(out)}
    )  # fmt: skip
    intact = True
    try:
        async for chunk in response.aiter_raw():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except httpx.HTTPError:
        intact = False
    await send({"type": "http.response.body", "body": b"", "more_body": False})
    return intact
