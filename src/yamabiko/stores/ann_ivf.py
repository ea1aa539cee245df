"""One large partition of the embedded store's vector index as an inverted file (faiss IVF with
8-bit codes): the store's default for partitions above ``ann_threshold`` vectors.

k-means splits the vector space into ``nlist`` cells (*lists*, each with its centroid); a
vector is stored, as 512 bytes of 8-bit scalar-quantized components, in the list of its
nearest centroid, and a lookup scans the ``nprobe`` lists whose centroids are nearest to the
query. A cache's hittable queries are paraphrases, very close to their stored neighbour, which
almost always sits in one of the query's nearest few lists. Inserting costs one small matrix
product against the centroids (no graph to link into), so a bulk load is bound by the
store's SQLite work, not by the index; search costs ``nprobe`` × the list size, scanned with
the query rounded to 8 bits too (integer products, :class:`.IntegerScan`; session 14), and of
the probed lists only those that can hold a vector better than the nearest list's best
(:mod:`.ann_scan`; session 15).

Staging, the background inserter and the id maps are :class:`.StagedPartition`'s. The first
time the inserter runs it trains the centroids (and the 8-bit ranges) on a sample of the
staged vectors, on its own thread while lookups scan the staged vectors exactly; the lists are
then filled in batches. Centroids are computed for the batch without any lock (again if a
re-training swapped them meanwhile); only appending the codes to the lists holds the index's lock
``_index_mu``, which a lookup also takes, for well under a millisecond. Removal is by key:
the partition keeps the list of every key in an int32 array (:class:`ListOfKey`), so a removal
scans one list, not all of them. (Until session 11 faiss's hash-table direct map did this; it is
a C++ ``unordered_map`` that rehashes every node, under the lock a lookup waits for, each time it
doubles: at ~520k and ~1.05M vectors, 30-75 ms on this machine, and ~40 bytes per vector.)

The centroids are first trained on the vectors the partition holds when it converts (10,000 at
the store's default threshold); when it has grown :data:`.ann_retrain.GROWTH`-fold since, they
are re-trained on a sample of all its vectors and the lists re-filled on their own thread, off
the lookup path, once its writes pause (:mod:`.ann_retrain`; docs/stores.md, sessions 15-16).
The lists grow with the partition (~1,000 per list at a million vectors; session 9).
Scores are approximate (about 1e-3); the store re-scores the candidates exactly.
"""

from __future__ import annotations

import _thread
import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .ann_retrain import GROWTH, rebuild, wait_quiet
from .ann_scan import IntegerScan, load_faiss, omp_threads
from .ann_staged import SidecarError, StagedPartition
from .exact_partition import ExactPartition

__all__ = ["IntegerScan", "IvfPartition", "omp_threads"]

#: lists of a partition trained on at least NLIST * MIN_PER_LIST vectors (fewer: fewer lists;
#: 2,048 lists scan 45 % fewer codes at 1M but cost put_many a third of its rate on a busy
#: machine: docs/stores.md, session 13)
NLIST = 1024
MIN_PER_LIST = 8
#: lists a lookup scans (benchmarks/bench_ivf.py and bench_scale.py; docs/stores.md, session 9),
#: more while the lists are short, so that it scans at least MIN_SCAN vectors (about 0.3 ms)
NPROBE = 8
MIN_SCAN = 4_096
#: a lookup scans its lists nearest first and stops when it has scanned SCAN_BUDGET x its
#: probes x the mean list length codes: a cap on the slowest lookups, since lists are uneven
#: and queries land more often where they are long (docs/stores.md, session 13)
SCAN_BUDGET = 1.5
#: k-means runs on at most this many staged vectors, for this many iterations
TRAIN_MAX = 65_536
TRAIN_ITERATIONS = 10
#: the 8-bit range of each component is the sample's min..max widened by this share on both
#: sides, so that later vectors are rarely clipped
RANGE_MARGIN = 0.1


def max_codes(budget: float, probes: int, vectors: int, lists: int) -> int:
    """The most codes a lookup of ``probes`` lists scans under a scan budget of ``budget``
    (:data:`SCAN_BUDGET`) in an index of ``vectors`` codes in ``lists`` lists: ``budget`` x
    the codes of ``probes`` lists of the mean length."""
    return math.ceil(budget * probes * vectors / lists)


