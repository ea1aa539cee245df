"""Start the real stack for gateway tests: the fake upstream and the gateway, each a uvicorn
server on a free 127.0.0.1 port, with the real embedder and a real SQLite file."""

from __future__ import annotations

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
        cache = AsyncSemanticCache(embedder, backend, **(cache_options or {}))
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
