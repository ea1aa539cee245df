"""Walking the entries for invalidation and inspection: SCAN in batches, never KEYS."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from ..base import Selector
from . import codec
from .connection import Connection

SCAN_COUNT = 1000


async def scan_keys(conn: Connection, pattern: str, budget: float) -> AsyncIterator[list[str]]:
    """Batches of key names matching ``pattern`` (SCAN, batch by batch)."""
    cursor: Any = 0
    while True:
        cursor, keys = await conn.call(
            "scan", budget, lambda c, cur=cursor: c.scan(cur, match=pattern, count=SCAN_COUNT)
        )
        if keys:
            yield [k.decode() if isinstance(k, bytes) else k for k in keys]
        if int(cursor) == 0:
            return


async def read_fields(
    conn: Connection, keys: list[str], fields: tuple[str, ...], budget: float
) -> list[dict[str, Any]]:
    """``fields`` of each entry key as a dict; entries gone since they were listed are left out."""

    async def run(client: Any) -> list[Any]:
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.hmget(key, *fields)
        return await pipe.execute()

    replies = await conn.call("read", budget, run)
    rows = []
    for reply in replies:
        if reply and reply[0] is not None:  # gone (expired or deleted) since the scan
            rows.append(
                {name: codec.text(value) for name, value in zip(fields, reply, strict=True)}
            )
    return rows


async def scan_fields(
    conn: Connection,
    entry_prefix: str,
    fields: tuple[str, ...],
    budget: float,
    ids: Iterable[str] = (),
) -> AsyncIterator[list[dict[str, Any]]]:
    """Walk the entries under ``entry_prefix`` and yield their ``fields`` as dicts."""
    wanted = list(ids)
    if wanted:  # no need to walk the keyspace
        yield await read_fields(conn, [entry_prefix + i for i in wanted], fields, budget)
        return
    pattern = codec.glob_escape(entry_prefix) + "*"
    async for keys in scan_keys(conn, pattern, budget):
        rows = await read_fields(conn, keys, fields, budget)
        if rows:
            yield rows


async def select_ids(
    conn: Connection, entry_prefix: str, selector: Selector, now: float, budget: float
) -> AsyncIterator[list[str]]:
    """Batches of ids of the entries the selector matches."""
    if codec.only_ids(selector):
        yield list(selector.ids)
        return
    async for rows in scan_fields(conn, entry_prefix, codec.FILTER_FIELDS, budget, selector.ids):
        ids = [row["id"] for row in rows if codec.matches(row, selector, now)]
        if ids:
            yield ids
