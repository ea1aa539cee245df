"""A small connection pool that fails fast: a refused connection is an error at once.

(``psycopg_pool`` retries connecting in the background and makes callers wait up to its
timeout, which would turn a database outage into a slow lookup instead of a quick miss.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

import psycopg
from psycopg.pq import TransactionStatus

from ...storegate import DriverErrors

log = logging.getLogger("yamabiko.postgres")


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


#: What psycopg's exceptions mean (see :func:`yamabiko.storegate.guarded`); a cancelled
#: statement is a timeout (``statement_timeout``), before the OperationalError it derives from.
DRIVER_ERRORS = DriverErrors(
    server="PostgreSQL",
    timeout=(psycopg.errors.QueryCanceled,),
    unreachable=(psycopg.OperationalError, OSError),
    answered=(psycopg.Error,),
)
