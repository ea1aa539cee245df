"""Hit counting in the embedded store: serving a hit is a read; the counts are written later in
batches (``stores/hitlog.py``), before any write, and survive a close."""

from __future__ import annotations

import sqlite3
import time

import numpy as np

from yamabiko.models import Entry
from yamabiko.stores.base import Selector
from yamabiko.stores.local import LocalStore

DIMS = 8


def unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def entry(entry_id: str) -> Entry:
    now = time.time()
    return Entry(
        id=entry_id, partition="p", context_id="ctx", namespace="default", user=None,
        lang="en", prompt=f"prompt {entry_id}", response=f"response {entry_id}",
        created_at=now, expires_at=now + 3600,
    )  # fmt: skip


def hits_in_file(path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, hits FROM entries"))


async def test_hits_are_served_while_another_writer_holds_the_file_and_written_after(tmp_path):
    path = tmp_path / "hits.sqlite3"
    store = LocalStore(path, write_wait=0.2)
    await store.open("test", DIMS)
    await store.put(entry("a"), unit(1))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        served = [await store.fetch_hit("a", time.time()) for _ in range(3)]
        assert [e.hits for e in served if e is not None] == [1, 2, 3]
        assert served[-1] is not None and served[-1].last_hit_at is not None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    listed = await store.entries(_everything(), 10)
    assert [(e.id, e.hits) for e in listed] == [("a", 3)]  # counted once each, not written yet
    await store.put(entry("b"), unit(2))  # a write first writes the counts
    assert hits_in_file(path) == {"a": 3, "b": 0}
    again = await store.fetch_hit("a", time.time())
    assert again is not None and again.hits == 4
    await store.close()  # and a close writes what is left
    assert hits_in_file(path) == {"a": 4, "b": 0}


async def test_eviction_sees_hits_not_yet_written(tmp_path):
    store = LocalStore(tmp_path / "lru.sqlite3", max_entries=2)
    await store.open("test", DIMS)
    await store.put(entry("old"), unit(1))
    await store.put(entry("newer"), unit(2))
    assert await store.fetch_hit("old", time.time()) is not None  # "old" is now the recent one
    await store.put(entry("third"), unit(3))  # over capacity: the least recently used goes
    remaining = {e.id for e in await store.entries(_everything(), 10)}
    assert remaining == {"old", "third"}
    await store.close()


def _everything() -> Selector:
    return Selector(everything=True)


async def test_concurrent_hit_reads_go_to_the_reader_together_and_each_gets_its_own(tmp_path):
    import asyncio

    import pytest

    from yamabiko.errors import StoreError

    store = LocalStore(tmp_path / "batch.sqlite3")
    await store.open("test", DIMS)
    for i in range(5):
        await store.put(entry(f"e{i}"), unit(i))
    batches = 0
    drain = type(store._batch).drain

    def counting(batch) -> None:
        nonlocal batches
        batches += 1
        drain(batch)

    store._batch.drain = counting.__get__(store._batch)
    ids = [f"e{i % 6}" for i in range(60)]  # e5 does not exist
    now = time.time()
    got = await asyncio.gather(*(store.fetch_hit(i, now) for i in ids))
    assert [e.id if e else None for e in got] == [i if i != "e5" else None for i in ids]
    assert sorted(e.hits for e in got if e and e.id == "e0") == list(range(1, 11))
    assert 1 <= batches < 60  # reads that arrived while one ran went together
    cancelled = asyncio.ensure_future(store.fetch_hit("e1", now))
    others = asyncio.ensure_future(store.fetch_hit("e2", now))
    await asyncio.sleep(0)
    cancelled.cancel()
    assert (await others).id == "e2"  # a cancelled read does not disturb the rest
    await store.close()
    with pytest.raises(StoreError, match="not open"):
        await store.fetch_hit("e0", now)
