"""A large partition as an inverted file (``ann_index="ivf"``, the store's default): recall on
real embeddings against exact search, lookups while the centroids train and the lists fill,
removals, and the saved index after a reopen.

Sizes are a few thousand vectors with a few dozen lists, searched with few probes (the store
scans at least 4,096 vectors, which at this size is all of them), so that the tests exercise
the approximate search; speed and recall at a million entries: benchmarks/bench_scale.py.
"""

from __future__ import annotations

import math
import threading
import time

import numpy as np
import pytest
from shared_data import perturbed, twins, unit, with_paraphrases
from store_entries import entry

from yamabiko.stores import ann_ivf, ann_scan
from yamabiko.stores.ann_ivf import IvfPartition
from yamabiko.stores.ann_staged import SidecarError
from yamabiko.stores.base import Selector
from yamabiko.stores.exact_partition import ExactPartition
from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import VectorIndex

DIMS = 512





def test_recall_on_real_embeddings_matches_exact_search(corpus, few_probes):
    stored, paraphrases = corpus
    vectors = with_paraphrases(stored)
    names = [f"e{i}" for i in range(len(vectors))]
    index = VectorIndex(DIMS, ann_threshold=500)
    exact = VectorIndex(DIMS, ann_threshold=10**9)
    for start in range(0, len(vectors), 250):  # converts at 500: trained on ~750 vectors
        index.add_many(names[start : start + 250], ["p"] * 250, vectors[start : start + 250])
        exact.add_many(names[start : start + 250], ["p"] * 250, vectors[start : start + 250])
    part = index._partitions["p"]
    assert isinstance(part, IvfPartition) and part.nlist == 48 and part.probes() == 3
    queries = np.concatenate([paraphrases, unit(perturbed(stored[::2], 0.95, seed=9))])
    hittable = correct = 0
    for query in queries:
        (_, best_score), *_ = exact.search("p", query, 1)
        if best_score < 0.9:
            continue
        hittable += 1
        candidates = [entry_id for entry_id, _ in index.search("p", query, 10)]
        rescored = max(candidates, key=lambda e: float(vectors[int(e[1:])] @ query))
        correct += float(vectors[int(rescored[1:])] @ query) >= best_score - 1e-6
    assert hittable >= 300 and correct / hittable >= 0.99
    # the scores are the 8-bit codes' inner products: close to the exact cosine
    found = index.search("p", vectors[7], 1)[0]
    assert found[0] == "e7" and found[1] == pytest.approx(1.0, abs=5e-3)


def test_a_lookup_stops_at_its_scan_budget(corpus, few_probes, monkeypatch):
    import faiss

    monkeypatch.setattr(ann_scan, "REACH", math.inf)  # every probed list (test_ann_scan.py)
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    index = VectorIndex(DIMS, ann_threshold=500)
    index.add_many([f"e{i}" for i in range(len(vectors))], ["p"] * len(vectors), vectors)
    index.wait_for_builds()
    part = index._partitions["p"]
    stats = faiss.cvar.indexIVF_stats

    def scanned(budget: float) -> tuple[list[int], list[int]]:
        """Lists visited and codes scanned by lookups of stored vectors (without a budget each
        finds itself or a vector equal to it)."""
        monkeypatch.setattr(ann_ivf, "SCAN_BUDGET", budget)
        lists, codes = [], []
        for i in range(0, len(vectors), 50):
            stats.reset()
            found = index.search("p", vectors[i], 4)
            lists.append(stats.nlist)
            codes.append(stats.ndis)
            assert budget < 1e9 or found[0][1] > 0.99
        return lists, codes

    assert part.probes() == 3
    assert part.scan_budget(3) == math.ceil(ann_ivf.SCAN_BUDGET * 3 * len(vectors) / 48)
    everything, _ = scanned(1e9)
    assert set(everything) == {3}  # no budget: every probe
    one, codes = scanned(1e-9)
    assert set(one) == {1} and set(codes) == {1}  # a budget of one code
    capped, codes = scanned(1.0)  # the codes of 3 lists of average length
    assert max(codes) <= part.scan_budget(3) and min(capped) < 3


