"""The write side of the embedded store: puts (one entry, or a bulk load), deletions and
expiry purges, each one SQLite transaction on the writer thread.

A mixin of :class:`~.local.LocalStore`. A write's rows are inserted outside the store's index
lock, its index changes are made under it, and it commits outside it again (:meth:`_write`),
so that a lookup never waits for the disk.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import numpy as np

from ..errors import InvalidInputError, StoreError, StoreUnavailableError
from ..models import Entry
from .base import Selector, last_of_each
from .local_reads import Reads
from .sqlite_rows import insert_entries

T = TypeVar("T")

#: vectors a bulk load may leave waiting for a graph (lookups scan them exactly meanwhile)
_MAX_BACKLOG = 8_192
_PURGE_EVERY_S = 30.0


class Writes(Reads):
    """Puts, deletions and purges of a LocalStore (see the module docstring)."""

    _executor: ThreadPoolExecutor | None
    _write_wait_ms: int
    _max_pending_writes: int
    _pending_writes: int
    dropped_writes: int

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the writer thread."""
        if self._executor is None:
            raise StoreError(
                f"the store at {self.path} is not open; call `await store.open(...)` first "
                "(SemanticCache does this for you)."
            )
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def _write_op(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a write on the writer thread, or refuse it at once when too many are queued."""
        if self._pending_writes >= self._max_pending_writes:
            self.dropped_writes += 1
            raise StoreUnavailableError(
                f"{self._pending_writes} writes to {self.path} are already waiting (another "
                "process may hold the write lock); this one is dropped."
            )
        self._pending_writes += 1
        try:
            return await self._run(fn, *args)
        finally:
            self._pending_writes -= 1

    def _write(self, body: Callable[[], T], rows: Callable[[], None] | None = None) -> T:
        """Run ``rows`` then ``body`` in one IMMEDIATE transaction, after catching up with other
        writers.

        ``rows`` writes SQLite rows only (no index change): it runs outside the index lock, so
        lookups go on while a batch is inserted; ``body`` (index changes, eviction) runs under
        it. Waiting for the write lock and the commit happen outside the index lock too.
        """
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise StoreUnavailableError(
                f"the cache file {self.path} stayed locked by another writer for "
                f"{self._write_wait_ms} ms ({exc}); the write is dropped."
            ) from exc
        try:
            with self._lock:  # nobody else can write now: after this, only our own changes
                self._apply_changes()
            if rows is not None:
                rows()
            with self._lock:
                result = body()
                self._watermark = db.execute(
                    "SELECT coalesce(max(seq), 0) FROM changes"
                ).fetchone()[0]
            # The commit waits for the disk (and, past the WAL's safety limit, a checkpoint):
            # 100-430 ms at times during a 1M bulk load. Outside the lock, lookups go on; the
            # watermark already covers this transaction, so no reader replays it, and a reader
            # that meets the new entries in the index before the commit skips their rows.
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            with self._lock:
                self._reload_index()  # the index may hold changes that were rolled back
            raise
        return result

    async def put(self, entry: Entry, vector: np.ndarray) -> None:
        """Store (or replace) one entry in one transaction; evicts LRU entries past capacity."""
        await self._write_op(self._put_sync, entry, np.asarray(vector, dtype=np.float32))

    def _put_sync(self, entry: Entry, vector: np.ndarray) -> None:
        assert self._index is not None
        self._flush_hits()  # eviction below orders by last use
        if self._index.dims and len(vector) != self._index.dims:
            raise InvalidInputError(
                f"vector has {len(vector)} dims but this store holds {self._index.dims}-dim "
                "vectors; use the embedder the store was created with."
            )

        def body() -> None:
            self._index.add(entry.id, entry.partition, vector)  # type: ignore[union-attr]
            self._evict_over_capacity()
            if entry.created_at - self._last_purge > _PURGE_EVERY_S:
                self._purge_expired(entry.created_at)

        def rows() -> None:
            insert_entries(self._db, [entry], vector[np.newaxis])
            self._index.reserve([entry.partition])  # type: ignore[union-attr]

        self._write(body, rows)

    async def put_many(self, entries: Sequence[Entry], vectors: np.ndarray) -> None:
        """Store many entries (a bulk load): one SQLite transaction for the batch; the vectors
        are searchable at once and large partitions' graphs take them in the background (a
        partition that crosses ``ann_threshold`` is converted the same way). Waits while the
        graphs are far behind, so that memory and the exact scan of waiting vectors stay
        bounded. The same id twice in ``entries`` is written once, its last version (as puts
        one after another would leave it)."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(entries), -1)
        if self._index is not None and self._index.dims and vectors.shape[1] != self._index.dims:
            raise InvalidInputError(
                f"vectors have {vectors.shape[1]} dims but this store holds "
                f"{self._index.dims}-dim vectors; use the embedder the store was created with."
            )
        if not entries:
            return
        kept = last_of_each(entries)
        if len(kept) < len(entries):
            entries, vectors = [entries[i] for i in kept], vectors[kept]
        await self._write_op(self._put_many_sync, list(entries), vectors)
        while self._index is not None and self._index.backlog() > _MAX_BACKLOG:
            await asyncio.sleep(0.01)

    def _put_many_sync(self, entries: list[Entry], vectors: np.ndarray) -> None:
        self._flush_hits()

        def body() -> None:
            assert self._index is not None
            self._index.dims = self._index.dims or vectors.shape[1]
            self._index.add_many([entry.id for entry in entries],
                                 [entry.partition for entry in entries], vectors,
                                 background=True)  # fmt: skip
            self._evict_over_capacity()
            newest = max(entry.created_at for entry in entries)
            if newest - self._last_purge > _PURGE_EVERY_S:
                self._purge_expired(newest)

        def rows() -> None:
            insert_entries(self._db, entries, vectors)
            self._prune_changes()
            if self._index is not None:  # grow exact matrices here, not under the lock
                self._index.reserve([entry.partition for entry in entries])

        self._write(body, rows)

    async def wait_for_index(self) -> None:
        """Wait until background graph builds are done and swapped in (tests, benchmarks)."""
        await self._run(self._wait_for_index_sync)

    def _wait_for_index_sync(self) -> None:
        if self._index is not None:
            self._index.wait_for_builds()  # without the lock: lookups go on meanwhile

    async def purge_expired(self, now: float | None = None) -> None:
        """Delete expired entries now (writes also do this every 30 s)."""
        when = time.time() if now is None else now
        await self._write_op(self._write, lambda: self._purge_expired(when))

    async def delete(self, selector: Selector) -> int:
        """Remove the selected entries (every process sees it); returns how many were removed."""
        selector.require_something()
        return await self._write_op(self._write, lambda: self._delete_sync(selector))
