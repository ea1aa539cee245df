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
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..errors import (
    ConfigError,
    EmbedderMismatchError,
    InvalidInputError,
    StoreError,
    StoreUnavailableError,
)
from ..models import Candidate, Entry, Evidence, StoreStats
from . import evidence as evidence_rows
from .base import Selector
from .hitlog import HitLog
from .sqlite_rows import decode_vectors, insert_entries
from .vector_index import SidecarError, VectorIndex

T = TypeVar("T")
log = logging.getLogger("yamabiko")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY,
    partition TEXT NOT NULL,
    context_id TEXT NOT NULL,
    namespace TEXT NOT NULL,
    user TEXT,
    lang TEXT,
    prompt TEXT NOT NULL,
    response TEXT NOT NULL,
    metadata TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL,
    hits INTEGER NOT NULL DEFAULT 0,
    last_hit_at REAL,
    last_used REAL NOT NULL,
    size INTEGER NOT NULL,
    vector BLOB NOT NULL,
    history TEXT
);
CREATE INDEX IF NOT EXISTS entries_partition ON entries(partition);
CREATE INDEX IF NOT EXISTS entries_context ON entries(context_id);
CREATE INDEX IF NOT EXISTS entries_namespace ON entries(namespace);
CREATE INDEX IF NOT EXISTS entries_user ON entries(user);
CREATE INDEX IF NOT EXISTS entries_expires ON entries(expires_at);
CREATE INDEX IF NOT EXISTS entries_last_used ON entries(last_used);
CREATE INDEX IF NOT EXISTS entries_created ON entries(created_at);
CREATE TABLE IF NOT EXISTS tags (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, entry_id)
);
CREATE INDEX IF NOT EXISTS tags_entry ON tags(entry_id);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL,
    entry_id TEXT
);
CREATE TABLE IF NOT EXISTS totals (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    entries INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    evictions INTEGER NOT NULL,
    expired INTEGER NOT NULL
);
INSERT OR IGNORE INTO totals VALUES (1, 0, 0, 0, 0);
CREATE TRIGGER IF NOT EXISTS entries_added AFTER INSERT ON entries BEGIN
    UPDATE totals SET entries = entries + 1, bytes = bytes + NEW.size;
END;
CREATE TRIGGER IF NOT EXISTS entries_removed AFTER DELETE ON entries BEGIN
    UPDATE totals SET entries = entries - 1, bytes = bytes - OLD.size;
