"""The PostgreSQL + pgvector store class: open, search, hits, writes, invalidation, stats."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import numpy as np
import psycopg

from ...errors import (
    ConfigError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    StoreUnavailableError,
)
from ...models import DEFAULT_MAX_ENTRY_BYTES, Candidate, Entry, Evidence, StoreStats
from ...storegate import check_budgets, guarded
from ..base import Selector
from ..breaker import CircuitBreaker
from ..urls import redact
from . import evidence as evidence_rows
from . import rows, schema, upkeep
from .pool import DRIVER_ERRORS, Pool

log = logging.getLogger("yamabiko.postgres")
T = TypeVar("T")

_PURGE_EVERY_S = 5.0
#: refresh the planner's statistics after this many puts (and at most every 30 s): with stale
#: statistics after a bulk fill PostgreSQL sorts a big partition exactly instead of using HNSW
_ANALYZE_AFTER_PUTS = 1000
_ANALYZE_EVERY_S = 30.0


class PostgresStore:
    """Entries in PostgreSQL with pgvector; many processes share one database.

    Args:
        url: ``postgresql://user:password@host:5432/dbname`` (libpq URL; ``?sslmode=...`` etc.
            are passed to the driver).
        table: prefix of the store's tables (``<table>_entries``, ``_meta``, ``_counters``).
        max_entries, max_bytes: capacity; least-recently-used entries (last hit, else
            creation) are evicted past it. ``None``: no limit.
        timeout: lookup budget in seconds for one search or hit (default 100 ms).
        write_timeout: budget of one put (default 1 s).
        admin_timeout: budget of open, invalidation, inspection and stats.
        sliding_ttl: a hit extends the entry's life by its original TTL.
        max_entry_bytes: entries larger than this (prompt + response, UTF-8) are not stored.
        hnsw_m, ef_construction: HNSW parameters of a newly created index; ``ef_search`` the
            search-time candidate list (pgvector's ``hnsw.ef_search``).
        breaker_failures, breaker_cooldown: circuit breaker (see :class:`CircuitBreaker`).
        max_connections: pooled connections per process.
    """

    def __init__(
        self,
        url: str,
        *,
        table: str = "yamabiko",
        max_entries: int | None = None,
        max_bytes: int | None = None,
        timeout: float = 0.1,
        write_timeout: float = 1.0,
        admin_timeout: float = 30.0,
        sliding_ttl: bool = False,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        hnsw_m: int = 16,
        ef_construction: int = 64,
        ef_search: int = 100,
        breaker_failures: int = 3,
        breaker_cooldown: float = 1.0,
        max_connections: int = 10,
    ) -> None:
        if not isinstance(url, str) or not url.lower().startswith(("postgresql://", "postgres://")):
            raise ConfigError(
                f"store URL {url!r} is not a PostgreSQL URL; use e.g. "
                "postgresql://user:password@host:5432/dbname."
            )
        for name, value in (("max_entries", max_entries), ("max_bytes", max_bytes)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value <= 0
            ):
                raise InvalidInputError(
                    f"{name} is {value!r}; it must be a positive integer, or None for no limit."
                )
        check_budgets(timeout=timeout, write_timeout=write_timeout, admin_timeout=admin_timeout)
        self.url = url
        self.table = schema.check_table_name(table)
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.timeout = float(timeout)
        self.write_timeout = float(write_timeout)
        self.admin_timeout = float(admin_timeout)
        self.sliding_ttl = bool(sliding_ttl)
        self.max_entry_bytes = max_entry_bytes
        self.ef_search = int(ef_search)
        self._hnsw = (int(hnsw_m), int(ef_construction))
        self.breaker = CircuitBreaker(breaker_failures, breaker_cooldown)
        self.max_connections = max_connections
        self._where = redact(url)
        self._pool: Pool | None = None
        self._dims: int | None = None
        self._last_purge = 0.0
        self._puts_since_analyze = 0
        self._last_analyze = 0.0
        self._t = f"{self.table}_entries"

    # -- plumbing --------------------------------------------------------------------------

    async def _configure(self, conn: psycopg.AsyncConnection) -> None:
        from pgvector.psycopg import register_vector_async

        with contextlib.suppress(psycopg.ProgrammingError):  # no extension yet (first open)
            await register_vector_async(conn)
        await conn.execute("SET hnsw.iterative_scan = relaxed_order")
        await conn.execute(f"SET hnsw.ef_search = {self.ef_search}")
        await conn.execute(f"SET statement_timeout = {round(self.admin_timeout * 1000)}")

    def _pool_or_make(self) -> Pool:
        if self._pool is None:
            self._pool = Pool(
                self.url, self.max_connections, max(self.timeout, 1.0), self._configure
            )
        return self._pool

    async def _call(self, operation: str, budget: float, fn: Callable[[Any], Awaitable[T]]) -> T:
        """Run ``fn(connection)`` within ``budget`` seconds, through the circuit breaker:
        timeouts and lost connections become StoreUnavailableError (a miss for lookups), other
        database errors StoreError (see :func:`yamabiko.storegate.guarded`)."""

        async def run() -> T:
            async with self._pool_or_make().connection() as conn:
                return await fn(conn)

        return await guarded(
            run,
            errors=DRIVER_ERRORS,
            breaker=self.breaker,
            where=self._where,
            operation=operation,
            budget=budget,
        )

    def _require_open(self) -> None:
        if self._dims is None:
            raise StoreError(
                f"the PostgreSQL store at {self._where} is not open for search and writes; "
                "call `await store.open(embedder_name, dims)` first (SemanticCache does this)."
            )

    # -- open / close ----------------------------------------------------------------------

    async def open(self, embedder_name: str | None, dims: int | None) -> None:
        """Connect, create or migrate the schema, and check the embedder recorded in it.

        ``embedder_name=None`` opens for administration, without the check.
        """
        meta = await self._call(
            "open", self.admin_timeout, lambda c: schema.read_meta(c, self.table)
        )
        if embedder_name is None:
            self._dims = int(meta["dims"]) if meta.get("dims") else None
            return
        dims = int(dims or 0)
        await self._call(
            "open",
            self.admin_timeout,
            lambda c: schema.open_for(c, self.table, embedder_name, dims, self._hnsw, self._where),
        )
        self._dims = dims
        if self._pool is not None:  # connections made before the extension existed
            await self._pool.close()
            self._pool = None
        # one configured connection ready, so the first lookup does not pay for connecting
        await self._call("open", self.admin_timeout, lambda c: c.execute("SELECT 1"))

    async def close(self) -> None:
        """Close the pooled connections; the store can be opened again."""
        pool, self._pool = self._pool, None
        if pool is not None:
            try:
                await pool.close()
            except (psycopg.Error, OSError) as exc:
                log.debug("closing the PostgreSQL pool failed: %s", exc)

    # -- search and hits -------------------------------------------------------------------

    def _vector(self, vector: np.ndarray) -> np.ndarray:
        vec = np.asarray(vector, dtype=np.float32).ravel()
        if vec.shape[0] != self._dims:
            raise InvalidInputError(
                f"vector has {vec.shape[0]} dims but the store {self.table!r} holds "
                f"{self._dims}-dim vectors; use the embedder the cache was created with."
            )
        return vec

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """The ``k`` nearest unexpired entries of ``partition`` (HNSW, cosine), best first.

        A small partition is answered exactly through the partition index; a large one by the
        HNSW index with pgvector's iterative scan (filtered rows do not starve the result).
        """
        self._require_open()
        vec = self._vector(vector)
        sql = (
            f"SELECT id, prompt, history, analysis, embedding <=> %(v)s AS d FROM {self._t} "
            "WHERE partition = %(p)s AND (expires_at IS NULL OR expires_at > %(now)s) "
            "ORDER BY embedding <=> %(v)s LIMIT %(k)s"
        )
        params = {"v": vec, "p": partition, "now": now, "k": int(k)}

        async def run(conn: psycopg.AsyncConnection) -> list[Any]:
            return await (await conn.execute(sql, params, prepare=True)).fetchall()

        found = await self._call("search", self.timeout, run)
        out = [
            Candidate(i, p, max(-1.0, min(1.0, 1.0 - float(d))), history=h, analysis=a)
            for i, p, h, a, d in found
        ]
        out.sort(key=lambda c: c.similarity, reverse=True)  # relaxed order: sort here
        return out

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """Count the hit and return the entry, in one statement; None if gone or expired."""
        self._require_open()
        slide = ", expires_at = %(now)s + ttl_s" if self.sliding_ttl else ""
        sql = (
            f"UPDATE {self._t} SET hits = hits + 1, last_hit_at = %(now)s, last_used = %(now)s"
            f"{slide} "
            "WHERE id = %(id)s AND (expires_at IS NULL OR expires_at > %(now)s) "
            f"RETURNING {', '.join(rows.COLUMNS)}"
        )

        async def run(conn: psycopg.AsyncConnection) -> Any:
            return await (
                await conn.execute(sql, {"id": entry_id, "now": now}, prepare=True)
            ).fetchone()

        row = await self._call("hit", self.timeout, run)
        return None if row is None else rows.to_entry(row)

    # -- writes ----------------------------------------------------------------------------

    async def put(self, entry: Entry, vector: np.ndarray) -> None:
        """Store (or replace) one entry; evicts least-recently-used entries past capacity."""
        self._require_open()
        vec = self._vector(vector)
        if entry.text_bytes > self.max_entry_bytes:
            raise NotStoredError(
                "too-large",
                f"not stored: entry {entry.id} is {entry.text_bytes} bytes, over the store's "
                f"{self.max_entry_bytes}-byte limit (max_entry_bytes).",
            )
        columns = ", ".join(rows.WRITE_COLUMNS)
        placeholders = ", ".join(["%s"] * len(rows.WRITE_COLUMNS))
        updates = ", ".join(f"{c} = excluded.{c}" for c in rows.WRITE_COLUMNS if c != "id")
        sql = (
            f"INSERT INTO {self._t} ({columns}) VALUES ({placeholders}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        values = rows.write_values(entry, vec)
        now = time.time()

        async def run(conn: psycopg.AsyncConnection) -> None:
            async with conn.transaction():
                if entry.is_expired(now):  # already past its life: counted, not stored
                    await conn.execute(f"DELETE FROM {self._t} WHERE id = %s", (entry.id,))
                    await upkeep.count(conn, self.table, "expired", 1)
                    return
                await conn.execute(sql, values, prepare=True)
                await upkeep.evict(conn, self.table, self.max_entries, self.max_bytes)

        await self._call("put", self.write_timeout, run)
        self._puts_since_analyze += 1
        if (
            self._puts_since_analyze >= _ANALYZE_AFTER_PUTS
            and time.monotonic() - self._last_analyze > _ANALYZE_EVERY_S
        ):
            self._puts_since_analyze, self._last_analyze = 0, time.monotonic()
            try:
                await self._call("analyze", self.admin_timeout,
                                 lambda c: c.execute(f"ANALYZE {self._t}"))  # fmt: skip
            except StoreError as exc:
                log.info("statistics not refreshed: %s", exc)
        if time.monotonic() - self._last_purge > _PURGE_EVERY_S:
            try:
                await self._call("purge", self.write_timeout, self._purge_now)
            except StoreUnavailableError as exc:
                log.info("expiry purge skipped: %s", exc)

    async def _purge_now(self, conn: psycopg.AsyncConnection) -> None:
        self._last_purge = time.monotonic()
        await upkeep.purge(conn, self.table, time.time())

    async def delete(self, selector: Selector) -> int:
        """Remove the selected entries; returns how many were removed."""
        selector.require_something()
        clause, params = rows.where(selector, time.time())

        async def run(conn: psycopg.AsyncConnection) -> int:
            cur = await conn.execute(f"DELETE FROM {self._t} WHERE {clause}", params)
            return cur.rowcount

        return await self._call("invalidate", self.admin_timeout, run)

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected unexpired entries, newest first."""
        now = time.time()
        clause, params = rows.where(selector, now)
        sql = (
            f"SELECT {', '.join(rows.COLUMNS)} FROM {self._t} WHERE ({clause}) "
            "AND (expires_at IS NULL OR expires_at > %s) ORDER BY created_at DESC LIMIT %s"
        )

        async def run(conn: psycopg.AsyncConnection) -> list[Any]:
            return await (await conn.execute(sql, [*params, now, int(limit)])).fetchall()

        return [rows.to_entry(r) for r in await self._call("inspect", self.admin_timeout, run)]

    async def partitions(self, selector: Selector) -> list[str]:
        """The distinct partitions of the selected entries."""
        clause, params = rows.where(selector, time.time())
        sql = f"SELECT DISTINCT partition FROM {self._t} WHERE {clause}"

        async def run(conn: psycopg.AsyncConnection) -> list[str]:
            return [r[0] for r in await (await conn.execute(sql, params)).fetchall()]

        return await self._call("inspect", self.admin_timeout, run)

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        """Record one observed outcome for an existing entry (removed with it)."""
        self._require_open()
        return await self._call(
            "evidence", self.timeout, lambda c: evidence_rows.add(c, self.table, entry_id, evidence)
        )

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        """The recorded outcomes of each entry, oldest first (one query)."""
        self._require_open()
        return await self._call(
            "evidence", self.timeout, lambda c: evidence_rows.read(c, self.table, entry_ids)
        )

    async def stats(self) -> StoreStats:
        """Entries and bytes held (all processes), after removing expired entries."""

        async def run(conn: psycopg.AsyncConnection) -> StoreStats:
            await self._purge_now(conn)
            n, size = await (
                await conn.execute(f"SELECT count(*), coalesce(sum(size), 0) FROM {self._t}")
            ).fetchone()
            counters = dict(
                await (
                    await conn.execute(f"SELECT name, value FROM {self.table}_counters")
                ).fetchall()
            )
            return StoreStats(
                entries=int(n),
                bytes=int(size),
                evictions=int(counters.get("evictions", 0)),
                expired=int(counters.get("expired", 0)),
            )

        return await self._call("stats", self.admin_timeout, run)
