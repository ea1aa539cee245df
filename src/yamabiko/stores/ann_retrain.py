"""Re-training an inverted file's centroids as its partition grows (used by :mod:`.ann_ivf`).

An :class:`.IvfPartition` trains its centroids once, on the vectors it holds when it
converts (10,000 at the store's default threshold). A partition that then grows 100-fold keeps
them, and where later vectors are denser than the first ones the lists grow uneven: on
``bench_scale.py``'s 1M store the longest lists were 7.8x the mean, and the slowest tenth of
lookups, which land in those dense regions, hit the scan budget (docs/stores.md, session 15).

So when a partition holds :data:`GROWTH` times the vectors its centroids were trained on, the
background inserter starts :func:`rebuild` on its own thread:

1. under the index's lock, a change log starts: from then on the keys of every append and
   removal on the old index are also recorded (:meth:`.IvfPartition._append`, ``_remove_key``);
2. a random sample of the old index's codes (at most ``TRAIN_MAX``, copied one list at a time,
   each under the lock for microseconds) is decoded, and new centroids are trained on it with
   no lock held; the 8-bit ranges are kept, so every code stays valid as it is;
3. each old list is copied (under the lock, one list at a time), its codes decoded and assigned
   to the new centroids, and appended, unchanged, to the new index's lists (no lock: the new
   index is private to this thread);
4. the change log is replayed into the new index in rounds (each round takes the log under the
   lock and replays it outside: appended keys still in the old index have their codes copied
   from it, removed keys are removed; a key already copied is not added twice, and keys are
   never reused), and the last short round (at most :data:`LAST_ROUND` changes) is replayed
   under the lock together with the swap. After :data:`CATCH_UP` rounds the background
   inserter waits (its vectors stay staged and searchable) so that the log runs dry while
   inserts go on.

Lookups use the old index until the swap. Persistence needs nothing more: the store saves the
index the partition holds when it saves (the sidecar records the count the centroids were
trained on, ``trained``), so a crash mid-rebuild leaves the old, valid saved index, and the
next open re-trains again if the partition is still past the trigger.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from .ann_scan import IntegerScan

if TYPE_CHECKING:
    from .ann_ivf import IvfPartition, ListOfKey

__all__ = ["GROWN_AT", "GROWTH", "LAST_ROUND", "NLIST_GROWN", "rebuild"]

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
#: rounds of replay while the inserter goes on; after them it waits until the swap (one more
#: round at most: the log only gets the batch in flight and removals)
CATCH_UP = 3


def _faiss() -> Any:
    import faiss

    return faiss


def _list_copy(
    index: Any, list_no: int, wanted: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Keys and codes (one row each) of one list, or of those of its keys in ``wanted``
    (the caller holds the index's lock)."""
    faiss, invlists = _faiss(), index.invlists
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
    rng = np.random.default_rng(seed)
    share = min(1.0, count / max(1, int(index.ntotal)))
    picked = []
    for list_no in range(index.nlist):
        with part._index_mu:
            _, rows = _list_copy(index, list_no)
        if len(rows):
            picked.append(rows[rng.random(len(rows)) < share])
    codes = np.concatenate(picked) if picked else np.zeros((0, index.code_size), np.uint8)
    return index.sq.decode(np.ascontiguousarray(codes))


def _new_index(old: Any, sample: np.ndarray, lists: int, iterations: int) -> Any:
    """An empty index with centroids trained on ``sample`` and ``old``'s 8-bit ranges."""
    faiss = _faiss()
    index = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(old.d), old.d, lists, faiss.ScalarQuantizer.QT_8bit,
        faiss.METRIC_INNER_PRODUCT, False,
    )  # fmt: skip
    index.cp.niter = iterations
    index.cp.min_points_per_centroid = 1
    clustering = faiss.Clustering(old.d, lists, index.cp)
    clustering.train(np.ascontiguousarray(sample, dtype=np.float32), index.quantizer)
    index.sq.trained = old.sq.trained  # (the same ranges: the old codes are valid as they are)
    index.is_trained = True
    return index


def _add_codes(index: Any, keys: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Append ``codes`` under ``keys`` to the lists of their nearest new centroids; returns
    the lists."""
    faiss = _faiss()
    _, nearest = index.quantizer.search(index.sq.decode(codes), 1)
    lists = nearest.reshape(-1)
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


def _replay(part: IvfPartition, index: Any, lists: ListOfKey, changes: list[Any],
            lock: Any) -> None:  # fmt: skip
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
                lists.set(found, _add_codes(index, found, codes))
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
    On failure the old index stays and the failure is logged."""
    start = time.perf_counter()
    try:
        with part._index_mu:
            old = part._index
            part._log = []
            held = int(old.ntotal)
        sample = _sample(part, old, sample_size, held)
        lists_count = NLIST_GROWN if held >= GROWN_AT else lists_for(held)
        index = _new_index(old, sample, lists_count, iterations)
        del sample
        lists = new_map()
        for list_no in range(old.nlist):
            if part._closed:
                return
            with part._index_mu:
                keys, codes = _list_copy(old, list_no)
            if len(keys):
                lists.set(keys, _add_codes(index, keys, codes))
        scan = IntegerScan(index)  # (a view on the new lists: built before the swap)
        for round_ in itertools.count():
            if round_ == CATCH_UP:  # the inserter waits from here on, so the log runs dry
                part._appends.clear()
            with part._index_mu:
                changes, part._log = part._log, []
                if sum(len(keys) if added else 1 for keys, added in changes) <= LAST_ROUND:
                    _replay(part, index, lists, changes, contextlib.nullcontext())
                    part._index, part._lists, part._log = index, lists, None
                    part._scan, part._trained_on = scan, held
                    break
            _replay(part, index, lists, changes, part._index_mu)
        log.info("re-trained the centroids of a %d-vector partition in %.1f s", held,
                 time.perf_counter() - start)  # fmt: skip
    except Exception as exc:  # the old index stays; logged
        log.warning("re-training an inverted file failed: %r; the old index stays", exc)
        part.rebuild_error = exc
    finally:
        with part._index_mu:
            part._log = None
        part._appends.set()
