"""The embedded store's in-memory index kept in step with its SQLite file.

Loading at open (from the saved graphs when they are usable, else from every row), saving the
graphs, and replaying the ``changes`` log that every process appends to, so that processes
sharing one file see each other's writes. A mixin of :class:`~.local.LocalStore`: it runs on
the store's worker threads, under the store's index lock.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .sqlite_rows import decode_vectors
from .vector_index import SidecarError, VectorIndex

log = logging.getLogger("yamabiko")


class IndexSync:
    """Loads, saves and replays the index of a LocalStore (see the module docstring)."""

    path: Path
    _index: VectorIndex | None
    _watermark: int
    _saved_watermark: int
    _lock: threading.RLock
    _tls: threading.local

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

    def _log(self, op: str, ids: Iterable[str | None]) -> None:
        self._db.executemany(
            "INSERT INTO changes (op, entry_id) VALUES (?, ?)", [(op, i) for i in ids]
        )
