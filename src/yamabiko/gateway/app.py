"""The gateway's ASGI app: the route table, authentication and the life cycle. Cached API calls
go through :mod:`.pipeline`; ``/metrics`` and ``/yamabiko/*`` to :mod:`.admin`; any other path
is passed through to the upstream its path and headers point to.

A raw ASGI app (no framework: every microsecond of a hit counts); serve it with uvicorn
(``yamabiko serve``) or any ASGI server. ``create_app(cache, settings)`` builds it.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Mapping
from typing import Any

from ..cache import AsyncSemanticCache
from ..collector import freeze_loaded
from ..config.gateway import GatewaySettings
from ..errors import EmbeddingAPIError, StoreError, UpstreamError
from ..partition import DEFAULT_NAMESPACE
from ..redact import install_log_redaction
from ..singleflight import SingleFlight
from . import relay
from .adapters import Adapter, RouteTable, adapter_classes
from .adapters.base import BadRequest
from .adapters.jsonpath import JSONPathAdapter
from .admin import Admin
from .asgi import (
    BodyTooLarge,
    ClientGone,
    Receive,
    Scope,
    Send,
    header_map,
    query_params,
    send_bytes,
    send_json,
)
from .asgi import read_body as read_request_body
from .controls import parse_controls
from .dashboard import Dashboard
from .headers import error_headers
from .metrics import Metrics
from .observe import Observer, record_of
from .pipeline import Call, Pipeline, target_url
from .upstream import GATEWAY_KEY_HEADER, Upstream

log = logging.getLogger("yamabiko.gateway")

HEALTH_PATHS = ("/healthz", "/yamabiko/health")


class HTTPError(Exception):
    """Answer the client with ``status`` and ``message`` in the API's error format."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


