"""The read side of the embedded store: search with the candidates' texts, hits, inspection.

A mixin of :class:`~.local.LocalStore`; runs on the reader thread with its own connection, so
lookups never queue behind a write. A graph's candidates are re-scored with their stored
float16 vectors (read in the same query as their texts), so the similarity a caller sees is the
same exact cosine whatever the index holds in memory.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from typing import Any

import numpy as np

from ..models import Candidate, Entry, StoreStats
from .base import Selector
from .local_upkeep import Upkeep, sql_where
from .sqlite_rows import decode_vectors

log = logging.getLogger("yamabiko")

ENTRY_COLUMNS = (
    "id, partition, context_id, namespace, user, lang, prompt, response, metadata, "
    "created_at, expires_at, hits, last_hit_at"
)
#: candidates taken from a graph and re-scored with their stored vectors
_RESCORE_K = 10


class Reads(Upkeep):
    """Search, hits and inspection of a LocalStore (see the module docstring)."""

    _count_hits_after: float

    def _search_sync(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        assert self._index is not None
        with self._lock:
            self._sync()
            rescore = self._index.is_approximate(partition)
            found = self._index.search(partition, vector, max(k, _RESCORE_K) if rescore else k)
        if not found:
            return []
        marks = ",".join("?" * len(found))
        rows = self._db.execute(
            f"SELECT id, prompt, history, vector FROM entries WHERE id IN ({marks}) "
            "AND (expires_at IS NULL OR expires_at > ?)",
            [*(entry_id for entry_id, _ in found), now],
        ).fetchall()
        if rescore and rows:  # a graph's scores are approximate: use the stored vectors
            exact = decode_vectors([row[3] for row in rows], self._index.dims) @ vector
            exact = np.clip(exact, -1.0, 1.0)
            scores = {row[0]: float(s) for row, s in zip(rows, exact, strict=True)}
            found = sorted(scores.items(), key=lambda hit: -hit[1])[:k]
        texts = {entry_id: (prompt, history) for entry_id, prompt, history, _ in rows}
        return [
            Candidate(entry_id, texts[entry_id][0], score, history=texts[entry_id][1])
            for entry_id, score in found
            if entry_id in texts
        ]

    def _fetch_hit_sync(self, entry_id: str, now: float) -> Entry | None:
        db = self._db
        # Counting the hit is a write: it may wait at most 20 ms for another process's write
        # transaction; if it cannot be done, the entry is still served (read-only, uncounted),
        # and hits are not counted for the next second (no 20 ms wait per hit while locked).
        try:
            if time.monotonic() < self._count_hits_after:
                raise sqlite3.OperationalError("hit counting paused: the file was locked")
            row = db.execute(
                "UPDATE entries SET hits = hits + 1, last_hit_at = ?1, last_used = ?1 "
                "WHERE id = ?2 AND (expires_at IS NULL OR expires_at > ?1) "
                f"RETURNING {ENTRY_COLUMNS}",
                (now, entry_id),
            ).fetchone()
        except sqlite3.OperationalError as exc:
            log.debug("hit not counted (%s); serving the entry read-only", exc)
            if "paused" not in str(exc):
                self._count_hits_after = time.monotonic() + 1.0
            row = db.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries "
                "WHERE id = ?2 AND (expires_at IS NULL OR expires_at > ?1)",
                (now, entry_id),
            ).fetchone()
        return self._to_entry(row) if row else None

    def _entries_sync(self, selector: Selector, limit: int) -> list[Entry]:
        where, params = ("1", []) if selector.everything else sql_where(selector, time.time())
        rows = self._db.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE {where} ORDER BY created_at DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [self._to_entry(row) for row in rows]

    def _partitions_sync(self, selector: Selector) -> list[str]:
        where, params = ("1", []) if selector.everything else sql_where(selector, time.time())
        sql = f"SELECT DISTINCT partition FROM entries WHERE {where}"
        return [row[0] for row in self._db.execute(sql, params)]

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
