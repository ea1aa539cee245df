"""One API request on its way through the gateway's pipeline (:mod:`.pipeline`): what the
client sent, what was derived from it, and what happened to it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Lookup
from ..reasons import Reason
from ..request import CacheRequest
from . import relay
from .adapters.base import Adapter, Match, Parsed
from .asgi import Receive, Scope, Send
from .controls import Controls
from .upstream import CREDENTIALS, GATEWAY_KEY_HEADER


def ms_since(start: float) -> float:
    """Milliseconds since ``start`` (a :func:`time.perf_counter` reading)."""
    return (time.perf_counter() - start) * 1000.0


def target_url(scope: Scope, origin: str) -> str:
    """The upstream URL of a request: ``origin`` plus the path and query as the client sent."""
    query = scope.get("query_string", b"").decode("latin-1")
    raw_path = scope.get("raw_path") or scope["path"].encode()
    path = raw_path.decode("latin-1").split("?", 1)[0]
    return f"{origin}{path}" + (f"?{query}" if query else "")


@dataclass
class Call:
    """One API request on its way through the pipeline."""

    match: Match
    scope: Scope
    receive: Receive
    send: Send
    headers: dict[str, str]
    namespace: str
    controls: Controls
    body: bytes = b""
    parsed: Parsed | None = None
    request: CacheRequest | None = None
    lookup: Lookup | None = None
    start: float = field(default_factory=time.perf_counter)
    #: for the record (:mod:`.observe`): the upstream's answer, its time, why not stored
    result: relay.Outcome | None = None
    upstream_ms: float = 0.0
    not_stored: Reason | None = None
    putting: bool = False  # an answer is being stored after the reply
    finish: Callable[..., None] | None = None  # records the call (after its store)
    deadline: float | None = None  # the upstream's answer is due by then (loop clock)

    @property
    def adapter(self) -> Adapter:
        """The adapter of the API the call was made to."""
        return self.match.adapter

    @property
    def api(self) -> str:
        """The API's name (``openai``, ``anthropic`` ...)."""
        return self.match.adapter.api

    @property
    def url(self) -> str:
        """The upstream URL the call is forwarded to (path and query as received)."""
        return target_url(self.scope, self.match.upstream)

    @property
    def policy_headers(self) -> dict[str, str]:
        """Request headers a policy rule may see: without credentials."""
        return {
            k: v
            for k, v in self.headers.items()
            if k not in CREDENTIALS and k != GATEWAY_KEY_HEADER
        }