class Gateway:
    """The ASGI application. ``own_cache``: close the cache at shutdown."""

    def __init__(
        self, cache: AsyncSemanticCache, settings: GatewaySettings, *, own_cache: bool = True
    ) -> None:
        install_log_redaction()  # no credential from a URL in any log line (httpx's included)
        self.cache = cache
        self.settings = settings
        self.own_cache = own_cache
        #: after the start-up's warm-up, leave what the cache loaded out of the garbage
        #: collector's full collections (:func:`~yamabiko.collector.freeze_loaded`): a
        #: process's choice, made by the ``yamabiko serve`` command (in each worker), not by
        #: an application that embeds the gateway (False here)
        self.freeze_after_warm_up = False
        self.metrics = Metrics()
        self.flights: SingleFlight[Any] = SingleFlight()
        self._upstream: Upstream | None = None
        self._background: set[asyncio.Task[Any]] = set()
        self.routes = RouteTable(
            lambda adapter, default=None: self.settings.upstream_url(
                adapter.api, default or adapter.default_upstream
            )
        )
        for adapter_class in adapter_classes():
            if adapter_class.opt_in and adapter_class.api not in settings.exact_cache:
                continue
            adapter = adapter_class()
            adapter.configure(settings)
            self.add_adapter(adapter)
        for route in settings.routes:
            adapter = JSONPathAdapter(route.name, route.prompt, route.path, success=route.success)
            self.add_adapter(adapter, route.upstream)
        self.pipeline = Pipeline(
            cache, settings, self.metrics, self.flights, self.upstream, self.spawn
        )
        self.admin = Admin(cache, settings, self.metrics, self.flights)
        self.observer = Observer(settings.access_log, _tracer(settings))
        self.pipeline.observer = self.observer
        self.dashboard = Dashboard(self)

    def add_adapter(self, adapter: Adapter, upstream: str | None = None) -> None:
        """Serve ``adapter``'s routes, forwarding its requests to ``upstream`` (default: the
        configured upstream of its API, ``[gateway.upstreams]``)."""
        self.routes.add(adapter, upstream)

    def upstream(self) -> Upstream:
        """The pooled upstream client (created on first use)."""
        if self._upstream is None:
            self._upstream = Upstream(self.settings)
        return self._upstream

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        """Run ``coro`` in the background (stores after the reply); shutdown waits for it."""
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(_consume)
        return task

    # -- ASGI entry and life cycle -------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["yamabiko.start"], scope["yamabiko.wall"] = time.perf_counter(), time.time()
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
        self.upstream()
        if self.cache.review is not None:  # the judge talks through the same pooled client
            self.cache.review.use_client(self.upstream().client)
        try:
            await self.cache.warm_up()  # load the model and the guard now
        except StoreError as exc:
            log.warning(
                "yamabiko gateway: the cache store is unavailable, passing through: %s", exc
            )
        except EmbeddingAPIError as exc:  # a provider embedder that is down: fail open too
            log.warning("yamabiko gateway: the embedder failed, passing through: %s", exc)
        if self.freeze_after_warm_up:
            freeze_loaded()

    async def shutdown(self) -> None:
        """Let stores in progress finish (up to 5 s), then close the client and the cache."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=5.0)
        if self._upstream is not None:
            await self._upstream.close()
            self._upstream = None
        if self.own_cache:
            await self.cache.close()

    # -- routing -------------------------------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        if path in HEALTH_PATHS:  # the gateway serves; a cache that is down is passed by
            store = (await self.cache.store_status())["store"]
            await send_json(send, 200, {"status": "ok", "cache": store})
            return
        if path.startswith("/yamabiko/ui"):
            await self.dashboard.handle(scope, receive, send)
            return
        if path == "/metrics" or path.startswith("/yamabiko/"):
            await self.admin.handle(scope, receive, send)
            return
        query = query_params(scope) if scope.get("query_string") else {}
        match = self.routes.match(scope["method"], path, query)
        if match is None:
            await self._passthrough(scope, receive, send)
            return
        headers = header_map(scope)
        try:
            controls = parse_controls(headers)
            namespace = self._namespace(headers, controls.namespace)
        except BadRequest as exc:
            await self._error(match.adapter, send, 400, exc.message, scope)
            return
        except HTTPError as exc:
            await self._error(match.adapter, send, exc.status, exc.message, scope)
            return
        await self.pipeline.handle(Call(match, scope, receive, send, headers, namespace, controls))

    async def _error(
        self, adapter: Adapter, send: Send, status: int, message: str, scope: Scope | None = None
    ) -> None:
        self.metrics.count(adapter.api, "error")
        if scope is not None:
            self.observer.record(
                record_of(scope, adapter.api, "error", f"error:{status}", status), {}
            )
        headers = error_headers(status) + adapter.error_headers(status)
        await send_bytes(send, status, adapter.error(status, message), headers=headers)

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

    # -- everything else -----------------------------------------------------------------------

    async def _passthrough(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Forward any other request to the upstream its path and headers point to."""
        headers = header_map(scope)
        adapter, upstream = self.routes.claimant(scope["path"], headers)
        call_url = target_url(scope, upstream)
        try:
            self._namespace(headers, None)
            body = await read_request_body(
                receive, self.settings.max_request_bytes, headers.get("content-length")
            )
            response = await relay.open_response(
                self.upstream(),
                scope["method"],
                call_url,
                adapter.upstream_headers(headers, call_url, body),
                body,
            )
        except BodyTooLarge as exc:
            message = f"the request body is larger than {exc.limit} bytes."
            await self._error(adapter, send, 413, message, scope)
            return
        except HTTPError as exc:
            await self._error(adapter, send, exc.status, exc.message, scope)
            return
        except UpstreamError as exc:
            if exc.failed:
                self.metrics.upstream_errors[exc.kind] += 1
            await self._error(adapter, send, exc.status, exc.message, scope)
            return
        try:
            reason = "not-cached-path"
            out = [("x-yamabiko-cache", f"bypass; reason={reason}"),
                   ("x-yamabiko-cache-reason", reason)]  # fmt: skip
            if not await relay.pass_through(response, send, out):
                self.metrics.upstream_errors["stream"] += 1
        finally:
            await response.aclose()
        self.metrics.count("passthrough", "bypass", "not-cached-path")
        record = record_of(scope, "passthrough", "bypass", reason, response.status_code)
        self.observer.record(record, headers)


def _tracer(settings: GatewaySettings) -> Any:
    if not settings.tracing:
        return None
    from .tracing import Tracer

    return Tracer()


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()


def create_app(
    cache: AsyncSemanticCache, settings: GatewaySettings | None = None, *, own_cache: bool = True
) -> Gateway:
    """The gateway as an ASGI app (a :class:`Gateway`)."""
    return Gateway(cache, settings or GatewaySettings(), own_cache=own_cache)