def test_lookups_go_on_while_the_centroids_train(corpus, few_probes, monkeypatch):
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    training, release = threading.Event(), threading.Event()
    trained = IvfPartition._trained

    def slow_training(self, sample, threads):
        training.set()
        release.wait(60)
        return trained(self, sample, threads)

    monkeypatch.setattr(IvfPartition, "_trained", slow_training)
    index = VectorIndex(DIMS, ann_threshold=400)
    names = [f"e{i}" for i in range(len(vectors))]
    index.add_many(names[:1000], ["p"] * 1000, vectors[:1000], background=True)
    assert training.wait(60)  # the background thread is training, nothing is in lists yet
    answered = []

    def look_up() -> None:
        answered.extend(
            index.search("p", vectors[i], 1)[0][0] in twins(vectors, i) for i in range(0, 1000, 7)
        )

    reader = threading.Thread(target=look_up)
    reader.start()
    reader.join(60)  # a lookup that waited for the training would still be blocked here
    assert not reader.is_alive() and answered and all(answered)
    index.add_many(names[1000:], ["p"] * (len(names) - 1000), vectors[1000:], background=True)
    assert index.backlog() == len(vectors)  # all staged (searchable), none in a list yet
    release.set()
    index.wait_for_builds()
    part = index._partitions["p"]
    assert index.backlog() == 0 and part._index.ntotal == len(vectors) == len(part)
    for i in range(0, len(vectors), 11):
        assert index.search("p", vectors[i], 1)[0][0] in twins(vectors, i)


def test_the_training_sample_is_copied_outside_the_lock(corpus, few_probes, monkeypatch):
    """Lookups take the partition's lock: the staged vectors are copied for the training
    without it (touching new memory is slow on some VMs, and every lookup would wait)."""
    stored, _ = corpus
    vectors = with_paraphrases(stored)[:1000]
    index = VectorIndex(DIMS, ann_threshold=400)
    copied_under_lock: list[bool] = []
    watched_vectors = ExactPartition.vectors

    class Watched(np.ndarray):
        def copy(self, *args, **kwargs):
            copied_under_lock.append(index._partitions["p"]._mu.locked())
            return np.ndarray.copy(self, *args, **kwargs)

    monkeypatch.setattr(ExactPartition, "vectors", lambda self: watched_vectors(self).view(Watched))
    index.add_many([f"e{i}" for i in range(1000)], ["p"] * 1000, vectors, background=True)
    index.wait_for_builds()
    assert copied_under_lock == [False]
    assert index.search("p", vectors[5], 1)[0][0] == "e5"


def test_an_entry_removed_during_its_insert_leaves_no_code_behind(corpus, monkeypatch):
    stored, _ = corpus
    index = VectorIndex(DIMS, ann_threshold=100)
    append = IvfPartition._append
    removed: list[str] = []

    def append_and_remove(self, keys, vectors, threads):
        append(self, keys, vectors, threads)
        if not removed:  # a writer removes and replaces entries of the batch meanwhile
            victims = [self._staged.ids()[-1], self._staged.ids()[-2]]
            self.remove(victims[0])
            self.add(victims[1], stored[599])
            removed.extend(victims)

    monkeypatch.setattr(IvfPartition, "_append", append_and_remove)
    names = [f"e{i}" for i in range(400)]
    index.add_many(names, ["p"] * 400, stored[:400], background=True)
    index.wait_for_builds()
    part = index._partitions["p"]
    gone, moved = removed
    assert len(part) == 399 and part._index.ntotal == 399  # no stale code in the lists
    assert gone not in [entry_id for entry_id, _ in index.search("p", stored[int(gone[1:])], 5)]
    assert index.search("p", stored[599], 1)[0][0] == moved


def test_removals_leave_the_lists_and_are_never_found(corpus):
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    index = VectorIndex(DIMS, ann_threshold=100)
    index.add_many([f"e{i}" for i in range(len(vectors))], ["p"] * len(vectors), vectors)
    part = index._partitions["p"]
    for i in range(0, len(vectors), 3):
        assert index.remove(f"e{i}")
    assert part._index.ntotal == len(part) == len(vectors) - len(range(0, len(vectors), 3))
    for i in range(0, 600, 3):
        assert f"e{i}" not in [entry_id for entry_id, _ in index.search("p", vectors[i], 4)]
        assert index.search("p", vectors[i + 1], 1)[0][0] == f"e{i + 1}"


async def test_a_reopened_store_loads_the_inverted_file_and_keeps_changing_it(corpus, tmp_path):
    stored, paraphrases = corpus
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(500)], stored[:500])
    await store.wait_for_index()
    now = time.time()
    before = [[c.id for c in await store.search(q, "p", 4, now)] for q in paraphrases]
    await store.close()
    assert len(list((tmp_path / "cache.sqlite3.index").glob("*.ivf"))) == 1

    again = LocalStore(path, ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark > 0  # loaded, not rebuilt
    part = again._index._partitions["p"]
    assert isinstance(part, IvfPartition) and part._index.ntotal == 500
    assert [[c.id for c in await again.search(q, "p", 4, now)] for q in paraphrases] == before
    assert await again.delete(Selector(ids=("e3",))) == 1
    await again.put(entry(600), stored[3])
    await again.wait_for_index()
    found = [c.id for c in await again.search(stored[3], "p", 4, now)]
    assert found[:1] == ["e600"] and "e3" not in found
    assert part._index.ntotal == 500
    await again.close()


async def test_a_sidecar_of_the_other_index_kind_is_rebuilt_as_configured(corpus, tmp_path, caplog):
    stored, _ = corpus
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100, ann_index="hnsw")
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(300)], stored[:300])
    await store.close()
    again = LocalStore(path, ann_threshold=100)  # the default: an inverted file
    with caplog.at_level("WARNING", logger="yamabiko"):
        await again.open("use-multilingual-v3", DIMS)
    assert "rebuilding the index" in caplog.text and "'hnsw' index" in caplog.text
    assert isinstance(again._index._partitions["p"], IvfPartition)
    assert [c.id for c in await again.search(stored[5], "p", 1, time.time())] == ["e5"]
    await again.close()


