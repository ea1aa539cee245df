"""Re-training an inverted file's centroids as its partition grows (``ann_retrain``): a real
store on real files whose partition grows past the trigger re-trains, finds every vector it
holds, and keeps the new index after a reopen; inserts, replacements and removals made while
the new index is built are in it; a crash mid-rebuild leaves the saved old index usable; it
waits while writes come (until someone waits for the index); the swap changes no result of an
exhaustive search; a partition closed mid-rebuild keeps its old index; every code lands in its
nearest new list.

Sizes are a few thousand real embeddings and their perturbed copies (dense clusters), with
few lists and few probes, so that the approximate search is exercised; speed at a million
entries: benchmarks/bench_scale.py (docs/stores.md, session 15).
"""

from __future__ import annotations

import asyncio
import math
import shutil
import threading
import time

import faiss
import numpy as np
import pytest
from shared_data import twins, with_paraphrases
from store_entries import entry

from yamabiko.stores import ann_ivf, ann_retrain, ann_scan
from yamabiko.stores.ann_ivf import IvfPartition
from yamabiko.stores.local import LocalStore
from yamabiko.stores.vector_index import VectorIndex

DIMS = 512





def maps_agree(part: IvfPartition) -> bool:
    """The partition's key -> list map is what its index's lists hold."""
    read, kept = ann_ivf.ListOfKey.of(part._index)._of, part._lists._of
    size = max(len(read), len(kept))
    read, kept = (np.pad(a, (0, size - len(a)), constant_values=-1) for a in (read, kept))
    return bool(np.array_equal(read, kept))


def top(part: IvfPartition, vector: np.ndarray) -> str:
    return part.search(vector, 1)[0][0]


