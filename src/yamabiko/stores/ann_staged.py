"""What every large partition of the embedded store's vector index shares: staged vectors that
a background thread moves into an approximate index, and the maps between entry ids and the
index's integer keys.

A vector added to a large partition is first *staged* in an exact matrix
(:class:`ExactPartition`) and a daemon thread moves staged vectors into the index in short
batches, so every entry is found the moment it is added and no lookup waits for a conversion
or a bulk load. A partition that crosses the store's threshold becomes a large partition whose
staging is its old exact matrix: the conversion is the same background drain. The index itself
is a subclass's: HNSW graphs (:mod:`.ann_partition`) or an inverted file (:mod:`.ann_ivf`).

The staged vectors are scanned on the lookup's own thread (``ExactPartition.search`` with
``one_thread``): a BLAS matrix-vector product spreads over threads that, on a busy machine,
wait for cores (docs/stores.md, session 8).

Index keys are integers: every insert takes a fresh key, so replacing an entry is "remove the
old key, add a new one" and the index never holds two live copies of an id.

Subclasses implement :meth:`_room`, :meth:`_insert`, :meth:`_insert_all`, :meth:`_remove_key`,
:meth:`_search_index`, :meth:`_save_index` and :meth:`_load_index`.
"""

from __future__ import annotations

import _thread
import itertools
import json
import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .exact_partition import ExactPartition
from .id_map import ShardedDict

__all__ = ["SidecarError", "StagedPartition"]

log = logging.getLogger("yamabiko")

_MAX_BATCH = 1024
_P = TypeVar("_P", bound="StagedPartition")


class SidecarError(Exception):
    """The saved index files cannot be used (missing, stale, damaged); rebuild instead."""


