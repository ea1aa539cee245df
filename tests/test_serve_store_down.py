"""`yamabiko serve` with its store down: the gateway starts anyway, passes requests through to
the upstream and says the cache is unavailable (headers, /healthz, /metrics, log), then uses
the store once it is back, without a restart.

A real gateway process (two workers: the parent opens the store first) in front of the real
fake upstream, with a Valkey URL that nothing listens on; a real valkey-server is started on
that port halfway through.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
from gateway_support import ADMIN, wait_for
from servers import ValkeySearchServer

from yamabiko.testing import start_fake_upstream

PROMPT = "What is the tallest mountain in Japan?"


def _chat(url: str) -> httpx.Response:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPT}]}
    return httpx.post(f"{url}/v1/chat/completions", json=body, timeout=120)


def _gateway_url(log_path, proc: subprocess.Popen[bytes], timeout: float = 180.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log_path.read_text()
        for line in log_path.read_text().splitlines():
            if line.startswith("yamabiko gateway on "):
                return line.split()[3]
        time.sleep(0.1)
    raise AssertionError(f"the gateway did not start:\n{log_path.read_text()}")


def test_serve_starts_with_the_store_down_passes_through_and_recovers(tmp_path):
    # the port is held (bound, not listening: a connection is refused) until Valkey starts
    # on it, so that no other process takes it meanwhile
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    port = holder.getsockname()[1]
    store_url = f"valkey://127.0.0.1:{port}/0"
    fake = start_fake_upstream()
    log_path = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("YAMABIKO_")}
    command = [
        sys.executable, "-m", "yamabiko.cli", "serve", "--port", "0", "--workers", "2",
        "--store", store_url, "--openai-url", fake.url, "--admin-token", ADMIN,
        "--access-log", "off",
    ]  # fmt: skip
    valkey = ValkeySearchServer(port=port, start_timeout=120)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        url = _gateway_url(log_path, proc)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        # the store is down: the upstream answers, and every channel says the cache is out
        down = _chat(url)
        assert down.status_code == 200, log_path.read_text()
        assert down.json()["choices"][0]["message"]["content"] == f"Fake answer to: {PROMPT}"
        assert down.headers["x-yamabiko-cache"] == (
            "miss; reason=store-unavailable; not-stored=store-unavailable"
        ), log_path.read_text()
        assert down.headers["x-yamabiko-stored"] == "false"
        assert httpx.get(f"{url}/healthz", timeout=60).json() == {
            "status": "ok",
            "cache": "unavailable",
        }
        metrics = httpx.get(f"{url}/metrics", headers=admin, timeout=60).text
        assert "yamabiko_store_up 0" in metrics
        stats = httpx.get(f"{url}/yamabiko/stats", headers=admin, timeout=60).json()
        assert stats["store"]["store"] == "unavailable"
        assert f"127.0.0.1:{port}" in stats["store"]["error"]
        assert "the cache store is unavailable, passing through" in log_path.read_text()
        assert fake.app.calls_to("/chat/completions") == 1

        # the store comes back: each worker reopens it in the background (health checks and
        # requests start the attempts); an answer is stored, and then served from the cache
        holder.close()
        valkey.start()
        hit_seen = wait_for(lambda: _chat(url).headers["x-yamabiko-cache"] == "hit", timeout=120)
        assert hit_seen, log_path.read_text()[-4000:]
        hit = _chat(url)
        assert hit.headers["x-yamabiko-cache"] == "hit"
        assert hit.json()["choices"][0]["message"]["content"] == f"Fake answer to: {PROMPT}"
        assert wait_for(
            lambda: httpx.get(f"{url}/healthz", timeout=60).json()["cache"] == "ok", timeout=60
        )
        assert int(valkey.command("DBSIZE")) > 0  # the entry is in the server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            holder.close()
            valkey.close()
            fake.stop()
    text = log_path.read_text()
    assert "Traceback" not in text, text[-4000:]