async def test_a_growing_store_retrains_finds_everything_and_reopens(corpus, few_probes, tmp_path):
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    for start in range(0, len(vectors), 250):  # grows 30-fold past its first training
        chunk = range(start, min(start + 250, len(vectors)))
        await store.put_many([entry(i) for i in chunk], vectors[chunk.start : chunk.stop])
    await store.wait_for_index()
    part = store._index._partitions["p"]
    assert isinstance(part, IvfPartition) and part.rebuild_error is None
    # first trained on the 250 it held when it converted (31 lists); re-trained at >= 8x that
    assert part._trained_on >= ann_retrain.GROWTH * 250 and part.nlist == 48
    assert part._index.ntotal == len(vectors) == len(part)
    now = time.time()
    for i in range(0, len(vectors), 7):
        assert (await store.search(vectors[i], "p", 1, now))[0].id in twins(vectors, i)
    trained = part._trained_on
    await store.close()

    again = LocalStore(path, ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark > 0  # loaded, not rebuilt
    reopened = again._index._partitions["p"]
    assert reopened._trained_on == trained and reopened._index.ntotal == len(vectors)
    assert maps_agree(reopened)
    for i in range(0, len(vectors), 7):
        assert top(reopened, vectors[i]) in twins(vectors, i)
    await again.close()


def _paused(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Pause a re-training after its change log started and its sample was drawn (the real
    training runs once the test sets ``go``)."""
    started, go = threading.Event(), threading.Event()
    train = ann_retrain._new_index

    def paused(*args, **kwargs):
        started.set()
        assert go.wait(30)
        return train(*args, **kwargs)

    monkeypatch.setattr(ann_retrain, "_new_index", paused)
    return started, go


def test_changes_during_the_rebuild_are_in_the_new_index(corpus, few_probes, monkeypatch):
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    index = VectorIndex(DIMS, ann_threshold=100)
    index.add_many([f"e{i}" for i in range(2000)], ["p"] * 2000, vectors[:2000])
    index.wait_for_builds()
    part = index._partitions["p"]
    assert part._trained_on >= 800  # (it re-trained once already on its way to 2,000)
    part._trained_on = 200  # due again: the next insert starts a re-training
    started, go = _paused(monkeypatch)
    old = part._index
    index.add("e2000", "p", vectors[2000])
    assert started.wait(30)
    # while the new index is built: lookups use the old one; inserts, replacements, removals
    removed = [f"e{i}" for i in range(0, 2000, 5)]
    for entry_id in removed:
        assert index.remove(entry_id)
    index.add_many([f"e{i}" for i in range(2001, 3000)], ["p"] * 999, vectors[2001:3000])
    index.add_many([f"e{i}" for i in range(1, 300, 5)], ["p"] * 60, vectors[2401:2701:5])
    while part.backlog:  # the inserter goes on into the old index (logged)
        time.sleep(0.01)
    assert part._index is old and top(part, vectors[2500]) == "e2500"
    go.set()
    index.wait_for_builds()  # (waits for the re-training too)
    assert part._index is not old and part.rebuild_error is None and part._log is None
    assert part._trained_on >= 2000
    live = 3000 - len(removed)
    assert part._index.ntotal == live == len(part)
    assert maps_agree(part)
    twin = {f"e{i}": f"e{2400 + i}" for i in range(1, 300, 5)}  # replaced by that one's vector
    twin.update({b: a for a, b in twin.items()})
    gone = set(removed)
    for i in range(0, 3000, 3):
        hits = [entry_id for entry_id, _ in part.search(vectors[i], 4)]
        if f"e{i}" in gone:
            assert f"e{i}" not in hits
        elif f"e{i}" in twin and i < 300:  # its old vector is gone with the replacement
            assert f"e{i}" not in hits[:1] or hits[0] == twin[f"e{i}"]
        else:
            assert hits[0] in twins(vectors, i) | {twin.get(f"e{i}")}
    for i in range(1, 300, 5):
        assert top(part, vectors[2400 + i]) in (f"e{i}", f"e{2400 + i}")


async def test_a_crash_mid_rebuild_leaves_the_saved_old_index(
    corpus, few_probes, monkeypatch, tmp_path
):
    stored, _ = corpus
    vectors = with_paraphrases(stored)
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    for start in (0, 120, 400):  # converts (and trains) at 120
        chunk = range(start, {0: 120, 120: 400, 400: 700}[start])
        await store.put_many([entry(i) for i in chunk], vectors[chunk.start : chunk.stop])
        await store.wait_for_index()
    assert store._index._partitions["p"]._trained_on == 120
    await store.close()  # saved: trained on 120, 700 held
    started, go = _paused(monkeypatch)
    again = LocalStore(path, ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    await again.put_many([entry(i) for i in range(700, 1000)], vectors[700:1000])
    assert started.wait(30)  # re-training (1,000 >= 8 x 120) while the files are those saved
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for file in tmp_path.glob("cache.sqlite3*"):  # (the database, its WAL, the index files)
        copy_of = shutil.copytree if file.is_dir() else shutil.copy
        copy_of(file, crashed / file.name)
    go.set()
    await again.close()
    monkeypatch.undo()
    copy = LocalStore(crashed / path.name, ann_threshold=100)
    await copy.open("use-multilingual-v3", DIMS)
    await copy.wait_for_index()
    part = copy._index._partitions["p"]
    assert isinstance(part, IvfPartition) and len(part) == 1000
    now = time.time()
    for i in range(0, 1000, 9):
        assert (await copy.search(vectors[i], "p", 1, now))[0].id in twins(vectors, i)
    await copy.close()


def _grown_index(corpus, count: int = 2000) -> tuple[VectorIndex, IvfPartition, np.ndarray]:
    """A partition of ``count`` vectors, built at once (trained on all), and due to re-train
    at its next background insert."""
    vectors = with_paraphrases(corpus[0])
    index = VectorIndex(DIMS, ann_threshold=100)
    index.add_many([f"e{i}" for i in range(count)], ["p"] * count, vectors[:count])
    index.wait_for_builds()
    part = index._partitions["p"]
    part._trained_on = count // 10
    return index, part, vectors


def test_a_retraining_swaps_in_the_same_results(corpus, few_probes, monkeypatch):
    # every list probed, every probed list scanned: the search is exhaustive over the codes,
    # which the re-training moves unchanged, so the results are the same before and after
    monkeypatch.setattr(ann_scan, "REACH", math.inf)
    _index, part, vectors = _grown_index(corpus)
    part.nprobe = 10_000
    old = part._index
    before = [part.search(vectors[i], 10) for i in range(0, 3000, 11)]
    part.retrain()
    assert part._index is not old and part.rebuild_error is None and part.nlist == 48
    after = [part.search(vectors[i], 10) for i in range(0, 3000, 11)]
    for was, now in zip(before, after, strict=True):
        assert {entry_id for entry_id, _ in was} == {entry_id for entry_id, _ in now}
        assert [score for _, score in was] == pytest.approx([score for _, score in now])


def test_a_retraining_waits_until_the_writes_pause(corpus, few_probes, monkeypatch):
    monkeypatch.setattr(ann_retrain, "QUIET", 3600.0)  # (writes never pause in this test)
    index, part, vectors = _grown_index(corpus)
    old = part._index
    more = [f"e{i}" for i in range(2000, 2200)]
    index.add_many(more, ["p"] * 200, vectors[2000:2200], background=True)
    deadline = time.monotonic() + 30
    while part.backlog or part._rebuilt.is_set():  # inserted; the re-training thread waits
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(0.3)
    assert part._index is old and part._log is None  # (it has not started)
    assert top(part, vectors[2100]) == "e2100"
    index.wait_for_builds()  # someone waits for the index: it re-trains at once
    assert part._index is not old and part._trained_on == 2200 and maps_agree(part)
    assert top(part, vectors[2100]) == "e2100"


def test_closing_mid_retraining_keeps_the_old_index(corpus, few_probes, monkeypatch):
    _index, part, vectors = _grown_index(corpus)
    started, go = _paused(monkeypatch)
    old = part._index
    threading.Thread(target=part.retrain, daemon=True).start()
    assert started.wait(30)
    part.close()  # (the partition was dropped)
    go.set()
    assert part._rebuilt.wait(60)
    assert part._index is old and part._log is None and part.rebuild_error is None
    assert part._index.ntotal == 2000 and maps_agree(part)
    for i in range(0, 2000, 13):
        assert top(part, vectors[i]) in twins(vectors, i)


def test_codes_go_to_the_nearest_new_centroid(corpus, few_probes):
    # the scan's reach (ann_scan) assumes that every code is in the list of its nearest
    # centroid: the re-training moves every code into its nearest new list
    _index, part, _ = _grown_index(corpus, 3000)
    part.retrain()
    new = part._index
    assert new.nlist == 48 and new.ntotal == 3000 and maps_agree(part)
    centroids = new.quantizer.reconstruct_n(0, new.nlist)
    for list_no in range(new.nlist):
        size = new.invlists.list_size(list_no)
        if size:
            codes = faiss.rev_swig_ptr(new.invlists.get_codes(list_no), size * new.code_size)
            scores = new.sq.decode(codes.reshape(size, -1)) @ centroids.T
            assert np.all(scores[:, list_no] >= scores.max(axis=1) - 1e-5)


async def test_closing_the_store_gives_up_a_running_retraining(
    corpus, few_probes, monkeypatch, tmp_path
):
    # close used to hurry a re-training to its end (33 s at 300k, minutes at 1M): it gives it
    # up now, keeps the old index (saved as such) and leaves no re-training thread behind
    vectors = with_paraphrases(corpus[0])
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(120)], vectors[:120])
    await store.wait_for_index()  # converted: trained on 120
    monkeypatch.setattr(ann_ivf, "TRAIN_ITERATIONS", 10**9)  # (a re-training never done)
    monkeypatch.setattr(ann_retrain, "QUIET", 0.1)
    await store.put_many([entry(i) for i in range(120, 1000)], vectors[120:1000])
    part = store._index._partitions["p"]
    deadline = time.monotonic() + 60
    while part._log is None:  # the re-training runs (its change log is on): k-means
        assert time.monotonic() < deadline
        time.sleep(0.01)
    old = part._index
    await asyncio.wait_for(store.close(), 120)  # (a guard against a hang, not a timing)
    assert part.abandoned == 1 and part.rebuild_error is None and part._rebuilt.is_set()
    assert part._index is old and part._trained_on == 120 and part._log is None
    assert part._index.ntotal == 1000 and maps_agree(part)

    again = LocalStore(path, ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark > 0  # loaded, not rebuilt
    reopened = again._index._partitions["p"]
    assert reopened._trained_on == 120 and reopened._index.ntotal == 1000
    now = time.time()
    for i in range(1000):
        assert (await again.search(vectors[i], "p", 1, now))[0].id in twins(vectors, i)
    await again.close()
    assert reopened._rebuilt.is_set() and reopened._trained_on == 120


def test_stop_retraining_ends_a_pending_one_and_starts_none(corpus, few_probes, monkeypatch):
    monkeypatch.setattr(ann_retrain, "QUIET", 3600.0)  # (writes never pause in this test)
    index, part, vectors = _grown_index(corpus)
    old = part._index
    index.add_many([f"e{i}" for i in range(2000, 2200)], ["p"] * 200, vectors[2000:2200],
                   background=True)  # fmt: skip
    deadline = time.monotonic() + 30
    while part._rebuilt.is_set():  # the re-training thread waits for a pause
        assert time.monotonic() < deadline
        time.sleep(0.01)
    index.stop_retraining()
    assert part._rebuilt.is_set() and part._index is old and part._trained_on == 200
    assert part.abandoned == 0 and part.backlog == 0 and part._index.ntotal == 2200
    index.add_many([f"e{i}" for i in range(2200, 2400)], ["p"] * 200, vectors[2200:2400])
    index.wait_for_builds()  # still due, but given up for good: none starts
    assert part._index is old and part._trained_on == 200
    assert top(part, vectors[2300]) == "e2300"
