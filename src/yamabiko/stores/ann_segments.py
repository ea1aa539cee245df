"""The HNSW graphs (segments) that hold one large partition's vectors, and their settings.

A large partition is several usearch graphs of at most ``segment_size`` vectors: inserts go
into the newest one (the *growing* graph) and when it is full it is *sealed* (no more inserts,
only removals) and a fresh graph takes the inserts. A lookup searches every graph and merges
their candidates by distance. Smaller graphs cost less per insert (the insert rate no longer
falls as the partition grows), and their union finds the exact best match far more often than
one big graph searched with more effort (300,000 points of ``bench_scale.py``'s data, M 24 /
ef_construction 48: one graph 0.969 recall@1 at search ef 96, three graphs of 100,000 0.990 at
ef 48 each; see docs/stores.md).

Locks. usearch's Python binding runs a search and an insert on the graph's thread context 0 and
may reallocate the graph in any insert, so a graph must never be searched while it inserts
(docs/stores.md, session 6): every call into the growing graph holds ``graph_mu``. Sealed
graphs take no inserts; their searches, removals and the sealing itself hold ``sealed_mu``, so
that a lookup searches them without waiting for the inserter or for the partition's own lock
(:mod:`.ann_partition` holds that one only for the growing graph and the staged vectors). The
owner seals (:meth:`Segments.room`) only while no insert is in flight.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .ann_staged import SidecarError

#: HNSW parameters of large partitions (``benchmarks/bench_scale.py``, earlier settings and
#: their figures in docs/stores.md).
CONNECTIVITY = 24
EXPANSION_ADD = 48
EXPANSION_SEARCH = 96
#: A large partition is graphs of at most SEGMENT_SIZE vectors (see the module docstring).
#: Once it has several, each is searched with SEGMENT_EF (a single graph: EXPANSION_SEARCH),
#: and from MANY_SEGMENTS graphs on with MANY_SEGMENTS_EF: recall@1 on bench_scale.py's data
#: was 0.995 at ef 64 with 3 graphs (300k), but 0.987 at ef 64 / 0.992 at ef 96 with 4 (500k,
#: graphs alone) and 0.985 / 0.994 with 8 (1M); docs/stores.md, sessions 7-8.
SEGMENT_SIZE = 125_000
SEGMENT_EF = 64
MANY_SEGMENTS = 4
MANY_SEGMENTS_EF = 96
#: sealed graphs are searched at once on this many threads (usearch ``Indexes``)
SEARCH_THREADS = 2
#: Below this many vectors a graph is built with one thread (usearch's concurrent insertion
#: builds a slightly worse graph of a few hundred vectors: benchmarks/bench_hnsw_threads.py).
PARALLEL_FROM = 2_000


def search_ef(segments: int) -> int:
    """The search-time ef (usearch ``expansion_search``) of each graph of a partition held in
    ``segments`` graphs."""
    if segments <= 1:
        return EXPANSION_SEARCH
    return SEGMENT_EF if segments < MANY_SEGMENTS else MANY_SEGMENTS_EF


def build_threads(size: int) -> int:
    """Threads for inserts into a graph of ``size`` vectors: 1 when small, else every core."""
    if size < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


class Segments:
    """The graphs of one partition: sealed ones and the growing one (see the module
    docstring). Keys are the partition's integer graph keys; the caller maps them to ids."""

    def __init__(self, dims: int, dtype: str, segment_size: int | None = None) -> None:
        self.dims = dims
        self.dtype = dtype
        self.segment_size = segment_size or SEGMENT_SIZE
        self.sealed: list[Any] = []  # full graphs: only removals and searches, under sealed_mu
        self.growing = self.new_graph()  # the graph that takes inserts, under graph_mu
        self.graph_mu = threading.Lock()
        self.sealed_mu = threading.Lock()
        self._multi: Any = None  # the sealed graphs as one usearch Indexes (built on demand)

    def new_graph(self) -> Any:
        """An empty graph with the partition's settings."""
        from usearch.index import Index

        return Index(
            ndim=self.dims,
            metric="cos" if self.dtype == "i8" else "ip",
            dtype=self.dtype,
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def graphs(self) -> list[Any]:
        """Every graph, oldest first (the growing one last)."""
        return [*self.sealed, self.growing]

    @property
    def count(self) -> int:
        """How many graphs there are."""
        return len(self.sealed) + 1

    def room(self) -> int:
        """Vectors the growing graph still takes; seals it first when it is full (the caller
        makes sure that no insert is in flight)."""
        if len(self.growing) >= self.segment_size:
            with self.graph_mu, self.sealed_mu:
                self.sealed.append(self.growing)
                self.growing = self.new_graph()
                self._multi = None
        return self.segment_size - len(self.growing)

    def add(self, keys: np.ndarray, vectors: np.ndarray, threads: int) -> None:
        """Insert into the growing graph (``vectors`` as the graph stores them)."""
        with self.graph_mu:
            self.growing.add(keys, vectors, threads=threads)

    def remove(self, key: int) -> None:
        """Remove a key from whichever graph holds it."""
        with self.sealed_mu:
            for graph in self.sealed:
                if key in graph:
                    graph.remove(key)
                    return
        with self.graph_mu:
            self.growing.remove(key)

    # -- search ---------------------------------------------------------------------------

    def search_sealed(
        self, query: np.ndarray, k: int, ef: int, keys: list[int], dists: list[float]
    ) -> int:
        """Search the sealed graphs (several at once when there are several); returns how many
        were searched (the caller searches any sealed after that with :meth:`search_rest`)."""
        with self.sealed_mu:
            threads = min(SEARCH_THREADS, os.cpu_count() or 1)
            if len(self.sealed) < 2 or threads < 2:
                for graph in self.sealed:
                    _search_one(graph, query, k, ef, keys, dists)
                return len(self.sealed)
            for graph in self.sealed:
                if graph.expansion_search != ef:
                    graph.expansion_search = ef
            if self._multi is None:
                from usearch.index import Indexes

                self._multi = Indexes(indexes=self.sealed)
            hits = self._multi.search(query, k, threads=threads)
            keys.extend(hits.keys.tolist())
            dists.extend(hits.distances.tolist())
            return len(self.sealed)

    def search_rest(
        self, query: np.ndarray, k: int, ef: int, seen: int, keys: list[int], dists: list[float]
    ) -> None:
        """Search the graphs sealed after the first ``seen`` and the growing one (the caller
        holds the lock under which graphs are sealed, so none is missed)."""
        if len(self.sealed) > seen:
            with self.sealed_mu:
                for graph in self.sealed[seen:]:
                    _search_one(graph, query, k, ef, keys, dists)
        with self.graph_mu:
            _search_one(self.growing, query, k, ef, keys, dists)

    # -- persistence ----------------------------------------------------------------------

    def save(self, paths: Sequence[Path]) -> None:
        """Write graph ``n`` to ``paths[n]`` (no insert may be in flight)."""
        with self.graph_mu, self.sealed_mu:
            for graph, path in zip(self.graphs(), paths, strict=True):
                graph.save(str(path))

    def load(self, paths: Sequence[Path]) -> int:
        """Replace the graphs with the saved ones; returns how many vectors they hold."""
        graphs = []
        for path in paths:
            graph = self.new_graph()
            graph.load(str(path))
            graph.expansion_search = EXPANSION_SEARCH
            if graph.ndim != self.dims or str(graph.dtype).split(".")[-1].lower() != self.dtype:
                raise SidecarError(f"{path.name} is not a {self.dims}-dim {self.dtype} graph")
            graphs.append(graph)
        if not graphs:
            raise SidecarError("the saved partition names no graph")
        with self.graph_mu, self.sealed_mu:
            self.sealed, self.growing, self._multi = graphs[:-1], graphs[-1], None
        return sum(len(graph) for graph in graphs)


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
