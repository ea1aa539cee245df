"""The remote checker hook: a detector that POSTs the prompt to an HTTP service (Presidio's
``/analyze`` reply format, or ``{"sensitive": bool}``), within a total timeout, failing closed
(not stored) by default or open when configured. Tested against a real HTTP server on
127.0.0.1 started by a fixture."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.detectors import builtin_detectors
from yamabiko.detectors.remote import RemoteDetector
from yamabiko.errors import ConfigError, NotStoredError
from yamabiko.policy import Policy


class Analyzer(BaseHTTPRequestHandler):
    """Flags texts holding "Taro" (as a Presidio PERSON finding) on /analyze; other paths
    misbehave on purpose."""

    seen: list[dict] = []  # noqa: RUF012 (shared by the server's handler threads)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Analyzer.seen.append(body)
        found = "Taro" in body["text"] or "太郎" in body["text"]
        if self.path == "/analyze":
            reply = (
                [{"entity_type": "PERSON", "start": 0, "end": 4, "score": 0.85}] if found else []
            )
            self._send(200, json.dumps(reply).encode())
        elif self.path == "/bool":
            self._send(200, json.dumps({"sensitive": found}).encode())
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(200, b"[]")
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "40")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:  # the client gave up (its timeout passed), as it should
                pass
        elif self.path == "/error":
            self._send(500, b"internal error")
        else:
            self._send(200, b"<html>not json</html>")

    def _send(self, status: int, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (its timeout passed), as it should
            pass

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def analyzer() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Analyzer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_presidio_style_findings_and_boolean_replies(analyzer):
    remote = RemoteDetector(f"{analyzer}/analyze")
    assert remote("My name is Taro Yamada")
    assert not remote("What is the capital of France?")
    assert Analyzer.seen[-1] == {"text": "What is the capital of France?", "language": "en"}
    assert remote("私は山田太郎です")
    assert Analyzer.seen[-1]["language"] == "ja"
    assert not RemoteDetector(f"{analyzer}/analyze", min_score=0.9)("My name is Taro")
    assert not RemoteDetector(f"{analyzer}/analyze", entities=["EMAIL_ADDRESS"])("I am Taro")
    boolean = RemoteDetector(f"{analyzer}/bool")
    assert boolean("Taro here") and not boolean("hello")
    assert remote.failures == 0 and remote.checks == 3


@pytest.mark.parametrize("path", ["/slow", "/trickle", "/error", "/html"])
def test_a_failing_checker_fails_closed_by_default_and_open_when_asked(analyzer, path, caplog):
    closed = RemoteDetector(f"{analyzer}{path}", timeout=0.3)
    start = time.monotonic()
    assert closed("What is the capital of France?")  # failed: treated as sensitive
    assert time.monotonic() - start < 0.9  # the whole call ends near its timeout
    assert closed.failures == 1
    opened = RemoteDetector(f"{analyzer}{path}", timeout=0.3, fail="open")
    assert not opened("What is the capital of France?")
    assert opened.failures == 1
    assert "capital of France" not in caplog.text  # the log never holds the text


def test_a_down_checker_logs_once_per_state_change(analyzer, caplog):
    remote = RemoteDetector("http://127.0.0.1:9/analyze", timeout=0.3)  # discard port: refused
    for _ in range(5):
        assert remote("hello")
    assert remote.failures == 5
    assert caplog.text.count("remote checker") == 1
    remote.url, remote._parts = f"{analyzer}/analyze", RemoteDetector(f"{analyzer}/analyze")._parts
    assert not remote("hello")
    assert caplog.text.count("answers again") == 1


async def test_the_cache_asks_the_checker_off_the_event_loop_and_does_not_store(
    analyzer, embedder, tmp_path
):
    remote = RemoteDetector(f"{analyzer}/analyze")
    policy = Policy({**builtin_detectors(), "remote": remote})
    assert policy.blocking
    async with AsyncSemanticCache(
        path=tmp_path / "c.db", embedder=embedder, policy=policy
    ) as cache:
        loop_thread = threading.get_ident()
        calls: list[int] = []
        original = remote.__call__

        class Spy(RemoteDetector):
            def __call__(self, text: str) -> bool:
                calls.append(threading.get_ident())
                return original(text)

        remote.__class__ = Spy
        probe = await cache.probe("Please write a birthday card for Taro Yamada")
        assert probe.hit is None and probe.reason == "bypass:sensitive:remote"
        assert calls and loop_thread not in calls
        with pytest.raises(NotStoredError) as info:
            await cache.store("Please write a birthday card for Taro Yamada", "Happy birthday!")
        assert str(info.value.reason) == "sensitive:remote"
        await cache.store("How long should I boil an egg for a runny yolk?", "Six minutes.")
        assert await cache.lookup("How long should I boil an egg for a runny yolk?") is not None


async def test_a_slow_checker_fails_closed_through_the_cache(analyzer, embedder, tmp_path):
    policy = Policy({"remote": RemoteDetector(f"{analyzer}/slow", timeout=0.2)})
    async with AsyncSemanticCache(
        path=tmp_path / "c.db", embedder=embedder, policy=policy
    ) as cache:
        with pytest.raises(NotStoredError) as info:
            await cache.store("Which river flows through Vienna?", "The Danube.")
        assert str(info.value.reason) == "sensitive:remote"


def test_remote_checker_config_and_its_errors(analyzer, tmp_path):
    policy = Policy.from_config(
        {"remote": {"url": f"{analyzer}/analyze", "timeout": 0.4, "fail": "open"}}, "y.toml"
    )
    remote = policy.detectors["remote"]
    assert isinstance(remote, RemoteDetector) and remote.fail == "open" and remote.timeout == 0.4
    assert "email" in policy.detectors  # the built-in detectors still run
    assert policy.find_sensitive(["I am Taro"]) == "remote"
    assert policy.find_sensitive(["I am Taro"], blocking=False) is None
    with pytest.raises(ConfigError, match="fail is 'half'"):
        Policy.from_config({"remote": {"url": f"{analyzer}/analyze", "fail": "half"}}, "y.toml")
    with pytest.raises(ConfigError, match="needs a url"):
        Policy.from_config({"remote": {"timeout": 1}}, "y.toml")
    with pytest.raises(ConfigError, match="must be an http"):
        Policy.from_config({"remote": {"url": "ftp://x"}}, "y.toml")
    with pytest.raises(ConfigError, match="Did you mean 'timeout'"):
        Policy.from_config({"remote": {"url": f"{analyzer}/analyze", "timout": 1}}, "y.toml")
    with pytest.raises(ConfigError, match="timeout is 0"):
        Policy.from_config({"remote": {"url": f"{analyzer}/analyze", "timeout": 0}}, "y.toml")
