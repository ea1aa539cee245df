"""The gateway's ASGI app: route, authenticate, look up, replay hits, forward misses (tee the
stream), store what may be stored, and say what happened in headers and metrics.

A raw ASGI app (no framework: every microsecond of a hit counts); serve it with uvicorn
(``yamabiko serve``) or any ASGI server. ``create_app(cache, settings)`` builds it.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..cache import AsyncSemanticCache
from ..errors import InvalidInputError, NotStoredError, StoreError
from ..models import Lookup, Timings
from ..partition import DEFAULT_NAMESPACE, context_hash
from ..reasons import Reason, Why
from ..singleflight import SingleFlight
from .adapters.anthropic import AnthropicAdapter
from .adapters.base import COMPLETE, Adapter, Answer, BadRequest, Parsed
from .adapters.gemini import GeminiAdapter
from .adapters.jsonpath import JSONPathAdapter
from .adapters.openai import OpenAIAdapter
from .asgi import (
    BodyTooLarge,
    ClientGone,
    Receive,
    Scope,
    Send,
    encode_headers,
    header_map,
    read_body,
    send_bytes,
    send_json,
)
from .controls import Controls, parse_controls
from .metrics import Metrics
from .settings import GatewaySettings
from .sse import SSEParser
from .upstream import CREDENTIALS, GATEWAY_KEY_HEADER, Upstream, forward_headers, response_headers

log = logging.getLogger("yamabiko.gateway")

HEALTH_PATHS = ("/healthz", "/yamabiko/health")


class HTTPError(Exception):
    """Answer the client with ``status`` and ``message`` in the API's error format."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


@dataclass
class Call:
    """One proxied API request on its way through the gateway."""

    adapter: Adapter
    upstream: str  # origin URL
    scope: Scope
    headers: dict[str, str]
    body: bytes = b""
    parsed: Parsed | None = None
    controls: Controls = field(default_factory=Controls)
    context: dict[str, Any] = field(default_factory=dict)
    context_key: str = ""
    timings: Timings = field(default_factory=Timings)
    best_similarity: float | None = None  # of the nearest candidate, also on a miss
    start: float = field(default_factory=time.perf_counter)

    @property
    def api(self) -> str:
        return self.adapter.api

    @property
    def url(self) -> str:
        query = self.scope.get("query_string", b"").decode("latin-1")
        raw_path = self.scope.get("raw_path") or self.scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        return f"{self.upstream}{path}" + (f"?{query}" if query else "")

    @property
    def policy_headers(self) -> dict[str, str]:
        """Request headers a policy rule may see: without credentials."""
        return {
            k: v
            for k, v in self.headers.items()
            if k not in CREDENTIALS and k != GATEWAY_KEY_HEADER
        }


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _cache_header(outcome: str, reason: str | None) -> str:
    """``X-Yamabiko-Cache``: the outcome, with the reason for a bypass or a refusal to store
    (``bypass; reason=sensitive:email``). ``X-Yamabiko-Cache-Reason`` repeats the reason alone."""
    return f"{outcome}; reason={reason}" if reason else outcome


def _outcome_headers(
    call: Call, outcome: str, reason: str | None, **timing: float
) -> list[tuple[str, str]]:
    """The cache headers of a forwarded (miss or bypass) response."""
    headers = [("x-yamabiko-cache", _cache_header(outcome, reason))]
    if reason:
        headers.append(("x-yamabiko-cache-reason", reason))
    if call.best_similarity is not None:
        headers.append(("x-yamabiko-similarity", f"{call.best_similarity:.4f}"))
    headers.append(("server-timing", _server_timing(call.timings, **timing)))
    return headers


def _threshold_header(lookup: Lookup) -> list[tuple[str, str]]:
    """``X-Yamabiko-Threshold: 0.82; source=learned; n=7``: the threshold the lookup applied."""
    t = lookup.threshold
    return (
        []
        if t is None
        else [("x-yamabiko-threshold", f"{t.value:.4f}; source={t.source}; n={t.n}")]
    )


