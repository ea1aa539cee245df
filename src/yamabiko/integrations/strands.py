"""Strands Agents: answer repeated questions from a yamabiko gateway in front of Bedrock.

A Strands ``BedrockModel`` whose ``endpoint_url`` is the gateway gets Converse caching with no
code change. :class:`YamabikoHooks` (a Strands ``HookProvider``) adds what an agent needs on
top: the gateway key and per-call cache controls on every Bedrock request, and, after every
invocation, what the cache did for each model call (hit or miss, similarity, the embed / search
/ upstream timings the gateway reports, and the wall time of the call)::

    from strands import Agent
    from yamabiko.integrations.strands import YamabikoHooks, gateway_bedrock_model

    model = gateway_bedrock_model(
        "http://127.0.0.1:8080", "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    )
    cache = YamabikoHooks(model, gateway_key="yk-team-a", min_similarity=0.9)
    agent = Agent(model=model, hooks=[cache])
    agent("What is Amazon Bedrock?", invocation_state={"min_similarity": 0.95})  # per call
    print(cache.last.hit, cache.last.similarity, cache.last.calls[0].timings)

The gateway signs the upstream Bedrock requests itself (SigV4); the agent's own AWS
credentials only sign the hop to the gateway. Needs ``pip install 'yamabiko[strands]'``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass, field
from typing import Any

from strands.hooks import (
    AfterInvocationEvent,
    AfterModelCallEvent,
    BeforeInvocationEvent,
    BeforeModelCallEvent,
    HookProvider,
    HookRegistry,
)

#: keyword arguments of an agent call that set cache controls for that call
CONTROLS = {
    "min_similarity": "x-yamabiko-min-similarity",
    "cache_namespace": "x-yamabiko-namespace",
    "cache_user": "x-yamabiko-user",
    "cache_ttl": "x-yamabiko-ttl",
}


@dataclass(frozen=True)
class CacheCall:
    """What the cache did for one model call (one Bedrock request)."""

    outcome: str  # hit | miss | bypass; "" when the answer did not come through a gateway
    similarity: float | None
    entry_id: str | None
    age_s: int | None
    timings: dict[str, float]  # ms by name, from Server-Timing (embed, search, upstream, total)
    wall_ms: float = 0.0  # the model call as the agent saw it (request to end of stream)
    reason: str | None = None  # why a bypass, a rejected candidate, an answer not stored

    @property
    def hit(self) -> bool:
        """True when the gateway served this model call from the cache."""
        return self.outcome == "hit"


@dataclass
class CacheReport:
    """The model calls of one agent invocation, in order."""

    calls: list[CacheCall] = field(default_factory=list)
    total_ms: float = 0.0

    @property
    def hit(self) -> bool:
        """True when every model call of the invocation was served from the cache."""
        return bool(self.calls) and all(c.hit for c in self.calls)

    @property
    def similarity(self) -> float | None:
        """The similarity of the last model call (the answer the user sees)."""
        return self.calls[-1].similarity if self.calls else None


def _server_timing(value: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for part in value.split(","):
        name, _, rest = part.strip().partition(";")
        for param in rest.split(";"):
            key, _, number = param.strip().partition("=")
            if key == "dur" and name:
                with contextlib.suppress(ValueError):
                    out[name] = float(number)
    return out


def read_cache_headers(headers: Any) -> CacheCall:
    """A :class:`CacheCall` from a gateway response's headers."""
    outcome, _, reason = headers.get("x-yamabiko-cache", "").partition("; reason=")
    similarity = headers.get("x-yamabiko-similarity")
    age = headers.get("age")
    return CacheCall(
        outcome=outcome,
        similarity=float(similarity) if similarity else None,
        entry_id=headers.get("x-yamabiko-entry"),
        age_s=int(age) if age and age.isdigit() else None,
        timings=_server_timing(headers.get("server-timing", "")),
        reason=reason or None,
    )


