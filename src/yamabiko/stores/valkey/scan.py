"""Walking the entries for invalidation and inspection: SCAN in batches, never KEYS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from . import codec
from .connection import Connection

SCAN_COUNT = 1000


async def scan_keys(conn: Connection, pattern: str, budget: float) -> AsyncIterator[list[str]]:
    """Batches of key names matching ``pattern`` (SCAN, batch by batch; every primary of a
    cluster in turn)."""
    nodes: list[Any] = await conn.primaries() if conn.is_cluster else [None]
    for node in nodes:
        target = {} if node is None else {"target_nodes": node}
        cursor: Any = 0
        while True:
            reply = await conn.call(
                "scan",
                budget,
                lambda c, cur=cursor, t=target: c.execute_command(
                    "SCAN", cur, "MATCH", pattern, "COUNT", SCAN_COUNT, **t
                ),
            )
            cursor, keys = reply
            if isinstance(cursor, dict):  # the cluster client keys cursors by node name
                cursor = next(iter(cursor.values()), 0)
            if keys:
                yield [k.decode() if isinstance(k, bytes) else k for k in keys]
            if int(cursor) == 0:
                break


async def read_fields(
    conn: Connection, keys: list[str], fields: tuple[str, ...], budget: float
) -> list[dict[str, Any]]:
    """``fields`` of each entry key as a dict (with its key under ``"_key"``); entries gone
    since they were listed are left out."""

    async def run(client: Any) -> list[Any]:
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.hmget(key, *fields)
        return await pipe.execute()

    replies = await conn.call("read", budget, run)
    rows = []
    for key, reply in zip(keys, replies, strict=True):
        if reply and reply[0] is not None:  # gone (expired or deleted) since the scan
            row = {name: codec.text(value) for name, value in zip(fields, reply, strict=True)}
            row["_key"] = key
            rows.append(row)
    return rows


async def scan_fields(
    conn: Connection, pattern: str, fields: tuple[str, ...], budget: float
) -> AsyncIterator[list[dict[str, Any]]]:
    """Walk the entry keys matching ``pattern`` and yield their ``fields`` as dicts."""
    async for keys in scan_keys(conn, pattern, budget):
        rows = await read_fields(conn, keys, fields, budget)
        if rows:
            yield rows