def _server_timing(timings: Timings, **extra: float) -> str:
    parts = [f"embed;dur={timings.embed_ms:.3f}", f"search;dur={timings.search_ms:.3f}"]
    if timings.verify_ms:
        parts.append(f"verify;dur={timings.verify_ms:.3f}")
    parts += [f"{name};dur={value:.3f}" for name, value in extra.items()]
    return ", ".join(parts)


class Gateway:
    """The ASGI application. ``own_cache``: close the cache at shutdown."""

    def __init__(
        self, cache: AsyncSemanticCache, settings: GatewaySettings, *, own_cache: bool = True
    ) -> None:
        from .admin import Admin

        self.cache = cache
        self.settings = settings
        self.own_cache = own_cache
        self.metrics = Metrics()
        self.flights: SingleFlight[None] = SingleFlight()
        self.upstream: Upstream | None = None
        self.admin = Admin(self)
        self.openai = OpenAIAdapter()
        self.anthropic = AnthropicAdapter()
        self.gemini = GeminiAdapter()
        self.routes = {
            r.path: (JSONPathAdapter(r.name, r.prompt), r.upstream) for r in settings.routes
        }
        self._background: set[asyncio.Task[Any]] = set()

    # -- ASGI entry and life cycle -------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["yamabiko.send"] = send  # so that helpers need only the Call
            scope["yamabiko.receive"] = receive
            try:
                await self._http(scope, receive, send)
            except ClientGone:
                return
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def startup(self) -> None:
        """Open the pooled upstream client and the cache (a store that is down is reported
        and the gateway starts anyway: requests then pass through)."""
        if self.upstream is None:
            self.upstream = Upstream(self.settings)
        try:
            await self.cache.warm_up()  # load the model and the guard now
        except StoreError as exc:
            log.warning(
                "yamabiko gateway: the cache store is unavailable, passing through: %s", exc
            )

    async def shutdown(self) -> None:
        """Let stores in progress finish (up to 5 s), then close the client and the cache."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=5.0)
        if self.upstream is not None:
            await self.upstream.close()
            self.upstream = None
        if self.own_cache:
            await self.cache.close()

    # -- routing -------------------------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        method: str = scope["method"]
        if path in HEALTH_PATHS:
            await send_json(send, 200, {"status": "ok"})
            return
        if path == "/metrics" or path.startswith("/yamabiko/"):
            await self.admin.handle(scope, receive, send)
            return
        if self.upstream is None:
            self.upstream = Upstream(self.settings)
        settings = self.settings
        if method == "POST":
            if path == "/v1/chat/completions":
                await self._api(self.openai, settings.openai_url, scope, receive, send)
                return
            if path == "/v1/messages":
                await self._api(self.anthropic, settings.anthropic_url, scope, receive, send)
                return
            if path.startswith(("/v1beta/models/", "/v1/models/")) and ":" in path:
                model, _, action = path.split("/models/", 1)[1].rpartition(":")
                if action in ("generateContent", "streamGenerateContent") and model:
                    await self._gemini(model, action, scope, receive, send)
                    return
            route = self.routes.get(path)
            if route is not None:
                await self._api(route[0], route[1], scope, receive, send)
                return
        await self._passthrough(scope, receive, send)

    async def _gemini(
        self, model: str, action: str, scope: Scope, receive: Receive, send: Send
    ) -> None:
        stream = action == "streamGenerateContent"
        query = scope.get("query_string", b"").decode("latin-1")
        bypass = "stream-format" if stream and "alt=sse" not in query else None
        await self._api(
            self.gemini,
            self.settings.gemini_url,
            scope,
            receive,
            send,
            path_model=model,
            stream=stream,
            bypass=bypass,
        )

    # -- authentication --------------------------------------------------------------------------

    def _namespace(self, headers: Mapping[str, str], requested: str | None) -> str:
        """The tenant namespace of this request: the gateway key's, or the header's (no keys)."""
        keys = self.settings.keys
        if not keys:
            return requested or DEFAULT_NAMESPACE
        given = headers.get(GATEWAY_KEY_HEADER)
        if not given:
            raise HTTPError(
                401,
                "this gateway needs a gateway key: send it in the X-Yamabiko-Key header "
                "(SDKs: default_headers={'X-Yamabiko-Key': '...'}).",
            )
        namespace = None
        for key, ns in keys.items():
            if hmac.compare_digest(key.encode(), given.encode()):
                namespace = ns
        if namespace is None:
            raise HTTPError(401, "the X-Yamabiko-Key header does not match any gateway key.")
        if requested is not None and requested != namespace:
            raise HTTPError(
                403,
                f"X-Yamabiko-Namespace is {requested!r} but this gateway key belongs to the "
                f"namespace {namespace!r}; drop the header or use that namespace's key.",
            )
        return namespace

    # -- cached APIs -----------------------------------------------------------------------------

    async def _api(
        self,
        adapter: Adapter,
        upstream: str,
        scope: Scope,
        receive: Receive,
        send: Send,
        *,
        path_model: str | None = None,
        stream: bool | None = None,
        bypass: str | None = None,
    ) -> None:
        call = Call(adapter, upstream, scope, header_map(scope))
        try:
            call.controls = parse_controls(call.headers)
            namespace = self._namespace(call.headers, call.controls.namespace)
            call.body = await read_body(
                receive, self.settings.max_request_bytes, call.headers.get("content-length")
            )
            try:
                data = json.loads(call.body)
            except (ValueError, RecursionError) as exc:
                raise BadRequest(
                    f"the request body is not valid JSON ({str(exc)[:120]}); send a JSON object."
                ) from None
            parsed = adapter.parse(data, path_model, {})
            if stream is not None:
                parsed.stream = stream
            call.parsed = parsed
            call.context = {"namespace": namespace, **parsed.context}
            if call.controls.user:
                call.context["user"] = call.controls.user
            call.context_key = context_hash(call.context)
        except BodyTooLarge as exc:
            await self._error(
                call,
                413,
                f"the request body is larger than {exc.limit} bytes (gateway.max_request_bytes).",
            )
            return
        except BadRequest as exc:
            await self._error(call, 400, exc.message)
            return
        except HTTPError as exc:
            await self._error(call, exc.status, exc.message)
            return
        except (InvalidInputError, RecursionError) as exc:
            await self._error(call, 400, f"the request cannot be read: {str(exc)[:200]}")
            return
        bypass = bypass or parsed.bypass
        if bypass:
            await self._forward(call, "bypass", bypass, store=False)
            return
        if call.controls.no_read:
            await self._forward(call, "bypass", "no-cache", store=True)
            return
        lookup = await self._probe(call)
        if lookup is None:
            return
        if lookup.hit is not None:
            await self._serve_hit(call, lookup)
            return
        if lookup.bypassed:
            await self._forward(call, "bypass", lookup.why, store=False)
            return
        flight_key = f"{call.context_key}\x00{parsed.prompt}"
        leader = self.flights.leader(flight_key) if self.settings.single_flight else None
        if leader is not None:  # an identical miss is being answered: wait for it, look again
            await asyncio.wait([leader], timeout=self.settings.upstream_timeout)
            lookup = await self._probe(call)
            if lookup is None:
                return
            if lookup.hit is not None:
                self.metrics.coalesced += 1
                await self._serve_hit(call, lookup)
                return
        flight = self.flights.lead(flight_key) if self.settings.single_flight else None
        try:
            await self._forward(call, "miss", None, store=True)
        finally:
            self.flights.land(flight_key, flight)

    async def _probe(self, call: Call) -> Lookup | None:
        """Look the prompt up (after stores in flight in this context); None if answered 400."""
        parsed = call.parsed
        assert parsed is not None
        await self.flights.settle(call.context_key, self.settings.store_wait)
        try:
            lookup = await self.cache.probe(
                parsed.prompt,
                context=call.context,
                min_similarity=call.controls.min_similarity,
                route=call.api,
                headers=call.policy_headers,
            )
        except InvalidInputError as exc:
            await self._error(call, 400, str(exc))
            return None
        except Exception as exc:
            log.warning("yamabiko gateway: lookup failed, passing through: %r", exc)
            lookup = Lookup(None, Reason(Why.ERROR, type(exc).__name__), None, Timings())
        call.timings = lookup.timings
        call.best_similarity = lookup.best_similarity
        self.metrics.lookup.observe(lookup.timings.total_ms / 1000.0)
        return lookup

    async def _error(self, call: Call, status: int, message: str) -> None:
        self.metrics.count(call.api, "error")
        headers = [
            ("x-yamabiko-cache", f"bypass; reason=error:{status}"),
            ("x-yamabiko-cache-reason", f"error:{status}"),
        ]
        await send_bytes(
            self._send(call), status, call.adapter.error(status, message), headers=headers
        )

    def _send(self, call: Call) -> Send:
        return call.scope["yamabiko.send"]

    # -- hits ------------------------------------------------------------------------------------

    async def _serve_hit(self, call: Call, lookup: Lookup) -> None:
        hit = lookup.hit
        parsed = call.parsed
        assert hit is not None and parsed is not None
        entry = hit.entry
        answer = Answer.from_entry(entry.response, entry.metadata)
        adapter = call.adapter
        if parsed.stream:
            body = b"".join(adapter.render_stream(answer, parsed, entry.id))
            content_type = "text/event-stream; charset=utf-8"
        else:
            body = adapter.render(answer, parsed, entry.id)
            content_type = entry.metadata.get("content_type") or "application/json"
        headers = [
            ("x-yamabiko-cache", "hit"),
            ("x-yamabiko-similarity", f"{hit.similarity:.4f}"),
            ("x-yamabiko-entry", entry.id),
            *_threshold_header(lookup),
            ("age", str(int(entry.age_s()))),
            ("cached-content", "true"),
            ("cache-control", "no-cache"),
            ("server-timing", _server_timing(hit.timings, total=_ms(call.start))),
        ]
        await send_bytes(self._send(call), 200, body, content_type, headers)
        self.metrics.count(call.api, "hit")
        self.metrics.saved(dict(entry.metadata), self.settings.price(entry.metadata.get("model")))

    # -- misses and bypasses: forward, tee, store ------------------------------------------------

    async def _forward(self, call: Call, outcome: str, reason: str | None, *, store: bool) -> None:
        parsed = call.parsed
        assert parsed is not None and self.upstream is not None
        send = self._send(call)
        t0 = time.perf_counter()
        try:
            response = await self.upstream.send(
                "POST", call.url, forward_headers(call.headers), call.body
            )
        except httpx.TimeoutException:
            self.metrics.upstream_errors["timeout"] += 1
            await self._error(
                call,
                504,
                f"the upstream {call.upstream} did not answer in time (gateway.upstream_timeout).",
            )
            return
        except httpx.HTTPError as exc:
            self.metrics.upstream_errors["connect"] += 1
            await self._error(
                call, 502, f"the upstream {call.upstream} cannot be reached: {type(exc).__name__}."
            )
            return
        is_sse = response.headers.get("content-type", "").startswith("text/event-stream")
        try:
            if parsed.stream and is_sse and 200 <= response.status_code < 300:
                await self._tee(call, response, outcome, reason, store, t0)
            else:
                await self._relay_json(call, response, outcome, reason, store, t0, send)
        finally:
            await response.aclose()

    def _refusal(self, call: Call, status: int, size: int, answer: Answer | None) -> str | None:
        """Why this answer must not be stored (None: it may be)."""
        if call.controls.no_store:
            return "no-store"
        if not 200 <= status < 300:
            return f"status:{status}"
        if size > self.settings.max_entry_bytes:
            return "too-large"
        if answer is None:
            return "incomplete"
        if answer.finish != COMPLETE:
            return f"finish:{answer.finish}"
        if not answer.text.strip():
            return "empty-answer"
        return None  # the cache's own checks (policy, sensitive data) run in store()

    async def _relay_json(
        self,
        call: Call,
        response: httpx.Response,
        outcome: str,
        reason: str | None,
        store: bool,
        t0: float,
        send: Send,
    ) -> None:
        try:
            raw = await response.aread()
        except httpx.HTTPError as exc:
            self.metrics.upstream_errors["read"] += 1
            await self._error(
                call, 502, f"the upstream {call.upstream} failed mid-answer: {type(exc).__name__}."
            )
            return
        upstream_ms = _ms(t0)
        self.metrics.upstream.observe(upstream_ms / 1000.0, (call.api,))
        headers = response_headers(response.headers, decoded=True)
        store_ms = 0.0
        if store:
            answer = None
            if 200 <= response.status_code < 300 and len(raw) <= self.settings.max_entry_bytes:
                try:
                    answer = call.adapter.answer(json.loads(raw), raw)
                except Exception:  # an upstream body we cannot read is relayed, not stored
                    answer = None
            refusal = self._refusal(call, response.status_code, len(raw), answer)
            if refusal is None and answer is not None:
                if isinstance(call.adapter, JSONPathAdapter):
                    answer.extra["content_type"] = response.headers.get("content-type", "")
                t_store = time.perf_counter()
                refusal = await self._store(call, answer, wait=True)
                store_ms = _ms(t_store)
            self._count_store(refusal)
            headers.append(("x-yamabiko-stored", "false" if refusal else "true"))
            if refusal:
                reason = f"{reason}; not-stored={refusal}" if reason else f"not-stored={refusal}"
        headers += _outcome_headers(
            call, outcome, reason, upstream=upstream_ms, store=store_ms, total=_ms(call.start)
        )
        headers = [(k, v) for k, v in headers if k != "content-type"]
        content_type = response.headers.get("content-type", "application/json")
        await send_bytes(send, response.status_code, raw, content_type, headers)
        self.metrics.count(call.api, outcome, reason.split(";")[0] if outcome == "bypass" else None)

    async def _tee(
        self,
        call: Call,
        response: httpx.Response,
        outcome: str,
        reason: str | None,
        store: bool,
        t0: float,
    ) -> None:
        """Pass every upstream chunk to the client as it arrives; assemble the answer on the
        side; store it only if the stream completed and the client stayed to the end."""
        send = self._send(call)
        receive: Receive = call.scope["yamabiko.receive"]
        headers = response_headers(response.headers, decoded=False)
        headers += _outcome_headers(
            call, outcome, reason, upstream_headers=_ms(t0), total=_ms(call.start)
        )
        await send(
            {
                "type": "http.response.start",
                "status": response.status_code,
                "headers": encode_headers(headers),
            }
        )
        gone = asyncio.Event()

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        watcher = asyncio.ensure_future(watch())
        parser = SSEParser()
        assembler = call.adapter.assembler()
        pending = None
        encoded = "content-encoding" in response.headers
        size = 0
        ended = delivered = broken = unreadable = False
        try:
            try:
                async for chunk in response.aiter_raw():
                    size += len(chunk)
                    if store and not encoded and size <= self.settings.max_entry_bytes:
                        try:
                            for event in parser.feed(chunk):
                                assembler.feed(event)
                        except Exception as exc:  # unreadable upstream events: relay, never store
                            log.warning("yamabiko gateway: cannot assemble the stream: %r", exc)
                            unreadable = True
                        if pending is None and getattr(assembler, "raw_finish", None):
                            # the answer is about to be complete: make lookups in this
                            # context wait for its store (read-your-writes)
                            pending = self.flights.pend(call.context_key)
                    if gone.is_set():
                        break
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                    delivered = delivered or assembler.seen_end()
                else:
                    ended = True
            except httpx.HTTPError as exc:
                self.metrics.upstream_errors["stream"] += 1
                log.warning("yamabiko gateway: upstream stream broke: %s", type(exc).__name__)
                broken = True
            # a client that hangs up after the end marker (SDKs stop reading at [DONE]) has
            # the whole answer; one that leaves before it does not, and nothing is stored
            left_early = gone.is_set() and not delivered
            answer = None
            if (ended or delivered) and not left_early and not unreadable:
                try:
                    assembler.end()
                    answer = assembler.result()
                except Exception as exc:
                    log.warning("yamabiko gateway: cannot assemble the stream: %r", exc)
                    unreadable = True
            self.metrics.upstream.observe(_ms(t0) / 1000.0, (call.api,))
            if store:
                if left_early:
                    refusal: str | None = "client-disconnected"
                elif unreadable:
                    refusal = "unreadable-stream"
                elif encoded:
                    refusal = "encoded-stream"
                else:
                    refusal = self._refusal(call, response.status_code, size, answer)
                if refusal is None and answer is not None:
                    if pending is None:
                        pending = self.flights.pend(call.context_key)
                    self._spawn(self._store_then(call, answer, pending))
                    pending = None
                else:
                    self._count_store(refusal)
            if not gone.is_set() and not broken:
                # (after a broken upstream stream the response is left unfinished: the server
                # then drops the connection, so the client sees the truncation too)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            self.flights.unpend(call.context_key, pending)
            watcher.cancel()
        self.metrics.count(call.api, outcome, reason if outcome == "bypass" else None)

    async def _store_then(self, call: Call, answer: Answer, pending: asyncio.Future[None]) -> None:
        try:
            self._count_store(await self._store(call, answer, wait=False))
        finally:
            self.flights.unpend(call.context_key, pending)

    def _count_store(self, refusal: str | None) -> None:
        if refusal is None:
            self.metrics.stored += 1
        else:
            self.metrics.not_stored[
                refusal.split(":")[0] if refusal.startswith("status") else refusal
            ] += 1

    async def _store(self, call: Call, answer: Answer, *, wait: bool) -> str | None:
        """Store the answer; returns None when stored, else why not. With ``wait``, gives up
        waiting after ``store_wait`` s (the store then finishes in the background)."""
        parsed = call.parsed
        assert parsed is not None
        coro = self.cache.store(
            parsed.prompt,
            answer.text,
            context=call.context,
            ttl=call.controls.ttl,
            tags=call.controls.tags,
            metadata=answer.metadata(call.api),
            route=call.api,
            headers=call.policy_headers,
        )
        task = self._spawn(coro)
        if wait:
            done, _ = await asyncio.wait([task], timeout=self.settings.store_wait)
            if not done:
                pending = self.flights.pend(call.context_key)
                task.add_done_callback(lambda _t: self.flights.unpend(call.context_key, pending))
                return "store-slow"
        try:
            await task
        except NotStoredError as exc:
            return exc.reason
        except Exception as exc:  # the cache never breaks the LLM path
            log.warning("yamabiko gateway: store failed, answer served uncached: %r", exc)
            return "store-error"
        return None

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(_consume)
        return task

    # -- everything else -----------------------------------------------------------------------

    async def _passthrough(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Forward any other request to the upstream its path and headers point to."""
        headers = header_map(scope)
        path: str = scope["path"]
        if path.startswith("/v1beta/") or "x-goog-api-key" in headers:
            adapter, upstream = self.gemini, self.settings.gemini_url
        elif "anthropic-version" in headers or "x-api-key" in headers:
            adapter, upstream = self.anthropic, self.settings.anthropic_url
        else:
            adapter, upstream = self.openai, self.settings.openai_url
        call = Call(adapter, upstream, scope, headers)
        try:
            self._namespace(headers, None)
            call.body = await read_body(
                receive, self.settings.max_request_bytes, headers.get("content-length")
            )
        except BodyTooLarge as exc:
            await self._error(call, 413, f"the request body is larger than {exc.limit} bytes.")
            return
        except HTTPError as exc:
            await self._error(call, exc.status, exc.message)
            return
        assert self.upstream is not None
        try:
            response = await self.upstream.send(
                scope["method"], call.url, forward_headers(headers), call.body
            )
        except httpx.TimeoutException:
            await self._error(call, 504, f"the upstream {upstream} did not answer in time.")
            return
        except httpx.HTTPError as exc:
            await self._error(
                call, 502, f"the upstream {upstream} cannot be reached: {type(exc).__name__}."
            )
            return
        try:
            out = response_headers(response.headers, decoded=False)
            out.append(("x-yamabiko-cache", "bypass; reason=not-cached-path"))
            out.append(("x-yamabiko-cache-reason", "not-cached-path"))
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": encode_headers(out),
                }
            )
            try:
                async for chunk in response.aiter_raw():
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
            except httpx.HTTPError:
                self.metrics.upstream_errors["stream"] += 1
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            await response.aclose()
        self.metrics.count("passthrough", "bypass", "not-cached-path")


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()


def create_app(
    cache: AsyncSemanticCache, settings: GatewaySettings | None = None, *, own_cache: bool = True
) -> Gateway:
    """The gateway as an ASGI app (a :class:`Gateway`)."""
    return Gateway(cache, settings or GatewaySettings(), own_cache=own_cache)
