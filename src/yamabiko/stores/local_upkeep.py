"""Removing entries from the embedded store: capacity eviction (least recently used), expiry
purges, invalidation by selector. A mixin of :class:`~.local.LocalStore`, run inside the
writer's transaction (each removal is logged for other processes and leaves the index).
"""

from __future__ import annotations

import time
from typing import Any

from .base import Selector
from .local_index import IndexSync

_KEEP_CHANGES = 100_000


class Upkeep(IndexSync):
    """Eviction, expiry and deletion for a LocalStore (see the module docstring)."""

    max_entries: int | None
    max_bytes: int | None
    _last_purge: float

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
        self._prune_changes()

    def _prune_changes(self) -> None:
        """Drop all but the newest :data:`_KEEP_CHANGES` rows of the change log. A bulk load
        calls this for every batch, outside the index lock: pruned every 30 s under the lock,
        a million-entry load deleted ~100k rows at once while lookups waited."""
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

    def _delete_sync(self, selector: Selector) -> int:
        db = self._db
        if selector.everything:
            count = db.execute("SELECT entries FROM totals").fetchone()[0]
            db.execute("DELETE FROM entries")
            self._log("clear", [None])
            assert self._index is not None
            self._index.clear()
            return count
        where, params = sql_where(selector, time.time())
        ids = [r[0] for r in db.execute(f"SELECT id FROM entries WHERE {where}", params)]
        self._delete_ids(ids)
        return len(ids)


#: Each condition of a selector (:meth:`Selector.conditions`) in SQL; ``ids`` takes a mark per id.
_CONDITIONS = {
    "partition": "partition = ?",
    "context_id": "context_id = ?",
    "namespace": "namespace = ?",
    "user": "user = ?",
    "tag": "id IN (SELECT entry_id FROM tags WHERE tag = ?)",
    "created_before": "created_at <= ?",
}


def sql_where(selector: Selector, now: float) -> tuple[str, list[Any]]:
    """SQL condition and parameters for a selector (its conditions combine with AND)."""
    clauses: list[str] = []
    params: list[Any] = []
    for name, value in selector.conditions(now):
        if name == "ids":
            clauses.append(f"id IN ({','.join('?' * len(value))})")
            params.extend(value)
        else:
            clauses.append(_CONDITIONS[name])
            params.append(value)
    return " AND ".join(clauses) or "1", params