END;
"""

_ENTRY_COLUMNS = (
    "id, partition, context_id, namespace, user, lang, prompt, response, metadata, "
    "created_at, expires_at, hits, last_hit_at"
)
_KEEP_CHANGES = 100_000
#: vectors added to the index per worker-thread job in put_many (lookups run in between)
_INDEX_CHUNK = 64
#: changes a background graph build may lag behind before put_many waits for it
_MAX_BUILD_BACKLOG = 50_000
_PURGE_EVERY_S = 30.0


_WRITE_WAIT_S = 5.0  # default: how long a write waits for another process's write transaction
_READ_WAIT_MS = 20  # a read (never a write) on the reader's own connection
_MAX_PENDING_WRITES = 256
_SAFETY_CHECKPOINT_PAGES = 20_000  # ~80 MB of WAL if the background checkpointer lags
_CHECKPOINT_EVERY_S = 0.5


class _Checkpointer:
    """A daemon thread with its own connection that checkpoints the WAL twice a second.

    PASSIVE checkpoints never block the writer or readers; they move committed pages into the
    main file so that puts do not pay for it.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="yamabiko-wal", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=1.0, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            while not self._stop.wait(_CHECKPOINT_EVERY_S):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error as exc:  # busy or gone: the next round tries again
                    log.debug("background WAL checkpoint skipped: %s", exc)
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def default_path() -> Path:
    """``<user cache dir>/yamabiko/cache.sqlite3`` (e.g. ``~/.cache/yamabiko/`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yamabiko")) / "cache.sqlite3"


class LocalStore:
    """SQLite-backed store with an in-memory index; see the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        max_entries: int | None = None,
        max_bytes: int | None = None,
        durable: bool = False,
        ann_threshold: int = 10_000,  # exact scan beats HNSW below ~9k (bench_switch.py)
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
        self._ann_threshold = ann_threshold
        self._write_wait_ms = round(write_wait * 1000)
        self._max_pending_writes = max_pending_writes
        self._pending_writes = 0
        self._hits = HitLog()  # hits served, not yet written to the file
        self.dropped_writes = 0  # puts refused because the write queue was full
        self._conn: sqlite3.Connection | None = None  # the writer's connection
        self._tls = threading.local()  # each worker thread's connection and data_version
        self._lock = threading.RLock()  # guards the index and the watermark
        self._reader: ThreadPoolExecutor | None = None
        self._index: VectorIndex | None = None
        self._watermark = 0
        self._saved_watermark = -1
        self._last_purge = 0.0
        self._executor: ThreadPoolExecutor | None = None
        self._checkpointer: _Checkpointer | None = None

    # -- plumbing --------------------------------------------------------------------------

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the writer thread."""
        if self._executor is None:
            raise StoreError(
                f"the store at {self.path} is not open; call `await store.open(...)` first "
                "(SemanticCache does this for you)."
            )
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def _read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the reader thread (never queued behind a write)."""
        if self._reader is None:
            return await self._run(fn, *args)  # raises "not open"
        return await asyncio.get_running_loop().run_in_executor(self._reader, fn, *args)

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

    @property
    def _db(self) -> sqlite3.Connection:
        conn = getattr(self._tls, "conn", None)
        assert conn is not None, "no connection on this thread"
        return conn

    @property
    def _data_version(self) -> int:
        return getattr(self._tls, "data_version", -1)

    @_data_version.setter
    def _data_version(self, value: int) -> None:
        self._tls.data_version = value

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
        _make_parent(self.path)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=self._write_wait_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA synchronous={'FULL' if self._durable else 'NORMAL'}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(_SCHEMA + evidence_rows.SQLITE_SCHEMA)
            columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
            if "history" not in columns:  # a file from before conversation records
                conn.execute("ALTER TABLE entries ADD COLUMN history TEXT")
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
                self._check_embedder(meta.get("embedder"), stored_dims, embedder_name, dims)
                stored_dims = dims
            self._index = VectorIndex(stored_dims or 0, ann_threshold=self._ann_threshold)
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
        conn.execute(f"PRAGMA wal_autocheckpoint={_SAFETY_CHECKPOINT_PAGES}")
        self._checkpointer = _Checkpointer(self.path)

    def _check_embedder(
        self, stored: str | None, stored_dims: int | None, name: str, dims: int | None
    ) -> None:
        if stored in (None, name) and stored_dims in (None, dims):
            if stored is None:
                with self._db:
                    self._db.execute("BEGIN IMMEDIATE")
                    self._db.executemany(
                        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                        [("embedder", name), ("dims", str(dims)), ("schema", "1")],
                    )
            return
        count = self._db.execute("SELECT entries FROM totals").fetchone()[0]
        if count == 0:  # an empty store adopts the new embedder
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("embedder", name), ("dims", str(dims))],
                )
            return
        raise EmbedderMismatchError(
            f"the cache file {self.path} holds {count} entries embedded by {stored!r} "
            f"({stored_dims} dims), but this cache uses {name!r} ({dims} dims); vectors of two "
            "models cannot be compared. Use another file (path=... or YAMABIKO_PATH), or empty "
            f"this one first: `yamabiko invalidate --all --path {self.path}`."
        )

    def _reload_index(self, *, use_sidecar: bool = False) -> None:
        """Rebuild the in-memory index from the file, from one consistent snapshot.

        With ``use_sidecar`` (on open), large partitions' graphs are loaded from the sidecar
        directory saved by ``close`` and only the changes logged after it are replayed; a
        missing, stale or damaged sidecar falls back to reading every vector from the file.
        """
        assert self._index is not None
        db = self._db
        own_snapshot = not db.in_transaction
        if own_snapshot:
            self._data_version = db.execute("PRAGMA data_version").fetchone()[0]
            db.execute("BEGIN")
        try:
            self._index.clear()
            if not (use_sidecar and self._load_sidecar()):
                self._index.clear()
                self._watermark = db.execute(
                    "SELECT coalesce(max(seq), 0) FROM changes"
                ).fetchone()[0]
                self._load_rows("SELECT id, partition, vector FROM entries", ())
                if use_sidecar and self._index.ann_partitions():
                    self._save_sidecar()  # the next open of this big store is fast
        finally:
            if own_snapshot:
                db.execute("COMMIT")

    def _load_rows(self, sql: str, params: tuple[Any, ...]) -> None:
        assert self._index is not None
        cursor = self._db.execute(sql, params)
        while rows := cursor.fetchmany(10_000):
            ids, partitions, blobs = zip(*rows, strict=True)
            vectors = decode_vectors(blobs, self._index.dims)
            self._index.dims = vectors.shape[1]
            self._index.add_many(ids, partitions, vectors)

    @property
    def _sidecar_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".index")

    def _load_sidecar(self) -> bool:
        """Load saved graphs, read small partitions, replay newer changes; False if unusable."""
        assert self._index is not None
        db = self._db
        if self._index.dims == 0 or not self._sidecar_dir.exists():
            return False
        try:
            watermark, loaded = self._index.load(self._sidecar_dir)
        except SidecarError as exc:
            log.warning("rebuilding the index of %s: %s", self.path, exc)
            return False
        newest, oldest = db.execute(
            "SELECT coalesce(max(seq), 0), min(seq) FROM changes"
        ).fetchone()
        missed = newest > watermark and oldest is not None and oldest > watermark + 1
        if watermark > newest or missed:
            log.warning("rebuilding the index of %s: its saved index is stale", self.path)
            return False
        counts = dict(db.execute("SELECT partition, count(*) FROM entries GROUP BY partition"))
        skip = set(loaded)
        for partition in counts:
            if partition not in skip:
                self._load_rows(
                    "SELECT id, partition, vector FROM entries WHERE partition = ?", (partition,)
                )
        self._watermark = self._saved_watermark = watermark
        self._apply_changes()
        for partition in loaded:
            if self._index.partition_size(partition) != counts.get(partition, 0):
                log.warning("rebuilding the index of %s: saved index disagrees", self.path)
                return False
        return True

    def _save_sidecar(self) -> None:
        """Save large partitions' graphs next to the file (never fails the caller)."""
        if self._index is None:
            return
        if not self._index.ann_partitions() and not self._sidecar_dir.exists():
            return
        try:
            self._index.save(self._sidecar_dir, self._watermark)
            self._saved_watermark = self._watermark
        except Exception as exc:  # a failed save only costs a rebuild on the next open
            log.warning("could not save the index of %s: %s", self.path, exc)

    def _index_add(self, entry_id: str, partition: str, blob: bytes) -> None:
        assert self._index is not None
        vector = decode_vectors([blob], self._index.dims)[0]
        if self._index.dims == 0:
            self._index.dims = len(vector)
        self._index.add(entry_id, partition, vector)

    async def close(self) -> None:
        if self._executor is None:
            return
        if self._reader is not None:
            await self._read(self._close_reader_sync)
            self._reader.shutdown(wait=True)
            self._reader = None
        await self._run(self._close_sync)
        self._executor.shutdown(wait=True)
        self._executor = None

    def _close_sync(self) -> None:
        self._flush_hits()
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        if self._index is not None:
            self._wait_for_index_sync()  # the saved sidecar holds the finished graphs
        if self._conn is not None and self._watermark != self._saved_watermark:
            self._save_sidecar()
        if self._conn is not None:
            self._conn.close()
            self._conn = self._tls.conn = None

    # -- multi-process sync ----------------------------------------------------------------

    def _sync(self) -> None:
        """Replay other processes' changes if the file changed since we last looked."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return
        self._data_version = version
        self._apply_changes()

    def _apply_changes(self) -> None:
        assert self._index is not None
        oldest = self._db.execute("SELECT min(seq) FROM changes").fetchone()[0]
        if oldest is not None and oldest > self._watermark + 1:
            self._reload_index()  # we fell behind the pruned log: start over
            return
        rows = self._db.execute(
            "SELECT seq, op, entry_id FROM changes WHERE seq > ? ORDER BY seq", (self._watermark,)
        ).fetchall()
        for seq, op, entry_id in rows:
            if op == "clear":
                self._index.clear()
            elif op == "del":
                self._index.remove(entry_id)
            elif op == "put":
                row = self._db.execute(
                    "SELECT partition, vector FROM entries WHERE id = ?", (entry_id,)
                ).fetchone()
                if row is not None:
                    self._index_add(entry_id, row[0], row[1])
            self._watermark = seq

    def _write(self, body: Callable[[], T]) -> T:
        """Run ``body`` in one IMMEDIATE transaction, after catching up with other writers.

        Waiting for the write lock happens outside the index lock, so lookups go on meanwhile.
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
        with self._lock:
            try:
                self._apply_changes()
                result = body()
                watermark = db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                self._reload_index()  # the index may hold changes that were rolled back
                raise
            self._watermark = watermark
        return result

    def _log(self, op: str, ids: Iterable[str | None]) -> None:
        self._db.executemany(
            "INSERT INTO changes (op, entry_id) VALUES (?, ?)", [(op, i) for i in ids]
        )

    # -- search and hits -------------------------------------------------------------------

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        return await self._read(self._search_sync, vector, partition, k, now)

    def _search_sync(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        assert self._index is not None
        with self._lock:
            self._sync()
            found = self._index.search(partition, vector, k)
        if not found:
            return []
        marks = ",".join("?" * len(found))
        rows = self._db.execute(
            f"SELECT id, prompt, history FROM entries WHERE id IN ({marks}) "
            "AND (expires_at IS NULL OR expires_at > ?)",
            [*(entry_id for entry_id, _ in found), now],
        ).fetchall()
        texts = {entry_id: (prompt, history) for entry_id, prompt, history in rows}
        return [
            Candidate(entry_id, texts[entry_id][0], score, history=texts[entry_id][1])
            for entry_id, score in found
            if entry_id in texts
        ]

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        return await self._read(self._fetch_hit_sync, entry_id, now)

    def _fetch_hit_sync(self, entry_id: str, now: float) -> Entry | None:
        # A read only: the hit is counted in memory and written later by the writer thread
        # (never a write lock per hit, see hitlog.py); the entry shows its own hit already.
        with self._hits.lock:
            row = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries "
                "WHERE id = ?2 AND (expires_at IS NULL OR expires_at > ?1)",
                (now, entry_id),
            ).fetchone()
            if row is None:
                return None
            row = (*row[:-2], row[-2] + self._hits.record(entry_id, now), now)
        executor = self._executor
        if executor is not None and self._hits.due():
            try:
                executor.submit(self._flush_hits)
            except RuntimeError:  # shutting down: close() writes them
                self._hits.finished()
        return self._to_entry(row)

    def _flush_hits(self) -> None:
        """Write the hits counted since the last flush (on the writer thread), in one
        transaction; if the file is locked they stay counted for the next flush."""
        rows = self._hits.rows()
        try:
            if not rows or self._conn is None:
                return
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany(
                    "UPDATE entries SET hits = hits + ?1, "
                    "last_hit_at = max(coalesce(last_hit_at, 0), ?2), "
                    "last_used = max(last_used, ?2) WHERE id = ?3",
                    rows,
                )
                with self._hits.lock:  # readers see the counts in the file or in memory
                    db.execute("COMMIT")
                    self._hits.settle(rows)
            except BaseException:
                db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.debug("hit counts not written yet (%s); kept for the next write", exc)
        finally:
            self._hits.finished()

    # -- writes ----------------------------------------------------------------------------

    async def put(self, entry: Entry, vector: np.ndarray) -> None:
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
            insert_entries(self._db, [entry], vector[np.newaxis])
            self._index.add(entry.id, entry.partition, vector)  # type: ignore[union-attr]
            self._evict_over_capacity()
            if entry.created_at - self._last_purge > _PURGE_EVERY_S:
                self._purge_expired(entry.created_at)

        self._write(body)

    async def put_many(self, entries: Sequence[Entry], vectors: np.ndarray) -> None:
        """Store many entries (a bulk load): one SQLite transaction for the batch, then the
        index grows in chunks, so that lookups run between chunks instead of waiting for the
        whole batch; a partition that crosses ``ann_threshold`` gets its graph built in the
        background. Waits while background builds are far behind (memory stays bounded)."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(entries), -1)
        if self._index is not None and self._index.dims and vectors.shape[1] != self._index.dims:
            raise InvalidInputError(
                f"vectors have {vectors.shape[1]} dims but this store holds "
                f"{self._index.dims}-dim vectors; use the embedder the store was created with."
            )
        if not entries:
            return
        await self._write_op(self._put_many_sync, list(entries), vectors)
        ids = [entry.id for entry in entries]
        partitions = [entry.partition for entry in entries]
        for start in range(0, len(entries), _INDEX_CHUNK):
            end = start + _INDEX_CHUNK
            await self._run(self._index_chunk, ids[start:end], partitions[start:end],
                            vectors[start:end])  # fmt: skip
        while await self._run(self._index_backlog) > _MAX_BUILD_BACKLOG:
            await asyncio.sleep(0.05)

    def _put_many_sync(self, entries: list[Entry], vectors: np.ndarray) -> None:
        self._flush_hits()
        def body() -> None:
            insert_entries(self._db, entries, vectors)
            self._evict_over_capacity()
            newest = max(entry.created_at for entry in entries)
            if newest - self._last_purge > _PURGE_EVERY_S:
                self._purge_expired(newest)

        self._write(body)

    def _index_chunk(self, ids: list[str], partitions: list[str], vectors: np.ndarray) -> None:
        present = self._db.execute(  # evicted, expired or replaced within the batch: skip
            f"SELECT id FROM entries WHERE id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        keep = {row[0] for row in present}
        rows = [i for i, entry_id in enumerate(ids) if entry_id in keep]
        if not rows:
            return
        with self._lock:
            assert self._index is not None
            if self._index.dims == 0:
                self._index.dims = vectors.shape[1]
            self._index.add_many([ids[i] for i in rows], [partitions[i] for i in rows],
                                 vectors[rows], background=True)  # fmt: skip

    def _index_backlog(self) -> int:
        with self._lock:
            assert self._index is not None
            return self._index.backlog()

    async def wait_for_index(self) -> None:
        """Wait until background graph builds are done and swapped in (tests, benchmarks)."""
        await self._run(self._wait_for_index_sync)

    def _wait_for_index_sync(self) -> None:
        if self._index is not None:
            self._index.join_builds()  # without the lock: lookups go on meanwhile
        with self._lock:
            if self._index is not None:
                self._index.wait_for_builds()

    def _evict_over_capacity(self) -> None:
        db = self._db
        entries, size = db.execute("SELECT entries, bytes FROM totals").fetchone()
        excess = 0
        if self.max_entries is not None and entries > self.max_entries:
            excess = entries - self.max_entries
        if self.max_bytes is not None and size > self.max_bytes:
            # Walk least-recently-used rows until enough bytes are freed.
            freed, count = 0, 0
            for (row_size,) in db.execute("SELECT size FROM entries ORDER BY last_used"):
                if size - freed <= self.max_bytes:
                    break
                freed += row_size
                count += 1
            excess = max(excess, count)
        if excess:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM entries ORDER BY last_used LIMIT ?", (excess,)
                ).fetchall()
            ]
            self._delete_ids(ids)
            db.execute("UPDATE totals SET evictions = evictions + ?", (len(ids),))

    def _purge_expired(self, now: float) -> None:
        self._last_purge = now
        ids = [
            r[0]
            for r in self._db.execute(
                "SELECT id FROM entries WHERE expires_at IS NOT NULL AND expires_at <= ?", (now,)
            ).fetchall()
        ]
        if ids:
            self._delete_ids(ids)
            self._db.execute("UPDATE totals SET expired = expired + ?", (len(ids),))
        self._db.execute(
            "DELETE FROM changes WHERE seq < (SELECT max(seq) FROM changes) - ?", (_KEEP_CHANGES,)
        )

    def _delete_ids(self, ids: list[str]) -> None:
        assert self._index is not None
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            self._db.execute(f"DELETE FROM entries WHERE id IN ({marks})", chunk)
        self._log("del", ids)
        for entry_id in ids:
            self._index.remove(entry_id)

    async def purge_expired(self, now: float | None = None) -> None:
        """Delete expired entries now (writes also do this every 30 s)."""
        when = time.time() if now is None else now
        await self._write_op(self._write, lambda: self._purge_expired(when))

    async def delete(self, selector: Selector) -> int:
        if selector.is_empty():
            raise InvalidInputError(
                "invalidate() needs something to select (id, context, namespace, user, tag, "
                "older_than) or everything=True; an empty selector removes nothing on purpose."
            )
        return await self._write_op(self._write, lambda: self._delete_sync(selector))

    def _delete_sync(self, selector: Selector) -> int:
        db = self._db
        if selector.everything:
            count = db.execute("SELECT entries FROM totals").fetchone()[0]
            db.execute("DELETE FROM entries")
            self._log("clear", [None])
            assert self._index is not None
            self._index.clear()
            return count
        where, params = _where(selector, time.time())
        ids = [r[0] for r in db.execute(f"SELECT id FROM entries WHERE {where}", params)]
        self._delete_ids(ids)
        return len(ids)

    # -- evidence (learned thresholds) ------------------------------------------------------

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        return await self._write_op(lambda: evidence_rows.sqlite_add(self._db, entry_id, evidence))

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        ids = list(entry_ids)
        return await self._read(lambda: evidence_rows.sqlite_read(self._db, ids))

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        return await self._read(self._entries_sync, selector, limit)

    def _entries_sync(self, selector: Selector, limit: int) -> list[Entry]:
        where, params = ("1", []) if selector.everything else _where(selector, time.time())
        rows = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE {where} ORDER BY created_at DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        with self._hits.lock:
            rows = [self._hits.merged(row) for row in rows]
        return [self._to_entry(row) for row in rows]

    async def partitions(self, selector: Selector) -> list[str]:
        return await self._run(self._partitions_sync, selector)

    def _partitions_sync(self, selector: Selector) -> list[str]:
        where, params = ("1", []) if selector.everything else _where(selector, time.time())
        sql = f"SELECT DISTINCT partition FROM entries WHERE {where}"
        return [row[0] for row in self._db.execute(sql, params)]

    async def stats(self) -> StoreStats:
        return await self._read(self._stats_sync)

    def _stats_sync(self) -> StoreStats:
        entries, size, evictions, expired = self._db.execute(
            "SELECT entries, bytes, evictions, expired FROM totals"
        ).fetchone()
        return StoreStats(entries=entries, bytes=size, evictions=evictions, expired=expired)

    def _to_entry(self, row: tuple[Any, ...]) -> Entry:
        (entry_id, partition, context_id, namespace, user, lang, prompt, response, metadata,
         created_at, expires_at, hits, last_hit_at) = row  # fmt: skip
        tags = tuple(
            r[0]
            for r in self._db.execute(
                "SELECT tag FROM tags WHERE entry_id = ? ORDER BY tag", (entry_id,)
            )
        )
        return Entry(
            id=entry_id, partition=partition, context_id=context_id, namespace=namespace,
            user=user, lang=lang, prompt=prompt, response=response, created_at=created_at,
            expires_at=expires_at, tags=tags, metadata=json.loads(metadata), hits=hits,
            last_hit_at=last_hit_at,
        )  # fmt: skip


def _where(selector: Selector, now: float) -> tuple[str, list[Any]]:
    """SQL condition and parameters for a selector (fields combine with AND)."""
    clauses: list[str] = []
    params: list[Any] = []
    if selector.ids:
        clauses.append(f"id IN ({','.join('?' * len(selector.ids))})")
        params.extend(selector.ids)
    for column in ("partition", "context_id", "namespace", "user"):
        value = getattr(selector, column)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if selector.tag is not None:
        clauses.append("id IN (SELECT entry_id FROM tags WHERE tag = ?)")
        params.append(selector.tag)
    if selector.older_than is not None:
        clauses.append("created_at <= ?")
        params.append(now - selector.older_than)
    return " AND ".join(clauses) or "1", params


def _make_parent(path: Path) -> None:
    """Create the cache file's directory; a path through a file (or one that cannot be
    created) is a ConfigError that names the culprit."""
    for parent in (path, *path.parents):
        if parent.exists() and not parent.is_dir() and parent != path:
            raise ConfigError(
                f"the cache path {path} cannot be used: {parent} is a file, not a directory; "
                "choose a path in a directory (--path, YAMABIKO_PATH or cache.path)."
            )
    if path.is_dir():
        raise ConfigError(
            f"the cache path {path} is a directory; give a file name inside it, e.g. "
            f"{path / 'cache.sqlite3'}."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"cannot create the directory {path.parent} for the cache file: {exc.strerror}; "
            "choose a writable path (--path, YAMABIKO_PATH or cache.path)."
        ) from exc
