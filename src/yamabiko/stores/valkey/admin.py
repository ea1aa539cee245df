"""Invalidation, inspection and counters of the Valkey store, over every group it has.

These walk the keyspace (SCAN in batches, never KEYS; every primary of a cluster) and run the
delete and sweep scripts one group at a time, so that no command spans two hash slots.
"""

from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from ...models import Entry, Evidence
from .. import evidence as evidence_rows
from ..base import Selector
from . import codec, scan
from .groups import Group
from .scripts import DELETE_SCRIPT, SWEEP_SCRIPT

if TYPE_CHECKING:
    from .store import ValkeyStore

DELETE_BATCH = 500


def entry_pattern(store: ValkeyStore) -> str:
    """The SCAN pattern of every entry key of the store (all groups)."""
    prefix = codec.glob_escape(store.prefix)
    return f"{prefix}{{*}}e:*" if store.is_cluster else f"{prefix}e:*"


async def _rows(
    store: ValkeyStore, selector: Selector, fields: tuple[str, ...]
) -> AsyncIterator[list[dict[str, Any]]]:
    """Batches of rows (``fields`` + ``_key``) that may match the selector."""
    budget = store.admin_timeout
    if selector.ids and not selector.everything:  # no need to walk the keyspace
        keys = []
        for entry_id in selector.ids:
            group = await store.router.group_for_id(entry_id, budget)
            if group is not None:
                keys.append(group.entry(entry_id))
        if keys:
            yield await scan.read_fields(store.conn, keys, fields, budget)
        return
    async for rows in scan.scan_fields(store.conn, entry_pattern(store), fields, budget):
        yield rows


async def delete(store: ValkeyStore, selector: Selector) -> int:
    """Remove the selected entries, in batches of one group each."""
    now = time.time()
    removed = 0
    async for rows in _rows(store, selector, codec.FILTER_FIELDS):
        by_group: dict[Group, list[str]] = defaultdict(list)
        for row in rows:
            group = store.router.group_of_key(row["_key"])
            if group is not None and codec.matches(row, selector, now):
                by_group[group].append(row["_key"])
        for group, keys in by_group.items():
            for start in range(0, len(keys), DELETE_BATCH):
                script_keys = [group.stats, group.ttl, *keys[start : start + DELETE_BATCH]]
                removed += int(
                    await store.call(
                        "invalidate",
                        store.admin_timeout,
                        lambda c, k=script_keys, g=group: DELETE_SCRIPT(c, k, [g.hits_prefix]),
                        group,
                    )
                )
    return removed


async def entries(store: ValkeyStore, selector: Selector, limit: int) -> list[Entry]:
    """The selected unexpired entries, newest first, with their hit counts."""
    now = time.time()
    found: list[tuple[Entry, Group]] = []
    async for rows in _rows(store, selector, (*codec.FIELDS,)):
        for row in rows:
            group = store.router.group_of_key(row["_key"])
            if group is None or not (selector.everything or codec.matches(row, selector, now)):
                continue
            entry = codec.to_entry({k: v for k, v in row.items() if k != "_key"})
            if entry is not None and not entry.is_expired(now):
                found.append((entry, group))
    found.sort(key=lambda pair: pair[0].created_at, reverse=True)
    found = found[:limit]
    if not found:
        return []

    async def hit_counts(client: Any) -> list[Any]:
        pipe = client.pipeline(transaction=False)
        for e, group in found:
            pipe.hmget(group.hits(e.id), "hits", "last_hit_at", "expires_at")
        return await pipe.execute()

    counts = await store.call("read", store.admin_timeout, hit_counts)
    return [
        dataclasses.replace(
            e,
            hits=e.hits + int(hits or 0),
            last_hit_at=float(last) if last else e.last_hit_at,
            expires_at=float(slid) if slid else e.expires_at,
        )
        for (e, _), (hits, last, slid) in zip(found, counts, strict=True)
    ]


async def partitions(store: ValkeyStore, selector: Selector) -> list[str]:
    """The distinct partitions of the selected entries."""
    now, found = time.time(), set()
    async for rows in _rows(store, selector, codec.FILTER_FIELDS):
        found.update(
            row["partition"] for row in rows
            if row.get("partition") and codec.matches(row, selector, now)
        )  # fmt: skip
    return sorted(found)


async def sweep(store: ValkeyStore, group: Group, budget: float) -> list[int]:
    """Account for a group's entries the server expired; [entries, bytes, expired, evictions]."""
    keys = [group.stats, group.ttl]
    limit = DELETE_BATCH * 10
    while True:  # each script call sweeps at most `limit` entries, so the server never stalls
        reply = await store.call("stats", budget, lambda c: SWEEP_SCRIPT(c, keys, [limit]), group)
        counters = [int(x or 0) for x in reply]
        if counters[4] < limit:
            return counters[:4]


async def totals(store: ValkeyStore) -> list[int]:
    """[entries, bytes, expired, evictions] summed over every group, after sweeping."""
    total = [0, 0, 0, 0]
    for group in await store.router.all_groups(store.admin_timeout):
        counters = await sweep(store, group, store.admin_timeout)
        total = [a + b for a, b in zip(total, counters, strict=True)]
    return total


async def add_evidence(store: ValkeyStore, entry_id: str, evidence: Evidence) -> bool:
    """Append a row to an existing entry's evidence list (in the entry's group)."""
    group = await store.router.group_for_id(entry_id, store.timeout)
    if group is None:
        return False
    entry_key, list_key = group.entry(entry_id), group.evidence(entry_id)
    return await store.call(
        "evidence",
        store.timeout,
        lambda c: evidence_rows.valkey_add(c, entry_key, list_key, evidence),
        group,
    )


async def read_evidence(store: ValkeyStore, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
    """Rows per entry id, in one pipelined round trip."""
    keys = {}
    for entry_id in entry_ids:
        group = await store.router.group_for_id(entry_id, store.timeout)
        if group is not None:
            keys[entry_id] = (group.entry(entry_id), group.evidence(entry_id))
    return await store.call("evidence", store.timeout, lambda c: evidence_rows.valkey_read(c, keys))
