"""Bulk loading: many prompt/response pairs into a cache, fast (``yamabiko warm``).

Rows go in batches: each batch is checked by the cache's own admission rules (policy,
sensitive data, size), its prompts are embedded in one call, and it is written with the
store's ``put_many`` (one transaction per batch on the embedded store) when the store has one,
else entry by entry. Embedding the next batch overlaps with writing the previous one. With the
cache's question focus on, a prompt with a preamble also gets its focus record
(:mod:`yamabiko.focus_search`), embedded with its batch's other focuses in one call.
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
from .request import check_text

DEFAULT_BATCH = 256


@dataclass
class BulkResult:
    """What a bulk load did: stored entries, refusals by reason, bad rows (index, message)."""

    stored: int = 0
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
    is called after each batch."""
    options = {"context": default_context, "ttl": default_ttl, "route": route}
    if batch_size < 1:
        raise InvalidInputError(f"batch_size is {batch_size!r}; it must be at least 1.")
    result = BulkResult()
    started = time.perf_counter()
    await cache.open()
    writing: asyncio.Task[None] | None = None
    batch: list[tuple[int, Mapping[str, Any]]] = []
    for number, row in enumerate(rows):
        batch.append((number, row))
        if len(batch) >= batch_size:
            writing = await _next_batch(cache, batch, writing, result, options, progress)
            batch = []
    if batch:
        writing = await _next_batch(cache, batch, writing, result, options, progress)
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
) -> asyncio.Task[None]:
    """Admit and embed ``batch`` (while the previous batch is written), then start its write."""
    admitted = []
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
        await cache.conversations.prepare(request)  # a conversation's record, as cache.put does
        admitted.append((request, row["response"]))
    vectors = (
        await cache.embedder.embed([request.prompt for request, _ in admitted])
        if admitted
        else np.zeros((0, 0), dtype=np.float32)
    )
    if writing is not None:
        await writing
    now = time.time()
    entries = [request.entry(response, None, now) for request, response in admitted]
    counted = len(entries)
    if getattr(cache, "focus", False):  # prompts with a preamble keep a focus record too
        pairs = zip(entries, admitted, strict=True)
        found = [(e, question_focus(r.prompt, r.lang)) for e, (r, _) in pairs]
        focused = [(e, f) for e, f in found if f is not None]
        if focused:
            extra = await cache.embedder.embed([f for _, f in focused])
            entries += [focus_record(e) for e, _ in focused]
            vectors = np.vstack([vectors, extra])
    return asyncio.create_task(_write(cache.backend, entries, vectors, result, progress, counted))


async def _write(
    store: Any,
    entries: list[Any],
    vectors: np.ndarray,
    result: BulkResult,
    progress: Callable[[int], None] | None,
    counted: int,
) -> None:
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
