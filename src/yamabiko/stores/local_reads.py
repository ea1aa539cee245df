"""The read side of the embedded store: search with the candidates' texts, hits, inspection.

A mixin of :class:`~.local.LocalStore`; runs on the reader thread with its own connection, so
lookups never queue behind a write. An index's candidates are ranked by the scores of its own
in-memory codes (8-bit: within about 1e-3 of the exact cosine), and rows are read only for the
candidates worth it (:func:`within_reach`: the k best and any other that can be the exact best
given the codes' error, usually k rows); those are re-scored with their stored float16
vectors (read in the same query as their texts), so the similarity a caller sees is the same
exact cosine whatever the index holds in memory. (Until session 11 every one of 10 candidates
was read from SQLite: on cold pages, most of a slow search; docs/stores.md, session 12.)
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from ..errors import StoreError
from ..models import Candidate, Entry, StoreStats
from .base import Selector
from .hitlog import HitLog
from .local_upkeep import Upkeep, sql_where
from .sqlite_rows import decode_vectors

log = logging.getLogger("yamabiko")

ENTRY_COLUMNS = (
    "id, partition, context_id, namespace, user, lang, prompt, response, metadata, "
    "created_at, expires_at, hits, last_hit_at"
)
#: candidates taken from an index before :func:`within_reach` keeps those worth reading
_RESCORE_K = 10
#: how far an index's score may be from the exact cosine (8-bit codes of the inverted file or
#: int8 graphs: about 1e-3 at most, float16 graphs less; tests/test_search_rows.py measures it)
CODE_ERROR = 0.002


def within_reach(
    found: list[tuple[str, float]], k: int, error: float = CODE_ERROR
) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Split an index's candidates (best first by approximate score) into those whose rows are
    read and the rest: the first ``k`` and every later one whose score is within ``2 * error``
    of the first's, i.e. every one that can be the exact best when each score is within
    ``error`` of its exact value. So the best candidate returned is the exact best of the
    index's candidates, and the others are the codes' next best, re-scored exactly (reading
    every one that could be exactly in the top k read 5.8 rows per search for k = 4 on
    ``bench_scale.py``'s dense 1M data, this 4.04; docs/stores.md, session 12)."""
    if len(found) <= k:
        return found, []
    floor = found[0][1] - 2 * error
    cut = k
    while cut < len(found) and found[cut][1] >= floor:
        cut += 1
    return found[:cut], found[cut:]


class ReadBatch:
    """Hit reads waiting for the reader thread. Reads that arrive while a batch runs go to the
    thread together: one hand-off and one wake-up of the event loop per batch instead of one
    per read (at 64 concurrent exact-repeat hits a batch holds several reads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.items: list[tuple[Callable[..., Any], tuple[Any, ...], asyncio.Future[Any]]] = []
        self.running = False

    def add(self, fn: Callable[..., Any], args: tuple[Any, ...], future: Any) -> bool:
        """Queue one read; True when no batch is running (the caller starts :meth:`drain`)."""
        with self.lock:
            self.items.append((fn, args, future))
            start, self.running = not self.running, True
        return start

    def drain(self) -> None:
        """Run the queued reads until none is left (on the reader thread), settling each
        batch's futures in one callback per event loop. The thread decides whether it goes
        on before it wakes the loop, so that after the wake-up it holds the GIL no longer
        than the executor's own bookkeeping."""
        with self.lock:
            items, self.items = self.items, []
            if not items:
                self.running = False
        while items:
            done: dict[asyncio.AbstractEventLoop, list[Any]] = {}
            for fn, args, future in items:
                try:
                    result = (future, fn(*args), None)
                except Exception as exc:
                    result = (future, None, exc)
                done.setdefault(future.get_loop(), []).append(result)
            with self.lock:  # reads that came meanwhile are the next batch
                items, self.items = self.items, []
                if not items:
                    self.running = False
            for loop, results in done.items():
                with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits
                    loop.call_soon_threadsafe(_settle, results)

    def fail(self, exc: BaseException) -> None:
        """The reader thread is gone: fail every queued read (on the loop's thread)."""
        with self.lock:
            items, self.items, self.running = self.items, [], False
        _settle([(future, None, exc) for _, _, future in items])