class YamabikoHooks(HookProvider):
    """Per-call cache controls and a cache report for a Strands agent on a yamabiko gateway.

    Args:
        model: the agent's ``BedrockModel`` (its boto3 client's events are hooked).
        gateway_key: sent as ``X-Yamabiko-Key`` (the gateway's tenant key), if it needs one.
        min_similarity: the default threshold for this agent's calls (the gateway's otherwise).
        namespace: ``X-Yamabiko-Namespace`` for every call.

    A call's invocation state ``min_similarity``, ``cache_namespace``, ``cache_user``,
    ``cache_ttl`` (``agent("…", invocation_state={"min_similarity": 0.95})``) override the
    defaults for that call.
    After each invocation, :attr:`last` holds its :class:`CacheReport` (also put in the
    invocation state under ``"yamabiko"``) and :attr:`reports` all of them.
    """

    def __init__(
        self,
        model: Any,
        *,
        gateway_key: str | None = None,
        min_similarity: float | None = None,
        namespace: str | None = None,
    ) -> None:
        self.defaults: dict[str, str] = {}
        if gateway_key:
            self.defaults["x-yamabiko-key"] = gateway_key
        if min_similarity is not None:
            self.defaults["x-yamabiko-min-similarity"] = str(float(min_similarity))
        if namespace:
            self.defaults["x-yamabiko-namespace"] = namespace
        self._call_headers: dict[str, str] = {}
        self._report = CacheReport()
        self._pending: list[CacheCall] = []
        self._model_start = 0.0
        self._start = 0.0
        self.last: CacheReport | None = None
        self.reports: list[CacheReport] = []
        events = model.client.meta.events
        events.register("before-sign.bedrock-runtime.*", self._add_headers)
        events.register("after-call.bedrock-runtime.*", self._read_headers)

    # -- botocore events (in the thread that sends the request) -----------------------------------

    def _add_headers(self, request: Any, **_: Any) -> None:
        for name, value in {**self.defaults, **self._call_headers}.items():
            request.headers[name] = value

    def _read_headers(self, http_response: Any = None, **_: Any) -> None:
        if http_response is not None:
            self._pending.append(read_cache_headers(http_response.headers))

    # -- Strands hooks --------------------------------------------------------------------------

    def register_hooks(self, registry: HookRegistry, **_: Any) -> None:
        """Strands' hook entry point: follow each invocation and each model call."""
        registry.add_callback(BeforeInvocationEvent, self._before_invocation)
        registry.add_callback(BeforeModelCallEvent, self._before_model)
        registry.add_callback(AfterModelCallEvent, self._after_model)
        registry.add_callback(AfterInvocationEvent, self._after_invocation)

    def _before_invocation(self, event: BeforeInvocationEvent) -> None:
        state = event.invocation_state
        self._call_headers = {
            header: str(state[key])
            for key, header in CONTROLS.items()
            if state.get(key) is not None
        }
        self._report = CacheReport()
        self._start = time.perf_counter()

    def _before_model(self, event: BeforeModelCallEvent) -> None:
        self._pending = []
        self._model_start = time.perf_counter()

    def _after_model(self, event: AfterModelCallEvent) -> None:
        wall = (time.perf_counter() - self._model_start) * 1000.0
        for call in self._pending[-1:]:  # a retried request reports its last attempt
            self._report.calls.append(dataclasses.replace(call, wall_ms=wall))
        self._pending = []

    def _after_invocation(self, event: AfterInvocationEvent) -> None:
        self._report.total_ms = (time.perf_counter() - self._start) * 1000.0
        self.last = self._report
        self.reports.append(self._report)
        event.invocation_state["yamabiko"] = self._report
        self._call_headers = {}


def gateway_bedrock_model(gateway_url: str, model_id: str, **options: Any) -> Any:
    """A Strands ``BedrockModel`` that sends its Converse requests to a yamabiko gateway
    (``region_name`` defaults to ``AWS_REGION`` or us-east-1; other options as BedrockModel)."""
    import os

    from strands.models import BedrockModel

    options.setdefault("region_name", os.environ.get("AWS_REGION", "us-east-1"))
    return BedrockModel(model_id=model_id, endpoint_url=gateway_url, **options)
