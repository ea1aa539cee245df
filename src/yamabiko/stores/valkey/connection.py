"""One client to the server, every call within a time budget and through a circuit breaker."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import valkey.asyncio as valkey_asyncio
from valkey import exceptions as vx

from ...errors import ConfigError, StoreUnavailableError
from ..breaker import CircuitBreaker
from .url import redact

log = logging.getLogger("yamabiko.valkey")
T = TypeVar("T")


class Connection:
    """A lazily made pooled client; :meth:`call` maps driver failures to StoreUnavailableError.

    Args:
        url: the server URL without yamabiko's own query options.
        connect_timeout: budget of opening one TCP connection.
        admin_timeout: socket timeout, and the wait for a free pooled connection.
        breaker: the circuit breaker every call goes through.
        max_connections: pooled connections per process.
        client_options: extra keyword arguments for the client (e.g. ``ssl_ca_certs``).
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
    ) -> None:
        self.url = url
        self.where = redact(url)
        self.breaker = breaker
        self._connect_timeout = connect_timeout
        self._admin_timeout = admin_timeout
        self._max_connections = max_connections
        self._client_options = client_options
        self._client: Any = None

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
            try:
                pool = valkey_asyncio.BlockingConnectionPool.from_url(self.url, **options)
            except ValueError as exc:
                raise ConfigError(f"store URL {self.where} is invalid: {exc}") from exc
            self._client = valkey_asyncio.Valkey(connection_pool=pool)
        return self._client

    async def call(self, operation: str, budget: float, fn: Callable[[Any], Awaitable[T]]) -> T:
        """Run ``fn(client)`` within ``budget`` seconds, through the circuit breaker.

        Timeouts and connection failures become StoreUnavailableError; other server errors
        (``ResponseError``) propagate for the caller to interpret.
        """
        if not self.breaker.allow():
            raise StoreUnavailableError(
                f"Valkey at {self.where} is unavailable (circuit open after "
                f"{self.breaker.failures} failures in a row; retrying every "
                f"{self.breaker.cooldown:g} s); {operation} skipped."
            )
        client = self.client()
        try:
            result = await asyncio.wait_for(fn(client), budget)
        except (asyncio.TimeoutError, vx.TimeoutError) as exc:
            self.breaker.failure()
            raise StoreUnavailableError(
                f"Valkey at {self.where} did not answer {operation} within "
                f"{budget * 1000:.0f} ms; raise the timeout if the server is remote or busy."
            ) from exc
        except (vx.ConnectionError, OSError) as exc:
            self.breaker.failure()
            raise StoreUnavailableError(
                f"cannot reach Valkey at {self.where} for {operation}: {exc}"
            ) from exc
        except vx.ResponseError:
            self.breaker.success()  # the server answered (with an error)
            raise
        except BaseException:  # cancelled by the caller: neither a success nor a failure
            self.breaker.release()
            raise
        self.breaker.success()
        return result

    async def close(self) -> None:
        """Close the connections; the next call connects again."""
        client, self._client = self._client, None
        if client is not None:
            try:
                await client.aclose()
                await client.connection_pool.disconnect()
            except (vx.ValkeyError, OSError) as exc:  # closing a dead connection
                log.debug("closing the Valkey client failed: %s", exc)
