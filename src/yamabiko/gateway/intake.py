"""The first step of a call: read and parse the body, apply the body's ``cache`` controls,
and build the :class:`~yamabiko.request.CacheRequest` once (recent identical requests reuse
theirs); every mistake is a 4xx in the API's own error format."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..cache import AsyncSemanticCache
from ..config.gateway import GatewaySettings
from ..errors import InvalidInputError
from ..lru import LRU
from ..request import CacheRequest
from .adapters.base import BadRequest, Parsed
from .asgi import BodyTimeout, BodyTooLarge, dumps, read_body
from .call import Call
from .controls import Controls, pop_body_controls
from .identity import Pseudonymizer
from .validate import lone_surrogate, surrogate_message


class Intake:
    """Parsing and the request of :class:`~yamabiko.gateway.pipeline.Pipeline` (a mixin: the
    state below is set by its constructor; it also provides ``error``)."""

    cache: AsyncSemanticCache
    settings: GatewaySettings
    pseudonymize: Pseudonymizer
    _memo: LRU[tuple[Parsed, CacheRequest, bytes, str, Controls]]

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
