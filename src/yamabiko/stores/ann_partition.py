"""One large partition of the embedded store's vector index: HNSW graphs (usearch) that grow
in the background.

A vector added to the partition is first *staged* in an exact matrix (:class:`ExactPartition`)
and a daemon thread moves staged vectors into a graph in short batches. A lookup searches the
graphs and scans the staged vectors, so every entry is found the moment it is added, and no
lookup waits for a conversion or bulk load, at most for one batch. The graphs are *segments* of
at most ``segment_size`` vectors (:mod:`.ann_segments`: sealing, the multi-graph search and its
locks); a lookup searches the sealed graphs without this partition's lock ``_mu``, and the
growing graph and the staged vectors under it, so the inserter (which takes ``_mu`` between
batches) and a lookup hold each other up for at most one short step. Batches are sized to
about :data:`BATCH_SECONDS` of work. A partition that crosses the store's threshold becomes an
``AnnPartition`` whose staging is its old exact matrix: the conversion is the same background
drain.

The staged vectors are scanned on the lookup's own thread (``ExactPartition.search`` with
``one_thread``): a BLAS matrix-vector product spreads over threads that, on a busy machine,
wait for cores (8,192 staged vectors at load 11 on 2 cores: BLAS p99 19 ms, max 30 ms; one
thread p99 8.7 ms, max 16.7 ms; ``bench_hnsw_threads.py --scan``, docs/stores.md session 8).

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
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import ann_segments as seg
from .ann_segments import Segments, SidecarError
from .exact_partition import ExactPartition
from .id_map import ShardedDict

__all__ = ["ANN_DTYPES", "AnnPartition", "SidecarError"]

log = logging.getLogger("yamabiko")

ANN_DTYPES = ("f16", "f32", "i8")
#: the work one background insert call aims at: the longest a lookup waits for the graph
BATCH_SECONDS = 0.005
_MAX_BATCH = 1024


class AnnPartition:
    """HNSW graphs (segments, :mod:`.ann_segments`) plus the staged vectors not yet in them."""

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
        self._segments = Segments(dims, dtype, segment_size)
        self._staged = staged if staged is not None else ExactPartition(dims)
        self._stamp: dict[str, int] = dict.fromkeys(self._staged.ids(), 0)
        self._stamps = itertools.count(1)
        # sharded: a million-key dict's resize would pause every thread (see id_map.py)
        self._key_of: ShardedDict[str, int] = ShardedDict()
        self._id_of: ShardedDict[int, str] = ShardedDict()
        self._next_key = 0
        # guards everything above; held briefly, never while inserting; taken before the
        # segments' locks
        self._mu = threading.Lock()
        self._batch = 16
        #: search-time ef of every graph; None: ``ann_segments.search_ef`` (benchmarks set it)
        self.expansion_search: int | None = None
        self._worker: threading.Thread | None = None
        self._closed = False
        self.error: BaseException | None = None
        if background:  # (else the owner calls build_now)
            self._wake()

    @property
    def segment_size(self) -> int:
        """Vectors per graph."""
        return self._segments.segment_size

    @property
    def segments(self) -> int:
        """How many graphs hold this partition's vectors."""
        return self._segments.count

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
                end = done + self._segments.room()
                self._segments.add(keys[done:end], stored[done:end], seg.build_threads(len(ids)))
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
        self._segments.remove(key)
        return True

    def close(self) -> None:
        """Stop the background inserter (the partition was dropped)."""
        self._closed = True

    # -- search ---------------------------------------------------------------------------

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        found: list[tuple[str, float]] = []
        keys: list[int] = []
        dists: list[float] = []
        query = self._stored(vector).reshape(-1)
        ef = self.expansion_search or seg.search_ef(self.segments)
        seen = self._segments.search_sealed(query, k, ef, keys, dists)  # without _mu
        with self._mu:
            if self._key_of:
                self._segments.search_rest(query, k, ef, seen, keys, dists)
                # distance 1 - dot ("ip": unit vectors make dot the cosine) or 1 - cosine
                for dist, key in sorted(zip(dists, keys, strict=True)):
                    entry_id = self._id_of.get(key)  # None: removed meanwhile
                    if entry_id is not None:
                        found.append((entry_id, min(1.0, max(-1.0, 1.0 - dist))))
                        if len(found) == k:
                            break
            if len(self._staged):
                found.extend(self._staged.search(vector, k, one_thread=True))
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
            if not len(self._staged):
                if len(self._staged._matrix) > 1024:
                    self._staged = ExactPartition(self.dims)  # give the big matrix back
                return False
            ids, vectors = self._staged.tail(min(self._batch, self._segments.room()))
            stamps = [self._stamp[entry_id] for entry_id in ids]
            keys = self._new_keys(ids)
            threads = seg.build_threads(len(self._segments.growing))
        stored = self._stored(vectors)
        start = time.perf_counter()
        self._segments.add(keys, stored, threads)
        per_vector = max(time.perf_counter() - start, 1e-6) / len(ids)
        self._batch = int(min(_MAX_BATCH, max(4, BATCH_SECONDS / per_vector)))
        with self._mu:
            done = zip(ids, stamps, keys.tolist(), strict=True)
            for entry_id, stamp, key in reversed(list(done)):  # from the tail: nothing moves
                if self._stamp.get(entry_id) == stamp:  # still the vector that was inserted
                    self._staged.remove(entry_id)
                    del self._stamp[entry_id]
                    self._register(entry_id, key)
                else:  # removed or replaced meanwhile
                    self._segments.remove(key)
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
            self._segments.save(paths)
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
        held = part._segments.load(graph_paths)
        mapping = json.loads(ids_path.read_text(encoding="utf-8"))
        ids, keys = mapping["ids"], mapping["keys"]
        if len(ids) != len(keys) or held != len(ids):
            raise SidecarError(f"{ids_path.name}: the graphs hold {held} vectors but its id "
                               f"map {len(ids)}")  # fmt: skip
        part._key_of = ShardedDict(zip(ids, keys, strict=True))
        part._id_of = ShardedDict(zip(keys, ids, strict=True))
        part._next_key = int(mapping["next"])
        return part
