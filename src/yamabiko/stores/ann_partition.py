"""One large partition of the embedded store's vector index: an HNSW graph (usearch) that grows
in the background.

A vector added to the partition is first *staged* in an exact matrix (:class:`ExactPartition`)
and a daemon thread moves staged vectors into the graph in short batches. A lookup searches the
graph and scans the staged vectors, so every entry is found the moment it is added, and no
lookup waits for a conversion or bulk load, at most for one batch: usearch releases the GIL
while it inserts, but one graph must not be searched while it inserts. Its Python binding runs
a call's first worker on the graph's per-thread context 0 (search buffers, visited set) for a
search and for an insert alike, and every call may reallocate the node array (``try_reserve``,
which usearch documents as "no update or search operations should be running"). A concurrent
search and insert therefore corrupted each other's candidate lists: searches that missed
entries and links that were never made (the graph's recall fell), and a test that failed once
in a while. So every call into the graph holds ``_graph_mu``, and batches are sized to about
:data:`BATCH_SECONDS` of work (5 ms: the longest a lookup waits). A partition
that crosses the store's threshold becomes an ``AnnPartition`` whose staging is its old exact
matrix: the conversion is the same background drain.

usearch keys are integers: every insert takes a fresh key, so replacing an entry is "remove the
old key, add a new one" and the graph never holds two live copies of an id.

``i8`` graphs (the store's default: a quarter of float32's memory and disk) hold each vector
scaled so that its largest component is 127, with the cosine metric (which ignores the scale):
plain rounding of a unit vector's components (about ±0.04 at 512 dims) would keep only a few
levels of each; scaled, scores stay within about 1e-3 of the exact cosine.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .exact_partition import ExactPartition
from .id_map import ShardedDict

log = logging.getLogger("yamabiko")

#: HNSW parameters of large partitions (``benchmarks/bench_store.py --ef-sweep``,
#: ``benchmarks/bench_scale.py``; see docs/store-benchmark.md and docs/stores.md). A lower
#: ef_construction inserts 2-4x faster but loses far more recall than search effort wins back.
#: Search ef 192 with 2 inserting threads from 10k and 50 ms batches was tried (session 5): at
#: 1M on the idle machine it inserted 2,064/s (was 1,182) but recall@1 fell to 0.959 at ef 96
#: and 0.976 at ef 192, search p99 rose to 3.3 ms and the slowest concurrent lookup to 238 ms,
#: so these settings stay (docs/stores.md).
CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 96
ANN_DTYPES = ("f16", "f32", "i8")
#: the work one background insert call aims at: the longest a lookup waits for the graph (was
#: 8 ms while lookups did not wait; the slowest concurrent lookup at 1M was 91 ms of 100 allowed)
BATCH_SECONDS = 0.005
_MAX_BATCH = 1024


class SidecarError(Exception):
    """The saved index files cannot be used (missing, stale, damaged); rebuild instead."""


#: Below this many vectors a graph is built with one thread. usearch's concurrent insertion
#: builds a slightly worse graph of a few hundred vectors: on 600 real embeddings, builds with 2
#: threads missed the exact best match for a few queries in 1,750, with 1 thread for none
#: (benchmarks/bench_hnsw_threads.py). At 60k points 2 threads lost nothing (recall@1 0.995 vs
#: 0.993), but a 1M graph built with 2 threads from 10k on lost 0.02 of recall@1 (see above).
PARALLEL_FROM = 100_000


#: Search-time ef grows with the graph: EXPANSION_SEARCH up to SEARCH_EF_FROM vectors, then in
#: proportion to log(size) up to SEARCH_EF_AT_1M at a million (and on beyond it, capped at twice
#: that). A bigger graph needs a wider search for the same recall (1M, idle, session 5: recall@1
#: 0.959 / 0.969 at ef 96 / 128 for p99 1.36 / 1.43 ms), and graphs up to 200k stay as fast as
#: they were (recall@1 1.000 at 100k with ef 96).
SEARCH_EF_FROM = 200_000
SEARCH_EF_AT_1M = 128


def search_ef(size: int) -> int:
    """The search-time ef (usearch ``expansion_search``) for a graph of ``size`` vectors."""
    if size <= SEARCH_EF_FROM or SEARCH_EF_AT_1M <= EXPANSION_SEARCH:
        return EXPANSION_SEARCH
    share = math.log(size / SEARCH_EF_FROM) / math.log(1_000_000 / SEARCH_EF_FROM)
    ef = EXPANSION_SEARCH + share * (SEARCH_EF_AT_1M - EXPANSION_SEARCH)
    return int(min(2 * SEARCH_EF_AT_1M, round(ef / 8) * 8))


def build_threads(size: int) -> int:
    """Threads for inserts into a graph of ``size`` vectors: 1 when small, else every core."""
    if size < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


class AnnPartition:
    """An HNSW graph (inner product on unit vectors) plus the staged vectors not yet in it."""

    def __init__(
        self,
        dims: int,
        dtype: str = "f16",
        staged: ExactPartition | None = None,
        *,
        background: bool = True,
    ) -> None:
        from usearch.index import Index

        self.dims = dims
        self.dtype = dtype
        self._graph = Index(
            ndim=dims,
            metric="cos" if dtype == "i8" else "ip",
            dtype=dtype,
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )
        self._staged = staged if staged is not None else ExactPartition(dims)
        self._stamp: dict[str, int] = dict.fromkeys(self._staged.ids(), 0)
        self._stamps = itertools.count(1)
        # sharded: a million-key dict's resize would pause every thread (see id_map.py)
        self._key_of: ShardedDict[str, int] = ShardedDict()
        self._id_of: ShardedDict[int, str] = ShardedDict()
        self._next_key = 0
        self._mu = threading.Lock()  # guards everything above; held briefly, never while inserting
        # held by every call into the graph (see the module docstring); taken after _mu
        self._graph_mu = threading.Lock()
        self._batch = 16
        #: search-time ef; None: :func:`search_ef` of the graph's size (benchmarks set it)
        self.expansion_search: int | None = None
        self._ef = EXPANSION_SEARCH
        self._worker: threading.Thread | None = None
        self._closed = False
        self.error: BaseException | None = None
        if background:  # (else the owner calls build_now)
            self._wake()

    def __len__(self) -> int:
        return len(self._key_of) + len(self._staged)

    def ids(self) -> list[str]:
        with self._mu:
            return list(self._key_of) + self._staged.ids()

    @property
    def backlog(self) -> int:
        """Staged vectors not yet in the graph."""
        return len(self._staged)

    def _stored(self, vectors: np.ndarray) -> np.ndarray:
        """Vectors as the graph takes them (int8 graphs: each row scaled to ±127, rounded)."""
        if self.dtype != "i8":
            return vectors
        vectors = np.atleast_2d(vectors)
        peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
        return np.rint(vectors * (127.0 / peak)).astype(np.int8)

    def _new_keys(self, ids: Sequence[str]) -> np.ndarray:
        keys = np.arange(self._next_key, self._next_key + len(ids), dtype=np.uint64)
        self._next_key += len(ids)
        return keys

    def _register(self, entry_id: str, key: int) -> None:
        self._key_of[entry_id] = key
        self._id_of[key] = entry_id

    # -- changes (called by the index's owner) --------------------------------------------

    def add(self, entry_id: str, vector: np.ndarray) -> None:
        """Add or replace one vector; it is searchable at once (staged)."""
        self.add_many([entry_id], vector[np.newaxis])

    def add_many(self, ids: Sequence[str], vectors: np.ndarray, *, wake: bool = True) -> None:
        """Add or replace many vectors; they are searchable at once (staged). ``wake=False``:
        leave them staged for :meth:`build_now`."""
        with self._mu:
            for entry_id in ids:
                self._drop(entry_id)
            self._staged.add_many(ids, vectors)
            for entry_id in ids:
                self._stamp[entry_id] = next(self._stamps)
        if wake:
            self._wake()

    def build_now(self) -> None:
        """Move every staged vector into the graph in one call with every core (used while
        loading at open, when no lookup is waiting)."""
        with self._mu:
            ids, vectors = self._staged.tail(len(self._staged))
            self._staged = ExactPartition(self.dims)
            self._stamp.clear()
            if ids:
                keys = self._new_keys(ids)
                with self._graph_mu:
                    self._graph.add(keys, self._stored(vectors), threads=build_threads(len(ids)))
                for entry_id, key in zip(ids, keys.tolist(), strict=True):
                    self._register(entry_id, key)

    def remove(self, entry_id: str) -> bool:
        with self._mu:
            return self._drop(entry_id)

    def _drop(self, entry_id: str) -> bool:
        if self._staged.remove(entry_id):
            del self._stamp[entry_id]
            return True
        key = self._key_of.pop(entry_id, None)
        if key is None:
            return False
        del self._id_of[key]
        with self._graph_mu:
            self._graph.remove(key)
        return True

    def close(self) -> None:
        """Stop the background inserter (the partition was dropped)."""
        self._closed = True

    # -- search ---------------------------------------------------------------------------

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        with self._mu:
            found: list[tuple[str, float]] = []
            if self._key_of:
                ef = self.expansion_search or search_ef(len(self._key_of))
                with self._graph_mu:
                    if ef != self._ef:
                        self._graph.expansion_search = self._ef = ef
                    hits = self._graph.search(self._stored(vector).reshape(-1), k, threads=1)
                # distance 1 - dot ("ip": unit vectors make dot the cosine) or 1 - cosine
                found = [
                    (self._id_of[key], min(1.0, max(-1.0, 1.0 - float(dist))))
                    for key, dist in zip(hits.keys.tolist(), hits.distances.tolist(), strict=True)
                    if key in self._id_of
                ]
            if len(self._staged):
                found.extend(self._staged.search(vector, k))
                found.sort(key=lambda hit: -hit[1])
                del found[k:]
        return found

    # -- the background inserter ----------------------------------------------------------

    def _wake(self) -> None:
        if not len(self._staged) or self._closed:
            return
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._drain, name="yamabiko-ann", daemon=True)
            self._worker.start()

    def _drain(self) -> None:
        try:
            while not self._closed and self._step():
                pass
        except BaseException as exc:  # kept for the owner; the vectors stay staged (searchable)
            self.error = exc
            log.warning("building the HNSW graph failed: %r; entries stay in exact scan", exc)

    def _step(self) -> bool:
        """Insert one batch from the tail of the staging; False when nothing is left."""
        with self._mu:
            ids, vectors = self._staged.tail(self._batch)
            if not ids:
                if len(self._staged._matrix) > 1024:
                    self._staged = ExactPartition(self.dims)  # give the big matrix back
                return False
            stamps = [self._stamp[entry_id] for entry_id in ids]
            keys = self._new_keys(ids)
        stored = self._stored(vectors)
        with self._graph_mu:
            start = time.perf_counter()
            self._graph.add(keys, stored, threads=build_threads(len(self)))
            spent = time.perf_counter() - start
        per_vector = max(spent, 1e-6) / len(ids)
        self._batch = int(min(_MAX_BATCH, max(4, BATCH_SECONDS / per_vector)))
        with self._mu:
            done = zip(ids, stamps, keys.tolist(), strict=True)
            for entry_id, stamp, key in reversed(list(done)):  # from the tail: nothing moves
                if self._stamp.get(entry_id) == stamp:  # still the vector that was inserted
                    self._staged.remove(entry_id)
                    del self._stamp[entry_id]
                    self._register(entry_id, key)
                else:  # removed or replaced meanwhile
                    with self._graph_mu:
                        self._graph.remove(key)
        return True

    def join(self) -> None:
        """Wait until every staged vector is in the graph (or the inserter failed)."""
        while True:
            worker = self._worker
            if worker is not None:
                worker.join()
            with self._mu:
                if not len(self._staged) or self._closed or self.error is not None:
                    return
            self._wake()

    # -- persistence ----------------------------------------------------------------------

    def save(self, graph_path: Path, ids_path: Path) -> None:
        """Write the graph and its id map (call :meth:`join` first: staged vectors are not
        saved)."""
        with self._mu:
            if len(self._staged):
                raise RuntimeError("the partition still has staged vectors; join() first")
            with self._graph_mu:
                self._graph.save(str(graph_path))
            pairs = list(self._key_of.pairs())
            ids = [entry_id for entry_id, _ in pairs]
            keys = [key for _, key in pairs]
        ids_path.write_text(
            json.dumps({"ids": ids, "keys": keys, "next": self._next_key}), encoding="utf-8"
        )

    @classmethod
    def restore(cls, dims: int, dtype: str, graph_path: Path, ids_path: Path) -> AnnPartition:
        part = cls(dims, dtype, background=False)
        part._graph.load(str(graph_path))
        part._graph.expansion_search = EXPANSION_SEARCH
        mapping = json.loads(ids_path.read_text(encoding="utf-8"))
        ids, keys = mapping["ids"], mapping["keys"]
        if len(ids) != len(keys) or len(part._graph) != len(ids):
            raise SidecarError(
                f"{graph_path.name} holds {len(part._graph)} vectors but its id map {len(ids)}"
            )
        if part._graph.ndim != dims or str(part._graph.dtype).split(".")[-1].lower() != dtype:
            raise SidecarError(f"{graph_path.name} is not a {dims}-dim {dtype} graph")
        part._key_of = ShardedDict(zip(ids, keys, strict=True))
        part._id_of = ShardedDict(zip(keys, ids, strict=True))
        part._next_key = int(mapping["next"])
        return part
