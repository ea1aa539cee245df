"""The embedded default store: one SQLite file (WAL) plus an in-memory vector index.

* Durability: every ``put`` is one SQLite transaction in WAL mode. A process killed with
  SIGKILL loses no entry whose ``put`` had returned and leaves a consistent file
  (``synchronous=NORMAL`` only risks the last transactions on power loss; pass
  ``durable=True`` for ``synchronous=FULL``).
* Several processes may open one file. Every change that matters to the index (put, delete,
  clear) is also appended to a ``changes`` log in the same transaction; before each search a
  process checks ``PRAGMA data_version`` (a counter SQLite bumps when *another* connection
  commits) and replays the new log rows. Processes therefore see each other's writes and
  invalidations on their next lookup, never a silently diverging copy.
* TTL: expired rows are never returned (checked at fetch time) and are purged in the
  background of writes. Capacity: past ``max_entries`` or ``max_bytes`` the least recently used
  entries (last hit, else creation) are evicted.
* SQLite work runs on two worker threads, each with its own connection, so the event loop
  never blocks on disk: a reader (search, hits, inspection) and a writer (put, delete). A write
  that waits for another process's write lock (up to ``write_wait`` seconds) therefore never
  holds up lookups: WAL readers do not wait for writers, and serving a hit is a pure read (hit
  counts are written in batches by the writer, :mod:`.hitlog`). Writes queue up to
  ``max_pending_writes``; past it a put fails at once with StoreUnavailableError.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..errors import (
    InvalidInputError,
    StoreError,
)
from ..models import Candidate, Entry, Evidence, StoreStats
from . import evidence as evidence_rows
from .base import Selector
from .hitlog import HitLog
from .local_schema import (
    SAFETY_CHECKPOINT_PAGES,
    Checkpointer,
    check_embedder,
    connect,
    default_path,
    make_parent,
)
from .local_writes import Writes
from .vector_index import VectorIndex

__all__ = ["LocalStore", "default_path"]

T = TypeVar("T")
log = logging.getLogger("yamabiko")


_WRITE_WAIT_S = 5.0  # default: how long a write waits for another process's write transaction
_READ_WAIT_MS = 20  # a read (never a write) on the reader's own connection
_MAX_PENDING_WRITES = 256


class LocalStore(Writes):
    """SQLite-backed store with an in-memory index; see the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        max_entries: int | None = None,
        max_bytes: int | None = None,
        durable: bool = False,
        ann_threshold: int = 10_000,  # exact scan beats HNSW below ~9k (bench_switch.py)
        ann_index: str = "ivf",  # large partitions: "ivf" (inverted file) or "hnsw" (graphs)
        ann_dtype: str = "i8",  # (hnsw only)
        ann_segment_size: int | None = None,  # (hnsw only) vectors per graph, None: default
        write_wait: float = _WRITE_WAIT_S,
        max_pending_writes: int = _MAX_PENDING_WRITES,
    ) -> None:
        for name, value in (("max_entries", max_entries), ("max_bytes", max_bytes)):
            if value is not None and (not isinstance(value, int) or value <= 0):
                raise InvalidInputError(
                    f"{name} is {value!r}; it must be a positive integer, or None for no limit."
                )
        self.path = Path(path) if path is not None else default_path()
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._durable = durable
        self._ann: dict[str, Any] = {"ann_threshold": ann_threshold, "ann_dtype": ann_dtype,
                     "segment_size": ann_segment_size, "ann_index": ann_index}  # fmt: skip
        self._write_wait_ms = round(write_wait * 1000)
        self._max_pending_writes = max_pending_writes
        self._pending_writes = 0
        self._hits = HitLog()  # hits served, not yet written to the file
        self.dropped_writes = 0  # puts refused because the write queue was full
        self._conn: sqlite3.Connection | None = None  # the writer's connection
        self._tls = threading.local()  # each worker thread's connection and data_version
        self._lock = threading.RLock()  # guards the index and the watermark
        self._reader: ThreadPoolExecutor | None = None
        self._here: list[sqlite3.Connection] = []  # search_here's connections
        self._index: VectorIndex | None = None
        self._watermark = 0
        self._saved_watermark = -1
        self._last_purge = 0.0
        self._executor: ThreadPoolExecutor | None = None
        self._checkpointer: Checkpointer | None = None

    # -- plumbing --------------------------------------------------------------------------

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the reader thread (never queued behind a write)."""
        if self._reader is None:
            return await self._run(fn, *args)  # raises "not open"
        return await asyncio.get_running_loop().run_in_executor(self._reader, fn, *args)

    # -- open / close ----------------------------------------------------------------------

    async def open(self, embedder_name: str | None, dims: int | None) -> None:
        """Open (creating if needed) the file, check the embedder, and load the index.

        ``embedder_name=None`` opens without the check, for administration (invalidate, stats).
        """
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="yamabiko-sqlite")
        await self._run(self._open_sync, embedder_name, dims)
        if self._reader is None:
            self._reader = ThreadPoolExecutor(1, thread_name_prefix="yamabiko-sqlite-read")
            try:
                await self._read(self._open_reader_sync)
            except BaseException as exc:
                self._reader.shutdown(wait=True)
                self._reader = None
                await self.close()
                if isinstance(exc, sqlite3.DatabaseError):
                    raise self._damaged(exc) from exc
                raise

    def _damaged(self, exc: sqlite3.DatabaseError) -> StoreError:
        return StoreError(
            f"the cache file {self.path} is damaged ({exc}); the cache passes requests "
            f"through. Run `yamabiko doctor --repair --path {self.path}` to move it aside "
            "and keep what is readable."
        )

    def _open_reader_sync(self) -> None:
        conn = sqlite3.connect(
            self.path,
            timeout=_READ_WAIT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA foreign_keys=ON")
        self._tls.conn = conn
        with self._lock:
            self._data_version = -1
            self._sync()

    def _close_reader_sync(self) -> None:
        conn = getattr(self._tls, "conn", None)
        if conn is not None:
            conn.close()
            self._tls.conn = None

    def _open_sync(self, embedder_name: str | None, dims: int | None) -> None:
        make_parent(self.path)
        try:
            conn = connect(self.path, durable=self._durable, wait_s=self._write_wait_ms / 1000)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the cache file {self.path}: {exc}. If it is not a yamabiko cache "
                "(or is damaged), move it away or choose another path (`yamabiko doctor "
                "--repair` does that)."
            ) from exc
        self._conn = self._tls.conn = conn
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            stored_dims = int(meta["dims"]) if "dims" in meta else None
            if embedder_name is not None:
                check_embedder(conn, self.path, meta, embedder_name, dims)
                stored_dims = dims
            self._index = VectorIndex(stored_dims or 0, **self._ann)
            self._reload_index(use_sidecar=True)
        except BaseException as exc:  # a failed open leaves nothing open behind it
            conn.close()
            self._conn = self._tls.conn = None
            if isinstance(exc, sqlite3.DatabaseError):
                raise self._damaged(exc) from exc
            raise
        # WAL checkpoints copy pages back into the main file; done inside a put they cost
        # milliseconds every few hundred puts. A background connection does them instead; the
        # large auto-checkpoint stays as a safety net.
        conn.execute(f"PRAGMA wal_autocheckpoint={SAFETY_CHECKPOINT_PAGES}")
        self._checkpointer = Checkpointer(self.path)

    async def close(self) -> None:
        """Write pending hit counts and the index sidecar, close the file (it can reopen)."""
        if self._executor is None:
            return
        if self._reader is not None:
            await self._read(self._close_reader_sync)
            self._reader.shutdown(wait=True)
            self._reader = None
            self._close_here()
        await self._run(self._close_sync)
        self._executor.shutdown(wait=True)
        self._executor = None

    def _close_sync(self) -> None:
        self._flush_hits()
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        if self._index is not None:  # the sidecar saves the finished graphs, the old centroids
            self._index.stop_retraining()  # (a re-training is given up: minutes at 1M)
        if self._conn is not None and self._watermark != self._saved_watermark:
            self._save_sidecar()
        if self._conn is not None:
            self._conn.close()
            self._conn = self._tls.conn = None

    # -- search and hits -------------------------------------------------------------------

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """Up to ``k`` unexpired entries of ``partition`` nearest to ``vector``, best first."""
        return await self._read(self._search_sync, vector, partition, k, now)

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """The full entry, its hit counted (in a batch); ``None`` if it is gone or expired."""
        return await self._read_batched(self._fetch_hit_sync, entry_id, now)

    # -- evidence (learned thresholds) ------------------------------------------------------

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        """Record one observed outcome of an entry; False if the entry does not exist."""
        return await self._write_op(lambda: evidence_rows.sqlite_add(self._db, entry_id, evidence))

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        """The recorded outcomes of each entry, oldest first (entries without any left out)."""
        ids = list(entry_ids)
        return await self._read(lambda: evidence_rows.sqlite_read(self._db, ids))

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected entries, newest first (for inspection)."""
        return await self._read(self._entries_sync, selector, limit)

    async def partitions(self, selector: Selector) -> list[str]:
        """The distinct partitions of the selected entries."""
        return await self._run(self._partitions_sync, selector)

    async def stats(self) -> StoreStats:
        """Entries and bytes held (all processes), evictions and expiries so far."""
        return await self._read(self._stats_sync)
