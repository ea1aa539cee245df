"""One cached API call through the gateway:

    parse -> request -> admit -> lookup -> hit (replay)
                                        | miss -> single flight -> forward (relay) -> reply
                                                                 -> storable? -> put (after)

With speculation (:mod:`.speculate`) the forward starts with the lookup: a hit cancels it, a
miss or a bypass relays its response.

The adapter parses the body; the cache builds the :class:`~yamabiko.request.CacheRequest` once
and applies the admission rules (:mod:`yamabiko.policy.admission`) both before the lookup and
after the answer; :mod:`.relay` forwards and returns an outcome (upstream calls go through the
lean HTTP/1.1 pool of :mod:`.http1`); the answer is stored after the client has its reply. A
later lookup in the partition embeds its prompt while such a store is pending, then waits for
the pending stores whose answer could be a hit for it (a few milliseconds at most), so that the
next question never races the answer it should find; unrelated lookups do not wait.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import numpy as np

from ..cache import AsyncSemanticCache
from ..config.gateway import GatewaySettings
from ..lru import LRU
from ..models import Lookup, Timings
from ..reasons import FAILURE_KINDS, Reason, Why
from ..request import CacheRequest
from ..singleflight import SingleFlight
from ..storegate import describe
from .adapters.base import Answer, Parsed
from .asgi import send_bytes
from .call import Call, ms_since, target_url
from .controls import Controls
from .forward import Forwarding
from .headers import error_headers, hit_headers
from .identity import Pseudonymizer
from .intake import Intake
from .metrics import Metrics
from .observe import observe_call
from .speculate import Speculation
from .upstream import Upstream

__all__ = ["Call", "Pipeline", "target_url"]

log = logging.getLogger("yamabiko.gateway")

#: a lookup waits for a pending store whose prompt is at least this close to its threshold
RELATED_MARGIN = 0.05


def _cosine(a: Any, b: Any) -> float:
    norms = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.dot(a, b)) / norms if norms else 1.0


class Pipeline(Intake, Forwarding):
    """Runs calls (see the module docstring); ``spawn`` runs a background task that shutdown
    waits for."""

    def __init__(
        self,
        cache: AsyncSemanticCache,
        settings: GatewaySettings,
        metrics: Metrics,
        flights: SingleFlight[Any],
        upstream: Callable[[], Upstream],
        spawn: Callable[[Any], asyncio.Task[Any]],
    ) -> None:
        self.cache = cache
        self.settings = settings
        self.metrics = metrics
        self.flights = flights
        self.upstream = upstream
        self.spawn = spawn
        #: upstream calls started while the lookup runs (:mod:`.speculate`)
        self.speculation = Speculation(settings.speculate, settings.speculate_below)
        metrics.speculative = self.speculation.counts
        #: recent requests' (parsed, request), by everything they are derived from
        self._memo: LRU[tuple[Parsed, CacheRequest, bytes, str, Controls]] = LRU(4096)
        #: personal-looking user ids and tags become keyed hashes (:mod:`.identity`)
        self.pseudonymize = Pseudonymizer(settings.identity_key or settings.admin_token)
        #: dashboard figures, access log and traces (:mod:`.observe`), set by the gateway
        self.observer: Any = None
        #: the vector of each pending store (its future in ``flights``), None if not embedded
        self._storing: dict[asyncio.Future[None], Any] = {}

    async def handle(self, call: Call) -> None:
        """Run one call: understand it, then serve a hit or forward it (module docstring)."""
        if not await self._understand(call):
            return
        request = call.request
        assert request is not None
        key = request.flight_key
        single = self.settings.single_flight
        leader, ahead = None, None
        if (
            request.partition is not None
            and not (request.no_read or request.uncacheable)
            and not (single and self.flights.leader(key) is not None)  # never a second call
            and self.speculation.wanted(call.namespace)
        ):
            leader = self.flights.lead(key) if single else None
            ahead = self.speculation.start(self._open(call))
            await asyncio.sleep(0)  # let it send the request before the lookup takes the CPU
        try:
            lookup = await self._lookup(call)
            if not lookup.bypassed:
                self.speculation.rates.observe(call.namespace, lookup.hit is not None)
            if lookup.hit is not None:
                if ahead is not None:
                    ahead.cancel(self.spawn)
                    ahead = None
                await self._replay(call, lookup)
                return
            if lookup.bypassed:
                store = lookup.why.kind is Why.NO_CACHE
                spec, ahead = ahead, None
                await self._forward(call, "bypass", lookup.why, store=store, ahead=spec)
                return
            if (
                ahead is None
                and single
                and await self.flights.wait(key, self.settings.upstream_timeout)
            ):
                # an identical miss was being answered: its answer is stored (or not); look again
                lookup = await self._lookup(call)
                if lookup.hit is not None:
                    self.metrics.coalesced += 1
                    await self._replay(call, lookup)
                    return
            if ahead is None and single:
                leader = self.flights.lead(key)
            # a candidate was rejected, or the cache failed (the store is down): say why
            # (e.g. rejected:history:entity, store-unavailable)
            shown = lookup.why.kind is Why.REJECTED or lookup.why.kind in FAILURE_KINDS
            why = lookup.why if shown else None
            spec, ahead = ahead, None
            await self._forward(call, "miss", why, store=True, ahead=spec)
        finally:
            if ahead is not None:  # the lookup failed, or the client went away
                ahead.cancel(self.spawn)
            self.flights.land(key, leader)

    async def _lookup(self, call: Call) -> Lookup:
        """Look the request up, after the pending stores of its partition that could answer
        it (the prompt is embedded while they are written)."""
        request = call.request
        assert request is not None
        reads = request.partition is not None and not (request.no_read or request.uncacheable)
        if reads and self.flights.pending(request.partition):
            # answers are still being stored in this partition: embed the prompt first (while
            # they are written), then wait for those that could answer it (read-your-writes)
            early = self.cache.embed_ahead(request)
            if early is not None:
                await asyncio.wait([early])
            related = self._related_stores(request)
            if related:
                await asyncio.wait(related, timeout=self.settings.store_wait)
        try:
            lookup = await self.cache.search(request)
        except Exception as exc:  # the cache never breaks the LLM path
            log.warning("yamabiko gateway: lookup failed, passing through: %s", describe(exc))
            lookup = Lookup(None, Reason(Why.ERROR, type(exc).__name__), None, Timings())
        call.lookup = lookup
        self.metrics.lookup.observe(lookup.timings.total_ms / 1000.0)
        return lookup

    def _related_stores(self, request: CacheRequest) -> list[asyncio.Future[None]]:
        """The pending stores of the request's partition that its lookup must wait for: those
        whose answer could be a hit for it (similarity at least its threshold), all of them
        when that cannot be told (no vector on either side, or a review that may serve
        candidates below the threshold)."""
        pending = self.flights.pending(request.partition)
        vector = request.vector
        if vector is None or self.cache.review is not None:
            return pending
        related = []
        for future in pending:
            stored = self._storing.get(future)
            if stored is None or _cosine(vector, stored) >= request.threshold - RELATED_MARGIN:
                related.append(future)
        return related

    # -- hits --------------------------------------------------------------------------------

    async def _replay(self, call: Call, lookup: Lookup) -> None:
        hit, parsed, adapter = lookup.hit, call.parsed, call.adapter
        assert hit is not None and parsed is not None
        entry = hit.entry
        answer = Answer.from_entry(entry.response, entry.metadata)
        if parsed.stream:
            body = b"".join(adapter.render_stream(answer, parsed, entry.id))
        else:
            body = adapter.render(answer, parsed, entry.id)
        content_type = adapter.content_type(answer, parsed)
        headers = hit_headers(lookup, ms_since(call.start))
        await send_bytes(call.send, 200, body, content_type, headers)
        self.metrics.count(call.api, "hit")
        price = self.settings.price(entry.metadata.get("model"))
        saved = self.metrics.saved(dict(entry.metadata), price)
        used = entry.metadata.get("usage") or {}
        usage = (used.get("input"), used.get("output"))
        observe_call(self.observer, call, "hit", None, 200, entry=entry, saved_usd=saved,
                     similarity=hit.similarity, usage=usage)  # fmt: skip

    # -- errors ------------------------------------------------------------------------------

    async def error(self, call: Call, status: int, message: str) -> None:
        """Answer ``status`` with ``message`` in the API's own error format."""
        self.metrics.count(call.api, "error")
        observe_call(self.observer, call, "error", f"error:{status}", status)
        body = call.adapter.error(status, message)
        headers = error_headers(status) + call.adapter.error_headers(status)
        await send_bytes(call.send, status, body, headers=headers)
