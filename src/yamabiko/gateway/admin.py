"""Admin endpoints (admin token required): ``GET /metrics`` (Prometheus), ``GET
/yamabiko/stats``, ``GET /yamabiko/entries``, ``POST /yamabiko/invalidate``, ``POST
/yamabiko/feedback``. Tokens go in ``Authorization: Bearer <token>`` or ``X-Yamabiko-Admin-Token``.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from ..cache import AsyncSemanticCache
from ..config.gateway import GatewaySettings
from ..errors import InvalidInputError, StoreError
from ..singleflight import SingleFlight
from ..verify.review import prometheus_lines
from .asgi import (
    BodyTimeout,
    BodyTooLarge,
    Receive,
    Scope,
    Send,
    header_map,
    query_params,
    read_body,
    send_bytes,
    send_json,
)
from .dashboard.auth import session_authorizes
from .identity import Pseudonymizer
from .metrics import Metrics, embedder_lines
from .validate import lone_surrogate, surrogate_message

MAX_ADMIN_BODY = 1024 * 1024


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows; send a finite number")


class AdminError(Exception):
    """An admin request the gateway refuses: its HTTP status and the message to send."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


def _entry_json(entry: Any) -> dict[str, Any]:
    return {
        "id": entry.id,
        "namespace": entry.namespace,
        "user": entry.user,
        "lang": entry.lang,
        "prompt": entry.prompt,
        "response": entry.response,
        "created_at": entry.created_at,
        "expires_at": entry.expires_at,
        "hits": entry.hits,
        "last_hit_at": entry.last_hit_at,
        "tags": list(entry.tags),
        "metadata": dict(entry.metadata),
        "partition": entry.partition,
    }


