"""Hit counts kept in memory and written in batches, so that serving a hit is a pure read.

Counting a hit used to be one SQLite write transaction per hit (an ``UPDATE ... RETURNING`` on
the reader thread): the most expensive part of an exact-repeat hit, a write lock taken per hit
by every gateway process sharing the file, and a ``data_version`` bump that made the other
processes re-check their change log on their next lookup. Now :class:`HitLog` counts hits per
entry in memory; the store's writer thread adds them to the file in one transaction
(:meth:`HitLog.rows` -> UPDATE -> :meth:`HitLog.settle`), at most every ``FLUSH_EVERY_S``
while hits arrive, and before every write, inspection and close.

A served entry still shows its own hit exactly: ``hits`` in the file plus the hits not yet
written. The store reads the row and the unwritten count under :attr:`HitLog.lock`, and commits
a flush and settles it under the same lock, so that no reader sees a hit twice or not at all.
"""

from __future__ import annotations

import threading
import time

#: while hits arrive, their counts reach the file at most this long after the hit
FLUSH_EVERY_S = 0.2


class HitLog:
    """Unwritten hit counts per entry id: ``id -> (hits, last hit time)``."""

    def __init__(self, every_s: float = FLUSH_EVERY_S) -> None:
        self.lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}
        self._every_s = every_s
        self._flushing = False
        self._last_flush = 0.0

    def record(self, entry_id: str, now: float) -> int:
        """Count one hit of ``entry_id`` (the caller holds :attr:`lock`); returns the hits of
        that entry not yet in the file, this one included."""
        hits = self._counts.get(entry_id, (0, 0.0))[0] + 1
        self._counts[entry_id] = (hits, now)
        return hits

    def merged(self, row: tuple) -> tuple:
        """An entry row ``(id, ..., hits, last_hit_at)`` read from the file, with the hits not
        yet written added (the caller holds :attr:`lock`)."""
        pending = self._counts.get(row[0])
        if pending is None:
            return row
        return (*row[:-2], row[-2] + pending[0], pending[1])

    def due(self) -> bool:
        """True (once) when a flush should be scheduled now: hits wait, none is running, and
        the last one is ``every_s`` old."""
        with self.lock:
            if self._flushing or not self._counts:
                return False
            if time.monotonic() - self._last_flush < self._every_s:
                return False
            self._flushing = True
            return True

    def rows(self) -> list[tuple[int, float, str]]:
        """The unwritten counts as ``(hits, last hit time, id)`` rows for one UPDATE."""
        with self.lock:
            self._flushing = True
            return [(hits, at, entry_id) for entry_id, (hits, at) in self._counts.items()]

    def settle(self, rows: list[tuple[int, float, str]]) -> None:
        """Forget the counts of ``rows``, now in the file (the caller holds :attr:`lock` and
        committed them under it); hits recorded since stay."""
        for hits, _, entry_id in rows:
            now_hits, at = self._counts.get(entry_id, (0, 0.0))
            if now_hits <= hits:
                self._counts.pop(entry_id, None)
            else:
                self._counts[entry_id] = (now_hits - hits, at)

    def finished(self) -> None:
        """A flush ended (written or not): the next hit may schedule another."""
        with self.lock:
            self._flushing = False
            self._last_flush = time.monotonic()
