"""Bulk loading: many prompt/response pairs into a cache, fast (``yamabiko warm``).

Rows go in batches: each batch is checked by the cache's own admission rules (policy,
sensitive data, size), its prompts are embedded in one call, and it is written with the
store's ``put_many`` (one transaction per batch on the embedded store) when the store has one,
else entry by entry. Embedding the next batch overlaps with writing the previous one. With the
cache's question focus on, a prompt with a preamble also gets its focus record
(:mod:`yamabiko.focus_search`), embedded with its batch's other focuses in one call.

Each entry keeps the guard's analysis of its prompt, as ``cache.store`` writes it
(:meth:`~yamabiko.cache.writes.Writes.stored_analyses`, one worker thread per batch while the
batch is embedded), so that a loaded entry costs a later check what a stored one costs.

A prompt met again in the same context (the same entry id: the same partition and the same
prompt, NFC) replaces the earlier row, as a second ``cache.store`` of it would: the last
admitted row wins, within a batch or across batches, and counts in ``BulkResult.repeated``,
not ``stored``. To count a repeat across batches the load keeps the ids it has met as 64-bit
digests (:class:`~yamabiko.bulk_seen.SeenIds`: 12 to 15 bytes a prompt, against ~120 for the
id strings in a set before session 31); ``count_repeats=False`` keeps nothing past a batch (a
repeat in a later batch still replaces its row, counted as stored).

A row that is not an object with a ``prompt`` and a ``response``, or whose fields are invalid,
is a problem (row number, message) and the load goes on; a row the policy refuses (too long,
too large, sensitive data ...) is counted by reason, its first row numbers kept. A failure of
the store or the embedder stops the load: :class:`BulkLoadStopped` carries what was done
before (the rows stored) and the first row that may not be stored.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .bulk_seen import SeenIds
from .errors import (
    BulkLoadStopped,
    EmbedderError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    YamabikoError,
)
from .focus import question_focus
from .focus_search import focus_record
from .partition import entry_id
from .request import check_text
from .storegate import store_errors

__all__ = ["DEFAULT_BATCH", "SKIPPED_EXAMPLES", "BulkLoadStopped", "BulkResult", "store_many"]

DEFAULT_BATCH = 256
#: row numbers kept per reason of refusal (``BulkResult.skipped_rows``)
SKIPPED_EXAMPLES = 5


@dataclass
class BulkResult:
    """What a bulk load did: stored entries, refusals by reason (and the numbers of their first
    :data:`SKIPPED_EXAMPLES` rows), bad rows (row number, message), rows whose prompt an
    earlier row of the load already had in the same context (``repeated``: each replaced the
    entry that row wrote, the last row's answer is kept). Row numbers count from 0 in the order
    the rows were given."""

    stored: int = 0
    repeated: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_rows: dict[str, list[int]] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Entries stored per second."""
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def skip(self, number: int, label: str) -> None:
        """Count row ``number`` as refused for ``label`` (a reason's label)."""
        self.skipped[label] = self.skipped.get(label, 0) + 1
        rows = self.skipped_rows.setdefault(label, [])
        if len(rows) < SKIPPED_EXAMPLES:
            rows.append(number)


@dataclass
class _Kept:
    """An admitted row: its number, its request and answer, and whether no earlier batch had
    its entry id (``new``: it counts as stored once written)."""

    number: int
    request: Any
    response: str
    new: bool = True


async def store_many(
    cache: Any,
    rows: Iterable[Any],
    *,
    default_context: Mapping[str, Any] | None = None,
    default_ttl: float | None = None,
    route: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
    count_repeats: bool = True,
) -> BulkResult:
    """Store rows ``{"prompt", "response", "context"?, "ttl"?, "tags"?}`` in ``cache`` (an
    :class:`~yamabiko.AsyncSemanticCache`); ``route`` as for ``cache.store``; ``progress(n)``
    is called after each batch is written with the number of rows it held (every row read:
    stored, repeated, refused or bad); ``count_repeats=False``: see the module docstring.
    Raises :class:`BulkLoadStopped` when the store or the embedder fails."""
    if batch_size < 1:
        raise InvalidInputError(f"batch_size is {batch_size!r}; it must be at least 1.")
    options = {"context": default_context, "ttl": default_ttl, "route": route}
    result = BulkResult()
    started = time.perf_counter()
    await cache.open()
    load = _Load(cache, result, options, progress, SeenIds() if count_repeats else None)
    try:
        batch: list[tuple[int, Any]] = []
        for number, row in enumerate(rows):
            batch.append((number, row))
            if len(batch) >= batch_size:
                await load.next_batch(batch)
                batch = []
        if batch:
            await load.next_batch(batch)
        await load.written()
    finally:
        result.seconds = time.perf_counter() - started
    return result


class _Load:
    """One ``store_many`` call: admits, embeds and analyses a batch while the previous one is
    written."""

    def __init__(
        self,
        cache: Any,
        result: BulkResult,
        options: Mapping[str, Any],
        progress: Callable[[int], None] | None,
        seen: SeenIds | None,
    ) -> None:
        self.cache = cache
        self.result = result
        self.options = options
        self.progress = progress
        self.seen = seen
        self.writing: asyncio.Task[None] | None = None
        self.writing_from = 0  # the first row number of the batch being written

    async def next_batch(self, batch: list[tuple[int, Any]]) -> None:
        """Admit, embed and analyse ``batch`` (while the previous batch is written), then start
        its write."""
        kept = _admitted(self.cache, batch, self.result, self.options, self.seen)
        first = batch[0][0]
        try:
            vectors, entries = await self._embedded(kept)
        except EmbedderError as exc:
            await self.written()  # the previous batch's failure, if any, comes first
            raise self._stopped(exc, first) from exc
        await self.written()
        self.writing_from = first
        self.writing = asyncio.create_task(self._write(entries, vectors, kept, len(batch)))

    async def written(self) -> None:
        """Wait for the batch being written; :class:`BulkLoadStopped` when its write failed."""
        writing, self.writing = self.writing, None
        if writing is None:
            return
        try:
            await writing
        except StoreError as exc:
            raise self._stopped(exc, self.writing_from) from exc

    def _stopped(self, exc: YamabikoError, resume_at: int) -> BulkLoadStopped:
        what = "store" if isinstance(exc, StoreError) else "embedder"
        return BulkLoadStopped(
            f"the {what} failed ({exc}); {self.result.stored} rows were stored before; rows "
            f"from row {resume_at} on may not be stored: load them again (a row loaded twice "
            "replaces its entry).",
            self.result,
            resume_at,
        )

    async def _embedded(self, kept: list[_Kept]) -> tuple[np.ndarray, list[Any]]:
        """The vectors and entries of ``kept`` (with their guard analyses and conversation
        records), and the focus records of prompts with a preamble."""
        cache = self.cache
        for row in kept:
            await cache.conversations.prepare(row.request)  # as cache.put does
        if not kept:
            return np.zeros((0, 0), dtype=np.float32), []
        requests = [row.request for row in kept]
        vectors, analyses = await asyncio.gather(
            cache.embedder.embed([request.prompt for request in requests]),
            cache.stored_analyses(requests),
        )
        now = time.time()
        entries = [
            row.request.entry(row.response, None, now, analysis)
            for row, analysis in zip(kept, analyses, strict=True)
        ]
        if getattr(cache, "focus", False):  # prompts with a preamble keep a focus record too
            pairs = zip(entries, requests, strict=True)
            found = [(e, question_focus(r.prompt, r.lang)) for e, r in pairs]
            focused = [(e, f) for e, f in found if f is not None]
            if focused:
                extra = await cache.embedder.embed([f for _, f in focused])
                entries += [focus_record(e) for e, _ in focused]
                vectors = np.vstack([vectors, extra])
        return np.asarray(vectors, dtype=np.float32), entries

    async def _write(
        self, entries: list[Any], vectors: np.ndarray, kept: list[_Kept], rows: int
    ) -> None:
        """Write one batch's ``entries`` (its ``kept`` rows first, then their focus records; no
        entry id twice) with their ``vectors``, in one ``put_many`` when the store has it, else
        put by put; count the new rows written as stored, then report the batch's ``rows`` to
        ``progress``. A store's own refusal of an entry (its ``max_entry_bytes``) counts the
        row as refused; any other failure is a StoreError."""
        store, result = self.cache.backend, self.result
        with store_errors("bulk load write"):
            put_many = getattr(store, "put_many", None)
            if entries and put_many is not None:
                await put_many(entries, vectors)
                result.stored += sum(row.new for row in kept)
            elif entries:
                for at, (entry, vector) in enumerate(zip(entries, vectors, strict=True)):
                    row = kept[at] if at < len(kept) else None  # None: a focus record
                    try:
                        await store.put(entry, vector)
                    except NotStoredError as exc:
                        if row is not None:
                            result.skip(row.number, str(exc.reason))
                        continue
                    if row is not None and row.new:
                        result.stored += 1
        if self.progress is not None:
            self.progress(rows)


def _admitted(
    cache: Any,
    batch: list[tuple[int, Any]],
    result: BulkResult,
    options: Mapping[str, Any],
    seen: SeenIds | None,
) -> list[_Kept]:
    """The rows of ``batch`` the cache's admission rules let in, in the order of their last
    rows: a row whose entry id an earlier row of the load had (``seen``, or this batch) is
    counted as repeated and replaces it, as a second ``cache.store`` would; ``seen`` learns
    the batch's ids."""
    admitted: dict[str, _Kept] = {}
    for number, row in batch:
        try:
            request, response = _request(cache, row, options)
        except InvalidInputError as exc:
            result.problems.append((number, str(exc)))
            continue
        reason = cache.storable(request, response)
        if reason is not None:
            result.skip(number, reason.label())
            continue
        key = entry_id(request.partition, request.prompt)
        earlier = admitted.pop(key, None)  # re-inserted below: in the order of the last rows
        met = earlier is None and seen is not None and key in seen  # (an earlier batch's)
        if earlier is not None or met:
            result.repeated += 1
        new = earlier.new if earlier is not None else not met
        admitted[key] = _Kept(number, request, response, new)
    if seen is not None:
        for key in admitted:
            seen.add(key)
    return list(admitted.values())


def _request(cache: Any, row: Any, options: Mapping[str, Any]) -> tuple[Any, str]:
    """The cache request and the answer of one row; InvalidInputError saying what is wrong."""
    if not isinstance(row, Mapping) or "prompt" not in row or "response" not in row:
        got = f"{type(row).__name__} {row!r:.60}"
        raise InvalidInputError(
            f'a row needs an object with "prompt" and "response" (optional "context", "ttl", '
            f'"tags"), got {got}.'
        )
    response = check_text(row["response"], "response")
    request = cache.request(
        row["prompt"],
        context=row.get("context", options["context"]),
        ttl=row.get("ttl", options["ttl"]),
        tags=row.get("tags", ()),
        route=options["route"],
    )
    return request, response
