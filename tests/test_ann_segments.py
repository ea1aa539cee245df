"""A large partition held in several HNSW graphs (segments): filled one after the other, all
searched and merged, removals reaching sealed graphs, saved and loaded as several files.

Segments are a few hundred vectors here (the store's are 125,000) so that a partition of real
embeddings spans several of them; recall and speed at a million entries are measured by
benchmarks/bench_scale.py.
"""

from __future__ import annotations

import json
import threading
import time

import numpy as np
import pytest
from shared_data import perturbed, twins

from yamabiko.models import Entry
from yamabiko.stores import ann_segments as ann
from yamabiko.stores.exact_partition import ExactPartition
from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import SidecarError, VectorIndex

DIMS = 512


def ids(rows) -> list[str]:
    return [f"e{i}" for i in rows]


def best_matches_agree(index: VectorIndex, exact: VectorIndex, queries: np.ndarray) -> int:
    """Asserts that ``index`` finds the exact best match (or an equal score) of every hittable
    query; returns how many were hittable."""
    hittable = 0
    for query in queries:
        (best_id, best_score), *_ = exact.search("p", query, 1)
        if best_score < 0.9:
            continue
        hittable += 1
        found_id, found_score = index.search("p", query, 10)[0]
        assert found_id == best_id or found_score >= best_score - 2e-2, (found_id, best_id)
    return hittable


def test_a_partition_built_at_once_fills_segments_and_finds_the_best_match(corpus):
    stored, paraphrases = corpus
    index = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", segment_size=150, ann_index="hnsw")
    index.add_many(ids(range(600)), ["p"] * 600, stored)  # built now, with every core
    exact = VectorIndex(DIMS, ann_threshold=10**9)
    exact.add_many(ids(range(600)), ["p"] * 600, stored)
    part = index._partitions["p"]
    assert part.segments == 4 and [len(g) for g in part._segments.graphs()] == [150, 150, 150, 150]
    queries = np.concatenate([paraphrases, perturbed(stored[::3], 0.94, seed=1)])
    assert best_matches_agree(index, exact, queries) >= 200
    # every graph was searched with the effort of a segmented partition
    assert {g.expansion_search for g in part._segments.graphs()} == {ann.MANY_SEGMENTS_EF}
    assert (
        part._segments._multi is not None
    )  # the sealed graphs were searched at once (usearch Indexes)


def test_sealed_graphs_searched_at_once_or_one_by_one_give_the_same_answer(corpus, monkeypatch):
    stored, paraphrases = corpus
    index = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", segment_size=150, ann_index="hnsw")
    index.add_many(ids(range(600)), ["p"] * 600, stored)
    queries = np.concatenate([paraphrases, perturbed(stored[::7], 0.9, seed=2)])
    together = [index.search("p", query, 10) for query in queries]
    monkeypatch.setattr(ann, "SEARCH_THREADS", 1)
    index._partitions["p"]._segments._multi = None
    apart = [index.search("p", query, 10) for query in queries]
    assert index._partitions["p"]._segments._multi is None  # this time graph by graph
    for a, b in zip(together, apart, strict=True):
        assert [i for i, _ in a] == [i for i, _ in b]
        assert [s for _, s in a] == pytest.approx([s for _, s in b], abs=1e-6)
    single = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", ann_index="hnsw")
    single.add_many(ids(range(600)), ["p"] * 600, stored)
    single.search("p", stored[0], 4)
    assert single._partitions["p"].segments == 1
    assert single._partitions["p"]._segments.growing.expansion_search == ann.EXPANSION_SEARCH


def test_background_inserts_seal_full_graphs_and_keep_every_entry_findable(corpus):
    stored, paraphrases = corpus
    vectors = np.concatenate([stored, perturbed(stored, 0.8, seed=3)])
    index = VectorIndex(DIMS, ann_threshold=50, ann_dtype="i8", segment_size=200, ann_index="hnsw")
    exact = VectorIndex(DIMS, ann_threshold=10**9)
    rng = np.random.default_rng(5)
    for start in range(0, len(vectors), 120):
        rows = range(start, min(len(vectors), start + 120))
        index.add_many(ids(rows), ["p"] * len(rows), vectors[start : rows.stop], background=True)
        exact.add_many(ids(rows), ["p"] * len(rows), vectors[start : rows.stop])
        for i in rng.integers(0, rows.stop, 30):  # staged or in any graph: found at once
            assert index.search("p", vectors[i], 1)[0][0] in twins(vectors, i)
    index.wait_for_builds()
    part = index._partitions["p"]
    assert [len(g) for g in part._segments.graphs()] == [200] * 6  # each filled, then sealed
    assert best_matches_agree(index, exact, paraphrases) >= 40
    for i in rng.integers(0, len(vectors), 100):
        assert index.search("p", vectors[i], 1)[0][0] in twins(vectors, i)


def test_removals_and_replacements_reach_sealed_graphs(corpus):
    stored, _ = corpus
    index = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", segment_size=150, ann_index="hnsw")
    index.add_many(ids(range(600)), ["p"] * 600, stored)
    part = index._partitions["p"]
    for i in range(0, 600, 5):  # from every graph, the sealed ones too
        assert index.remove(f"e{i}")
    assert [len(g) for g in part._segments.graphs()] == [120, 120, 120, 120]
    for i in range(0, 600, 5):
        assert f"e{i}" not in [found for found, _ in index.search("p", stored[i], 4)]
    index.add("e1", "p", stored[599])  # e1 lived in the first (sealed) graph
    index.wait_for_builds()
    assert len(part._segments.sealed[0]) == 119 and len(index) == 480
    assert index.search("p", stored[1], 1)[0][0] != "e1"
    assert "e1" in [found for found, _ in index.search("p", stored[599], 2)]