class StagedPartition:
    """Staged vectors, the background inserter and the id maps of one large partition."""

    #: the index's name in the sidecar's manifest
    KIND = ""
    #: the work one background insert call aims at (the longest a lookup may wait for it)
    BATCH_SECONDS = 0.005

    def __init__(
        self, dims: int, dtype: str, staged: ExactPartition | None = None, *,
        background: bool = True,
    ) -> None:  # fmt: skip
        self.dims = dims
        self.dtype = dtype
        self._staged = staged if staged is not None else ExactPartition(dims)
        self._stamp: dict[str, int] = dict.fromkeys(self._staged.ids(), 0)
        self._stamps = itertools.count(1)
        # sharded: a million-key dict's resize would pause every thread (see id_map.py)
        self._key_of: ShardedDict[str, int] = ShardedDict()
        self._id_of: ShardedDict[int, str] = ShardedDict()
        self._next_key = 0
        # guards everything above; held briefly, never during a long insert; taken before
        # any lock of the index
        self._mu = threading.Lock()
        self._batch = 16
        self._running = False  # a background inserter runs (under _mu)
        self._drains = 0  # background inserters started so far
        self._idle = threading.Event()  # set while no background inserter runs
        self._idle.set()
        self._closed = False
        self._last_add = 0.0  # time.monotonic() of the last add (ann_retrain waits for a pause)
        self.error: BaseException | None = None
        self._background = background

    def _start(self) -> None:
        """Called by subclasses at the end of ``__init__``: start the inserter if asked."""
        if self._background:  # (else the owner calls build_now)
            self._wake()

    def __len__(self) -> int:
        return len(self._key_of) + len(self._staged)

    def ids(self) -> list[str]:
        with self._mu:
            return list(self._key_of) + self._staged.ids()

    @property
    def backlog(self) -> int:
        """Staged vectors not yet in the index."""
        return len(self._staged)

    def _new_keys(self, count: int) -> np.ndarray:
        keys = np.arange(self._next_key, self._next_key + count, dtype=np.int64)
        self._next_key += count
        return keys

    def _register(self, ids: list[str], keys: list[int]) -> None:
        """Map entry ids to their index keys and back (under ``_mu``)."""
        self._key_of.update_pairs(zip(ids, keys, strict=True))
        self._id_of.update_pairs(zip(keys, ids, strict=True))

    # -- the subclass's index -------------------------------------------------------------

    def _room(self) -> int:
        """Vectors the index takes in the next insert (called under ``_mu``)."""
        raise NotImplementedError

    def _insert(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Insert float32 unit vectors under ``keys`` (the background thread, without ``_mu``)."""
        raise NotImplementedError

    def _insert_all(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        """Insert every vector at once with every core (loading at open, under ``_mu``)."""
        raise NotImplementedError

    def _remove_key(self, key: int) -> None:
        raise NotImplementedError

    def _search_index(self, vector: np.ndarray, k: int) -> tuple[list[int], list[float]]:
        """Keys and distances (1 - similarity) of the index's best ``k`` candidates."""
        raise NotImplementedError

    def _save_index(self, stem: Path) -> list[Path]:
        """Write the index (no insert in flight); returns its files."""
        raise NotImplementedError

    def _load_index(self, paths: Sequence[Path]) -> int:
        """Load the files :meth:`_save_index` wrote; returns how many vectors they hold."""
        raise NotImplementedError

    def _meta(self) -> dict[str, Any]:
        """What the index adds to the saved id map (called under ``_mu``)."""
        return {}

    def _set_meta(self, meta: dict[str, Any]) -> None:
        """Read back what :meth:`_meta` saved (``meta``: the whole saved id map)."""

    # -- changes (called by the index's owner) --------------------------------------------

    def add(self, entry_id: str, vector: np.ndarray) -> None:
        """Add or replace one vector; it is searchable at once (staged)."""
        self.add_many([entry_id], vector[np.newaxis])

    def add_many(self, ids: Sequence[str], vectors: np.ndarray, *, wake: bool = True) -> None:
        """Add or replace many vectors; they are searchable at once (staged). ``wake=False``:
        leave them staged for :meth:`build_now`."""
        self._last_add = time.monotonic()
        with self._mu:
            for entry_id in ids:
                self._drop(entry_id)
            self._staged.add_many(ids, vectors)
            for entry_id in ids:
                self._stamp[entry_id] = next(self._stamps)
        if wake:
            self._wake()

    def build_now(self) -> None:
        """Move every staged vector into the index with every core (used while loading at
        open, when no lookup is waiting)."""
        with self._mu:
            ids, vectors = self._staged.tail(len(self._staged))
            self._staged = ExactPartition(self.dims)
            self._stamp.clear()
            keys = self._new_keys(len(ids))
            self._insert_all(keys, vectors)
            self._register(ids, keys.tolist())

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

    def close(self) -> None:
        """Stop the background inserter (the partition was dropped)."""
        self._closed = True

    def stop_retraining(self) -> None:
        """Before the store closes: wait until every staged vector is in the index and give up
        any later work on it (the inverted file's re-training, :class:`.IvfPartition`)."""
        self.join()

    # -- search ---------------------------------------------------------------------------

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Top ``k`` by (approximate) cosine similarity, best first: the index and the staged
        vectors under ``_mu``, so a vector moving from one to the other is never missed."""
        with self._mu:
            keys, dists = self._search_index(vector, k) if self._key_of else ([], [])
            return self._merge(vector, k, keys, dists)

    def _merge(
        self, vector: np.ndarray, k: int, keys: list[int], dists: list[float]
    ) -> list[tuple[str, float]]:
        """The index's candidates mapped to ids, with the staged vectors' (under ``_mu``)."""
        found: list[tuple[str, float]] = []
        # distance 1 - dot (unit vectors make dot the cosine) or 1 - cosine
        for dist, key in sorted(zip(dists, keys, strict=True)):
            entry_id = self._id_of.get(key)  # None: removed meanwhile (or no result, -1)
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
        """Start the background inserter if vectors wait and none runs. It starts with
        ``_thread.start_new_thread``, which returns at once (a daemon thread): ``Thread.start``
        waits until the new thread runs, which on a busy machine took 100-260 ms while the
        caller, the store's writer, held the store's lock (docs/stores.md, session 10)."""
        with self._mu:
            if self._running or self._closed or not len(self._staged):
                return
            self._running = True
            self._drains += 1
            self._idle.clear()
        _thread.start_new_thread(self._drain, ())

    def _drain(self) -> None:
        try:
            while self._step():
                pass
        except BaseException as exc:  # kept for the owner; the vectors stay staged (searchable)
            self.error = exc
            log.warning("building the %s index failed: %r; entries stay in exact scan",
                        self.KIND, exc)  # fmt: skip
            with self._mu:
                self._running = False
                self._idle.set()

    def _step(self) -> bool:
        """Insert one batch from the tail of the staging; False (and the inserter ends) when
        nothing is left."""
        with self._mu:
            if not len(self._staged) or self._closed:
                if len(self._staged._matrix) > 1024 and not len(self._staged):
                    self._staged = ExactPartition(self.dims)  # give the big matrix back
                self._running = False  # (under _mu: an add after this starts a new one)
                self._idle.set()
                return False
            ids, vectors = self._staged.tail(min(self._batch, self._room()))
            stamps = [self._stamp[entry_id] for entry_id in ids]
            keys = self._new_keys(len(ids))
        start = time.perf_counter()
        self._insert(keys, vectors)
        per_vector = max(time.perf_counter() - start, 1e-6) / len(ids)
        self._batch = int(min(_MAX_BATCH, max(4, self.BATCH_SECONDS / per_vector)))
        with self._mu:  # (a lookup waits for this: bulk operations, no per-id method calls)
            key_list = keys.tolist()
            live = [self._stamp.get(entry_id) == stamp  # still the vector that was inserted
                    for entry_id, stamp in zip(ids, stamps, strict=True)]  # fmt: skip
            moved = list(itertools.compress(ids, live))
            moved_keys = list(itertools.compress(key_list, live))
            self._staged.remove_many(moved)
            for entry_id in moved:
                del self._stamp[entry_id]
            self._register(moved, moved_keys)
            for key, kept in zip(key_list, live, strict=True):
                if not kept:  # removed or replaced meanwhile
                    self._remove_key(key)
        return True

    def join(self) -> None:
        """Wait until every staged vector is in the index (or the inserter failed)."""
        while True:
            self._idle.wait()
            with self._mu:
                if not len(self._staged) or self._closed or self.error is not None:
                    return
            self._wake()

    # -- persistence ----------------------------------------------------------------------

    def save(self, stem: Path) -> list[Path]:
        """Write the index (files named from ``stem``) and its id map (``stem.ids.json``);
        returns the files written, the id map last. Call :meth:`join` first: staged vectors
        are not saved."""
        ids_path = stem.with_name(stem.name + ".ids.json")
        with self._mu:
            if len(self._staged):
                raise RuntimeError("the partition still has staged vectors; join() first")
            paths = self._save_index(stem)
            pairs = list(self._key_of.pairs())
            ids = [entry_id for entry_id, _ in pairs]
            keys = [key for _, key in pairs]
            meta = {**self._meta(), "ids": ids, "keys": keys, "next": self._next_key}
        ids_path.write_text(json.dumps(meta), encoding="utf-8")
        return [*paths, ids_path]

    @classmethod
    def restore(
        cls: type[_P],
        dims: int,
        dtype: str,
        index_paths: Sequence[Path],
        ids_path: Path,
        **options: Any,
    ) -> _P:
        """A partition from the files :meth:`save` wrote (``options``: as for the class)."""
        part = cls(dims, dtype, background=False, **options)
        held = part._load_index(index_paths)
        mapping = json.loads(ids_path.read_text(encoding="utf-8"))
        ids, keys = mapping["ids"], mapping["keys"]
        if len(ids) != len(keys) or held != len(ids):
            raise SidecarError(f"{ids_path.name}: the index holds {held} vectors but its id "
                               f"map {len(ids)}")  # fmt: skip
        part._key_of = ShardedDict(zip(ids, keys, strict=True))
        part._id_of = ShardedDict(zip(keys, ids, strict=True))
        part._next_key = int(mapping["next"])
        part._set_meta(mapping)
        return part
