"""Re-training an inverted file's centroids as its partition grows (used by :mod:`.ann_ivf`).

An :class:`.IvfPartition` trains its centroids once, on the vectors it holds when it
converts (10,000 at the store's default threshold). A partition that then grows 100-fold keeps
them, and where later vectors are denser than the first ones the lists grow uneven: on
``bench_scale.py``'s 1M store the longest lists were 7.8x the mean, and the slowest tenth of
lookups, which land in those dense regions, hit the scan budget (docs/stores.md, session 15).

So when a partition holds :data:`GROWTH` times the vectors its centroids were trained on, the
background inserter starts a re-training thread, which first waits until the partition's
writes pause (no vector added for :data:`QUIET` seconds, or someone waits for the index:
:meth:`.IvfPartition.join`, which the store's ``wait_for_index`` calls). A bulk
load is thus never slowed by it (session 15's version, which ran beside the load, halved
``put_many``); it runs once the load pauses, on one core, and then :func:`rebuild`:

1. under the index's lock, a change log starts: from then on the keys of every append and
   removal on the old index are also recorded (:meth:`.IvfPartition._append`, ``_remove_key``);
2. a random sample of the old index's codes (at most ``TRAIN_MAX``, picked one list at a time,
   each under the lock for microseconds) is decoded, and new centroids are trained on it with
   no lock held; the 8-bit ranges are kept, so every code stays valid as it is;
3. each old list is copied (under the lock, one list at a time), its codes decoded and assigned
   to the nearest new centroids, and appended, unchanged, to the new index's lists (no lock:
   the new index is private to this thread); between lists it waits again while writes come.
   (Assigning a list's codes only among the new centroids nearest to its old one would cost a
   fraction of this, but put 8 % of the codes outside their nearest list in a test with 8 of
   48 candidates: the scan's reach assumes every vector is in its nearest list);
4. the change log is replayed into the new index in rounds (each round takes the log under the
   lock and replays it outside: appended keys still in the old index have their codes copied
   from it, removed keys are removed; a key already copied is not added twice, and keys are
   never reused), and the last short round (at most :data:`LAST_ROUND` changes) is replayed
   under the lock together with the swap;
5. the old lists are freed in one faiss call, which lets other threads run (deleting the old
   index from Python holds the interpreter lock while it frees: ~50 ms per 200k codes here).

Lookups use the old index until the swap. Persistence needs nothing more: the store saves the
index the partition holds when it saves (the sidecar records the count the centroids were
trained on, ``trained``), so a crash mid-rebuild leaves the old, valid saved index, and the
next open re-trains again if the partition is still past the trigger.

Closing gives a re-training up (:meth:`.IvfPartition.stop_retraining`, session 16): one that
waits for a pause ends, one that runs stops at its next check (every k-means block of ~0.1 s,
every list copied), the old index stays, and a later process re-trains in its own quiet
period. (Until then ``close`` hurried it to its end: 33 s at 300k vectors, minutes at 1M.)
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from .ann_scan import IntegerScan, load_faiss

if TYPE_CHECKING:
    from .ann_ivf import IvfPartition, ListOfKey

__all__ = [
    "GROWN_AT", "GROWTH", "LAST_ROUND", "NLIST_GROWN", "QUIET", "Abandoned", "given_up", "rebuild",
    "wait_quiet",
]

log = logging.getLogger("yamabiko")

#: a partition re-trains when it holds GROWTH x the vectors its centroids were trained on
GROWTH = 8
#: a partition re-trained on at least GROWN_AT vectors gets NLIST_GROWN lists (else as many
#: as at its first training): at 1M, 2,048 lists halve the codes a slow lookup scans
#: (docs/stores.md, session 15)
NLIST_GROWN = 2048
GROWN_AT = 262_144
#: the change log is replayed under the lock (with the swap) once this few changes are left
LAST_ROUND = 256
#: a re-training waits until no vector was added to the partition for this many seconds
QUIET = 3.0


class Abandoned(Exception):
    """A re-training was given up (the partition's store closes or the partition was dropped)."""


def given_up(part: IvfPartition) -> bool:
    """Whether ``part``'s re-training is to stop now: closed, or its store closes."""
    return part._closed or part._stopped


def wait_quiet(part: IvfPartition) -> bool:
    """Wait until no vector was added to ``part`` for :data:`QUIET` seconds and none is staged
    (a bulk load that waits for the inserter is not a pause), or someone waits for the index
    (:meth:`.IvfPartition.join`); False if the re-training is given up (:func:`given_up`)."""
    while not given_up(part) and not part._hurry.is_set():
        left = QUIET - (time.monotonic() - part._last_add)
        if left <= 0 and not part.backlog:
            break
        part._hurry.wait(max(left, 0.05))
    return not given_up(part)


def _list_copy(
    index: Any, list_no: int, wanted: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Keys and codes (one row each) of one list, or of those of its keys in ``wanted``
    (the caller holds the index's lock)."""
    faiss, invlists = load_faiss(), index.invlists
    size, width = invlists.list_size(list_no), index.code_size
    if not size:
        return np.zeros(0, dtype=np.int64), np.zeros((0, width), dtype=np.uint8)
    keys = faiss.rev_swig_ptr(invlists.get_ids(list_no), size)
    rows = slice(None) if wanted is None else np.flatnonzero(np.isin(keys, wanted))
    codes = invlists.get_codes(list_no)
    try:
        found = faiss.rev_swig_ptr(codes, size * width).reshape(size, width)[rows].copy()
    finally:
        invlists.release_codes(list_no, codes)
    return keys[rows].copy(), found


def _sample(part: IvfPartition, index: Any, count: int, seed: int) -> np.ndarray:
    """About ``count`` codes of ``index`` drawn at random, decoded to float32."""
    faiss, invlists, width = load_faiss(), index.invlists, index.code_size
    rng = np.random.default_rng(seed)
    share = min(1.0, count / max(1, int(index.ntotal)))
    picked = []
    for list_no in range(index.nlist):
        with part._index_mu:  # (only the picked rows are copied)
            size = invlists.list_size(list_no)
            if not size:
                continue
            codes = invlists.get_codes(list_no)
            try:
                rows = faiss.rev_swig_ptr(codes, size * width).reshape(size, width)
                picked.append(rows[rng.random(size) < share].copy())
            finally:
                invlists.release_codes(list_no, codes)
    codes = np.concatenate(picked) if picked else np.zeros((0, width), np.uint8)
    return index.sq.decode(np.ascontiguousarray(codes))


@functools.cache
def _blas() -> Any:
    """numpy's BLAS libraries (threadpoolctl), found once."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="blas")


def _nearest(
    vectors: np.ndarray, centroids: np.ndarray, stop: Callable[[], bool] | None = None
) -> np.ndarray:
    """The row of ``centroids`` with the largest inner product, for each of ``vectors``: numpy's
    BLAS (a quarter of the CPU of faiss's flat search here, which also keeps a top-k heap), in
    blocks of about 0.1 s, each on one BLAS thread (the limit is the process's while a block
    runs: BLAS threads wait for cores on a busy machine, and lookups wait for them), into one
    buffer (fresh memory is slow on this project's VM). Raises :class:`Abandoned` when ``stop()``
    is true before a block."""
    out = np.empty(len(vectors), dtype=np.int64)
    block = min(len(vectors), 2048)
    scores = np.empty((block, len(centroids)), dtype=np.float32)
    rows = centroids.T
    for start in range(0, len(vectors), block):
        if stop is not None and stop():
            raise Abandoned
        part = vectors[start : start + block]
        with _blas().limit(limits=1):
            np.matmul(part, rows, out=scores[: len(part)])
        out[start : start + block] = np.argmax(scores[: len(part)], axis=1)
    return out


def _kmeans(sample: np.ndarray, lists: int, iterations: int, seed: int,
            stop: Callable[[], bool] | None = None) -> np.ndarray:  # fmt: skip
    """Spherical k-means of ``sample`` (inner product, unit centroids, as faiss trains an
    inverted file's centroids), started from ``lists`` random rows of it; a centroid left
    without vectors keeps its place. Raises :class:`Abandoned` once ``stop()`` is true."""
    rng = np.random.default_rng(seed)
    centroids = sample[np.sort(rng.choice(len(sample), lists, replace=False))].copy()
    ordered = np.empty_like(sample)  # (one buffer for every iteration)
    for _ in range(iterations):
        labels = _nearest(sample, centroids, stop)
        counts = np.bincount(labels, minlength=lists)
        filled = np.flatnonzero(counts)
        starts = np.r_[0, np.cumsum(counts[filled])[:-1]]
        np.take(sample, np.argsort(labels, kind="stable"), axis=0, out=ordered)
        sums = np.add.reduceat(ordered, starts, axis=0)
        centroids[filled] = sums / np.linalg.norm(sums, axis=1, keepdims=True)
    return centroids


def _new_index(old: Any, sample: np.ndarray, lists: int, iterations: int,
               stop: Callable[[], bool] | None = None) -> Any:  # fmt: skip
    """An empty index with centroids trained on ``sample`` and ``old``'s 8-bit ranges
    (:class:`Abandoned` once ``stop()`` is true)."""
    faiss = load_faiss()
    sample = np.ascontiguousarray(sample, dtype=np.float32)
    centroids = _kmeans(sample, min(lists, len(sample)), iterations, len(sample), stop)
    index = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(old.d), old.d, len(centroids), faiss.ScalarQuantizer.QT_8bit,
        faiss.METRIC_INNER_PRODUCT, False,
    )  # fmt: skip
    index.quantizer.add(np.ascontiguousarray(centroids, dtype=np.float32))
    index.sq.trained = old.sq.trained  # (the same ranges: the old codes are valid as they are)
    index.is_trained = True
    return index


def _centroids(index: Any) -> np.ndarray:
    """The centroids of ``index`` (a copy)."""
    return index.quantizer.reconstruct_n(0, index.nlist)


def _add_codes(index: Any, centroids: np.ndarray, keys: np.ndarray,
               codes: np.ndarray) -> np.ndarray:  # fmt: skip
    """Append ``codes`` under ``keys`` to the lists of their nearest ``centroids`` (the new
    index's); returns the lists."""
    faiss = load_faiss()
    lists = _nearest(index.sq.decode(codes), centroids)
    order = np.argsort(lists, kind="stable")
    lists, keys = lists[order], np.ascontiguousarray(keys[order])
    codes = np.ascontiguousarray(codes[order])
    edges = np.flatnonzero(np.diff(lists)) + 1
    for start, end in zip(np.r_[0, edges], np.r_[edges, len(lists)], strict=True):
        index.invlists.add_entries(int(lists[start]), int(end - start),
                                   faiss.swig_ptr(keys[start:end]),
                                   faiss.swig_ptr(codes[start:end].reshape(-1)))  # fmt: skip
    index.ntotal = index.ntotal + len(keys)
    return np.asarray(lists[np.argsort(order, kind="stable")], dtype=np.int32)


def _replay(part: IvfPartition, index: Any, centroids: np.ndarray, lists: ListOfKey,
            changes: list[Any], lock: Any) -> None:  # fmt: skip
    """Apply logged appends ``(keys, True)`` and removals ``(key, False)`` on the old index
    to ``index``: an appended key still in the old index and not yet in ``index`` has its code
    copied (``lock``: the old index's lock, or a null context when the caller holds it).
    Keys are never reused, so the order of the changes does not matter."""
    added = [keys for keys, appended in changes if appended]
    if added:
        keys = np.concatenate(added)
        keys = keys[lists.missing(keys)]
        with lock:
            old_lists = part._lists.lists_of(keys)
        for list_no in np.unique(old_lists[old_lists >= 0]):
            with lock:
                found, codes = _list_copy(part._index, int(list_no), keys[old_lists == list_no])
            if len(found):
                lists.set(found, _add_codes(index, centroids, found, codes))
    for key, appended in changes:
        if not appended:
            lists.remove(index, int(key))


def rebuild(
    part: IvfPartition, *, iterations: int, sample_size: int,
    lists_for: Callable[[int], int], new_map: Callable[[], ListOfKey],
) -> None:  # fmt: skip
    """Re-train ``part``'s centroids and swap the new index in (see the module docstring):
    ``sample_size`` codes, k-means of ``iterations``, :data:`NLIST_GROWN` lists from
    :data:`GROWN_AT` vectors on (else ``lists_for(count)``), the key -> list map ``new_map()``.
    On failure the old index stays and the failure is logged; given up (:func:`given_up`), the
    old index stays and ``part.abandoned`` counts it."""
    start = time.perf_counter()
    try:
        with part._index_mu:
            old = part._index
            part._log = []
            held = int(old.ntotal)
        log.info("re-training the centroids of a %d-vector partition", held)
        sample = _sample(part, old, sample_size, held)
        lists_count = NLIST_GROWN if held >= GROWN_AT else lists_for(held)
        index = _new_index(old, sample, lists_count, iterations, lambda: given_up(part))
        del sample
        centroids, lists = _centroids(index), new_map()
        for list_no in range(old.nlist):
            if not wait_quiet(part):
                raise Abandoned  # the old index stays
            with part._index_mu:
                keys, codes = _list_copy(old, list_no)
            if len(keys):
                lists.set(keys, _add_codes(index, centroids, keys, codes))
        scan = IntegerScan(index)  # (a view on the new lists: built before the swap)
        while wait_quiet(part):
            with part._index_mu:
                changes, part._log = part._log, []
                if sum(len(keys) if added else 1 for keys, added in changes) <= LAST_ROUND:
                    _replay(part, index, centroids, lists, changes, contextlib.nullcontext())
                    part._index, part._lists, part._log = index, lists, None
                    part._scan, part._trained_on = scan, held
                    break
            _replay(part, index, centroids, lists, changes, part._index_mu)
        else:
            raise Abandoned
        # free the old lists in C++ (faiss lets other threads run meanwhile; a Python del
        # of the old index would hold the interpreter lock while it frees them)
        empty = load_faiss().ArrayInvertedLists(old.nlist, old.code_size)
        empty.thisown = False  # (the old index owns it now and deletes it)
        old.replace_invlists(empty, True)
        log.info("re-trained the centroids of a %d-vector partition in %.1f s", held,
                 time.perf_counter() - start)  # fmt: skip
    except Abandoned:  # the old index stays (a later quiet period of a later process re-trains)
        part.abandoned += 1
        log.info("gave up re-training a %d-vector partition after %.1f s", held,
                 time.perf_counter() - start)  # fmt: skip
    except Exception as exc:  # the old index stays; logged
        log.warning("re-training an inverted file failed: %r; the old index stays", exc)
        part.rebuild_error = exc
    finally:
        with part._index_mu:
            part._log = None
