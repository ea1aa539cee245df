"""The embedder protocol, and the pieces every embedder shares: an exact-text LRU and batching."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

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

    While one batch runs (in a worker thread, so the event loop stays free), calls that arrive
    queue up and go together in the next batch: one request at a time pays no waiting, and many
    concurrent requests share the per-call overhead of the model.
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
        self._drainer: asyncio.Task[None] | None = None
        self.lru_hits = 0
        self.lru_misses = 0

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        out: list[np.ndarray | None] = []
        waits: list[tuple[int, asyncio.Future[np.ndarray]]] = []
        loop = asyncio.get_running_loop()
        for i, text in enumerate(texts):
            vector = self._lru.get(text)
            if vector is not None:
                self._lru.move_to_end(text)
                self.lru_hits += 1
                out.append(vector)
                continue
            self.lru_misses += 1
            future: asyncio.Future[np.ndarray] = loop.create_future()
            self._pending.append((text, future))
            waits.append((i, future))
            out.append(None)
        if waits:
            if not self._running:
                self._running = True
                self._drainer = loop.create_task(self._drain())
            for i, future in waits:
                out[i] = await future
        if not out:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.stack(out)  # type: ignore[arg-type]

    async def _drain(self) -> None:
        batch: list[tuple[str, asyncio.Future[np.ndarray]]] = []
        try:
            while self._pending:
                batch = self._pending[: self._max_batch]
                del self._pending[: self._max_batch]
                unique = list(dict.fromkeys(text for text, _ in batch))
                try:
                    vectors = normalize_rows(await self.inner.embed(unique))
                    if len(vectors) != len(unique):
                        raise EmbedderError(
                            f"embedder {self.name!r} returned {len(vectors)} vectors for "
                            f"{len(unique)} texts"
                        )
                except Exception as exc:  # hand the failure to every waiter of the batch
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                by_text = dict(zip(unique, vectors, strict=True))
                for text, vector in by_text.items():
                    self._remember(text, vector)
                for text, future in batch:
                    if not future.done():
                        future.set_result(by_text[text])
        finally:
            self._running = False
            # Cancelled mid-batch: nobody may wait forever for vectors that will not come.
            for _, future in batch + self._pending:
                if not future.done():
                    future.set_exception(RuntimeError("the embedding batch was cancelled"))
            self._pending.clear()

    def _remember(self, text: str, vector: np.ndarray) -> None:
        if self._cache_size <= 0:
            return
        vector.setflags(write=False)
        self._lru[text] = vector
        if len(self._lru) > self._cache_size:
            self._lru.popitem(last=False)
