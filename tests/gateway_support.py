"""Start the real stack for gateway tests: the fake upstream and the gateway, each a uvicorn
server on a free 127.0.0.1 port, with the real embedder and a real SQLite file."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any

from yamabiko.cache import AsyncSemanticCache
from yamabiko.gateway.app import Gateway, create_app
from yamabiko.gateway.settings import GatewaySettings
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


@contextmanager
def running_stack(embedder: Any, tmp: Path, *, chunk_interval: float = 0.0, **settings: Any):
    fake = start_fake_upstream(chunk_interval=chunk_interval, embedding_model=embedder)
    options: dict[str, Any] = {
        "openai_url": fake.url,
        "anthropic_url": fake.url,
        "gemini_url": fake.url,
        "admin_token": ADMIN,
    }
    options.update(settings)
    cache = AsyncSemanticCache(embedder, path=tmp / "gateway.sqlite3")
    app = create_app(cache, GatewaySettings(**options))
    gateway = ServerThread(app).start()
    try:
        yield Stack(fake, gateway, app)
    finally:
        gateway.stop()
        fake.stop()
