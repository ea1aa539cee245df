"""Removing rows from the PostgreSQL store: capacity eviction (least recently used), expiry
purges, and the counters they keep (``<table>_counters``)."""

from __future__ import annotations

import psycopg


async def count(conn: psycopg.AsyncConnection, table: str, name: str, n: int) -> None:
    """Add ``n`` to the counter ``name`` (evictions, expired)."""
    if n:
        await conn.execute(
            f"UPDATE {table}_counters SET value = value + %s WHERE name = %s", (n, name)
        )


async def evict(
    conn: psycopg.AsyncConnection, table: str, max_entries: int | None, max_bytes: int | None
) -> None:
    """Remove least-recently-used entries past ``max_entries`` / ``max_bytes``."""
    entries = f"{table}_entries"
    evicted = 0
    if max_entries is not None:
        cur = await conn.execute(
            f"DELETE FROM {entries} WHERE id IN (SELECT id FROM {entries} "
            f"ORDER BY last_used, id LIMIT GREATEST(0, (SELECT count(*) FROM {entries}) - %s))",
            (max_entries,),
        )
        evicted += cur.rowcount
    if max_bytes is not None:
        cur = await conn.execute(
            f"DELETE FROM {entries} WHERE id IN (SELECT id FROM (SELECT id, sum(size) OVER "
            f"(ORDER BY last_used DESC, id DESC) AS run FROM {entries}) x WHERE run > %s)",
            (max_bytes,),
        )
        evicted += cur.rowcount
    await count(conn, table, "evictions", evicted)


async def purge(conn: psycopg.AsyncConnection, table: str, now: float) -> None:
    """Delete expired rows and count them (one transaction)."""
    async with conn.transaction():
        cur = await conn.execute(f"DELETE FROM {table}_entries WHERE expires_at <= %s", (now,))
        await count(conn, table, "expired", cur.rowcount)
