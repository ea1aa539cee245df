"""One client to the server, every call within a time budget and through a circuit breaker."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import valkey.asyncio as valkey_asyncio
from valkey import exceptions as vx

from ...errors import ConfigError
from ...storegate import DriverErrors, guarded
from ..breaker import CircuitBreaker
from .url import redact

log = logging.getLogger("yamabiko.valkey")
T = TypeVar("T")
#: What the valkey client's exceptions mean (see :func:`yamabiko.storegate.guarded`): a slot
#: that moved (resharding) or is moving, or a cluster reconfiguring, is ``rerouted``, before the
#: ResponseError those derive from; ResponseError itself reaches the caller unchanged.
DRIVER_ERRORS = DriverErrors(
    server="Valkey",
    timeout=(vx.TimeoutError,),
    unreachable=(vx.ConnectionError, OSError),
    rerouted=(
        vx.MovedError,
        vx.AskError,
        vx.TryAgainError,
        vx.ClusterError,
        vx.ValkeyClusterException,
    ),
    answered=(vx.ResponseError,),
    wrap_answered=False,
)


class Connection:
    """A lazily made pooled client; :meth:`call` maps driver failures to yamabiko errors.

    Args:
        url: the server URL without yamabiko's own query options.
        connect_timeout: budget of opening one TCP connection.
        admin_timeout: socket timeout, and the wait for a free pooled connection.
        breaker: the circuit breaker every call goes through.
        max_connections: pooled connections per process.
        client_options: extra keyword arguments for the client (e.g. ``ssl_ca_certs``).
        cluster_seeds: ``(host, port)`` of some cluster nodes: a cluster-aware client is made
            (slot map from the seeds, refreshed on MOVED), instead of a single-server one.
        shown_url: the URL as the user gave it (e.g. ``valkey+cluster://...``), for messages;
            shown without its password. Default: ``url``.
    """

    def __init__(
        self,
        url: str,
        *,
        connect_timeout: float,
        admin_timeout: float,
        breaker: CircuitBreaker,
        max_connections: int,
        client_options: dict[str, Any],
        cluster_seeds: list[tuple[str, int]] | None = None,
        shown_url: str | None = None,
    ) -> None:
        self.url = url
        self.where = redact(shown_url or url)
        self.breaker = breaker
        self._connect_timeout = connect_timeout
        self._admin_timeout = admin_timeout
        self._max_connections = max_connections
        self._client_options = client_options
        self._client: Any = None
        self.cluster_seeds = cluster_seeds
        # the cluster client fails at once past max_connections per node; callers wait here
        self._slots: asyncio.Semaphore | None = None

    @property
    def is_cluster(self) -> bool:
        """True for a cluster client (the URL named cluster seeds)."""
        return self.cluster_seeds is not None

    def client(self) -> Any:
        """The client, made on first use."""
        if self._client is None:
            options = {
                "socket_connect_timeout": self._connect_timeout,
                "socket_timeout": self._admin_timeout,
                "decode_responses": False,
                "max_connections": self._max_connections,
                "timeout": self._admin_timeout,  # waiting for a free pooled connection
                **self._client_options,
            }
            if self.cluster_seeds is not None:
                self._client = self._cluster_client(options)
                return self._client
            try:
                pool = valkey_asyncio.BlockingConnectionPool.from_url(self.url, **options)
            except ValueError as exc:
                raise ConfigError(f"store URL {self.where} is invalid: {exc}") from exc
            self._client = valkey_asyncio.Valkey(connection_pool=pool)
        return self._client

    def _cluster_client(self, options: dict[str, Any]) -> Any:
        from urllib.parse import unquote, urlsplit

        from valkey.asyncio.cluster import ClusterNode, ValkeyCluster

        parts = urlsplit(self.url)
        userinfo = parts.netloc.rpartition("@")[0]
        user, _, password = userinfo.partition(":")
        options.pop("timeout", None)  # a cluster client has one pool per node, no wait option
        return ValkeyCluster(
            startup_nodes=[ClusterNode(h, p) for h, p in self.cluster_seeds or ()],
            username=unquote(user) or None,
            password=unquote(password) or None,
            ssl=parts.scheme in ("valkeys", "rediss"),
            require_full_coverage=False,  # a shard down must not stop the others
            **options,
        )

    async def primaries(self) -> list[Any]:
        """The cluster's primary nodes (after the client learned the slot map)."""
        client = self.client()
        await self.call("topology", self._admin_timeout, lambda c: c.initialize())
        return list(client.get_primaries())

    async def call(
        self,
        operation: str,
        budget: float,
        fn: Callable[[Any], Awaitable[T]],
        breaker: CircuitBreaker | None = None,
    ) -> T:
        """Run ``fn(client)`` within ``budget`` seconds, through the circuit breaker.

        Timeouts, connection failures and cluster redirections become StoreUnavailableError;
        other server errors (``ResponseError``) propagate for the caller to interpret (see
        :func:`yamabiko.storegate.guarded`). ``breaker``: the one of the shard the call goes to
        (cluster), instead of the store's.
        """
        return await guarded(
            lambda: self._run(fn, self.client()),
            errors=DRIVER_ERRORS,
            breaker=breaker or self.breaker,
            where=self.where,
            operation=operation,
            budget=budget,
        )

    async def _run(self, fn: Callable[[Any], Awaitable[T]], client: Any) -> T:
        if not self.is_cluster:
            return await fn(client)  # the blocking pool makes callers wait their turn
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max_connections)
        async with self._slots:
            return await fn(client)

    async def close(self) -> None:
        """Close the connections; the next call connects again."""
        client, self._client = self._client, None
        if client is not None:
            try:
                await client.aclose()
                if not self.is_cluster:  # a cluster client closes its node pools itself
                    await client.connection_pool.disconnect()
            except (vx.ValkeyError, OSError) as exc:  # closing a dead connection
                log.debug("closing the Valkey client failed: %s", exc)
