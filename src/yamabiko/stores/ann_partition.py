"""One large partition of the embedded store's vector index: HNSW graphs (usearch) that grow
in the background.

A vector added to the partition is first *staged* in an exact matrix (:class:`ExactPartition`)
and a daemon thread moves staged vectors into a graph in short batches. A lookup searches the
graphs and scans the staged vectors, so every entry is found the moment it is added, and no
lookup waits for a conversion or bulk load, at most for one batch. A graph must not be
searched while it inserts: usearch's Python binding runs both on the graph's thread context 0
and may reallocate the graph in any call (a concurrent search and insert corrupted each
other's candidate lists: docs/stores.md, session 6). So every call into the growing graph holds
``_graph_mu``, and batches are sized to about :data:`BATCH_SECONDS` of work. A partition that
crosses the store's threshold becomes an ``AnnPartition`` whose staging is its old exact
matrix: the conversion is the same background drain.

usearch keys are integers: every insert takes a fresh key, so replacing an entry is "remove the
old key, add a new one" and the graph never holds two live copies of an id.

A large partition is several graphs (*segments*) of at most ``segment_size`` vectors: new
vectors go into the newest one, and when it is full it is *sealed* (no more inserts, only
removals) and a fresh graph takes the inserts. A lookup searches every segment and merges
their candidates by score. Smaller graphs cost less per insert (the insert rate no longer falls
as the partition grows), and their union finds the exact best match far more often than one
big graph searched with more effort (300,000 points of ``bench_scale.py``'s data, M 24 /
ef_construction 48: one graph 0.969 recall@1 at search ef 96, three graphs of 100,000 0.990 at
ef 48 each; see docs/stores.md). Sealed graphs are only touched under ``_mu``; the growing one
under ``_graph_mu`` as well.

``i8`` graphs (the store's default: a quarter of float32's memory and disk) hold each vector
scaled so that its largest component is 127, with the cosine metric (which ignores the scale):
plain rounding of a unit vector's components (about ±0.04 at 512 dims) would keep only a few
levels of each; scaled, scores stay within about 1e-3 of the exact cosine.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .exact_partition import ExactPartition
from .id_map import ShardedDict

log = logging.getLogger("yamabiko")

#: HNSW parameters of large partitions (``benchmarks/bench_scale.py``, earlier settings and
#: their figures in docs/stores.md).
CONNECTIVITY = 24
EXPANSION_ADD = 48
EXPANSION_SEARCH = 96
ANN_DTYPES = ("f16", "f32", "i8")
#: the work one background insert call aims at: the longest a lookup waits for the graph
BATCH_SECONDS = 0.005
_MAX_BATCH = 1024


class SidecarError(Exception):
    """The saved index files cannot be used (missing, stale, damaged); rebuild instead."""


#: Below this many vectors a graph is built with one thread (usearch's concurrent insertion
#: builds a slightly worse graph of a few hundred vectors: benchmarks/bench_hnsw_threads.py).
PARALLEL_FROM = 100_000


#: A large partition is graphs of at most SEGMENT_SIZE vectors (see the module docstring).
#: Once it has several, each is searched with SEGMENT_EF (a single graph: EXPANSION_SEARCH).
SEGMENT_SIZE = 125_000
SEGMENT_EF = 64
#: sealed graphs are searched at once on this many threads (usearch ``Indexes``)
SEARCH_THREADS = 2


def search_ef(segments: int) -> int:
    """The search-time ef (usearch ``expansion_search``) of each graph of a partition held in
    ``segments`` graphs."""
    return EXPANSION_SEARCH if segments <= 1 else SEGMENT_EF


def build_threads(size: int) -> int:
    """Threads for inserts into a graph of ``size`` vectors: 1 when small, else every core."""
    if size < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


class AnnPartition:
    """HNSW graphs (segments, see the module docstring) plus the staged vectors not yet in
    them."""

    def __init__(
        self,
        dims: int,
        dtype: str = "f16",
        staged: ExactPartition | None = None,
        *,
        background: bool = True,
        segment_size: int | None = None,
    ) -> None:
        self.dims = dims
        self.dtype = dtype
        self.segment_size = segment_size or SEGMENT_SIZE
        self._sealed: list[Any] = []  # full graphs: only removals, only under _mu
        self._multi: Any = None  # the sealed graphs as one usearch Indexes (built on demand)
        self._graph = self._new_graph()  # the graph that takes inserts
        self._staged = staged if staged is not None else ExactPartition(dims)
        self._stamp: dict[str, int] = dict.fromkeys(self._staged.ids(), 0)
        self._stamps = itertools.count(1)
        # sharded: a million-key dict's resize would pause every thread (see id_map.py)
        self._key_of: ShardedDict[str, int] = ShardedDict()
        self._id_of: ShardedDict[int, str] = ShardedDict()
        self._next_key = 0
        self._mu = threading.Lock()  # guards everything above; held briefly, never while inserting
        # held by every call into the growing graph (see the module docstring); taken after _mu
        self._graph_mu = threading.Lock()
        self._batch = 16
        #: search-time ef of every graph; None: :func:`search_ef` (benchmarks set it)
        self.expansion_search: int | None = None
        self._worker: threading.Thread | None = None
        self._closed = False
        self.error: BaseException | None = None
        if background:  # (else the owner calls build_now)
            self._wake()

    def _new_graph(self) -> Any:
        from usearch.index import Index

        return Index(
            ndim=self.dims,
            metric="cos" if self.dtype == "i8" else "ip",
            dtype=self.dtype,
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def _graphs(self) -> list[Any]:
        return [*self._sealed, self._graph]

    @property
    def segments(self) -> int:
        """How many graphs hold this partition's vectors."""
        return len(self._sealed) + 1

    def __len__(self) -> int:
        return len(self._key_of) + len(self._staged)

    def ids(self) -> list[str]:
        with self._mu:
            return list(self._key_of) + self._staged.ids()

    @property
    def backlog(self) -> int:
        """Staged vectors not yet in a graph."""
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

    def _room(self) -> int:
        """Vectors the growing graph still takes; seals it first when it is full (under _mu,
        with no insert in flight)."""
        if len(self._graph) >= self.segment_size:
            with self._graph_mu:
                self._sealed.append(self._graph)
                self._graph = self._new_graph()
                self._multi = None
        return self.segment_size - len(self._graph)

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
        """Move every staged vector into the graphs with every core (used while loading at
        open, when no lookup is waiting)."""
        with self._mu:
            ids, vectors = self._staged.tail(len(self._staged))
            self._staged = ExactPartition(self.dims)
            self._stamp.clear()
            keys, stored, done = self._new_keys(ids), self._stored(vectors), 0
            while done < len(ids):
                end = done + self._room()
                with self._graph_mu:
                    self._graph.add(keys[done:end], stored[done:end],
                                    threads=build_threads(len(ids)))  # fmt: skip
                done = end
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
        self._remove_key(key)
        return True

    def _remove_key(self, key: int) -> None:
        """Remove a graph key from whichever graph holds it (under _mu)."""
        for graph in self._sealed:
            if key in graph:
                graph.remove(key)
                return
        with self._graph_mu:
            self._graph.remove(key)

    def close(self) -> None:
        """Stop the background inserter (the partition was dropped)."""
        self._closed = True

    # -- search ---------------------------------------------------------------------------

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        with self._mu:
            found: list[tuple[str, float]] = []
            if self._key_of:
                query = self._stored(vector).reshape(-1)
                ef = self.expansion_search or search_ef(self.segments)
                keys: list[int] = []
                dists: list[float] = []
                self._search_sealed(query, k, ef, keys, dists)
                with self._graph_mu:
                    self._search_one(self._graph, query, k, ef, keys, dists)
                # distance 1 - dot ("ip": unit vectors make dot the cosine) or 1 - cosine
                for dist, key in sorted(zip(dists, keys, strict=True)):
                    if key in self._id_of:
                        found.append((self._id_of[key], min(1.0, max(-1.0, 1.0 - dist))))
                        if len(found) == k:
                            break
            if len(self._staged):
                found.extend(self._staged.search(vector, k))
                found.sort(key=lambda hit: -hit[1])
                del found[k:]
        return found

    def _search_sealed(
        self, query: np.ndarray, k: int, ef: int, keys: list[int], dists: list[float]
    ) -> None:
        """Search the sealed graphs (under _mu), several at once when there are several."""
        threads = min(SEARCH_THREADS, os.cpu_count() or 1)
        if len(self._sealed) < 2 or threads < 2:
            for graph in self._sealed:
                self._search_one(graph, query, k, ef, keys, dists)
            return
        for graph in self._sealed:
            if graph.expansion_search != ef:
                graph.expansion_search = ef
        if self._multi is None:
            from usearch.index import Indexes

            self._multi = Indexes(indexes=self._sealed)
        hits = self._multi.search(query, k, threads=threads)
        keys.extend(hits.keys.tolist())
        dists.extend(hits.distances.tolist())

    @staticmethod
    def _search_one(
        graph: Any, query: np.ndarray, k: int, ef: int, keys: list[int], dists: list[float]
    ) -> None:
        if not len(graph):
            return
        if graph.expansion_search != ef:
            graph.expansion_search = ef
        hits = graph.search(query, k, threads=1)
        keys.extend(hits.keys.tolist())
        dists.extend(hits.distances.tolist())

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
            if not len(self._staged):
                if len(self._staged._matrix) > 1024:
                    self._staged = ExactPartition(self.dims)  # give the big matrix back
                return False
            ids, vectors = self._staged.tail(min(self._batch, self._room()))
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
                    self._remove_key(key)
        return True

    def join(self) -> None:
        """Wait until every staged vector is in a graph (or the inserter failed)."""
        while True:
            worker = self._worker
            if worker is not None:
                worker.join()
            with self._mu:
                if not len(self._staged) or self._closed or self.error is not None:
                    return
            self._wake()

    # -- persistence ----------------------------------------------------------------------

    def save(self, stem: Path) -> list[Path]:
        """Write the graphs (``stem.N.usearch``) and their id map (``stem.ids.json``); returns
        the files written. Call :meth:`join` first: staged vectors are not saved."""
        paths = [stem.with_name(f"{stem.name}.{n}.usearch") for n in range(self.segments)]
        ids_path = stem.with_name(stem.name + ".ids.json")
        with self._mu:
            if len(self._staged):
                raise RuntimeError("the partition still has staged vectors; join() first")
            with self._graph_mu:
                for graph, path in zip(self._graphs(), paths, strict=True):
                    graph.save(str(path))
            pairs = list(self._key_of.pairs())
            ids = [entry_id for entry_id, _ in pairs]
            keys = [key for _, key in pairs]
        ids_path.write_text(
            json.dumps({"ids": ids, "keys": keys, "next": self._next_key}), encoding="utf-8"
        )
        return [*paths, ids_path]

    @classmethod
    def restore(
        cls, dims: int, dtype: str, graph_paths: Sequence[Path], ids_path: Path, **options: Any
    ) -> AnnPartition:
        """A partition from the files :meth:`save` wrote (``options``: as for the class)."""
        part = cls(dims, dtype, background=False, **options)
        graphs = []
        for path in graph_paths:
            graph = part._new_graph()
            graph.load(str(path))
            graph.expansion_search = EXPANSION_SEARCH
            if graph.ndim != dims or str(graph.dtype).split(".")[-1].lower() != dtype:
                raise SidecarError(f"{path.name} is not a {dims}-dim {dtype} graph")
            graphs.append(graph)
        if not graphs:
            raise SidecarError(f"{ids_path.name} names no graph")
        part._sealed, part._graph = graphs[:-1], graphs[-1]
        mapping = json.loads(ids_path.read_text(encoding="utf-8"))
        ids, keys = mapping["ids"], mapping["keys"]
        held = sum(len(graph) for graph in graphs)
        if len(ids) != len(keys) or held != len(ids):
            raise SidecarError(f"{ids_path.name}: the graphs hold {held} vectors but its id "
                               f"map {len(ids)}")  # fmt: skip
        part._key_of = ShardedDict(zip(ids, keys, strict=True))
        part._id_of = ShardedDict(zip(keys, ids, strict=True))
        part._next_key = int(mapping["next"])
        return part