def test_several_graphs_round_trip_through_the_sidecar(corpus, tmp_path):
    stored, paraphrases = corpus
    index = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", segment_size=250, ann_index="hnsw")
    index.add_many(ids(range(600)), ["p"] * 600, stored)
    index.save(tmp_path / "side", watermark=9)
    assert len(list((tmp_path / "side").glob("*.usearch"))) == 3
    loaded = VectorIndex(
        DIMS, ann_threshold=100, ann_dtype="i8", segment_size=250, ann_index="hnsw"
    )
    assert loaded.load(tmp_path / "side") == (9, ["p"])
    for query in np.concatenate([paraphrases, stored[::40]]):
        assert loaded.search("p", query, 4) == index.search("p", query, 4)
    part = loaded._partitions["p"]
    loaded.add_many(["x1", "x2"], ["p", "p"], stored[[0, 1]], background=True)
    loaded.wait_for_builds()  # the loaded newest graph takes the inserts; sealed ones stay full
    assert [len(g) for g in part._segments.graphs()] == [250, 250, 102]
    # a damaged later graph is refused like the first one
    last = sorted((tmp_path / "side").glob("*.2.usearch"))[0]
    raw = bytearray(last.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    last.write_bytes(bytes(raw))
    with pytest.raises(SidecarError):
        VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8", ann_index="hnsw").load(
            tmp_path / "side"
        )


async def test_a_store_with_several_graphs_reopens_from_them(corpus, tmp_path):
    stored, paraphrases = corpus
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100, ann_segment_size=200, ann_index="hnsw")
    await store.open("use-multilingual-v3", DIMS)
    now = time.time()
    entries = [
        Entry(id=f"e{i}", partition="p", context_id="c", namespace="default", user=None,
              lang="en", prompt=f"prompt {i}", response=f"answer {i}", created_at=now,
              expires_at=None)
        for i in range(600)
    ]  # fmt: skip
    for start in range(0, 600, 100):
        await store.put_many(entries[start : start + 100], stored[start : start + 100])
    await store.wait_for_index()
    queries = np.concatenate([paraphrases, stored[::25]])
    before = [[c.id for c in await store.search(q, "p", 4, now)] for q in queries]
    await store.close()
    manifest = json.loads((tmp_path / "cache.sqlite3.index" / "manifest.json").read_text())
    assert len(manifest["partitions"][0]["graphs"]) == 3

    again = LocalStore(path, ann_threshold=100, ann_segment_size=200, ann_index="hnsw")
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark == manifest["watermark"]  # loaded, not rebuilt
    assert again._index._partitions["p"].segments == 3
    after = [[c.id for c in await again.search(q, "p", 4, now)] for q in queries]
    assert after == before
    for i in range(0, 600, 50):
        assert (await again.search(stored[i], "p", 1, now))[0].id in twins(stored, i)
    await again.close()


def test_lookups_while_the_partition_converts_and_seals_find_every_added_entry(corpus):
    """A reader searches for entries already added while the writer adds more and the
    background inserter converts the partition and fills and seals graphs of 100: every lookup
    is served and finds the entry (staged, in the growing graph or in a sealed one)."""
    stored, _ = corpus
    vectors = np.concatenate([stored, perturbed(stored, 0.8, seed=4)])
    index = VectorIndex(DIMS, ann_threshold=50, ann_dtype="i8", segment_size=100, ann_index="hnsw")
    lock = threading.Lock()  # the store's index lock: one writer or one reader at a time
    added = 0
    missed: list[tuple[int, str | None]] = []
    searches = 0
    stop = threading.Event()

    def reader() -> None:
        nonlocal searches
        rng = np.random.default_rng(6)
        while not stop.is_set():
            if not added:
                continue
            i = int(rng.integers(max(0, added - 60), added))  # mostly the newest entries
            with lock:
                top = index.search("p", vectors[i], 1)
            searches += 1
            if not top or top[0][0] not in twins(vectors, i):
                missed.append((i, top[0][0] if top else None))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for start in range(0, len(vectors), 30):
            rows = range(start, min(len(vectors), start + 30))
            with lock:
                index.add_many(ids(rows), ["p"] * len(rows), vectors[start : rows.stop],
                               background=True)  # fmt: skip
            added = rows.stop
            # let the reader search this batch a few times before the next one (on a loaded
            # machine a fixed pause let it make too few searches while the partition converts)
            seen, deadline = searches, time.monotonic() + 5.0
            while searches < seen + 3 and time.monotonic() < deadline:
                time.sleep(0.001)
        index.wait_for_builds()
        time.sleep(0.05)
    finally:
        stop.set()
        thread.join()
    part = index._partitions["p"]
    assert part.segments == 12 and part.backlog == 0
    assert searches > 100 and missed == []


def test_the_staged_scan_on_one_thread_ranks_as_the_blas_scan(corpus):
    stored, paraphrases = corpus
    part = ExactPartition(DIMS)
    part.add_many(ids(range(600)), stored)
    for query in paraphrases:
        blas, own = part.search(query, 5), part.search(query, 5, one_thread=True)
        assert [s for _, s in own] == pytest.approx([s for _, s in blas], abs=1e-5)
        assert own[0][0] == blas[0][0] or abs(own[0][1] - own[1][1]) < 1e-5
