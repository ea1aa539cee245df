"""The synchronous facade: :class:`SemanticCache` runs the async core on a private event-loop
thread and only delegates to it (single flight, counting and storing stay in the core)."""

from __future__ import annotations

import asyncio
import functools
import inspect
import queue
import threading
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any, TypeVar

from ..errors import InvalidInputError
from ..models import CacheStats, Entry, Hit, Lookup
from .core import AsyncSemanticCache

T = TypeVar("T")


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class SemanticCache:
    """Synchronous facade over :class:`AsyncSemanticCache` (same arguments).

    The core runs on a private event-loop thread; every method blocks until it is done.
    ``cache.aio`` is the async core itself, for use inside an event loop.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="yamabiko-loop", daemon=True
        )
        self._thread.start()
        try:
            self.aio = AsyncSemanticCache(*args, **kwargs)
        except BaseException:
            self._stop_loop()
            raise

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._loop.is_closed():
            coro.close()
            raise InvalidInputError("this SemanticCache is closed; create a new one.")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def lookup(
        self,
        prompt: str,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
    ) -> Hit | None:
        """See :meth:`AsyncSemanticCache.lookup`."""
        return self._call(self.aio.lookup(prompt, context=context, min_similarity=min_similarity))

    def probe(self, prompt: str, **kwargs: Any) -> Lookup:
        """See :meth:`AsyncSemanticCache.probe`."""
        return self._call(self.aio.probe(prompt, **kwargs))

    def store(self, prompt: str, response: str, **kwargs: Any) -> Entry:
        """See :meth:`AsyncSemanticCache.store`."""
        return self._call(self.aio.store(prompt, response, **kwargs))

    def get_or_call(self, prompt: str, call: Callable[[str], Any], **kwargs: Any) -> str:
        """See :meth:`AsyncSemanticCache.get_or_call` (same keyword arguments). ``call`` runs
        in the calling thread; concurrent identical misses from any threads share one call."""
        if self._loop.is_closed():
            raise InvalidInputError("this SemanticCache is closed; create a new one.")
        handoff: queue.SimpleQueue[tuple[str, asyncio.Future[Any]] | None] = queue.SimpleQueue()

        async def in_caller_thread(text: str) -> Any:
            # the core decided this caller leads: ask the calling thread to run ``call``
            future = asyncio.get_running_loop().create_future()
            handoff.put((text, future))
            return await future

        done = asyncio.run_coroutine_threadsafe(
            self.aio.get_or_call(prompt, in_caller_thread, **kwargs), self._loop
        )
        done.add_done_callback(lambda _: handoff.put(None))
        while (job := handoff.get()) is not None:
            text, future = job
            try:
                result, error = call(text), None
            except BaseException as exc:  # handed to the core, which re-raises it here
                result, error = None, exc
            self._loop.call_soon_threadsafe(_settle, future, result, error)
        return done.result()

    def cached(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorate ``f(prompt: str) -> str``, sync or async, so it is answered from the cache."""
        options = {"context": context, "min_similarity": min_similarity, "ttl": ttl, "tags": tags}

        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            if inspect.iscoroutinefunction(fn):

                @functools.wraps(fn)
                async def async_wrapper(prompt: str) -> str:
                    caller = asyncio.get_running_loop()

                    async def on_caller_loop(text: str) -> Any:
                        return await asyncio.wrap_future(
                            asyncio.run_coroutine_threadsafe(fn(text), caller)
                        )

                    return await self.submit(
                        self.aio.get_or_call(prompt, on_caller_loop, **options)
                    )

                return async_wrapper

            @functools.wraps(fn)
            def wrapper(prompt: str) -> str:
                return self.get_or_call(prompt, fn, **options)

            return wrapper

        return decorate

    async def submit(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a core coroutine on the cache's loop and await it from any other loop."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    def invalidate(self, **kwargs: Any) -> int:
        """See :meth:`AsyncSemanticCache.invalidate`."""
        return self._call(self.aio.invalidate(**kwargs))

    def feedback(self, entry_id: str, *, correct: bool, similarity: float) -> bool:
        """See :meth:`AsyncSemanticCache.feedback`."""
        return self._call(self.aio.feedback(entry_id, correct=correct, similarity=similarity))

    def stats(self) -> CacheStats:
        """See :meth:`AsyncSemanticCache.stats`."""
        return self._call(self.aio.stats())

    def close(self) -> None:
        """Close the store and stop the loop thread."""
        if self._loop.is_closed():
            return
        try:
            self._call(self.aio.close())
        finally:
            self._stop_loop()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def __enter__(self) -> SemanticCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
