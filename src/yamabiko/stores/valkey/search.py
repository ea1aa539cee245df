"""The Valkey store's search path: KNN over one partition in one group's index, with the
shortcut for wide partitions (see :func:`search_group`)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from valkey import exceptions as vx

from ...errors import ConfigError, StoreError
from ...models import Candidate
from ...storegate import StateLog
from . import codec
from .groups import Group

if TYPE_CHECKING:
    from .store import ValkeyStore

#: after an unfiltered probe found too few of a partition's entries, how long (seconds) the
#: partition stays on the filtered query before it may be marked wide again
NARROW_FOR_S = 300.0


async def search_group(
    store: ValkeyStore, group: Group, blob: bytes, partition: str, k: int, now: float
) -> list[Candidate]:
    """KNN over ``partition`` in one group's index.

    The portable query is a TAG pre-filter: ``(@partition:{p})=>[KNN k ...]``. RediSearch
    answers it by scanning the partition's vectors one by one, which is fast for the usual
    small partitions but linear in a big one. So a partition whose filtered search came
    back full and slow is remembered as *wide*, and is first searched without the filter
    (the HNSW graph) for ``2k`` neighbours, keeping those of the partition: if at least
    ``k`` of them are, they are the partition's ``k`` nearest; otherwise the filtered
    query runs as before and the partition is forgotten as wide.
    """
    key = (group.index_name, partition)
    try:
        if store._wide.get(key):
            found = await knn(store, group, blob, None, 2 * k, now)
            mine = [c for c, p in found if p == partition]
            if len(mine) >= k:
                return mine[:k]
            # a small partition of a big index: stay on the filtered query for a while,
            # rather than paying two searches on every other lookup
            store._wide[key] = False
            store._narrow_until[key] = time.monotonic() + NARROW_FOR_S
        started = time.perf_counter()
        found = await knn(store, group, blob, partition, k, now)
        slow = time.perf_counter() - started > store.wide_after
        if len(found) >= k and slow and store._narrow_until.get(key, 0) < time.monotonic():
            store._wide[key] = True
            store._narrow_until.pop(key, None)
            while len(store._wide) > 10_000:
                store._wide.pop(next(iter(store._wide)))
            while len(store._narrow_until) > 10_000:
                store._narrow_until.pop(next(iter(store._narrow_until)))
        store.router.remember([c.id for c, _ in found], group)
        if group.index_name in store._index_logs:
            store._index_logs[group.index_name].success()
        return [c for c, _ in found]
    except vx.ResponseError as exc:
        if not codec.is_missing_index(exc):
            raise StoreError(f"FT.SEARCH failed at {store._where}: {exc}") from exc
        state = store._index_logs.setdefault(
            group.index_name, StateLog(f"valkey index {group.index_name}")
        )
        state.failure("gone: flushed or dropped; re-creating it", exc)
        store._indexes.pop(group.index_name, None)
        try:
            await store.index_for(group)
        except ConfigError as config_error:  # a lookup reports it as a store failure
            raise StoreError(str(config_error)) from config_error
        store._last_sweep.pop(group.tag, None)
        return []


async def knn(
    store: ValkeyStore, group: Group, blob: bytes, partition: str | None, k: int, now: float
) -> list[tuple[Candidate, str | None]]:
    """One FT.SEARCH: the ``k`` nearest (of ``partition`` if given) with their partition."""
    index = store._indexes.get(group.index_name) or await store.index_for(group)
    reply = await store.call(
        "search", store.timeout, lambda c: index.knn(c, blob, partition, k), group
    )
    return codec.candidates(reply, group.entry_prefix, None if store.sliding_ttl else now)
