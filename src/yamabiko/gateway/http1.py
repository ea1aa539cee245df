"""The upstream client of cached API calls: pooled HTTP/1.1 keep-alive connections on asyncio
protocols, responses parsed by ``httptools`` (the parser uvicorn uses).

httpx cost about 1 ms of CPU per call on the gateway's event loop (measured: ~1.1 ms against
~0.1 ms for a bare HTTP/1.1 exchange with the same fake upstream), and it needs several loop
turns before the request is on the wire, so a speculative call (:mod:`.speculate`) was not sent
before the lookup had finished. Here :meth:`Pool.send` writes the request in its first step
when an idle connection is pooled, and a response costs a few parser callbacks.

What it does, as the httpx client it replaces on this path did: ``http`` and ``https`` (httpx's
default TLS context: certifi's roots), no proxies from the environment, no retries, no
redirects, TCP_NODELAY, ``Host`` / ``Content-Length`` / ``Accept`` / ``User-Agent`` /
``Connection`` added as httpx adds them; a whole read (:meth:`Response.aread`) decodes a
``Content-Encoding`` the upstream used anyway; the stream (:meth:`Response.aiter_raw`) is
passed on as it came. Failures are raised as httpx's exceptions (``ConnectError``,
``ConnectTimeout``, ``RemoteProtocolError``, ``ReadError``), which callers already handle.
Deadlines are the caller's (``asyncio.timeout_at`` around the call and the reads); a call
cut off mid-way closes its connection.
The request's bytes, URL targets and the header view are in :mod:`.http1_wire`.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections import deque
from collections.abc import AsyncIterator

import httptools
import httpx

from .http1_wire import Headers, Origin, Target, encode_request, url_target

__all__ = ["Headers", "Pool", "Response"]

#: pause reading a response whose unread body holds this many bytes
HIGH_WATER = 256 * 1024


class Response:
    """An upstream response whose body is still arriving."""

    def __init__(self, status: int, headers: list[tuple[str, str]], conn: _Connection) -> None:
        self.status_code = status
        self.headers = Headers(headers)
        self.origin = conn.origin
        #: ``scheme://host[:port]/`` (for messages)
        self.where = f"{conn.origin[0]}://{conn.host}/"
        self._conn: _Connection | None = conn
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._done = False
        self._error: Exception | None = None
        self._wake: asyncio.Future[None] | None = None

    # -- fed by the connection -------------------------------------------------------------

    def _feed(self, data: bytes) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > HIGH_WATER and self._conn is not None:
            self._conn.pause()
        self._wakeup()

    def _end(self, error: Exception | None = None) -> None:
        if error is None:
            self._done = True
        elif not self._done:
            self._error = error
        self._wakeup()

    def _wakeup(self) -> None:
        if self._wake is not None and not self._wake.done():
            self._wake.set_result(None)

    # -- read by the gateway ---------------------------------------------------------------

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body as it arrives (transfer framing removed, content encoding kept)."""
        while True:
            if self._chunks:
                chunk = self._chunks.popleft()
                self._buffered -= len(chunk)
                if self._conn is not None and self._buffered <= HIGH_WATER // 4:
                    self._conn.resume()
                yield chunk
                continue
            if self._error is not None:
                self._release()
                raise self._error
            if self._done:
                self._release()
                return
            self._wake = asyncio.get_running_loop().create_future()
            await self._wake

    async def aread(self) -> bytes:
        """The whole body, its ``Content-Encoding`` (if the upstream used one) decoded."""
        raw = b"".join([chunk async for chunk in self.aiter_raw()])
        encoding = self.headers.get("content-encoding")
        if encoding and encoding.strip().lower() != "identity":
            try:
                decoded = httpx.Response(200, headers={"content-encoding": encoding}, content=raw)
                return decoded.content
            except httpx.DecodingError as exc:
                raise httpx.DecodingError(str(exc)) from None
        return raw

    async def aclose(self) -> None:
        """Done with the response: its connection goes back to the pool if the body was read
        to its end, and is closed otherwise."""
        self._release()

    def _release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.finished(self, reusable=self._done and self._error is None)


