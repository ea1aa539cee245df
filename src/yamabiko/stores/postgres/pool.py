"""A small connection pool that fails fast: a refused connection is an error at once.

(``psycopg_pool`` retries connecting in the background and makes callers wait up to its
timeout, which would turn a database outage into a slow lookup instead of a quick miss.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import psycopg
from psycopg.pq import TransactionStatus

from ...errors import StoreError, StoreUnavailableError
from ..breaker import CircuitBreaker

log = logging.getLogger("yamabiko.postgres")
T = TypeVar("T")


class Pool:
    """Up to ``size`` autocommit connections to ``url``; each new one is set up by ``configure``."""

    def __init__(
        self,
        url: str,
        size: int,
        connect_timeout: float,
        configure: Callable[[psycopg.AsyncConnection], Awaitable[None]],
    ) -> None:
        self.url = url
        self._size = size
        self._connect_timeout = max(1, round(connect_timeout))
        self._configure = configure
        self._idle: list[psycopg.AsyncConnection] = []
        self._slots: asyncio.Semaphore | None = None

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[psycopg.AsyncConnection]:
        """A connection for one operation; broken or interrupted ones are thrown away."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._size)
        async with self._slots:
            conn = None
            while self._idle and conn is None:
                conn = self._idle.pop()
                if conn.closed:
                    conn = None
            if conn is None:
                conn = await psycopg.AsyncConnection.connect(
                    self.url, autocommit=True, connect_timeout=self._connect_timeout
                )
                try:
                    await self._configure(conn)
                except BaseException:
                    await _close(conn)
                    raise
            reusable = False
            try:
                yield conn
                reusable = True
            finally:
                idle = conn.info.transaction_status == TransactionStatus.IDLE
                if reusable and idle and not conn.closed:
                    self._idle.append(conn)
                else:  # interrupted mid-statement (a timeout) or broken: never reuse it
                    await _close(conn)

    async def close(self) -> None:
        """Close the idle connections (the ones in use close when they are handed back)."""
        idle, self._idle = self._idle, []
        for conn in idle:
            await _close(conn)


async def _close(conn: psycopg.AsyncConnection) -> None:
    try:
        await asyncio.shield(conn.close())
    except (psycopg.Error, OSError, asyncio.CancelledError) as exc:
        log.debug("closing a PostgreSQL connection failed: %s", exc)


async def guarded(
    pool_of: Callable[[], Pool],
    breaker: CircuitBreaker,
    where: str,
    operation: str,
    budget: float,
    fn: Callable[[psycopg.AsyncConnection], Awaitable[T]],
) -> T:
    """Run ``fn(connection)`` within ``budget`` seconds, through ``breaker``.

    Timeouts and lost connections become StoreUnavailableError (a miss for lookups); other
    database errors become StoreError. ``pool_of`` gives the pool (made on first use).
    """
    if not breaker.allow():
        raise StoreUnavailableError(
            f"PostgreSQL at {where} is unavailable (circuit open after "
            f"{breaker.failures} failures in a row; retrying every "
            f"{breaker.cooldown:g} s); {operation} skipped."
        )
    pool = pool_of()

    async def run() -> T:
        async with pool.connection() as conn:
            return await fn(conn)

    try:
        result = await asyncio.wait_for(run(), budget)
    except (asyncio.TimeoutError, psycopg.errors.QueryCanceled) as exc:
        breaker.failure()
        raise StoreUnavailableError(
            f"PostgreSQL at {where} did not answer {operation} within "
            f"{budget * 1000:.0f} ms; raise the timeout if the server is remote or busy."
        ) from exc
    except (psycopg.OperationalError, OSError) as exc:
        breaker.failure()
        raise StoreUnavailableError(
            f"cannot reach PostgreSQL at {where} for {operation}: {exc}"
        ) from exc
    except psycopg.Error as exc:
        breaker.success()  # the server answered (with an error)
        raise StoreError(f"PostgreSQL {operation} failed at {where}: {exc}") from exc
    except BaseException:
        breaker.release()
        raise
    breaker.success()
    return result
