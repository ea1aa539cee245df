"""The one single-flight primitive (library and gateway), and read-your-writes for stores.

* **Single flight.** A miss on a key makes its caller the *leader*; identical calls that miss
  while it runs are *followers*. :meth:`SingleFlight.do` hands the followers the leader's
  result (the library's ``get_or_call``); :meth:`SingleFlight.wait` only waits for the leader
  to land, so that the follower can look up again (the gateway, whose answers are responses,
  not values). A cancelled leader hands over: one follower leads in its place.
* **Pending stores.** A store that finishes after its caller has the answer is *pending* for
  its context: :meth:`SingleFlight.settle` lets a lookup in that context wait for it (bounded)
  so that the next question never races the store of the previous one.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class SingleFlight(Generic[T]):
    """Leaders and followers per key, plus pending stores per context (see the module doc)."""

    def __init__(self) -> None:
        self._leaders: dict[Hashable, asyncio.Future[T]] = {}
        self._pending: dict[Hashable, set[asyncio.Future[None]]] = {}
        self.coalesced = 0

    # -- leaders and followers -------------------------------------------------------------

    def leader(self, key: Hashable) -> asyncio.Future[T] | None:
        """The running leader's future for ``key``, if any."""
        return self._leaders.get(key)

    def lead(self, key: Hashable) -> asyncio.Future[T] | None:
        """Become the leader of ``key``; None if another call already is."""
        if key in self._leaders:
            return None
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._leaders[key] = future
        return future

    def land(
        self,
        key: Hashable,
        future: asyncio.Future[T] | None,
        result: Any = None,
        error: BaseException | None = None,
    ) -> None:
        """The leader is done: followers get ``result`` (or ``error``)."""
        if future is None:
            return
        if self._leaders.get(key) is future:
            del self._leaders[key]
        if future.done():
            return
        if isinstance(error, asyncio.CancelledError):
            future.cancel()
        elif error is not None:
            future.set_exception(error)
            future.exception()  # retrieved: followers re-raise it, nobody else must
        else:
            future.set_result(result)

    async def wait(self, key: Hashable, timeout: float) -> bool:
        """Wait (at most ``timeout`` s) for the leader of ``key``; False if there was none."""
        leader = self._leaders.get(key)
        if leader is None:
            return False
        await asyncio.wait([leader], timeout=timeout)
        return True

    async def do(self, key: Hashable, call: Callable[[], Awaitable[T] | T]) -> tuple[T, bool]:
        """``call()``'s result, computed once for concurrent callers of ``key``.

        Returns ``(result, led)``: ``led`` is True for the caller that ran ``call``. A failure
        of the leader is raised in every follower.
        """
        while (leader := self._leaders.get(key)) is not None:
            self.coalesced += 1
            try:
                return await asyncio.shield(leader), False
            except asyncio.CancelledError:
                if not leader.cancelled():
                    raise  # this caller was cancelled, not the leader
                # the leader was cancelled (its client went away): lead in its place
        future = self.lead(key)
        assert future is not None
        try:
            result = call()
            if inspect.isawaitable(result):
                result = await result
        except BaseException as exc:
            self.land(key, future, error=exc)
            raise
        self.land(key, future, result)
        return result, True

    @property
    def in_flight(self) -> int:
        """Calls running now (one per key, however many callers wait for it)."""
        return len(self._leaders)

    # -- pending stores (read-your-writes) ---------------------------------------------------

    def pend(self, context_key: Hashable) -> asyncio.Future[None]:
        """Mark a store in ``context_key`` as about to happen; resolve it with :meth:`unpend`."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.setdefault(context_key, set()).add(future)
        return future

    def unpend(self, context_key: Hashable, future: asyncio.Future[None] | None) -> None:
        """The store marked by :meth:`pend` is done (or failed): wake who waits for it."""
        if future is None:
            return
        waiting = self._pending.get(context_key)
        if waiting is not None:
            waiting.discard(future)
            if not waiting:
                del self._pending[context_key]
        if not future.done():
            future.set_result(None)

    def pending(self, context_key: Hashable) -> list[asyncio.Future[None]]:
        """The pending stores of ``context_key`` (resolved by :meth:`unpend`)."""
        waiting = self._pending.get(context_key)
        return list(waiting) if waiting else []

    async def settle(self, context_key: Hashable, timeout: float) -> None:
        """Wait (at most ``timeout`` s) for the pending stores of ``context_key``."""
        waiting = self._pending.get(context_key)
        if waiting:
            await asyncio.wait(list(waiting), timeout=timeout)