class _Connection(asyncio.Protocol):
    """One keep-alive connection: one request at a time."""

    def __init__(self, pool: Pool, origin: Origin, host: str) -> None:
        self.pool = pool
        self.origin = origin
        self.host = host  # the Host header
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.keep_alive = False
        self._parser = httptools.HttpResponseParser(self)
        self._headers: list[tuple[str, str]] = []
        self._waiter: asyncio.Future[Response] | None = None
        self._response: Response | None = None
        self._until_eof = False  # the body ends when the connection does
        self._paused = False

    # -- protocol --------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        if self._waiter is None and self._response is None:
            self.close()  # bytes nobody asked for: the connection cannot be trusted
            return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(httpx.RemoteProtocolError(f"the upstream's response is malformed: {exc}"))
            self.close()

    def eof_received(self) -> bool | None:
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool.forget(self)
        if self._response is not None and self._until_eof:
            self._response._end()
            self._response = None
        self._fail(
            httpx.RemoteProtocolError("Server disconnected without sending a response.")
            if self._waiter is not None
            else httpx.ReadError("the upstream closed the connection mid-answer.")
        )

    # -- parser callbacks ------------------------------------------------------------------

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name.decode("latin-1").lower(), value.decode("latin-1")))

    def on_headers_complete(self) -> None:
        status = self._parser.get_status_code()
        headers, self._headers = self._headers, []
        if 100 <= status < 200:
            return  # an interim response (100 Continue): the real one follows
        names = {name for name, _ in headers}
        framed = "content-length" in names or "transfer-encoding" in names
        self._until_eof = not framed and status not in (204, 304)
        self.keep_alive = self._parser.should_keep_alive() and not self._until_eof
        response = self._response = Response(status, headers, self)
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(response)

    def on_body(self, body: bytes) -> None:
        if self._response is not None:
            self._response._feed(body)

    def on_message_complete(self) -> None:
        if self._response is None:
            return  # the end of an interim response
        response, self._response = self._response, None
        response._end()

    # -- use -------------------------------------------------------------------------------

    def request(self, data: bytes) -> asyncio.Future[Response]:
        assert self.transport is not None
        self._waiter = asyncio.get_running_loop().create_future()
        self.transport.write(data)
        return self._waiter

    def finished(self, response: Response, reusable: bool) -> None:
        if reusable and self.keep_alive and not self.closed and self._response is None:
            self.resume()
            self.pool.put_back(self)
        else:
            self.close()

    def _fail(self, error: Exception) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)
        response, self._response = self._response, None
        if response is not None:
            response._end(error)

    def pause(self) -> None:
        if not self._paused and self.transport is not None and not self.closed:
            self._paused = True
            self.transport.pause_reading()

    def resume(self) -> None:
        if self._paused and self.transport is not None and not self.closed:
            self._paused = False
            self.transport.resume_reading()

    def close(self) -> None:
        self.closed = True
        self.pool.forget(self)
        if self.transport is not None:
            self.transport.close()


class Pool:
    """Idle keep-alive connections per origin (at most ``max_idle`` in all)."""

    def __init__(self, connect_timeout: float, max_idle: int = 256) -> None:
        self.connect_timeout = connect_timeout
        self.max_idle = max_idle
        self._idle: dict[Origin, list[_Connection]] = {}
        self._count = 0
        self._ssl: ssl.SSLContext | None = None
        self._targets: dict[str, Target] = {}

    def _target(self, url: str) -> Target:
        """(origin, Host header, request target) of ``url`` (remembered per URL)."""
        known = self._targets.get(url)
        if known is None:
            known = url_target(url)
            if len(self._targets) < 4096:
                self._targets[url] = known
        return known

    async def send(
        self, method: str, url: str, headers: list[tuple[str, str]], body: bytes
    ) -> Response:
        """Send the request; returns once the response's head has arrived. An idle pooled
        connection gets the request in this call's first step (before any await)."""
        origin, host, target = self._target(url)
        data = encode_request(method, target, host, headers, body)
        conn = self._take(origin)
        if conn is None:
            conn = await self._connect(origin, host)
        try:
            return await conn.request(data)
        except BaseException:
            conn.close()
            raise

    def _take(self, origin: Origin) -> _Connection | None:
        idle = self._idle.get(origin)
        while idle:
            conn = idle.pop()
            self._count -= 1
            if not conn.closed and conn.transport is not None and not conn.transport.is_closing():
                return conn
        return None

    async def _connect(self, origin: Origin, host_header: str) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context()
            context = self._ssl
        conn = _Connection(self, origin, host_header)
        try:
            async with asyncio.timeout(self.connect_timeout):
                await loop.create_connection(
                    lambda: conn, host, port, ssl=context,
                    server_hostname=host if context is not None else None,
                )  # fmt: skip
        except TimeoutError:
            conn.close()
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except (OSError, ssl.SSLError) as exc:
            conn.close()
            raise httpx.ConnectError(f"cannot connect to {host}:{port}: {exc}") from None
        return conn

    def put_back(self, conn: _Connection) -> None:
        """Keep ``conn`` for the next request to its origin (closed past ``max_idle``)."""
        if self._count >= self.max_idle:
            conn.close()
            return
        self._idle.setdefault(conn.origin, []).append(conn)
        self._count += 1

    def forget(self, conn: _Connection) -> None:
        """Drop ``conn`` from the idle connections (it broke or was closed)."""
        idle = self._idle.get(conn.origin)
        if idle and conn in idle:
            idle.remove(conn)
            self._count -= 1

    async def aclose(self) -> None:
        """Close every idle connection."""
        for idle in list(self._idle.values()):
            for conn in list(idle):
                conn.close()
        self._idle.clear()
        self._count = 0
