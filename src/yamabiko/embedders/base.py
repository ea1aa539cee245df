"""The embedder protocol, and the pieces every embedder shares: an exact-text LRU and batching."""

from __future__ import annotations

import asyncio
import functools
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
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

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The vectors of ``texts``: shape ``(len(texts), dims)``, float32, unit-length rows
        (an empty ``texts`` gives shape ``(0, dims)``). Raises EmbedderError (or a subclass)
        when the model or the provider fails."""
        ...


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Return ``vectors`` as float32 with every row scaled to unit length (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


#: work run with a text's vector on the embedder's worker thread, right after the model
Then = Callable[[np.ndarray], Any]
#: what it gave: (result, None) or (None, the exception it raised)
Followed = tuple[Any, Exception | None]


class CachedEmbedder:
    """Wraps an embedder with an exact-text LRU and coalesces concurrent calls into batches.

    While one batch runs (in a worker thread, so the event loop stays free), the texts that
    arrive queue up and go together in the next batch: one request at a time pays no waiting
    (no timer, no window), and many concurrent requests share one model call, which costs far
    less per text than one call each (see ``benchmarks/bench_embedder.py --batches``).

    An embedder whose ``embed`` only runs ``embed_sync`` in a worker thread says so with
    ``embed_in_thread = True`` (the local default does): its batches start on the worker thread
    at once, from the caller's own step, so that :meth:`start` lets the caller do other work
    while the model runs (work that releases the GIL; Python code on the caller's thread and
    the model's own Python share one interpreter lock). ``batches`` and
    ``batched_texts`` count the model calls and the texts they embedded.
    """

    def __init__(self, inner: Embedder, *, cache_size: int = 10_000, max_batch: int = 64) -> None:
        self.inner = inner
        self.name = inner.name
        self.dims = inner.dims
        self._lru: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._max_batch = max_batch
        #: queued texts: (text, its future, what to run with its vector on the worker thread)
        self._pending: list[tuple[str, asyncio.Future[Any], Then | None]] = []
        self._running = False
        in_thread = getattr(inner, "embed_in_thread", False)
        self._embed_sync = getattr(inner, "embed_sync", None) if in_thread else None
        self.lru_hits = 0
        self.lru_misses = 0
        self.batches = 0
        self.batched_texts = 0

    async def embed(self, texts: Sequence[str]) -> np.ndarray:
        """The vectors of ``texts`` (repeats from the LRU, the rest batched with concurrent
        callers' texts into one call of the inner embedder)."""
        return await self.start(texts)

    def start(self, texts: Sequence[str]) -> Awaitable[np.ndarray]:
        """Queue ``texts`` now (the model starts at once when idle) and return an awaitable of
        their vectors: the caller may do other work before awaiting it."""
        return self._collect([self._queue(text, None) for text in texts])

    def start_then(self, text: str, then: Then) -> Awaitable[tuple[np.ndarray, Followed | None]]:
        """Like ``start([text])``, and run ``then(vector)`` on the model's worker thread right
        after the model (the store's search: one hand-off to another thread and back saved).
        Resolves to ``(vector, (result, error))``, or ``(vector, None)`` when ``then`` did not
        run (the vector was cached, or the embedder does not run on a worker thread): the caller
        then does that work itself."""
        return self._one(self._queue(text, then))

    async def _one(self, item: Any) -> tuple[np.ndarray, Followed | None]:
        result = item if isinstance(item, np.ndarray) else await item
        return result if isinstance(result, tuple) else (result, None)

    def _queue(self, text: str, then: Then | None) -> np.ndarray | asyncio.Future[Any]:
        vector = self._lru.get(text)
        if vector is not None:
            self._lru.move_to_end(text)
            self.lru_hits += 1
            return vector
        self.lru_misses += 1
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._pending.append((text, future, then if self._embed_sync is not None else None))
        if not self._running:
            self._next_batch(loop)
        return future

    async def _collect(self, out: list[np.ndarray | asyncio.Future[Any]]) -> np.ndarray:
        vectors = [item if isinstance(item, np.ndarray) else await item for item in out]
        if not vectors:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.stack(vectors)

    def _next_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run the next batch of queued texts; when it ends, :meth:`_finish` runs the next."""
        batch = self._pending[: self._max_batch]
        del self._pending[: self._max_batch]
        unique = list(dict.fromkeys(text for text, _, _ in batch))
        self._running = True
        self.batches += 1
        self.batched_texts += len(unique)
        try:
            if self._embed_sync is not None:
                done: asyncio.Future[Any] = loop.run_in_executor(
                    None, self._run_batch, unique, batch
                )
            else:
                done = asyncio.ensure_future(self._embed_async(unique))
        except RuntimeError:  # the loop's executor is shut down: the loop is closing
            self._fail_all(batch)
            return
        done.add_done_callback(functools.partial(self._finish, loop, batch, unique))

    def _run_batch(
        self, unique: list[str], batch: list[tuple[str, asyncio.Future[Any], Then | None]]
    ) -> tuple[np.ndarray, dict[int, Followed]]:
        """On the worker thread: the model, then each text's ``then`` with its vector."""
        assert self._embed_sync is not None
        vectors = self._checked(self._embed_sync(unique), unique)
        followed: dict[int, Followed] = {}
        if any(then is not None for _, _, then in batch):
            rows = {text: i for i, text in enumerate(unique)}
            for i, (text, _, then) in enumerate(batch):
                if then is not None:
                    try:
                        followed[i] = (then(vectors[rows[text]]), None)
                    except Exception as exc:  # the caller sees it (a store failure: a miss)
                        followed[i] = (None, exc)
        return vectors, followed

    async def _embed_async(self, unique: list[str]) -> tuple[np.ndarray, dict[int, Followed]]:
        return self._checked(await self.inner.embed(unique), unique), {}

    def _checked(self, vectors: Any, unique: list[str]) -> np.ndarray:
        vectors = normalize_rows(vectors)
        if len(vectors) != len(unique):
            raise EmbedderError(
                f"embedder {self.name!r} returned {len(vectors)} vectors for {len(unique)} texts"
            )
        return vectors

    def _fail_all(self, batch: list[tuple[str, asyncio.Future[Any], Then | None]]) -> None:
        """No batch will run: every waiter gets an error instead of waiting forever."""
        self._running = False
        for _, future, _ in batch + self._pending:
            if not future.done():
                future.set_exception(_cancelled())
        self._pending.clear()

    def _finish(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[tuple[str, asyncio.Future[Any], Then | None]],
        unique: list[str],
        done: asyncio.Future[Any],
    ) -> None:
        try:
            if done.cancelled():
                raise _cancelled()
            vectors, followed = done.result()
        except Exception as exc:  # hand the failure to every waiter of the batch
            for _, future, _ in batch:
                if not future.done():
                    future.set_exception(exc)
        else:
            by_text = dict(zip(unique, vectors, strict=True))
            for text, vector in by_text.items():
                self._remember(text, vector)
            for i, (text, future, then) in enumerate(batch):
                if not future.done():
                    vector = by_text[text]
                    future.set_result((vector, followed.get(i)) if then else vector)
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


def _cancelled() -> EmbedderError:
    return EmbedderError(
        "the embedding batch was cancelled before it ran (the cache or its event loop is "
        "closing); the call goes on uncached."
    )
