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
not ``stored``. The load keeps the ids it has met to count them: about 120 bytes of memory
each (a 32-character id and its set slot, measured), so 120 MB for a million distinct prompts,
unbounded within one call; a load of many millions can be given to several ``store_many``
calls (a repeat across two calls still replaces its row, counted as stored).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import InvalidInputError
from .focus import question_focus
from .focus_search import focus_record
from .partition import entry_id
from .request import check_text

DEFAULT_BATCH = 256


@dataclass
class BulkResult:
    """What a bulk load did: stored entries, refusals by reason, bad rows (index, message),
    rows whose prompt an earlier row of the load already had in the same context (``repeated``:
    each replaced the entry that row wrote, the last row's answer is kept)."""

    stored: int = 0
    repeated: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Entries stored per second."""
        return self.stored / self.seconds if self.seconds > 0 else 0.0


async def store_many(
    cache: Any,
    rows: Iterable[Mapping[str, Any]],
    *,
    default_context: Mapping[str, Any] | None = None,
    default_ttl: float | None = None,
    route: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int], None] | None = None,
) -> BulkResult:
    """Store rows ``{"prompt", "response", "context"?, "ttl"?, "tags"?}`` in ``cache`` (an
    :class:`~yamabiko.AsyncSemanticCache`); ``route`` as for ``cache.store``; ``progress(n)``
    is called after each batch with the number of entries it stored."""
    options = {"context": default_context, "ttl": default_ttl, "route": route}
    if batch_size < 1:
        raise InvalidInputError(f"batch_size is {batch_size!r}; it must be at least 1.")
    result = BulkResult()
    started = time.perf_counter()
    await cache.open()
    writing: asyncio.Task[None] | None = None
    seen: set[str] = set()  # the entry ids met so far
    batch: list[tuple[int, Mapping[str, Any]]] = []
    for number, row in enumerate(rows):
        batch.append((number, row))
        if len(batch) >= batch_size:
            writing = await _next_batch(cache, batch, writing, result, options, progress, seen)
            batch = []
    if batch:
        writing = await _next_batch(cache, batch, writing, result, options, progress, seen)
    if writing is not None:
        await writing
    result.seconds = time.perf_counter() - started
    return result


async def _next_batch(
    cache: Any,
    batch: list[tuple[int, Mapping[str, Any]]],
    writing: asyncio.Task[None] | None,
    result: BulkResult,
    options: Mapping[str, Any],
    progress: Callable[[int], None] | None,
    seen: set[str],
) -> asyncio.Task[None]:
    """Admit, embed and analyse ``batch`` (while the previous batch is written), then start its
    write."""
    admitted = _admitted(cache, batch, result, options, seen)
    counted = sum(1 for key in admitted if key not in seen)
    seen.update(admitted)
    kept = list(admitted.values())
    for request, _ in kept:
        await cache.conversations.prepare(request)  # a conversation's record, as cache.put does
    if kept:
        vectors, analyses = await asyncio.gather(
            cache.embedder.embed([request.prompt for request, _ in kept]),
            cache.stored_analyses([request for request, _ in kept]),
        )
    else:
        vectors, analyses = np.zeros((0, 0), dtype=np.float32), []
    if writing is not None:
        await writing
    now = time.time()
    entries = [
        request.entry(response, None, now, analysis)
        for (request, response), analysis in zip(kept, analyses, strict=True)
    ]
    if getattr(cache, "focus", False):  # prompts with a preamble keep a focus record too
        pairs = zip(entries, kept, strict=True)
        found = [(e, question_focus(r.prompt, r.lang)) for e, (r, _) in pairs]
        focused = [(e, f) for e, f in found if f is not None]
        if focused:
            extra = await cache.embedder.embed([f for _, f in focused])
            entries += [focus_record(e) for e, _ in focused]
            vectors = np.vstack([vectors, extra])
    return asyncio.create_task(_write(cache.backend, entries, vectors, result, progress, counted))


def _admitted(
    cache: Any,
    batch: list[tuple[int, Mapping[str, Any]]],
    result: BulkResult,
    options: Mapping[str, Any],
    seen: set[str],
) -> dict[str, tuple[Any, str]]:
    """The rows of ``batch`` the cache's admission rules let in, by entry id, in the order of
    their last rows: a row whose entry id an earlier row of the load had (``seen``, or this
    batch) is counted as repeated and replaces it, as a second ``cache.store`` would."""
    admitted: dict[str, tuple[Any, str]] = {}
    for number, row in batch:
        try:
            check_text(row["response"], "response")
            request = cache.request(
                row["prompt"],
                context=row.get("context", options["context"]),
                ttl=row.get("ttl", options["ttl"]),
                tags=row.get("tags", ()),
                route=options["route"],
            )
        except InvalidInputError as exc:
            result.problems.append((number, str(exc)))
            continue
        reason = cache.storable(request, row["response"])
        if reason is not None:
            label = reason.label()
            result.skipped[label] = result.skipped.get(label, 0) + 1
            continue
        key = entry_id(request.partition, request.prompt)
        if key in seen or key in admitted:
            result.repeated += 1
            admitted.pop(key, None)  # re-inserted below: in the order of the last rows
        admitted[key] = (request, row["response"])
    return admitted


async def _write(
    store: Any,
    entries: list[Any],
    vectors: np.ndarray,
    result: BulkResult,
    progress: Callable[[int], None] | None,
    counted: int,
) -> None:
    """Write one batch's ``entries`` (its rows and focus records, no entry id twice) with
    their ``vectors``, in one ``put_many`` when the store has it, else put by put; then add
    ``counted`` (the batch's rows whose prompt no earlier batch had) to ``result.stored`` and
    report it to ``progress``."""
    if entries:
        put_many = getattr(store, "put_many", None)
        if put_many is not None:
            await put_many(entries, np.asarray(vectors, dtype=np.float32))
        else:
            for entry, vector in zip(entries, vectors, strict=True):
                await store.put(entry, vector)
        result.stored += counted
    if progress is not None:
        progress(counted)
