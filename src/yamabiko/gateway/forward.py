"""A miss or a bypass: forward the request upstream (:mod:`.relay`), reply to the client
(whole or streamed through), then decide whether the answer may be stored and store it after
the reply (a later lookup in its partition whose answer it could be waits for it)."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..cache import AsyncSemanticCache
from ..config.gateway import GatewaySettings
from ..errors import UpstreamError
from ..models import Lookup, Timings
from ..policy.admission import COMPLETE
from ..reasons import Reason, Why
from ..singleflight import SingleFlight
from ..storegate import describe
from . import relay
from .adapters.base import Answer
from .asgi import send_bytes
from .call import Call, ms_since
from .headers import outcome_headers, stored_header
from .metrics import Metrics
from .observe import observe_forward
from .relay import AnyResponse
from .speculate import Speculative
from .upstream import Upstream

log = logging.getLogger("yamabiko.gateway")
#: stands in for the lookup of a call forwarded without one (no similarity, no timings)
_NO_LOOKUP = Lookup(None, Reason(Why.ERROR), None, Timings())


@dataclass(frozen=True)
class _Reply:
    """How a forwarded call is answered: its outcome (``miss`` / ``bypass``) and why, whether
    its answer may be stored, and when the upstream call started (``perf_counter``)."""

    outcome: str
    reason: Reason | None
    store: bool
    started: float

    def headers(
        self, call: Call, not_stored: Reason | None, upstream_ms: float
    ) -> list[tuple[str, str]]:
        """The ``X-Yamabiko-*`` and ``Server-Timing`` headers of the reply."""
        lookup = call.lookup or _NO_LOOKUP
        return outcome_headers(
            self.outcome, self.reason, not_stored, lookup.best_similarity, lookup.timings,
            upstream=upstream_ms, total=ms_since(call.start),
        )  # fmt: skip


class Forwarding:
    """The miss path of :class:`~yamabiko.gateway.pipeline.Pipeline` (a mixin: the state below
    is set by its constructor; it also provides ``error``)."""

    cache: AsyncSemanticCache
    settings: GatewaySettings
    metrics: Metrics
    flights: SingleFlight[Any]
    upstream: Callable[[], Upstream]
    spawn: Callable[[Any], asyncio.Task[Any]]
    observer: Any
    _storing: dict[asyncio.Future[None], Any]

    async def _open(self, call: Call) -> AnyResponse:
        """Send the request upstream (by ``call.deadline``, set now); the response's body is
        still to be read. Raises UpstreamError when it cannot be sent or is not answered."""
        call.deadline = asyncio.get_running_loop().time() + self.settings.upstream_timeout
        url = call.url
        headers = call.adapter.upstream_headers(call.headers, url, call.body)
        return await relay.open_response(
            self.upstream(), "POST", url, headers, call.body, call.deadline
        )

    async def _forward(
        self,
        call: Call,
        outcome: str,
        reason: Reason | None,
        *,
        store: bool,
        ahead: Speculative | None = None,
    ) -> None:
        """Forward the call (or relay ``ahead``, its speculative call already on its way)."""
        parsed = call.parsed
        assert parsed is not None
        started = ahead.started if ahead is not None else time.perf_counter()
        try:
            response = await (ahead.response() if ahead is not None else self._open(call))
        except UpstreamError as exc:  # unreachable, timed out, or refused (nothing to sign with)
            if exc.failed:
                self.metrics.upstream_errors[exc.kind] += 1
            await self.error(call, exc.status, exc.message)
            return
        reply = _Reply(outcome, reason, store, started)
        try:
            content_type = response.headers.get("content-type", "")
            streamed = call.adapter.is_stream(content_type)
            if parsed.stream and streamed and 200 <= response.status_code < 300:
                await self._tee(call, response, reply)
            else:
                await self._whole(call, response, reply)
        finally:
            await response.aclose()
        label = reason.label() if outcome == "bypass" and reason else None
        self.metrics.count(call.api, outcome, label)
        if call.result is not None:
            call.finish = functools.partial(observe_forward, self.observer, call, outcome, reason)
            if not call.putting:
                call.finish()

    async def _whole(self, call: Call, response: AnyResponse, reply: _Reply) -> None:
        request, store = call.request, reply.store
        assert request is not None
        try:
            result = await relay.read_whole(
                response, call.adapter, request.size_limit, reply.started, call.deadline
            )
        except UpstreamError as exc:
            self.metrics.upstream_errors[exc.kind] += 1
            await self.error(call, exc.status, exc.message)
            return
        self.metrics.upstream.observe(result.upstream_ms / 1000.0, (call.api,))
        call.result, call.upstream_ms = result, result.upstream_ms
        not_stored = call.not_stored = self._storable(call, result) if store else None
        headers = result.headers
        if store:
            headers.append(stored_header(not_stored))
        headers += reply.headers(call, not_stored, result.upstream_ms)
        if store and not_stored is None and result.answer is not None:
            # reply first, store after: related lookups in this partition wait for it
            self._put_later(call, result.answer, None)
        elif store:
            self._count_refusal(not_stored)
        await send_bytes(call.send, result.status, result.body, result.content_type, headers)

    async def _tee(self, call: Call, response: AnyResponse, reply: _Reply) -> None:
        request, store, started = call.request, reply.store, reply.started
        assert (request is not None and request.partition is not None) or not store
        headers = reply.headers(call, None, ms_since(started))
        pending: list[asyncio.Future[None]] = []

        def finishing() -> None:  # the answer is about to be complete: its store is pending
            if store and request.partition is not None:
                pending.append(self.flights.pend(request.partition))

        try:
            result = await relay.tee(response, call.adapter, call.send, call.receive, headers,
                                     limit=request.size_limit, assemble=store,
                                     on_finishing=finishing, deadline=call.deadline)  # fmt: skip
            self.metrics.upstream.observe(ms_since(started) / 1000.0, (call.api,))
            call.result, call.upstream_ms = result, ms_since(started)
            if result.incomplete == "upstream-broke":
                self.metrics.upstream_errors["stream"] += 1
            if store:
                not_stored = call.not_stored = self._storable(call, result)
                if not_stored is None and result.answer is not None:
                    self._put_later(call, result.answer, pending.pop() if pending else None)
                else:
                    self._count_refusal(not_stored)
        finally:
            for future in pending:
                self.flights.unpend(request.partition, future)

    # -- storing -----------------------------------------------------------------------------

    def _storable(self, call: Call, result: relay.Outcome) -> Reason | None:
        request, answer = call.request, result.answer
        assert request is not None
        return self.cache.storable(
            request,
            answer.text if answer is not None else None,
            status=result.status,
            size=result.size,
            incomplete=result.incomplete,
            finish=answer.finish if answer is not None else COMPLETE,
            store_unavailable=self.cache.store_unavailable,  # the put would fail: say so now
        )

    def _count_refusal(self, reason: Reason | None) -> None:
        if reason is not None:
            self.metrics.not_stored[reason.label()] += 1

    def _put_later(self, call: Call, answer: Answer, pending: asyncio.Future[None] | None) -> None:
        """Store the answer in the background; related lookups in its partition wait for it
        (:meth:`~yamabiko.gateway.pipeline.Pipeline._related_stores`)."""
        request = call.request
        assert request is not None and request.partition is not None
        pending = pending or self.flights.pend(request.partition)
        self._storing[pending] = request.vector  # (later lookups wait only for related stores)
        call.putting = True
        self.spawn(self._put(call, answer, pending))

    async def _put(self, call: Call, answer: Answer, pending: asyncio.Future[None]) -> None:
        request = call.request
        assert request is not None and request.partition is not None
        started = time.perf_counter()
        try:
            await self.cache.put(
                request, answer.text, metadata=answer.metadata(call.api), checked=True
            )
            self.metrics.stored += 1
        except Exception as exc:  # the cache never breaks the LLM path
            log.debug("yamabiko gateway: store failed, answer served uncached: %s", describe(exc))
            self.metrics.not_stored[Why.STORE_ERROR.value] += 1
            call.not_stored = Reason(Why.STORE_ERROR)
        finally:
            self._storing.pop(pending, None)
            self.flights.unpend(request.partition, pending)
            if call.finish is not None:
                call.finish(store=ms_since(started))
