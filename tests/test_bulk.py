"""Bulk loading: ``LocalStore.put_many``, background conversion to HNSW, ``store_many``.

Speed (entries/s, the longest lookup during a load) is measured by benchmarks/bench_scale.py;
these tests check that the results are right while the index grows and converts.
"""

from __future__ import annotations

import time

import numpy as np

from yamabiko import AsyncSemanticCache
from yamabiko.bulk import store_many
from yamabiko.models import Entry
from yamabiko.stores.base import Selector
from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import VectorIndex

DIMS = 512


def units(n: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def entry(i: int, partition: str = "p", **kw) -> Entry:
    now = time.time()
    fields = dict(
        id=f"e{i}", partition=partition, context_id="c", namespace="default", user=None,
        lang="en", prompt=f"prompt {i}", response=f"response {i}", created_at=now,
        expires_at=now + 3600,
    )  # fmt: skip
    fields.update(kw)
    return Entry(**fields)


def test_a_partition_converts_in_the_background_and_keeps_every_change():
    vectors = units(3200, seed=1)
    index = VectorIndex(DIMS, ann_threshold=3000)
    index.add_many([f"e{i}" for i in range(3000)], ["p"] * 3000, vectors[:3000])
    index.add("e3000", "p", vectors[3000])  # crosses the threshold: a background build starts
    # while it builds, lookups are answered (by the exact matrix) and changes keep coming
    for i in range(3001, 3200):
        index.add(f"e{i}", "p", vectors[i])
        assert index.search("p", vectors[i], 1)[0][0] == f"e{i}"
    for i in range(0, 100):
        assert index.remove(f"e{i}")
    index.add("e100", "p", vectors[3199])  # a replacement during the build
    index.wait_for_builds()
    assert index.ann_partitions() == ["p"] and index.partition_size("p") == 3100
    assert all(index.search("p", vectors[i], 1)[0][0] != f"e{i}" for i in range(0, 100))
    assert all(index.search("p", vectors[i], 1)[0][0] == f"e{i}" for i in range(3101, 3199, 7))
    assert "e100" in {found for found, _ in index.search("p", vectors[3199], 2)}
    assert index.search("p", vectors[100], 1)[0][0] != "e100"  # its old vector is gone


async def test_put_many_stores_batches_and_the_index_follows(tmp_path):
    path = tmp_path / "bulk.sqlite3"
    store = LocalStore(path, ann_threshold=300)
    await store.open("use-multilingual-v3", DIMS)
    vectors = units(1000, seed=2)
    for start in range(0, 1000, 250):
        batch = [entry(i, tags=("bulk",)) for i in range(start, start + 250)]
        await store.put_many(batch, vectors[start : start + 250])
    await store.put_many([entry(5, response="replaced", tags=("bulk",))], vectors[5:6])  # replaced
    assert (await store.stats()).entries == 1000
    now = time.time()
    for i in range(0, 1000, 37):  # found while the graph may still be building
        assert (await store.search(vectors[i], "p", 1, now))[0].id == f"e{i}"
    await store.wait_for_index()
    for i in range(0, 1000, 37):
        assert (await store.search(vectors[i], "p", 1, now))[0].id == f"e{i}"
    assert (await store.fetch_hit("e5", now)).response == "replaced"
    assert await store.delete(Selector(tag="bulk")) == 1000
    await store.close()
    reopened = LocalStore(path, ann_threshold=300)  # the file and the saved index agree
    await reopened.open("use-multilingual-v3", DIMS)
    assert (await reopened.stats()).entries == 0
    assert await reopened.search(vectors[0], "p", 1, time.time()) == []
    await reopened.close()


async def test_put_many_respects_capacity(tmp_path):
    store = LocalStore(tmp_path / "cap.sqlite3", max_entries=100)
    await store.open("use-multilingual-v3", DIMS)
    vectors = units(300, seed=3)
    now = time.time()
    await store.put_many([entry(i, created_at=now + i) for i in range(300)], vectors)
    stats = await store.stats()
    assert (stats.entries, stats.evictions) == (100, 200)
    assert (await store.search(vectors[299], "p", 1, time.time()))[0].id == "e299"
    assert all(c.id != "e0" for c in await store.search(vectors[0], "p", 4, time.time()))
    await store.close()


async def test_store_many_embeds_in_batches_and_applies_the_policy(tmp_path, embedder):
    cache = AsyncSemanticCache(embedder, LocalStore(tmp_path / "warm.sqlite3"))
    rows = [{"prompt": f"What is the capital of country number {i}?", "response": f"City {i}."}
            for i in range(40)]  # fmt: skip
    rows.append({"prompt": "Mail me at someone@example.com", "response": "ok"})
    rows.append({"prompt": "", "response": "an empty prompt"})
    seen = []
    result = await store_many(cache, rows, batch_size=16, progress=seen.append)
    assert result.stored == 40 and seen == [16, 16, 10]  # progress: every row, once a batch
    assert sum(result.skipped.values()) == 1 and "sensitive" in next(iter(result.skipped))
    assert [n for n, _ in result.problems] == [41]
    hit = await cache.lookup("What's the capital of country number 7?")
    assert hit is not None and hit.response == "City 7."
    await cache.close()