def test_a_failed_inserter_leaves_entries_searchable_and_no_backlog(corpus, monkeypatch):
    stored, _ = corpus

    def broken(self, sample, threads):
        raise RuntimeError("no faiss today")

    monkeypatch.setattr(IvfPartition, "_trained", broken)
    index = VectorIndex(DIMS, ann_threshold=100)
    index.add_many([f"e{i}" for i in range(300)], ["p"] * 300, stored[:300], background=True)
    index.wait_for_builds()  # returns: the inserter failed
    part = index._partitions["p"]
    assert isinstance(part.error, RuntimeError) and part.backlog == 300
    assert index.backlog() == 0  # a bulk loader does not wait for it forever
    assert index.search("p", stored[42], 1)[0][0] == "e42"  # still found (exact scan)


def test_the_integer_scan_finds_and_scores_what_faiss_scan_does(corpus, few_probes):
    """The store's scan (int8 query against the 8-bit codes, then the k found re-scored from
    their codes) against faiss's own float scan of the same lists with the same budget: the
    same best candidate, and every candidate scored exactly as faiss scores it."""
    stored, paraphrases = corpus
    vectors = with_paraphrases(stored)
    index = VectorIndex(DIMS, ann_threshold=500)
    index.add_many([f"e{i}" for i in range(len(vectors))], ["p"] * len(vectors), vectors)
    part = index._partitions["p"]
    params = part._search_params()
    scan = ann_ivf.IntegerScan(part._index)
    queries = np.concatenate([paraphrases, unit(perturbed(stored[::3], 0.93, seed=4))])
    same_best = 0
    for query in queries:
        query = query.reshape(1, -1).astype(np.float32)
        scores, keys = part._index.search(query, 10, params=params)
        theirs = dict(zip(keys[0].tolist(), scores[0].tolist(), strict=True))
        mine, my_scores = scan.search(query, 10, params)
        assert len(mine) == 10 and len(set(mine)) == 10
        same_best += mine[int(np.argmax(my_scores))] == keys[0][0]
        for key, score in zip(mine, my_scores, strict=True):
            if key in theirs:  # (without the re-scoring: about 7e-4 apart)
                assert score == pytest.approx(theirs[key], abs=2e-6)
    assert same_best / len(queries) >= 0.99


def test_the_integer_scan_returns_fewer_keys_when_the_lists_hold_fewer(corpus, few_probes):
    stored, _ = corpus
    index = VectorIndex(DIMS, ann_threshold=100)
    index.add_many([f"e{i}" for i in range(150)], ["p"] * 150, stored[:150])
    part = index._partitions["p"]
    keys, scores = part._search_index(stored[7], 200)  # more than the probed lists hold
    assert 0 < len(keys) == len(set(keys)) == len(scores) < 150 and -1 not in keys
    assert index.search("p", stored[7], 1)[0] == ("e7", pytest.approx(1.0, abs=5e-3))


@pytest.mark.parametrize(
    ("qtype", "by_residual"), [("QT_4bit", False), ("QT_8bit", True)], ids=["4-bit", "residual"]
)
def test_a_saved_inverted_file_the_integer_scan_cannot_read_is_refused(
    tmp_path, qtype, by_residual
):
    """The integer scan reads 8-bit codes of the vectors themselves: a saved file of another
    kind is refused (the store then rebuilds it) instead of scored wrongly."""
    import faiss

    quantizer = faiss.IndexFlatIP(DIMS)
    kind = getattr(faiss.ScalarQuantizer, qtype)
    other = faiss.IndexIVFScalarQuantizer(
        quantizer, DIMS, 4, kind, faiss.METRIC_INNER_PRODUCT, by_residual
    )
    other.train(unit(np.random.default_rng(0).normal(size=(256, DIMS))))
    path = tmp_path / "other.ivf"
    faiss.write_index(other, str(path))
    with pytest.raises(SidecarError, match="8-bit codes"):
        IvfPartition(DIMS, background=False)._load_index([path])
