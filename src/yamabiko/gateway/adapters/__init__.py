"""One adapter per API: parse a request into (prompt, exact context), read an answer from a
JSON body or a stream, and replay a cached answer in that API's format.

Registration: every API adapter is registered by name in :data:`yamabiko.registry.ADAPTERS`
(one line each; plugins call :func:`yamabiko.registry.register_adapter`) and listed in order by
:func:`adapter_classes`;
``[[gateway.routes]]`` add :class:`~yamabiko.gateway.adapters.jsonpath.JSONPathAdapter` routes
from the config. :class:`RouteTable` maps a request to its adapter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ...registry import adapter_classes
from .base import Adapter, Match, Route

__all__ = ["Adapter", "Match", "Route", "RouteTable", "adapter_classes"]


class RouteTable:
    """Which adapter answers a request: exact paths in a dict, templates tried in order."""

    def __init__(self, resolve: Callable[..., str]) -> None:
        """``resolve(adapter[, default])``: the upstream origin configured for the adapter's
        API, else ``default`` (else the adapter's ``default_upstream``)."""
        self._resolve = resolve
        self.adapters: list[tuple[Adapter, str | None]] = []
        self._exact: dict[tuple[str, str], tuple[Adapter, str | None]] = {}
        self._templates: list[tuple[Route, re.Pattern[str], Adapter, str | None]] = []

    def add(self, adapter: Adapter, upstream: str | None = None) -> None:
        """Serve ``adapter``'s routes, forwarding to ``upstream`` (an origin URL; None: the
        configured upstream of its API, looked up per request)."""
        self.adapters.append((adapter, upstream))
        for route in adapter.routes:
            if route.is_template:
                self._templates.append((route, route.pattern(), adapter, upstream))
            else:
                self._exact[(route.method, route.path)] = (adapter, upstream)

    def match(self, method: str, path: str, query: Mapping[str, str]) -> Match | None:
        """The adapter and path parameters of a cached route, or None."""
        found = self._exact.get((method, path))
        if found is not None:
            return Match(found[0], found[1] or self._resolve(found[0]), {}, dict(query))
        for route, pattern, adapter, upstream in self._templates:
            if route.method != method:
                continue
            m = pattern.match(path)
            if m is None:
                continue
            params = m.groupdict()
            if all(params.get(name) in allowed for name, allowed in route.choices):
                return Match(
                    adapter, upstream or self._origin(adapter, params), params, dict(query)
                )
        return None

    def claimant(self, path: str, headers: Mapping[str, str]) -> tuple[Adapter, str]:
        """The adapter (and upstream) an uncached request goes to."""
        chosen = next(
            ((a, u) for a, u in self.adapters if a.claims(path, headers)), self.adapters[0]
        )
        return chosen[0], chosen[1] or self._origin(chosen[0], {"path": path})

    def _origin(self, adapter: Adapter, params: Mapping[str, str]) -> str:
        """The configured upstream, else the adapter's for these path parameters (Vertex AI:
        the location's endpoint), else its default."""
        specific = adapter.upstream_for(params)
        return self._resolve(adapter, specific) if specific else self._resolve(adapter)
