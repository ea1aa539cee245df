"""The embedder protocol, and the pieces every embedder shares: an exact-text LRU and batching."""

from __future__ import annotations

import asyncio
import functools
from collections import OrderedDict
from collections.abc import Awaitable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from ..errors import EmbedderError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors.

    ``name`` identifies the model (a store filled by one embedder refuses another), ``dims`` is
    the vector length, and ``embed`` returns an array of shape ``(len(texts), dims)`` whose rows
    have L2 norm 1, so that a dot product is the cosine similarity.
    """

    name: str
    dims: int

    async def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Return ``vectors`` as float32 with every row scaled to unit length (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class CachedEmbedder:
    """Wraps an embedder with an exact-text LRU and coalesces concurrent calls into batches.

    While one batch runs (in a worker thread, so the event loop stays free), the texts that
    arrive queue up and go together in the next batch: one request at a time pays no waiting
    (no timer, no window), and many concurrent requests share one model call, which costs far
    less per text than one call each (see ``benchmarks/bench_embedder.py --batches``).

    An embedder whose ``embed`` only runs ``embed_sync`` in a worker thread says so with
    ``embed_in_thread = True`` (the local default does): its batches start on the worker thread
    at once, from the caller's own step, so that :meth:`start` lets the caller do other work
    (the guard's analysis of the prompt) while the model runs. ``batches`` and
    ``batched_texts`` count the model calls and the texts they embedded.
    """

    def __init__(self, inner: Embedder, *, cache_size: int = 10_000, max_batch: int = 64) -> None:
        self.inner = inner
        self.name = inner.name
        self.dims = inner.dims
        self._lru: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._max_batch = max_batch
        self._pending: list[tuple[str, asyncio.Future[np.ndarray]]] = []
        self._running = False
        in_thread = getattr(inner, "embed_in_thread", False)
        self._embed_sync = getattr(inner, "embed_sync", None) if in_thread else None
        self.lru_hits = 0
        self.lru_misses = 0
        self.batches = 0
        self.batched_texts = 0

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        return await self.start(texts)

    def start(self, texts: Sequence[str]) -> Awaitable[np.ndarray]:
        """Queue ``texts`` now (the model starts at once when idle) and return an awaitable of
        their vectors: the caller may do other work before awaiting it."""
        loop = asyncio.get_running_loop()
        out: list[np.ndarray | asyncio.Future[np.ndarray]] = []
        queued = False
        for text in texts:
            vector = self._lru.get(text)
            if vector is not None:
                self._lru.move_to_end(text)
                self.lru_hits += 1
                out.append(vector)
                continue
            self.lru_misses += 1
            future: asyncio.Future[np.ndarray] = loop.create_future()
            self._pending.append((text, future))
            out.append(future)
            queued = True
        if queued and not self._running:
            self._next_batch(loop)
        return self._collect(out)

    async def _collect(self, out: list[np.ndarray | asyncio.Future[np.ndarray]]) -> np.ndarray:
        vectors = [item if isinstance(item, np.ndarray) else await item for item in out]
        if not vectors:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.stack(vectors)

    def _next_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run the next batch of queued texts; when it ends, :meth:`_finish` runs the next."""
        batch = self._pending[: self._max_batch]
        del self._pending[: self._max_batch]
        unique = list(dict.fromkeys(text for text, _ in batch))
        self._running = True
        self.batches += 1
        self.batched_texts += len(unique)
        try:
            if self._embed_sync is not None:
                done: asyncio.Future[Any] = loop.run_in_executor(None, self._embed_sync, unique)
            else:
                done = asyncio.ensure_future(self.inner.embed(unique))
        except RuntimeError:  # the loop's executor is shut down: the loop is closing
            self._fail_all(batch)
            return
        done.add_done_callback(functools.partial(self._finish, loop, batch, unique))

    def _fail_all(self, batch: list[tuple[str, asyncio.Future[np.ndarray]]]) -> None:
        """No batch will run: every waiter gets an error instead of waiting forever."""
        self._running = False
        for _, future in batch + self._pending:
            if not future.done():
                future.set_exception(RuntimeError("the embedding batch was cancelled"))
        self._pending.clear()

    def _finish(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[tuple[str, asyncio.Future[np.ndarray]]],
        unique: list[str],
        done: asyncio.Future[Any],
    ) -> None:
        try:
            if done.cancelled():
                raise RuntimeError("the embedding batch was cancelled")
            vectors = normalize_rows(done.result())
            if len(vectors) != len(unique):
                raise EmbedderError(
                    f"embedder {self.name!r} returned {len(vectors)} vectors for "
                    f"{len(unique)} texts"
                )
        except Exception as exc:  # hand the failure to every waiter of the batch
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
        else:
            by_text = dict(zip(unique, vectors, strict=True))
            for text, vector in by_text.items():
                self._remember(text, vector)
            for text, future in batch:
                if not future.done():
                    future.set_result(by_text[text])
        if not self._pending:
            self._running = False
        elif loop.is_closed():
            self._fail_all([])
        else:
            self._next_batch(loop)

    def _remember(self, text: str, vector: np.ndarray) -> None:
        if self._cache_size <= 0:
            return
        vector.setflags(write=False)
        self._lru[text] = vector
        if len(self._lru) > self._cache_size:
            self._lru.popitem(last=False)
