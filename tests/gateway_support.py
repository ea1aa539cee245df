"""Start the real stack for gateway tests: the fake upstream and the gateway, each a uvicorn
server on a free 127.0.0.1 port, with the real embedder and a real SQLite file; or a real
``yamabiko serve`` process. Also: counting the calls of a function under test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from yamabiko.cache import AsyncSemanticCache
from yamabiko.config.gateway import GatewaySettings
from yamabiko.gateway.app import Gateway, create_app
from yamabiko.testing import ServerThread, start_fake_upstream

ADMIN = "admin-token-for-tests-0123456789"


class Stack:
    """A running gateway (``app``, ``server``, ``url``) and its fake upstream (``fake`` is its
    app, with the calls it received; ``fake_server`` the server)."""

    def __init__(self, fake: Any, gateway: ServerThread, app: Gateway) -> None:
        self.fake_server = fake
        self.fake = fake.app
        self.server = gateway
        self.app = app
        self.url = gateway.url

    @property
    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {ADMIN}"}


#: the AWS key the fake Bedrock upstream knows (it checks the gateway's SigV4 signatures)
AWS_SECRETS = {"AKIDFAKEGATEWAY": "fake-gateway-secret-key"}


@contextmanager
def running_stack(
    embedder: Any,
    tmp: Path,
    *,
    chunk_interval: float = 0.0,
    store: str | None = None,
    cache_options: dict[str, Any] | None = None,
    **settings: Any,
):
    """The fake upstream and a gateway in front of it; ``store``: a Valkey URL (a fresh
    prefix) instead of a SQLite file; ``cache_options``: more arguments of the cache (e.g.
    budgets); ``settings``: the gateway's."""
    fake = start_fake_upstream(
        chunk_interval=chunk_interval, embedding_model=embedder, aws_credentials=AWS_SECRETS
    )
    ((key, secret),) = AWS_SECRETS.items()
    options: dict[str, Any] = {
        "openai_url": fake.url,
        "anthropic_url": fake.url,
        "gemini_url": fake.url,
        "bedrock_url": fake.url,
        "vertex_url": fake.url,
        "aws": {"region": "us-east-1", "access_key_id": key, "secret_access_key": secret},
        "admin_token": ADMIN,
    }
    options.update(settings)
    if store:
        from yamabiko.stores.valkey import ValkeyStore

        backend = ValkeyStore(store, prefix=f"gw{uuid.uuid4().hex[:12]}:", timeout=2.0)
        # a lookup may wait on Valkey as long as the client's own timeout: at the 0.5 s default a
        # loaded CI machine turned an expected "miss" into "miss; reason=store-timeout" (session
        # 23, test_gateway_bedrock.py); the budget itself is tested with explicit values
        options_for_cache = {"lookup_budget": 2.0, **(cache_options or {})}
        cache = AsyncSemanticCache(embedder, backend, **options_for_cache)
    else:
        cache = AsyncSemanticCache(embedder, path=tmp / "gateway.sqlite3", **(cache_options or {}))
    app = create_app(cache, GatewaySettings(**options))
    gateway = ServerThread(app).start()
    try:
        yield Stack(fake, gateway, app)
    finally:
        gateway.stop()
        fake.stop()


def wait_for(check: Callable[[], object], timeout: float = 60.0) -> bool:
    """Poll ``check`` every 20 ms until it is true or ``timeout`` seconds have passed; its
    last result. For work the gateway finishes after the client has its reply."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return bool(check())


#: the command that starts a gateway process (add its flags)
SERVE_COMMAND = [sys.executable, "-m", "yamabiko.cli", "serve"]


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any ``YAMABIKO_*`` variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("YAMABIKO_")}
    return {**env, **extra}


def serve_url(proc: subprocess.Popen[str], timeout: float = 120.0) -> tuple[str, list[str]]:
    """Reads a ``yamabiko serve`` process's stderr (a text pipe) up to its ``yamabiko gateway on
    URL`` line; returns the URL and the lines read. Fails with those lines if the process ends
    first or ``timeout`` seconds pass."""
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None:
            break
        lines.append(line)
        if line.startswith("yamabiko gateway on "):
            return line.split()[3], lines
    raise AssertionError(f"the gateway did not start: {lines}")


def count_calls(monkeypatch: Any, owner: Any, name: str, counts: dict[str, int]) -> None:
    """Wraps ``owner.name`` (for this test) so that each call adds one to ``counts[name]``."""
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[name] = counts.get(name, 0) + 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
