"""The gateway's upstream HTTP/1.1 client (:mod:`yamabiko.gateway.http1`) against real
servers: the fake upstream, and small asyncio servers that answer in the shapes a real
upstream may (chunked, until close, gzip, broken mid-answer, closing without an answer)."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket

import httpx
import pytest

from yamabiko.gateway.http1 import Pool
from yamabiko.testing import start_fake_upstream

CHAT = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Hello there"}]})
JSON_HEADERS = [("content-type", "application/json"), ("authorization", "Bearer sk-test")]


class RawServer:
    """An asyncio server answering each request with ``answer(n)`` (bytes; None: close the
    connection without answering); records the requests and the connections."""

    def __init__(self, answer, close_after=()):
        self.answer = answer
        self.close_after = set(close_after)
        self.requests: list[bytes] = []
        self.connections = 0

    async def start(self) -> RawServer:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"
        return self

    async def _serve(self, reader, writer):
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                reply = self.answer(len(self.requests))
                if reply is None:
                    break
                writer.write(reply)
                await writer.drain()
                if len(self.requests) in self.close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        writer.close()

    async def close(self) -> None:
        self.server.close()
        await self.server.wait_closed()


def ok(body: bytes, *extra: str) -> bytes:
    head = "".join(f"{line}\r\n" for line in extra)
    return (
        f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        f"{head}\r\n"
    ).encode() + body


def test_answers_from_the_fake_upstream_on_one_kept_alive_connection():
    fake = start_fake_upstream()

    async def run():
        pool = Pool(connect_timeout=5.0)
        answers = []
        for _ in range(3):
            response = await pool.send(
                "POST", f"{fake.url}/v1/chat/completions", JSON_HEADERS, CHAT.encode()
            )
            assert response.status_code == 200
            assert response.headers.get("content-type", "").startswith("application/json")
            answers.append(json.loads(await response.aread()))
            await response.aclose()
        idle = sum(len(conns) for conns in pool._idle.values())
        await pool.aclose()
        return answers, idle

    try:
        answers, idle = asyncio.run(run())
    finally:
        fake.stop()
    assert all("Hello there" in a["choices"][0]["message"]["content"] for a in answers)
    assert idle == 1  # the three calls shared one connection


def test_the_request_is_on_the_wire_in_the_first_step_with_a_pooled_connection():
    """What speculative forwarding relies on: once the task sending the call has run one
    step, the upstream can read the whole request (the lookup may then take the CPU)."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    async def run():
        pool = Pool(connect_timeout=5.0)
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        first = asyncio.ensure_future(pool.send("POST", url, JSON_HEADERS, b"{}"))
        server, _ = await asyncio.get_running_loop().run_in_executor(None, listener.accept)
        server.settimeout(30)
        received = b""
        while not received.endswith(b"{}"):
            received += await asyncio.get_running_loop().run_in_executor(None, server.recv, 65536)
        server.sendall(ok(b"{}"))
        response = await first
        await response.aread()
        await response.aclose()
        body = b'{"second": true}'
        second = asyncio.ensure_future(pool.send("POST", url, JSON_HEADERS, body))
        await asyncio.sleep(0)  # one step of the sending task, nothing more
        got = b""
        while not got.endswith(body):
            got += server.recv(65536)  # blocks this loop: only bytes already sent arrive
        server.sendall(ok(b"{}"))
        response = await second
        await response.aread()
        await response.aclose()
        server.close()
        await pool.aclose()
        return received, got

    try:
        received, got = asyncio.run(run())
    finally:
        listener.close()
    head = got.split(b"\r\n\r\n")[0].decode().lower()
    assert head.startswith("post /v1/chat/completions http/1.1")
    assert f"host: 127.0.0.1:{port}" in head
    assert "content-length: 16" in head
    assert "authorization: bearer sk-test" in head
    assert b"Host:" in received


def test_chunked_until_close_and_gzip_bodies():
    chunked = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
        b"6\r\ndata: \r\n3\r\nabc\r\n0\r\n\r\n"
    )
    until_close = b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{"a": 1}'
    zipped = gzip.compress(b'{"zipped": true}')

    def answer(n):
        return [chunked, ok(zipped, "content-encoding: gzip"), until_close][(n - 1) % 3]

    async def run():
        server = await RawServer(answer, close_after={3}).start()
        pool = Pool(connect_timeout=5.0)
        url = f"{server.url}/v1/x"
        stream = await pool.send("POST", url, JSON_HEADERS, b"{}")
        chunks = [chunk async for chunk in stream.aiter_raw()]
        await stream.aclose()
        whole = await pool.send("POST", url, JSON_HEADERS, b"{}")
        decoded = await whole.aread()
        await whole.aclose()
        closing = await pool.send("POST", url, JSON_HEADERS, b"{}")
        last = await closing.aread()
        await closing.aclose()
        await pool.aclose()
        await server.close()
        return b"".join(chunks), decoded, last, server.connections

    body, decoded, last, connections = asyncio.run(run())
    assert body == b"data: abc"
    assert decoded == b'{"zipped": true}'
    assert last == b'{"a": 1}'
    assert connections == 1  # chunked and gzip answers kept the connection


def test_failures_are_httpx_errors():
    broken = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"

    def answer(n):
        return broken if n == 1 else None

    async def run():
        server = await RawServer(answer, close_after={1}).start()
        pool = Pool(connect_timeout=5.0)
        url = f"{server.url}/v1/x"
        response = await pool.send("POST", url, JSON_HEADERS, b"{}")
        with pytest.raises(httpx.HTTPError):
            await response.aread()  # the body stopped short of its length
        await response.aclose()
        with pytest.raises(httpx.RemoteProtocolError):
            await pool.send("POST", url, JSON_HEADERS, b"{}")  # closed without an answer
        await server.close()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with pytest.raises(httpx.ConnectError):
            await pool.send("POST", f"http://127.0.0.1:{port}/", JSON_HEADERS, b"{}")
        with pytest.raises(httpx.LocalProtocolError):
            await pool.send("POST", url, [("x-bad", "a\r\nb")], b"{}")
        await pool.aclose()

    asyncio.run(run())


def test_a_response_closed_before_its_end_does_not_return_its_connection():
    def answer(n):
        if n == 1:  # 10 of 100 bytes: the rest never comes
            return b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n" + b"x" * 10
        return ok(b'{"n": %d}' % n)

    async def run():
        server = await RawServer(answer).start()
        pool = Pool(connect_timeout=5.0)
        url = f"{server.url}/v1/x"
        unread = await pool.send("POST", url, JSON_HEADERS, b"{}")
        await unread.aclose()  # closed mid-body: the connection is not used again
        second = await pool.send("POST", url, JSON_HEADERS, b"{}")
        body = await second.aread()
        await second.aclose()
        await pool.aclose()
        await server.close()
        return body, server.connections

    body, connections = asyncio.run(run())
    assert json.loads(body) == {"n": 2}
    assert connections == 2