class Admin:
    """The admin endpoints; they use only the cache's public API."""

    def __init__(
        self,
        cache: AsyncSemanticCache,
        settings: GatewaySettings,
        metrics: Metrics,
        flights: SingleFlight[Any],
    ) -> None:
        self.cache = cache
        self.settings = settings
        self.metrics = metrics
        self.flights = flights
        # the pipeline's mapping (same key): invalidate by the plain e-mail finds its hash
        self.pseudonymize = Pseudonymizer(settings.identity_key or settings.admin_token)

    def authorize(self, headers: dict[str, str], method: str = "GET") -> None:
        """Raise AdminError unless the request carries the admin token (or the dashboard's
        session cookie, see :mod:`.dashboard.auth`)."""
        token = self.settings.admin_token
        if not token:
            raise AdminError(
                403,
                "admin endpoints are disabled: set gateway.admin_token (or "
                "YAMABIKO_GATEWAY_ADMIN_TOKEN, or yamabiko serve --admin-token).",
            )
        given = headers.get("x-yamabiko-admin-token") or ""
        auth = headers.get("authorization", "")
        if not given and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given and session_authorizes(headers, token, method):
            return
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise AdminError(
                401,
                "admin endpoints need the admin token: send "
                "'Authorization: Bearer <token>' or X-Yamabiko-Admin-Token.",
            )

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one admin request (``/metrics``, ``/yamabiko/*``) after checking its token."""
        path, method = scope["path"], scope["method"]
        routes = {
            ("GET", "/metrics"): self.prometheus,
            ("GET", "/yamabiko/stats"): self.stats,
            ("GET", "/yamabiko/entries"): self.entries,
            ("POST", "/yamabiko/invalidate"): self.invalidate,
            ("POST", "/yamabiko/feedback"): self.feedback,
        }
        try:
            handler = routes.get((method, path))
            if handler is None:
                known = ", ".join(f"{m} {p}" for m, p in routes)
                raise AdminError(404, f"no admin endpoint {method} {path}; known: {known}.")
            headers = header_map(scope)
            self.authorize(headers, method)
            body: Any = None
            if method == "POST":
                try:
                    raw = await read_body(receive, MAX_ADMIN_BODY, headers.get("content-length"))
                    body = json.loads(raw or b"{}", parse_constant=_no_constant)
                except BodyTooLarge:
                    raise AdminError(413, "admin request bodies are limited to 1 MiB.") from None
                except BodyTimeout as exc:
                    raise AdminError(
                        408, f"the body did not arrive within {exc.timeout:g} s."
                    ) from None
                except (ValueError, RecursionError) as exc:
                    raise AdminError(400, f"the body is not valid JSON: {exc}") from None
                if not isinstance(body, dict):
                    raise AdminError(400, "the body must be a JSON object.")
                where = lone_surrogate(raw, body)
                if where is not None:
                    raise AdminError(400, surrogate_message(where))
            await handler(scope, send, body)
        except AdminError as exc:
            await send_json(send, exc.status, {"error": {"message": exc.message}})
        except InvalidInputError as exc:
            await send_json(send, 400, {"error": {"message": str(exc)}})
        except StoreError as exc:
            await send_json(send, 503, {"error": {"message": f"the cache store failed: {exc}"}})

    # -- endpoints -------------------------------------------------------------------------

    async def store_stats(self) -> dict[str, Any] | None:
        """The cache's stats, or ``{"error": ...}`` while the store is unavailable."""
        status = await self.cache.store_status()
        if status["store"] == "unavailable":  # not open: reopening is the background's job
            return {"error": f"the cache store is unavailable: {status['error']}"}
        try:
            return (await self.cache.stats()).as_dict()
        except (StoreError, OSError) as exc:
            return {"error": str(exc)}

    async def prometheus(self, scope: Scope, send: Send, body: Any) -> None:
        """``GET /metrics``: the gateway's, the cache's and the store's figures (Prometheus)."""
        store = await self.store_stats()
        text = self.metrics.render(store if store and "error" not in store else None)
        up = (await self.cache.store_status())["store"] == "ok"
        lines = [
            "# HELP yamabiko_store_up Whether the cache store works (0: requests pass through).",
            "# TYPE yamabiko_store_up gauge",
            f"yamabiko_store_up {int(up)}",
        ]
        lines += prometheus_lines(self.cache.counters()) + embedder_lines(self.cache.embedder)
        text += "".join(f"{line}\n" for line in lines)
        await send_bytes(send, 200, text.encode(), "text/plain; version=0.0.4; charset=utf-8")

    async def stats(self, scope: Scope, send: Send, body: Any) -> None:
        """``GET /yamabiko/stats``: the gateway's counters, the cache's and the store's."""
        await send_json(
            send,
            200,
            {
                "gateway": self.metrics.as_dict(),
                "cache": await self.store_stats(),
                "store": await self.cache.store_status(),
                "in_flight": self.flights.in_flight,
                "verify": {
                    k: v
                    for k, v in self.cache.counters().items()
                    if k.startswith(("verify:", "judge:", "guard:"))
                },
            },
        )

    async def entries(self, scope: Scope, send: Send, body: Any) -> None:
        """``GET /yamabiko/entries``: the selected entries, newest first."""
        query = query_params(scope)
        limit_raw = query.get("limit", "50")
        if not (limit_raw.isascii() and limit_raw.isdigit()) or not 1 <= int(limit_raw) <= 1000:
            raise AdminError(400, f"limit is {limit_raw!r}; it must be a whole number 1..1000.")
        found = await self.cache.entries(
            id=[i for i in query.get("id", "").split(",") if i],
            namespace=query.get("namespace") or None,
            user=self.pseudonymize(query.get("user") or None),
            tag=self.pseudonymize(query.get("tag") or None),
            limit=int(limit_raw),
        )
        await send_json(send, 200, {"entries": [_entry_json(e) for e in found]})

    async def invalidate(self, scope: Scope, send: Send, body: dict[str, Any]) -> None:
        """Body: any of ``id`` (str or list), ``namespace``, ``user``, ``tag``, ``older_than``
        (seconds), ``all`` (true), or ``similar_to`` ``{"prompt": ..., "min_similarity": ...}``
        (combined with namespace / user / tag to narrow it)."""
        known = {"id", "ids", "namespace", "user", "tag", "older_than", "all", "similar_to"}
        unknown = set(body) - known
        if unknown:
            raise AdminError(400, f"unknown fields {sorted(unknown)}; known: {sorted(known)}.")
        ids = body.get("id", body.get("ids"))
        if isinstance(ids, str):
            ids = [ids]
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            raise AdminError(400, "id must be an entry id or a list of ids.")
        for key in ("namespace", "user", "tag"):
            if body.get(key) is not None and not isinstance(body[key], str):
                raise AdminError(400, f"{key} must be a string.")
        if body.get("all") not in (None, True, False):
            raise AdminError(400, "all must be true or false.")
        similar = body.get("similar_to")
        if similar is not None and not (
            isinstance(similar, dict) and isinstance(similar.get("prompt"), str)
        ):
            raise AdminError(400, 'similar_to must be {"prompt": "...", "min_similarity": 0.9}.')
        removed = await self.cache.invalidate(
            id=ids,
            namespace=body.get("namespace"),
            user=self.pseudonymize(body.get("user")),
            tag=self.pseudonymize(body.get("tag")),
            older_than=body.get("older_than"),
            everything=bool(body.get("all")),
            similar_to=similar["prompt"] if similar else None,
            min_similarity=similar.get("min_similarity") if similar else None,
        )
        self.metrics.invalidated += removed
        await send_json(send, 200, {"removed": removed})

    async def feedback(self, scope: Scope, send: Send, body: dict[str, Any]) -> None:
        """Body: ``{"entry_id": "<X-Yamabiko-Entry of the hit>", "wrong": true}``: the entry is
        removed and counted. With ``"similarity": <X-Yamabiko-Similarity of the hit>`` the
        verdict (``wrong`` true or false) is recorded as evidence instead: the entry stays and
        its learned threshold tightens (or, confirmed often enough, drops)."""
        entry_id = body.get("entry_id")
        if not isinstance(entry_id, str) or not entry_id:
            raise AdminError(400, "entry_id must be the X-Yamabiko-Entry header of the hit.")
        wrong = body.get("wrong", True)
        if "similarity" in body:
            if not isinstance(wrong, bool):
                raise AdminError(400, f"wrong is {wrong!r}; send true or false.")
            recorded = await self.cache.feedback(
                entry_id, correct=not wrong, similarity=body["similarity"]
            )
            if recorded and wrong:
                self.metrics.feedback_wrong += 1
            await send_json(send, 200, {"recorded": recorded, "removed": 0})
            return
        if wrong is not True:
            raise AdminError(
                400,
                "without similarity only wrong hits are reported (the entry is removed): send "
                "wrong: true, or add the hit's similarity to record a verdict.",
            )
        removed = await self.cache.invalidate(id=entry_id)
        if removed:
            self.metrics.feedback_wrong += 1
        await send_json(send, 200, {"removed": removed})