def _settle(done: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    for future, value, exc in done:
        if future.done():  # cancelled meanwhile (a lookup budget ran out)
            continue
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(value)


class Reads(Upkeep):
    """Search, hits and inspection of a LocalStore (see the module docstring)."""

    _hits: HitLog
    _executor: ThreadPoolExecutor | None
    _reader: ThreadPoolExecutor | None
    _conn: sqlite3.Connection | None
    #: read connections of threads that called :meth:`search_here` (since the last open)
    _here: list[sqlite3.Connection]
    path: Any

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
        spare: list[tuple[str, float]] = []
        if rescore:  # read only the rows that can be in the top k
            found, spare = within_reach(found, k)
        rows = self._rows(found, now)
        if spare and len(rows) < k:  # expired or deleted among them: read the next ones
            found, rows = found + spare, rows + self._rows(spare, now)
        if rescore and rows:  # an index's scores are approximate: use the stored vectors
            exact = decode_vectors([row[3] for row in rows], self._index.dims) @ vector
            exact = np.clip(exact, -1.0, 1.0)
            scores = {row[0]: float(s) for row, s in zip(rows, exact, strict=True)}
            found = sorted(scores.items(), key=lambda hit: -hit[1])[:k]
        texts = {row[0]: row for row in rows}  # id, prompt, history, vector, analysis
        out = []
        for entry_id, score in found:
            row = texts.get(entry_id)
            if row is not None:
                out.append(Candidate(entry_id, row[1], score, history=row[2], analysis=row[4]))
        return out

    def _rows(self, found: list[tuple[str, float]], now: float) -> list[Any]:
        """(id, prompt, history, vector, analysis) of the unexpired entries among ``found``."""
        marks = ",".join("?" * len(found))
        return self._db.execute(
            f"SELECT id, prompt, history, vector, analysis FROM entries WHERE id IN ({marks}) "
            "AND (expires_at IS NULL OR expires_at > ?)",
            [*(entry_id for entry_id, _ in found), now],
        ).fetchall()

    def search_here(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """:meth:`search` on the calling thread, for a caller already on a worker thread (the
        embedder's, right after the model: no hand-off to the reader thread and back). The
        thread gets a read connection of its own on first use; :meth:`close` closes them."""
        if self._reader is None:
            raise StoreError(f"the store at {self.path} is not open.")
        if getattr(self._tls, "here", None) is not self._here:  # first use since this open
            self._open_reader_sync()
            self._tls.here = self._here
            with self._lock:
                self._here.append(self._tls.conn)
        return self._search_sync(vector, partition, k, now)

    def _close_here(self) -> None:
        """Close the read connections :meth:`search_here` opened (from any thread)."""
        with self._lock:
            connections, self._here = self._here, []
        for conn in connections:
            conn.close()

    @functools.cached_property
    def _batch(self) -> ReadBatch:
        return ReadBatch()

    async def _read_batched(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` on the reader thread, as ``_read``, batched with the reads that arrive
        while one runs (:class:`ReadBatch`): no concurrent.futures future per read."""
        reader = self._reader
        if reader is None:
            return await self._read(fn, *args)  # the store is closed or closing
        future = asyncio.get_running_loop().create_future()
        batch = self._batch
        if batch.add(fn, args, future):
            try:
                reader.submit(batch.drain)
            except RuntimeError:  # shutting down
                batch.fail(StoreError(f"the store at {self.path} is closing."))
        return await future

    def _fetch_hit_sync(self, entry_id: str, now: float) -> Entry | None:
        # A read only: the hit is counted in memory and written later by the writer thread
        # (never a write lock per hit, see hitlog.py); the entry shows its own hit already.
        with self._hits.lock:
            row = self._db.execute(
                f"SELECT {ENTRY_COLUMNS} FROM entries "
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

    def _entries_sync(self, selector: Selector, limit: int) -> list[Entry]:
        where, params = ("1", []) if selector.everything else sql_where(selector, time.time())
        rows = self._db.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE {where} ORDER BY created_at DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        with self._hits.lock:
            rows = [self._hits.merged(row) for row in rows]
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
