"""A lookup's scan of an inverted file's lists (:class:`IntegerScan`, used by :mod:`.ann_ivf`):
the query in 8 bits (integer products, session 14), and only the probed lists that can hold a
vector better than the best of the nearest list (session 15).

**Which probes are scanned.** The index puts a vector ``x`` in the list of the centroid with
the largest inner product, so a vector of list ``j`` has ``x . c_j >= x . c_0`` for the
centroid ``c_0`` nearest to the query ``q``. With ``q = x + e``::

    q . c_0 - q . c_j = x . (c_0 - c_j) + e . (c_0 - c_j) <= |e| |c_0 - c_j|

so list ``j`` cannot hold a vector within ``|e|`` of the query when its centroid's *gap*
``q . c_0 - q . c_j`` exceeds ``|e| |c_0 - c_j|``. The scan reads the nearest list first; the
best score ``s`` found there bounds ``|e|`` of any better vector (``|e|^2 = |q|^2 + 1 - 2 q.x``
for unit vectors), and the other probed lists are scanned only where the gap is at most
:data:`REACH` times the bound. A reach of 1 skips only lists that provably hold nothing
better; the bound assumes ``e`` points along ``c_0 - c_j``, which a paraphrase's difference
rarely does: on ``bench_scale.py``'s 1M store, where the best of 57 of its 500 real paraphrases
lay beyond the nearest list, the largest gap was 0.445 of the bound (0.09 for random
perturbations; docs/stores.md, session 15), and :data:`REACH` was chosen on those. A lookup
whose nearest list holds a close vector (a paraphrase) scans two lists at the median; one whose
best is far (a miss) scans every probe, as before. The probes themselves are found with a
float16 copy of the centroids (half the memory a lookup reads for them).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import numpy as np

__all__ = ["REACH", "SCORE_SLACK", "IntegerScan", "load_faiss", "omp_threads"]

#: a probed list beyond the nearest is scanned when its centroid's gap is at most REACH x the
#: bound above (1: exact; see the module docstring and docs/stores.md, session 15)
REACH = 0.5
#: the nearest list's best score, less this (the 8-bit codes' error, about 1e-3, with room),
#: is what a vector of another list must beat to be scanned for
SCORE_SLACK = 0.01


def load_faiss() -> Any:
    """The faiss module, imported on first use (the store imports without it until a
    partition grows large)."""
    import faiss

    return faiss


@contextlib.contextmanager
def omp_threads(count: int) -> Iterator[None]:
    """Run faiss calls of the calling thread on ``count`` OpenMP threads, then give the thread
    its setting back. OpenMP keeps this setting per thread (``nthreads-var`` is a per-task
    value; libgomp, faiss-cpu's runtime on Linux, behaves so, see tests/test_ann_ivf.py), so
    neither the store's threads nor a host thread that calls :meth:`LocalStore.search_here`
    change what the host's own faiss calls on other threads use."""
    faiss = load_faiss()
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(count)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


class IntegerScan:
    """A lookup's scan of an index's lists with the query in 8 bits too: integer products.

    faiss's own scan of 8-bit codes decodes every component of every code to a float
    (``vmin + (c + 0.5) / 255 * vdiff``) before it multiplies. But a code's inner product with
    a query ``q`` is ``s . c + q . vmin + 0.5 * sum(s)`` with ``s = q * vdiff / 255``: the same
    for every code but ``s . c``. So this scans the same lists (a view on them, faiss's
    ``QT_8bit_direct_signed``, which computes integer products of int8 codes and an int8
    query: each stored byte ``c`` read as ``c - 128``, which shifts every code's product by
    the same ``128 * sum(s)``) with ``s`` rounded to 127 levels. The rounding moves the scores
    by about 7e-4 (2.7e-3 at p99 on ``bench_scale.py``'s 1M data), more than the codes' own
    error, so the ``k`` codes found are re-scored with the float query from their 8-bit codes,
    as faiss's scan would score them: the scores a lookup returns keep the codes' error alone.
    Of the probed lists it scans the nearest, then those that can hold a better vector (the
    module docstring), all under one scan budget (``params.max_codes``).

    The view shares the index's quantizer and lists (no copy): inserts and removals on the
    index are seen at once. Keys of the lists a caller changes meanwhile: not safe; the caller
    holds the index's lock (which also guards this object's scratch parameters)."""

    def __init__(self, index: Any, reach: float | None = None, protect: int = 1) -> None:
        faiss = load_faiss()
        #: this scan's reach (None: :data:`REACH`; ``math.inf``: every probed list, as in
        #: session 14)
        self.reach = REACH if reach is None else reach
        #: the bound is taken from the ``protect``-th best of the nearest list (1: the best;
        #: ``k``: every one of a lookup's ``k`` is protected, at the cost of wider scans)
        self.protect = protect
        self.index = index  # (keeps the lists and the quantizer the view points to alive)
        ranges = faiss.vector_to_array(index.sq.trained)
        self.step = (ranges[index.d :] / 255.0).astype(np.float32)
        # a code c decodes to low + (c + 0.5) * step (faiss's 8-bit codec), re-scored in float64
        self._low, self._step = ranges[: index.d].astype(np.float64), self.step.astype(np.float64)
        self._low32 = ranges[: index.d].astype(np.float32)
        self.view = faiss.IndexIVFScalarQuantizer(
            index.quantizer, index.d, index.nlist, faiss.ScalarQuantizer.QT_8bit_direct_signed,
            faiss.METRIC_INNER_PRODUCT, False,
        )  # fmt: skip
        self.view.is_trained = True
        self.view.replace_invlists(index.invlists, False)
        self._invlists = index.invlists  # (faiss's Python proxy, made once: ~6 us each time)
        # the centroids, a view on the quantizer's own array (they never change once trained)
        self.centroids = faiss.rev_swig_ptr(
            faiss.downcast_index(index.quantizer).get_xb(), index.nlist * index.d
        ).reshape(index.nlist, index.d)
        self._norms = np.einsum("ij,ij->i", self.centroids, self.centroids)
        #: the centroids again in float16 for a lookup's probes: half the memory a lookup reads
        #: for them (1 MB at 1,024 lists; the same 8 probes on bench_scale.py's 1M queries)
        self.coarse = faiss.IndexScalarQuantizer(
            index.d, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
        )
        self.coarse.train(self.centroids)
        self.coarse.add(self.centroids)
        self._params = faiss.SearchParametersIVF()  # (scratch: one scan at a time)

    def _scan(
        self, levels: np.ndarray, k: int, lists: np.ndarray, coarse: np.ndarray, max_codes: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Integer products and (list, offset) pairs of the best ``k`` codes of ``lists``."""
        faiss, params = load_faiss(), self._params
        params.nprobe, params.max_codes = len(lists), max_codes
        products = np.empty(k, dtype=np.float32)
        pairs = np.empty(k, dtype=np.int64)  # (list << 32 | offset in the list)
        lists = np.ascontiguousarray(lists, dtype=np.int64)
        coarse = np.ascontiguousarray(coarse, dtype=np.float32)
        # (the C++ call: faiss's Python wrapper of it takes no search parameters)
        self.view.search_preassigned_c(
            1, faiss.swig_ptr(levels), k, faiss.swig_ptr(lists), faiss.swig_ptr(coarse),
            faiss.swig_ptr(products), faiss.swig_ptr(pairs), True, params,
        )  # fmt: skip
        return products, pairs

    def _scored(self, pairs: list[int], row: np.ndarray) -> tuple[list[int], list[float]]:
        """Keys of the (list, offset) ``pairs`` and their codes' inner products with ``row``,
        as faiss's float scan scores them (its decoding, here in float64 for all at once)."""
        faiss, invlists, width = load_faiss(), self._invlists, self.index.code_size
        codes = np.empty((len(pairs), width), dtype=np.uint8)
        keys: list[int] = []
        views: dict[int, tuple[Any, Any, np.ndarray, np.ndarray]] = {}
        try:
            for n, pair in enumerate(pairs):
                list_no, offset = pair >> 32, pair & 0xFFFFFFFF
                view = views.get(list_no)
                if view is None:  # (the list's own arrays: no copy)
                    size = invlists.list_size(list_no)
                    held, ids = invlists.get_codes(list_no), invlists.get_ids(list_no)
                    view = views[list_no] = (
                        held, ids, faiss.rev_swig_ptr(held, size * width).reshape(size, width),
                        faiss.rev_swig_ptr(ids, size),
                    )  # fmt: skip
                codes[n] = view[2][offset]
                keys.append(int(view[3][offset]))
        finally:
            for list_no, (held, ids, _, _) in views.items():
                invlists.release_codes(list_no, held)
                invlists.release_ids(list_no, ids)
        row = row.astype(np.float64)
        weights = row * self._step
        base = float(row @ self._low) + 0.5 * float(weights.sum())
        return keys, (codes.astype(np.float64) @ weights + base).tolist()

    def reachable(
        self, query: np.ndarray, best: float, coarse: np.ndarray, lists: np.ndarray
    ) -> Any:
        """Which of the probed ``lists`` after the nearest (``lists[0]``, centroid scores
        ``coarse``) can hold a vector scoring above ``best`` - :data:`SCORE_SLACK` with the
        unit-length ``query`` (one row), to this scan's reach: a boolean array over
        ``lists[1:]``."""
        if math.isinf(self.reach):
            return np.ones(len(lists) - 1, dtype=bool)
        bound = math.sqrt(max(float(query @ query) + 1.0 - 2.0 * (best - SCORE_SLACK), 0.0))
        centroids = self.centroids
        near = centroids[lists[1:]] @ centroids[lists[0]]  # (|a - b|^2 = |a|^2 + |b|^2 - 2 a.b)
        apart = np.sqrt(np.maximum(self._norms[lists[1:]] + self._norms[lists[0]] - 2 * near, 0))
        return (coarse[0] - coarse[1:]) <= self.reach * bound * apart

    def search(self, query: np.ndarray, k: int, params: Any) -> tuple[list[int], list[float]]:
        """Keys and scores (inner products with the decoded codes) of the best ``k`` codes in
        the lists, of the ``params.nprobe`` nearest to ``query`` (one float32 row), that can
        hold its best (:meth:`reachable`), at most ``params.max_codes`` codes (0: no budget)."""
        row = query[0]
        coarse, lists = self.coarse.search(query, params.nprobe)
        coarse, lists = coarse[0], lists[0]
        if lists[-1] < 0:  # (fewer lists than probes)
            coarse, lists = coarse[lists >= 0], lists[lists >= 0]
        if not len(lists):
            return [], []
        scaled = row * self.step
        scale = 127.0 / max(float(np.abs(scaled).max()), 1e-30)
        levels = np.rint(scaled * scale).astype(np.float32)
        budget = int(params.max_codes)
        products, pairs = self._scan(levels, k, lists[:1], coarse[:1], budget)
        left = budget - int(self._invlists.list_size(int(lists[0])))
        if len(lists) > 1 and (left > 0 or not budget):
            best, nth = -math.inf, min(self.protect, k) - 1
            if pairs[nth] >= 0:  # its score from its integer product (within ~3e-3, SCORE_SLACK)
                shift = 128.0 * float(levels.sum()) / scale + 0.5 * float(scaled.sum())
                best = float(products[nth]) / scale + shift + float(row @ self._low32)
            wide = self.reachable(row, best, coarse, lists)
            if wide.any():
                more, more_pairs = self._scan(
                    levels, k, lists[1:][wide], coarse[1:][wide], max(left, 0)
                )
                order = np.argsort(-np.concatenate([products, more]), kind="stable")[:k]
                pairs = np.concatenate([pairs, more_pairs])[order]
        return self._scored([pair for pair in pairs.tolist() if pair >= 0], row)
