"""Which probed lists a lookup of the inverted file scans (``ann_scan.IntegerScan``, session 15):
the nearest, then only those whose centroid is close enough to hold a vector better than the
nearest list's best. Real embeddings (the question corpus and perturbed copies) in a real
partition, and a real store reopened from its files; faiss's own counters say what was scanned.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from shared_data import perturbed, unit, with_paraphrases
from store_entries import entry
from test_ann_ivf import DIMS

from yamabiko.stores import ann_ivf, ann_scan
from yamabiko.stores.ann_scan import IntegerScan
from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import VectorIndex


@pytest.fixture
def wide_probes(monkeypatch):
    """48 lists of ~60 vectors, 12 probed: most lookups could stop after the nearest."""
    monkeypatch.setattr(ann_ivf, "NLIST", 48)
    monkeypatch.setattr(ann_ivf, "MIN_SCAN", 0)
    monkeypatch.setattr(ann_ivf, "NPROBE", 12)


def partition(vectors: np.ndarray):
    index = VectorIndex(DIMS, ann_threshold=500)
    index.add_many([f"e{i}" for i in range(len(vectors))], ["p"] * len(vectors), vectors)
    index.wait_for_builds()
    return index, index._partitions["p"]


def scanned(scan: IntegerScan, query: np.ndarray, params) -> tuple[list[int], list[float], int]:
    """Keys and scores a scan finds for ``query``, and how many lists it read."""
    import faiss

    faiss.cvar.indexIVF_stats.reset()
    keys, scores = scan.search(query.reshape(1, -1).astype(np.float32), 10, params)
    return keys, scores, faiss.cvar.indexIVF_stats.nlist


def test_a_reach_of_one_never_skips_a_list_holding_a_better_vector(corpus, wide_probes):
    """The bound itself (reach 1): for near and far queries alike, the best vector over all the
    probed lists is found, while lists that cannot hold it are skipped."""
    stored, paraphrases = corpus
    vectors = with_paraphrases(stored)
    _, part = partition(vectors)
    params = part._search_params()
    exact, every = IntegerScan(part._index, reach=1.0), IntegerScan(part._index, reach=math.inf)
    far = unit(np.random.default_rng(3).normal(size=(60, DIMS)))
    queries = [*paraphrases, *unit(perturbed(stored[::5], 0.8, seed=2)), *far]
    skipped = 0
    for query in queries:
        keys, scores, lists = scanned(exact, query, params)
        all_keys, all_scores, all_lists = scanned(every, query, params)
        assert all_lists == 12
        assert max(scores) == pytest.approx(max(all_scores), abs=1e-6)
        assert keys[int(np.argmax(scores))] == all_keys[int(np.argmax(all_scores))]
        skipped += all_lists - lists
    assert skipped > 0


def test_a_close_paraphrase_scans_fewer_lists_than_a_far_query(corpus, wide_probes):
    """With the store's reach, lookups of paraphrases (cosine 0.95 to a stored vector) read about
    half of the 12 probed lists (the corpus's perturbed copies make dense, overlapping cells) and
    still find what scanning all 12 finds; queries far from everything read all of them."""
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    _, part = partition(vectors)
    params = part._search_params()
    scan, every = IntegerScan(part._index), IntegerScan(part._index, reach=math.inf)
    assert scan.reach == ann_scan.REACH < 1
    close, far, same = [], [], 0
    near = unit(perturbed(vectors[::10], 0.95, seed=8))
    for query in near:
        keys, scores, lists = scanned(scan, query, params)
        all_keys, all_scores, _ = scanned(every, query, params)
        same += keys[int(np.argmax(scores))] == all_keys[int(np.argmax(all_scores))]
        close.append(lists)
    for query in unit(np.random.default_rng(4).normal(size=(100, DIMS))):
        far.append(scanned(scan, query, params)[2])
    assert same / len(near) >= 0.99
    assert np.mean(close) < 0.6 * 12 < 0.9 * 12 < np.mean(far)  # (measured: 5.6 and 12)


async def test_a_reopened_store_scans_fewer_lists_and_finds_the_same(corpus, tmp_path, wide_probes):
    """Through a store saved to its files and opened again: lookups of the real paraphrases
    return what a scan of every probed list returns, reading fewer lists."""
    import faiss

    stored, paraphrases = corpus
    vectors = with_paraphrases(stored)
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=500)
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(len(vectors))], vectors)
    await store.wait_for_index()
    await store.close()
    again = LocalStore(path, ann_threshold=500)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark > 0  # loaded, not rebuilt
    part, now, stats = again._index._partitions["p"], time.time(), faiss.cvar.indexIVF_stats
    stats.reset()
    found = [[c.id for c in await again.search(q, "p", 1, now)] for q in paraphrases]
    pruned = stats.nlist
    part._scan = IntegerScan(part._index, reach=math.inf)
    stats.reset()
    assert [[c.id for c in await again.search(q, "p", 1, now)] for q in paraphrases] == found
    assert stats.nlist == 12 * len(paraphrases) and pruned < 0.75 * stats.nlist  # (840 of 1,440)
    await again.close()
