"""One cached API call through the gateway:

    parse -> request -> admit -> lookup -> hit (replay)
                                        | miss -> single flight -> forward (relay) -> reply
                                                                 -> storable? -> put (after)

The adapter parses the body; the cache builds the :class:`~yamabiko.request.CacheRequest` once
and applies the admission rules (:mod:`yamabiko.policy.admission`) both before the lookup and
after the answer; :mod:`.relay` forwards and returns an outcome; the answer is stored after the
client has its reply (a pending store makes later lookups in its partition wait for it, a few
milliseconds at most, so that the next question never races it).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..cache import AsyncSemanticCache
from ..errors import InvalidInputError, UpstreamError
from ..lru import LRU
from ..models import Lookup, Timings
from ..policy.admission import COMPLETE
from ..reasons import Reason, Why
from ..request import CacheRequest
from ..singleflight import SingleFlight
from ..storegate import describe
from . import relay
from .adapters.base import Adapter, Answer, BadRequest, Match, Parsed, UpstreamRefused
from .asgi import BodyTimeout, BodyTooLarge, Receive, Scope, Send, dumps, read_body, send_bytes
from .controls import Controls, pop_body_controls
from .headers import error_headers, hit_headers, outcome_headers, stored_header
from .identity import Pseudonymizer
from .metrics import Metrics
from .observe import observe_call, observe_forward
from .settings import GatewaySettings
from .upstream import CREDENTIALS, GATEWAY_KEY_HEADER, Upstream
from .validate import lone_surrogate, surrogate_message

log = logging.getLogger("yamabiko.gateway")


def _ms(start: float) -> float:
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
        return self.match.adapter

    @property
    def api(self) -> str:
        return self.match.adapter.api

    @property
    def url(self) -> str:
        return target_url(self.scope, self.match.upstream)

    @property
    def policy_headers(self) -> dict[str, str]:
        """Request headers a policy rule may see: without credentials."""
        return {
            k: v
            for k, v in self.headers.items()
            if k not in CREDENTIALS and k != GATEWAY_KEY_HEADER
        }


class Pipeline:
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
        #: recent requests' (parsed, request), by everything they are derived from
        self._memo: LRU[tuple[Parsed, CacheRequest, bytes, str, Controls]] = LRU(4096)
        #: personal-looking user ids and tags become keyed hashes (:mod:`.identity`)
        self.pseudonymize = Pseudonymizer(settings.identity_key or settings.admin_token)
        #: dashboard figures, access log and traces (:mod:`.observe`), set by the gateway
        self.observer: Any = None

    async def handle(self, call: Call) -> None:
        if not await self._understand(call):
            return
        request = call.request
        assert request is not None
        lookup = await self._lookup(call)
        if lookup.hit is not None:
            await self._replay(call, lookup)
            return
        if lookup.bypassed:
            await self._forward(call, "bypass", lookup.why, store=lookup.why.kind is Why.NO_CACHE)
            return
        key = request.flight_key
        single = self.settings.single_flight
        if single and await self.flights.wait(key, self.settings.upstream_timeout):
            # an identical miss was being answered: its answer is stored (or not); look again
            lookup = await self._lookup(call)
            if lookup.hit is not None:
                self.metrics.coalesced += 1
                await self._replay(call, lookup)
                return
        leader = self.flights.lead(key) if single else None
        try:
            # a candidate was rejected: say why (e.g. rejected:history:entity)
            why = lookup.why if lookup.why.kind is Why.REJECTED else None
            await self._forward(call, "miss", why, store=True)
        finally:
            self.flights.land(key, leader)

    # -- parse and request -------------------------------------------------------------------

    async def _understand(self, call: Call) -> bool:
        """Read and parse the body, build the request; False when answered with an error."""
        controls = call.controls
        try:
            call.body = await read_body(
                call.receive,
                self.settings.max_request_bytes,
                call.headers.get("content-length"),
                self.settings.body_timeout,
            )
            key = self._memo_key(call)
            known = self._memo.get(key)
            if known is not None:  # an exact repeat of a recent request: nothing to re-derive
                call.parsed, call.request, call.body, call.namespace, call.controls = known
                return True
            try:
                data = json.loads(call.body)
            except (ValueError, RecursionError) as exc:
                raise BadRequest(
                    f"the request body is not valid JSON ({str(exc)[:120]}); send a JSON object."
                ) from None
            where = lone_surrogate(call.body, data)
            if where is not None:
                raise BadRequest(surrogate_message(where))
            if call.adapter.body_controls and pop_body_controls(data, controls):
                call.body = dumps(data)  # the upstream never sees the "cache" object
                if controls.namespace not in (None, call.namespace):
                    if self.settings.keys:
                        await self.error(call, 403, f"cache.namespace is {controls.namespace!r} "
                                         "but this gateway key belongs to the namespace "
                                         f"{call.namespace!r}.")  # fmt: skip
                        return False
                    call.namespace = controls.namespace
            parsed = call.parsed = call.adapter.parse(data, call.match)
            context = {"namespace": call.namespace, **parsed.context}
            if controls.user:
                if self.settings.keys and call.namespace not in self.settings.user_namespaces:
                    await self.error(call, 403, "this gateway key may not name an end user "
                                     "(X-Yamabiko-User): its namespace "
                                     f"{call.namespace!r} is not in gateway.user_namespaces."
                                     )  # fmt: skip
                    return False
                context["user"] = self.pseudonymize(controls.user)
            call.request = self.cache.request(
                parsed.prompt,
                context=context,
                min_similarity=controls.min_similarity,
                ttl=controls.ttl,
                tags=tuple(self.pseudonymize(t) for t in controls.tags),
                route=call.api,
                headers=call.policy_headers,
                no_read=controls.no_read,
                no_store=controls.no_store,
                uncacheable=parsed.bypass,
            )
            self._memo.put(key, (parsed, call.request, call.body, call.namespace, controls))
        except BodyTimeout as exc:
            await self.error(call, 408, f"the request body did not arrive whole within "
                             f"{exc.timeout:g} s (gateway.body_timeout).")  # fmt: skip
            return False
        except BodyTooLarge as exc:
            await self.error(call, 413, f"the request body is larger than {exc.limit} bytes "
                             "(gateway.max_request_bytes).")  # fmt: skip
            return False
        except BadRequest as exc:
            await self.error(call, 400, exc.message)
            return False
        except (InvalidInputError, RecursionError) as exc:
            await self.error(call, 400, f"the request cannot be read: {str(exc)[:200]}")
            return False
        return True

    def _memo_key(self, call: Call) -> tuple[Any, ...]:
        """What a request's parse and CacheRequest depend on: path, query, body, namespace,
        controls, the headers a policy may see, and the policy itself."""
        scope = call.scope
        return (
            scope["path"],
            scope.get("query_string", b""),
            hashlib.blake2b(call.body, digest_size=16).digest(),
            call.namespace,
            call.controls.key(),
            frozenset(call.policy_headers.items()),
            id(self.cache.policy),
        )

    async def _lookup(self, call: Call) -> Lookup:
        """Look the request up, after the pending stores of its partition."""
        request = call.request
        assert request is not None
        if request.partition is not None:
            await self.flights.settle(request.partition, self.settings.store_wait)
        try:
            lookup = await self.cache.search(request)
        except Exception as exc:  # the cache never breaks the LLM path
            log.warning("yamabiko gateway: lookup failed, passing through: %s", describe(exc))
            lookup = Lookup(None, Reason(Why.ERROR, type(exc).__name__), None, Timings())
        call.lookup = lookup
        self.metrics.lookup.observe(lookup.timings.total_ms / 1000.0)
        return lookup

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
        await send_bytes(call.send, 200, body, content_type, hit_headers(lookup, _ms(call.start)))
        self.metrics.count(call.api, "hit")
        price = self.settings.price(entry.metadata.get("model"))
        saved = self.metrics.saved(dict(entry.metadata), price)
        used = entry.metadata.get("usage") or {}
        usage = (used.get("input"), used.get("output"))
        observe_call(self.observer, call, "hit", None, 200, entry=entry, saved_usd=saved,
                     similarity=hit.similarity, usage=usage)  # fmt: skip

    # -- misses and bypasses -----------------------------------------------------------------

    async def _forward(
        self, call: Call, outcome: str, reason: Reason | None, *, store: bool
    ) -> None:
        parsed = call.parsed
        assert parsed is not None
        started = time.perf_counter()
        call.deadline = asyncio.get_running_loop().time() + self.settings.upstream_timeout
        try:
            url = call.url
            headers = call.adapter.upstream_headers(call.headers, url, call.body)
            response = await relay.open_response(
                self.upstream(), "POST", url, headers, call.body, call.deadline
            )
        except UpstreamRefused as exc:  # e.g. no credentials to sign with
            await self.error(call, exc.status, exc.message)
            return
        except UpstreamError as exc:
            self.metrics.upstream_errors[exc.kind] += 1
            await self.error(call, exc.status, exc.message)
            return
        try:
            content_type = response.headers.get("content-type", "")
            streamed = call.adapter.is_stream(content_type)
            if parsed.stream and streamed and 200 <= response.status_code < 300:
                await self._tee(call, response, outcome, reason, store, started)
            else:
                await self._whole(call, response, outcome, reason, store, started)
        finally:
            await response.aclose()
        label = reason.label() if outcome == "bypass" and reason else None
        self.metrics.count(call.api, outcome, label)
        if call.result is not None:
            call.finish = functools.partial(observe_forward, self.observer, call, outcome, reason)
            if not call.putting:
                call.finish()

    async def _whole(
        self,
        call: Call,
        response: httpx.Response,
        outcome: str,
        reason: Reason | None,
        store: bool,
        started: float,
    ) -> None:
        request = call.request
        assert request is not None
        try:
            result = await relay.read_whole(
                response, call.adapter, request.size_limit, started, call.deadline
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
        lookup = call.lookup or Lookup(None, Reason(Why.ERROR), None, Timings())
        headers += outcome_headers(outcome, reason, not_stored, lookup.best_similarity,
                                   lookup.timings, upstream=result.upstream_ms,
                                   total=_ms(call.start))  # fmt: skip
        if store and not_stored is None and result.answer is not None:
            # reply first, store after: lookups in this partition wait for the pending store
            self._put_later(call, result.answer, None)
        elif store:
            self._count_refusal(not_stored)
        await send_bytes(call.send, result.status, result.body, result.content_type, headers)

    async def _tee(
        self,
        call: Call,
        response: httpx.Response,
        outcome: str,
        reason: Reason | None,
        store: bool,
        started: float,
    ) -> None:
        request = call.request
        assert (request is not None and request.partition is not None) or not store
        lookup = call.lookup or Lookup(None, Reason(Why.ERROR), None, Timings())
        headers = outcome_headers(outcome, reason, None, lookup.best_similarity, lookup.timings,
                                  upstream=_ms(started), total=_ms(call.start))  # fmt: skip
        pending: list[asyncio.Future[None]] = []

        def finishing() -> None:  # the answer is about to be complete: its store is pending
            if store and request.partition is not None:
                pending.append(self.flights.pend(request.partition))

        try:
            result = await relay.tee(response, call.adapter, call.send, call.receive, headers,
                                     limit=request.size_limit, assemble=store,
                                     on_finishing=finishing)  # fmt: skip
            self.metrics.upstream.observe(_ms(started) / 1000.0, (call.api,))
            call.result, call.upstream_ms = result, _ms(started)
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
        )

    def _count_refusal(self, reason: Reason | None) -> None:
        if reason is not None:
            self.metrics.not_stored[reason.label()] += 1

    def _put_later(self, call: Call, answer: Answer, pending: asyncio.Future[None] | None) -> None:
        """Store the answer in the background; lookups in its partition wait for it."""
        request = call.request
        assert request is not None and request.partition is not None
        pending = pending or self.flights.pend(request.partition)
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
            self.flights.unpend(request.partition, pending)
            if call.finish is not None:
                call.finish(store=_ms(started))

    # -- errors ------------------------------------------------------------------------------

    async def error(self, call: Call, status: int, message: str) -> None:
        """Answer ``status`` with ``message`` in the API's own error format."""
        self.metrics.count(call.api, "error")
        observe_call(self.observer, call, "error", f"error:{status}", status)
        body = call.adapter.error(status, message)
        headers = error_headers(status) + call.adapter.error_headers(status)
        await send_bytes(call.send, status, body, headers=headers)
