"""The in-memory vector index: exact and approximate partitions agree, removal, and the
sidecar; every test of a large partition runs with both kinds (``kind``: the inverted file and
the HNSW graphs).

Sizes are small and ``ann_threshold`` low so that large partitions appear after a few hundred
entries; speed and recall at a million entries are measured in benchmarks/bench_scale.py.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from shared_data import perturbed, twins
from store_entries import entry

from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import SidecarError, VectorIndex

DIMS = 512


@pytest.fixture(params=["ivf", "hnsw"])
def kind(request) -> str:
    """The index of large partitions (``VectorIndex(ann_index=...)``)."""
    return request.param


def saved_index_file(side: Path) -> Path:
    """The first index file of a saved sidecar (a graph or an inverted file)."""
    return next(p for p in sorted(side.iterdir()) if p.suffix in (".usearch", ".ivf"))


def equally_good(found_id: str, best_id: str, query: np.ndarray, stored: np.ndarray) -> bool:
    """The same best match, or one the exact scores tie with (duplicate questions exist)."""
    if found_id == best_id:
        return True

    def score(entry_id: str) -> float:
        return float(stored[int(entry_id[1:])] @ query)

    return score(found_id) >= score(best_id) - 2e-3  # f16 rounding only


def build(
    vectors: np.ndarray, threshold: int, partition: str = "p", kind: str = "ivf"
) -> VectorIndex:
    index = VectorIndex(DIMS, ann_threshold=threshold, ann_index=kind)
    index.add_many([f"e{i}" for i in range(len(vectors))], [partition] * len(vectors), vectors)
    return index


def test_ann_partition_gives_the_exact_top1_for_hittable_queries(corpus, kind):
    stored, paraphrases = corpus
    exact, ann = build(stored, 10**9), build(stored, 100, kind=kind)
    assert exact.ann_partitions() == [] and ann.ann_partitions() == ["p"]
    queries = np.concatenate([paraphrases, perturbed(stored[::3], 0.94, seed=1)])
    hittable = 0
    for query in queries:
        (best_id, best_score), *_ = exact.search("p", query, 4)
        if best_score < 0.9:
            continue
        hittable += 1
        found = ann.search("p", query, 4)
        assert equally_good(found[0][0], best_id, query, stored)
        assert found[0][1] == pytest.approx(best_score, abs=2e-3)  # f16 rounding only
    assert hittable >= 200


def test_a_partition_switches_to_ann_when_it_grows_past_the_threshold(corpus, kind):
    stored, _ = corpus
    index = VectorIndex(DIMS, ann_threshold=50, ann_index=kind)
    for i, vector in enumerate(stored[:60]):
        index.add(f"e{i}", "p", vector)
        if i < 50:
            assert index.ann_partitions() == []
        assert index.search("p", vector, 1)[0][0] == f"e{i}"  # served during the build too
    index.wait_for_builds()  # the graph is built in the background, then swapped in
    assert index.ann_partitions() == ["p"]
    index.add("small", "q", stored[100])
    assert index.ann_partitions() == ["p"] and len(index) == 61
    assert index.search("p", stored[7], 60)[0][0] == "e7"
    assert {entry_id for entry_id, _ in index.search("p", stored[100], 60)} <= {
        f"e{i}" for i in range(60)
    }  # partitions never mix
    assert index.search("q", stored[100], 4)[0][0] == "small"


def test_remove_and_replace_in_an_ann_partition(corpus, kind):
    stored, _ = corpus
    index = build(stored[:400], 100, kind=kind)
    for i in range(0, 400, 4):
        assert index.remove(f"e{i}")
    assert not index.remove("e0") and "e0" not in index and len(index) == 300
    for i in range(0, 400, 4):
        assert f"e{i}" not in [entry_id for entry_id, _ in index.search("p", stored[i], 4)]
    # Replacing e1's vector: it is found by its new vector, no longer by the old one.
    index.add("e1", "p", stored[500])
    assert index.search("p", stored[500], 1)[0] == ("e1", pytest.approx(1.0, abs=2e-3))
    assert index.search("p", stored[1], 1)[0][0] != "e1"
    assert len(index) == 300
    # A removed id comes back; an id moved to another partition leaves the first one.
    index.add("e0", "p", stored[0])
    assert index.search("p", stored[0], 1)[0][0] == "e0"
    index.add("e2", "other", stored[2])
    assert index.search("p", stored[2], 1)[0][0] != "e2"
    assert index.search("other", stored[2], 1)[0][0] == "e2"
    assert index.partition_size("p") == 300 and len(index) == 301


def test_a_graph_built_at_once_starts_no_background_insert(corpus, kind):
    # build_now (loading at open) and a background insert of the same vectors used to run at
    # once: two usearch inserts sharing one thread context and reallocating the graph under
    # each other, which left a damaged graph once in a while (the flaky test above).
    stored, _ = corpus
    index = build(stored[:400], 100, kind=kind)
    part = index._partitions["p"]
    assert index.backlog() == 0 and part._drains == 0
    index.add_many(["x1", "x2"], ["p", "p"], stored[[400, 401]])  # (background=False)
    assert index.backlog() == 0 and part._drains == 0
    assert index.search("p", stored[401], 1)[0][0] == "x2"


def test_searches_while_the_graph_grows_find_every_entry(corpus, kind):
    # Lookups go on while a background thread moves vectors into the graph; every entry is
    # found the moment it is added (staged or in the graph), never lost in between.
    stored, paraphrases = corpus
    vectors = np.concatenate(
        [stored, perturbed(stored, 0.8, seed=3), perturbed(stored, 0.7, seed=4)]
    )
    index = VectorIndex(DIMS, ann_threshold=50, ann_dtype="i8", ann_index=kind)
    exact = VectorIndex(DIMS, ann_threshold=10**9)
    rng = np.random.default_rng(5)
    for start in range(0, len(vectors), 150):
        rows = range(start, min(len(vectors), start + 150))
        ids, parts = [f"e{i}" for i in rows], ["p"] * len(rows)
        index.add_many(ids, parts, vectors[start : rows.stop], background=True)
        exact.add_many(ids, parts, vectors[start : rows.stop])
        for i in rng.integers(0, rows.stop, 40):
            assert index.search("p", vectors[i], 1)[0][0] in twins(vectors, i)
        for query in paraphrases[rng.integers(0, len(paraphrases), 5)]:
            best = exact.search("p", query, 1)[0]
            found = index.search("p", query, 10)
            assert found[0][1] >= best[1] - 2e-2  # i8 scores: the store re-scores them
    index.wait_for_builds()
    assert index.backlog() == 0 and len(index) == len(vectors)
    for i in rng.integers(0, len(vectors), 200):
        assert index.search("p", vectors[i], 1)[0][0] in twins(vectors, i)


def test_sidecar_round_trip(corpus, tmp_path, kind):
    stored, paraphrases = corpus
    index = build(stored, 100, kind=kind)
    index.add("small", "q", stored[0])
    index.save(tmp_path / "side", watermark=42)
    loaded = VectorIndex(DIMS, ann_threshold=100, ann_index=kind)
    watermark, partitions = loaded.load(tmp_path / "side")
    assert (watermark, partitions) == (42, ["p"])
    assert len(loaded) == len(stored)  # exact partitions are not saved: the store has them
    for query in np.concatenate([paraphrases, stored[::50]]):
        assert loaded.search("p", query, 4) == index.search("p", query, 4)
    loaded.add("new", "p", stored[3])  # a loaded index keeps accepting inserts
    loaded.wait_for_builds()
    assert {entry_id for entry_id, _ in loaded.search("p", stored[3], 2)} == {"new", "e3"}
    assert loaded.remove("e3") and loaded.search("p", stored[3], 1)[0][0] == "new"


@pytest.mark.parametrize("damage", ["flip-graph", "truncate-ids", "bad-manifest", "missing"])
def test_damaged_sidecar_is_refused(corpus, tmp_path, damage, kind):
    stored, _ = corpus
    side = tmp_path / "side"
    build(stored, 100, kind=kind).save(side, watermark=7)
    graph = saved_index_file(side)
    if damage == "flip-graph":
        raw = bytearray(graph.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        graph.write_bytes(bytes(raw))
    elif damage == "truncate-ids":
        ids = next(side.glob("*.ids.json"))
        ids.write_bytes(ids.read_bytes()[:100])
    elif damage == "bad-manifest":
        (side / "manifest.json").write_text("{not json", encoding="utf-8")
    else:
        graph.unlink()
    index = VectorIndex(DIMS, ann_threshold=100)
    with pytest.raises(SidecarError):
        index.load(side)
    assert len(index) == 0 and index.ann_partitions() == []


async def answers(store: LocalStore, queries: np.ndarray, partition: str = "p") -> list:
    now = time.time()
    return [[c.id for c in await store.search(query, partition, 4, now)] for query in queries]


async def fill(path: Path, stored: np.ndarray) -> LocalStore:
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    for i, vector in enumerate(stored[:300]):
        await store.put(entry(i), vector)
    for i in range(300, 320):  # a small partition beside the big one
        await store.put(entry(i, "small"), stored[i])
    await store.wait_for_index()  # the big partition's graph, built in the background
    return store


async def test_reopened_store_loads_the_sidecar_and_answers_the_same(corpus, tmp_path):
    stored, paraphrases = corpus
    queries = np.concatenate([paraphrases, stored[:300:10]])
    path = tmp_path / "cache.sqlite3"
    store = await fill(path, stored)
    before = await answers(store, queries)
    before_small = await answers(store, stored[300:320], "small")
    await store.close()
    manifest = json.loads((tmp_path / "cache.sqlite3.index" / "manifest.json").read_text())
    assert [p["partition"] for p in manifest["partitions"]] == ["p"]

    again = LocalStore(path, ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark == manifest["watermark"]  # loaded, not rebuilt
    assert await answers(again, queries) == before
    assert await answers(again, stored[300:320], "small") == before_small
    await again.close()


async def test_changes_after_the_sidecar_are_replayed(corpus, tmp_path):
    stored, _ = corpus
    path = tmp_path / "cache.sqlite3"
    await (await fill(path, stored)).close()
    old_sidecar = tmp_path / "old.index"
    shutil.copytree(tmp_path / "cache.sqlite3.index", old_sidecar)

    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    from yamabiko.stores.base import Selector

    assert await store.delete(Selector(ids=("e5", "e6"))) == 2
    await store.put(entry(7), stored[400])  # e7 now has another vector
    await store.put(entry(1000), stored[500])
    await store.close()
    shutil.rmtree(tmp_path / "cache.sqlite3.index")
    shutil.copytree(old_sidecar, tmp_path / "cache.sqlite3.index")  # saved before the changes

    reopened = LocalStore(path, ann_threshold=100)
    await reopened.open("use-multilingual-v3", DIMS)
    results = await answers(reopened, stored[[5, 6, 7, 400, 500]])
    assert "e5" not in results[0] and "e6" not in results[1]
    assert results[2][0] != "e7" and results[3][0] == "e7" and results[4][0] == "e1000"
    await reopened.close()


@pytest.mark.parametrize("damage", ["corrupt", "foreign"])
async def test_unusable_sidecar_falls_back_to_a_rebuild(corpus, tmp_path, damage, caplog):
    stored, paraphrases = corpus
    queries = np.concatenate([paraphrases, stored[:300:10]])
    path = tmp_path / "cache.sqlite3"
    store = await fill(path, stored)
    before = await answers(store, queries)
    await store.close()
    side = tmp_path / "cache.sqlite3.index"
    if damage == "corrupt":
        graph = saved_index_file(side)
        raw = bytearray(graph.read_bytes())
        raw[1000:1100] = b"\0" * 100
        graph.write_bytes(bytes(raw))
    else:  # the sidecar of another store with more entries and changes
        other = await fill(tmp_path / "other.sqlite3", stored[::-1])
        for i in range(300, 600):
            await other.put(entry(i), stored[i % 600])
        await other.close()
        shutil.rmtree(side)
        shutil.copytree(tmp_path / "other.sqlite3.index", side)

    reopened = LocalStore(path, ann_threshold=100)
    with caplog.at_level("WARNING", logger="yamabiko"):
        await reopened.open("use-multilingual-v3", DIMS)
    assert "rebuilding the index" in caplog.text
    # A rebuilt graph is another HNSW graph: the best match is the same, lower ranks may differ.
    after = await answers(reopened, queries)
    assert all(
        equally_good(a[0], b[0], q, stored) for a, b, q in zip(after, before, queries, strict=True)
    )
    await reopened.close()
    # The rebuild wrote a fresh, valid sidecar for the next open.
    fresh = VectorIndex(DIMS, ann_threshold=100, ann_dtype="i8")  # the store's index
    assert fresh.load(side)[1] == ["p"] and len(fresh) == 300


def test_sharded_dict_behaves_like_a_dict():
    from yamabiko.stores.id_map import ShardedDict

    plain: dict[object, int] = {}
    sharded: ShardedDict[object, int] = ShardedDict([("a", 0)])
    plain["a"] = 0
    for i in range(5_000):  # str and int keys, replacements and removals
        key = f"e{i % 3_000}" if i % 2 else i % 2_000
        plain[key] = sharded[key] = i
        if i % 7 == 0:
            assert sharded.pop(key) == plain.pop(key)
            assert sharded.pop(key, None) is None
    del plain["a"], sharded["a"]
    assert len(sharded) == len(plain) and bool(sharded)
    assert dict(sharded.items()) == plain and set(sharded) == set(plain)
    assert all(sharded.get(k) == v and k in sharded for k, v in plain.items())
    assert "missing" not in sharded and sharded.get("missing") is None
    with pytest.raises(KeyError):
        sharded.pop("missing")
    sharded.clear()
    assert len(sharded) == 0 and not sharded and list(sharded) == []


def test_equal_scores_go_to_the_later_vector_whatever_the_sort_routine():
    from yamabiko.stores.exact_partition import ExactPartition

    part = ExactPartition(4)
    same = np.array([0.5, 0.5, 0.5, 0.5], dtype=np.float32)
    other = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    for i, vector in enumerate([same, other, same, same]):
        part.add(f"e{i}", vector)
    found = part.search(same, 10)
    assert [entry_id for entry_id, _ in found] == ["e3", "e2", "e0", "e1"]
