"""Total deadlines: a trickling upstream and a request body shorter than its Content-Length
must not hold a request past the configured deadline (before: upstream_timeout applied per
read, so an upstream sending a byte every second held a request 12 s at 3 s; a short body
held one for 15 s and more)."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
from gateway_support import running_stack

from yamabiko.gateway.server import loopback_socket


class TricklingUpstream:
    """A raw HTTP server that announces a JSON body and sends it one byte every 0.3 s."""

    def __init__(self) -> None:
        self.sock = loopback_socket()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.sock.settimeout(0.2)
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        body = b'{"id": "x", "choices": []}' * 10
        try:
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(body)}\r\n\r\n".encode()
            )
            for byte in body:
                if self.stopping.is_set():
                    return
                conn.sendall(bytes([byte]))
                time.sleep(0.3)
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def trickle():
    server = TricklingUpstream()
    yield server
    server.stop()


def test_a_trickling_upstream_is_cut_off_at_the_total_deadline(embedder, tmp_path, trickle):
    with running_stack(embedder, tmp_path, openai_url=trickle.url, upstream_timeout=1.5) as s:
        body = {"model": "m", "messages": [{"role": "user", "content": "Slow answer please?"}]}
        started = time.monotonic()
        r = httpx.post(f"{s.url}/v1/chat/completions", json=body, timeout=30)
        took = time.monotonic() - started
    assert r.status_code == 504 and "upstream_timeout" in r.json()["error"]["message"]
    assert took < 20  # the whole body would take ~80 s at one byte per 0.3 s


def test_a_body_shorter_than_its_content_length_is_a_408(embedder, tmp_path):
    with running_stack(embedder, tmp_path, body_timeout=0.5) as s:
        port = int(s.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=15) as conn:
            conn.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n"
                b'content-type: application/json\r\ncontent-length: 500\r\n\r\n{"model": '
            )
            reply = b""
            while b"\r\n\r\n" not in reply:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                reply += chunk
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]


LONG_ANSWER = " ".join(f"word{i}" for i in range(60))  # 10 chunks of 6 words, ~4 s


def test_a_trickling_stream_ends_at_the_total_deadline_in_the_apis_format(embedder, tmp_path):
    """Before: a stream had no total deadline (only one per read), so an upstream sending a
    chunk every 0.4 s held the request as long as it kept sending."""
    import anthropic
    import openai

    with running_stack(embedder, tmp_path, chunk_interval=0.4, upstream_timeout=1.5) as s:
        headers = {"X-Fake-Answer": LONG_ANSWER.replace(" ", "%20")}
        client = openai.OpenAI(base_url=f"{s.url}/v1", api_key="sk-test", max_retries=0,
                               default_headers=headers)  # fmt: skip
        received = []
        with pytest.raises(openai.APIError, match="upstream_timeout"):
            for chunk in client.chat.completions.create(
                model="m", stream=True, messages=[{"role": "user", "content": "Tell a story?"}]
            ):
                received.extend(c.delta.content or "" for c in chunk.choices)
        assert received and "word59" not in "".join(received)  # cut off before its end
        stats = httpx.get(f"{s.url}/yamabiko/stats", headers=s.admin_headers).json()
        assert stats["cache"]["entries"] == 0  # nothing was stored
        assert stats["gateway"]["not_stored_by_reason"] == {"upstream-timeout": 1}

        claude = anthropic.Anthropic(base_url=s.url, api_key="sk-test", max_retries=0,
                                     default_headers=headers)  # fmt: skip
        messages = [{"role": "user", "content": "A story?"}]
        with (
            pytest.raises(anthropic.APIStatusError, match="upstream_timeout"),
            claude.messages.stream(model="m", max_tokens=50, messages=messages) as stream,
        ):
            for _ in stream:
                pass