def lists_for(count: int) -> int:
    """How many lists a partition trained on ``count`` vectors gets."""
    return max(1, min(NLIST, count // MIN_PER_LIST))


class ListOfKey:
    """Which inverted list holds each key of an index (keys are the partition's small dense
    integers): an int32 array, -1 where no key is, grown by doubling. With it a removal
    scans one list of ~1,000 codes instead of faiss's scan of all lists, without faiss's
    hash-table direct map (see the module docstring)."""

    def __init__(self) -> None:
        self._of = np.full(0, -1, dtype=np.int32)

    @classmethod
    def of(cls, index: Any) -> ListOfKey:
        """The map of a loaded index, read from its lists."""
        faiss, invlists, lists = load_faiss(), index.invlists, cls()
        for list_no in range(index.nlist):
            size = invlists.list_size(list_no)
            if size:
                keys = faiss.rev_swig_ptr(invlists.get_ids(list_no), size).copy()
                lists.reserve(int(keys.max()) + 1)
                lists._of[keys] = list_no
        return lists

    def grown(self, size: int) -> np.ndarray | None:
        """A larger array (doubling) for keys below ``size``, or None if the current one holds
        them. The caller allocates it outside the index's lock (at a million keys 8 MB of fresh
        pages: 48 ms under the lock on the busy machine, ``bench_ivf.py --pauses``) and hands
        it to :meth:`set`, which copies the old one into it under the lock."""
        if size <= len(self._of):
            return None
        return np.full(max(size, 2 * len(self._of), 1024), -1, dtype=np.int32)

    def lists_of(self, keys: np.ndarray) -> np.ndarray:
        """The list of each of ``keys`` (-1: in none)."""
        inside = keys < len(self._of)
        out = np.full(len(keys), -1, dtype=np.int32)
        out[inside] = self._of[keys[inside]]
        return out

    def missing(self, keys: np.ndarray) -> np.ndarray:
        """Which of ``keys`` are in no list (a boolean array)."""
        return self.lists_of(keys) < 0

    def reserve(self, size: int) -> None:
        """Make room for keys below ``size``."""
        self._swap(self.grown(size))

    def _swap(self, grown: np.ndarray | None) -> None:
        if grown is not None and len(grown) > len(self._of):
            grown[: len(self._of)] = self._of
            self._of = grown

    def set(self, keys: np.ndarray, lists: np.ndarray, grown: np.ndarray | None = None) -> None:
        """Record that ``keys`` went into ``lists`` (``grown``: from :meth:`grown`)."""
        self._swap(grown)
        self.reserve(int(keys.max()) + 1)
        self._of[keys] = lists

    def remove(self, index: Any, key: int) -> bool:
        """Take ``key`` out of ``index``: the list's last entry moves into its place (what
        faiss's own removal does); False if the key is not in the index."""
        if not 0 <= key < len(self._of) or self._of[key] < 0:
            return False
        faiss, invlists = load_faiss(), index.invlists
        list_no = int(self._of[key])
        self._of[key] = -1
        size = invlists.list_size(list_no)
        ids = faiss.rev_swig_ptr(invlists.get_ids(list_no), size)
        where = np.flatnonzero(ids == key)
        if not len(where):
            return False
        last = size - 1
        if int(where[0]) != last:
            codes = invlists.get_codes(list_no)  # (faiss's get_single_code would leak a copy)
            try:
                width = index.code_size
                code = faiss.rev_swig_ptr(codes, size * width)[last * width :].copy()
            finally:
                invlists.release_codes(list_no, codes)
            invlists.update_entry(list_no, int(where[0]), int(ids[last]), faiss.swig_ptr(code))
        invlists.resize(list_no, last)
        index.ntotal = index.ntotal - 1
        return True


class IvfPartition(StagedPartition):
    """An inverted file of 8-bit codes (faiss ``IndexIVFScalarQuantizer``, inner product on unit
    vectors) plus the staged vectors not yet in it; see the module docstring."""

    KIND = "ivf"
    #: the background inserter's batches: their lock-free part (the centroid product) may be
    #: long, the locked append is short
    BATCH_SECONDS = 0.02

    def __init__(
        self,
        dims: int,
        dtype: str = "i8",
        staged: ExactPartition | None = None,
        *,
        background: bool = True,
        **_options: Any,
    ) -> None:
        super().__init__(dims, dtype, staged, background=background)
        self._index: Any = None  # set once trained (under _mu), then only under _index_mu
        self._index_mu = threading.Lock()
        self._lists = ListOfKey()  # the list of every key in the index (under _index_mu)
        #: lists a lookup scans; None: :data:`NPROBE` (benchmarks set it)
        self.nprobe: int | None = None
        self._params: Any = None  # the last search's faiss parameters (under _index_mu)
        self._scan: IntegerScan | None = None  # the index's integer scan (under _index_mu)
        #: vectors the centroids were trained on; changes to the index while a re-training
        #: runs (None: none runs), both under _index_mu (:mod:`.ann_retrain`)
        self._trained_on = 0
        self._log: list[tuple[Any, bool]] | None = None
        self._saved_trained = 0  # _trained_on of the index last saved
        self._rebuilt = threading.Event()  # set while no re-training runs
        self._rebuilt.set()
        self._hurry = threading.Event()  # set while someone waits for a re-training (join)
        self._stopped = False  # the store closes: no re-training runs or starts (stop_retraining)
        self.rebuild_error: BaseException | None = None
        self.abandoned = 0  # re-trainings given up while they ran
        self._start()

    @property
    def nlist(self) -> int:
        """How many lists the trained index has (0 before training)."""
        return 0 if self._index is None else int(self._index.nlist)

    def _trained(self, vectors: np.ndarray, threads: int) -> Any:
        """A new, empty index whose centroids and 8-bit ranges are trained on (a sample of)
        ``vectors``; holds no lock."""
        faiss = load_faiss()
        if len(vectors) > TRAIN_MAX:
            rows = np.random.default_rng(len(vectors)).choice(len(vectors), TRAIN_MAX, False)
            vectors = vectors[np.sort(rows)]
        index = faiss.IndexIVFScalarQuantizer(
            faiss.IndexFlatIP(self.dims), self.dims, lists_for(len(vectors)),
            faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT, False,
        )  # fmt: skip
        index.cp.niter = TRAIN_ITERATIONS
        index.cp.min_points_per_centroid = 1  # (few points per list is intended: no warning)
        index.sq.rangestat_arg = RANGE_MARGIN
        with omp_threads(threads):
            index.train(np.ascontiguousarray(vectors, dtype=np.float32))
        return index  # (no faiss direct map: removal goes through ListOfKey)

    def _append(self, keys: np.ndarray, vectors: np.ndarray, threads: int) -> None:
        """Assign ``vectors`` to their nearest lists (no lock) and append their codes."""
        faiss = load_faiss()
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        with omp_threads(threads):
            while True:  # (the centroid product outside the lock; again if re-trained meanwhile)
                index = self._index
                _, nearest = index.quantizer.search(vectors, 1)
                lists = np.ascontiguousarray(nearest.reshape(-1), dtype=np.int64)
                grown = self._lists.grown(int(keys.max()) + 1)  # (only this thread adds keys)
                with self._index_mu:
                    if self._index is not index:
                        continue
                    index.add_core(len(keys), faiss.swig_ptr(vectors), faiss.swig_ptr(keys),
                                   faiss.swig_ptr(lists))  # fmt: skip
                    self._lists.set(keys, lists, grown)
                    if self._log is not None:  # a re-training runs: it replays this
                        self._log.append((keys, True))
                    return

    def _retrain_due(self) -> None:
        """Start re-training on its own thread (:mod:`.ann_retrain`) when the partition holds
        :data:`GROWTH` x the vectors its centroids were trained on and none runs."""
        if self._rebuilt.is_set() and self._grown():
            self._rebuilt.clear()
            _thread.start_new_thread(self.retrain, ())

    def _grown(self) -> bool:
        return (not self._closed and not self._stopped and self.rebuild_error is None
                and self._index.ntotal >= GROWTH * max(1, self._trained_on))  # fmt: skip

    def retrain(self) -> None:
        """Re-train the centroids on a sample of every vector held and re-fill the lists
        (:func:`.ann_retrain.rebuild`) once the partition's writes pause (``wait_quiet``);
        the background inserter starts it on its own thread when due."""
        self._rebuilt.clear()
        try:
            with omp_threads(1):  # (one core: lookups go on meanwhile)
                while wait_quiet(self) and self._grown():  # (again if grown past the next)
                    rebuild(self, iterations=TRAIN_ITERATIONS, sample_size=TRAIN_MAX,
                            lists_for=lists_for, new_map=ListOfKey)  # fmt: skip
        finally:
            self._hurry.clear()
            self._rebuilt.set()

    def join(self) -> None:
        """Wait until every staged vector is in the index and no re-training runs (one that
        waits for the writes to pause starts at once: ``wait_for_index`` waits for it)."""
        super().join()
        if not self._rebuilt.is_set():
            self._hurry.set()
            self._rebuilt.wait()

    def stop_retraining(self) -> None:
        """Give up a pending or running re-training for good (the store closes; the old lists
        stay valid), wait until every staged vector is in the index and the re-training's
        thread has ended (it stops within one k-means block or list copy, :mod:`.ann_retrain`)."""
        self._stopped = True
        self._hurry.set()  # (wakes a re-training that waits for a pause)
        super().join()  # (after it the inserter starts no re-training)
        self._rebuilt.wait()

    # -- the inverted file (StagedPartition's hooks) --------------------------------------

    def _room(self) -> int:
        return 1 << 30

    def _insert(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        if self._index is None:  # train on the staged vectors, lookups scan them meanwhile
            with self._mu:
                staged = self._staged.vectors()  # a view: copied outside the lock, below
            # Copying ~10,000 rows into memory new to the process took up to 200 ms on this
            # project's VM, and lookups waited for ``_mu`` (docs/stores.md, the idle runs of
            # session 13). A row a concurrent write changes meanwhile only moves the sample.
            index = self._trained(staged.copy(), threads=1)
            with self._mu:
                self._index, self._trained_on = index, len(staged)
        self._append(keys, vectors, threads=1)
        self._retrain_due()

    def _insert_all(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        threads = max(1, min(os.cpu_count() or 1, 8))
        if self._index is None:
            self._index, self._trained_on = self._trained(vectors, threads), len(vectors)
        for start in range(0, len(keys), 65_536):
            self._append(keys[start : start + 65_536], vectors[start : start + 65_536], threads)

    def _remove_key(self, key: int) -> None:
        with self._index_mu:
            self._lists.remove(self._index, key)
            if self._log is not None:  # a re-training runs: it replays this
                self._log.append((np.int64(key), False))

    def probes(self) -> int:
        """Lists a lookup scans now: ``nprobe`` if set, else :data:`NPROBE`, or more while
        the lists are short (at least :data:`MIN_SCAN` vectors)."""
        if self.nprobe:
            return min(self.nprobe, self.nlist)
        per_list = max(1, int(self._index.ntotal)) / self.nlist
        return min(self.nlist, max(NPROBE, math.ceil(MIN_SCAN / per_list)))

    def scan_budget(self, probes: int) -> int:
        """How many codes a lookup of ``probes`` lists scans at most (:data:`SCAN_BUDGET`; the
        list that reaches it is scanned only up to it: the nearest list is cut only when it is
        ``SCAN_BUDGET * probes`` times the mean length)."""
        return max_codes(SCAN_BUDGET, probes, int(self._index.ntotal), self.nlist)

    def _search_params(self) -> Any:
        """faiss's parameters for a lookup now (probes, scan budget); kept while they hold."""
        probes = self.probes()
        budget = self.scan_budget(probes)
        params = self._params
        if params is None or params.nprobe != probes or params.max_codes != budget:
            search_params = load_faiss().SearchParametersIVF
            params = self._params = search_params(nprobe=probes, max_codes=budget)
        return params

    def _search_index(self, vector: np.ndarray, k: int) -> tuple[list[int], list[float]]:
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        # one query on the lookup's own thread: a team of OpenMP threads only adds a wait for
        # a second core (on a busy machine, for milliseconds; docs/stores.md, session 10)
        with self._index_mu, omp_threads(1):
            scan = self._scan
            if scan is None or scan.index is not self._index:
                scan = self._scan = IntegerScan(self._index)
            keys, scores = scan.search(query, k, self._search_params())
        return keys, [1.0 - score for score in scores]

    # -- persistence ----------------------------------------------------------------------

    def _save_index(self, stem: Path) -> list[Path]:
        """The index as ``stem.ivf`` (faiss's format: centroids, ranges, lists; no key map)."""
        path = stem.with_name(stem.name + ".ivf")
        with self._index_mu:
            load_faiss().write_index(self._index, str(path))
            self._saved_trained = self._trained_on
        return [path]

    def _meta(self) -> dict[str, Any]:
        return {"trained": self._saved_trained}

    def _set_meta(self, meta: dict[str, Any]) -> None:
        # sidecars from before session 15's re-training: trained on the fewest vectors that
        # give their lists (so a grown partition re-trains once after it is reopened)
        self._trained_on = int(meta.get("trained", self.nlist * MIN_PER_LIST))
        self._saved_trained = self._trained_on

    def _load_index(self, paths: Sequence[Path]) -> int:
        faiss = load_faiss()
        if len(paths) != 1:
            raise SidecarError(f"an inverted file is one file, not {len(paths)}")
        index = faiss.read_index(str(paths[0]))
        if index.d != self.dims or not isinstance(index, faiss.IndexIVFScalarQuantizer):
            raise SidecarError(f"{paths[0].name} is not a {self.dims}-dim inverted file")
        if index.sq.qtype != faiss.ScalarQuantizer.QT_8bit or index.by_residual:
            raise SidecarError(f"{paths[0].name} is not of 8-bit codes without residuals")
        if index.direct_map.type != faiss.DirectMap.NoMap:  # saved before session 12
            index.set_direct_map_type(faiss.DirectMap.NoMap)
        lists = ListOfKey.of(index)
        with self._mu:
            self._index, self._lists = index, lists
        return int(index.ntotal)
