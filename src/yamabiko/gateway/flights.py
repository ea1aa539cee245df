"""Single-flight for concurrent identical misses, and read-your-writes for stores in flight.

* A miss on (context, prompt) makes its request the *leader*; identical requests that miss while
  it runs wait for it (bounded), then look up again and are served the stored answer: one
  upstream call instead of many.
* A store that finishes after the client already has its answer (streams) is *pending* for its
  context: a lookup in that context waits for it (bounded, milliseconds) so that the next
  question never races the store of the previous one.
"""

from __future__ import annotations

import asyncio


class Flights:
    def __init__(self) -> None:
        self._leaders: dict[str, asyncio.Future[None]] = {}
        self._pending: dict[str, set[asyncio.Future[None]]] = {}

    def leader(self, key: str) -> asyncio.Future[None] | None:
        """The running leader's future for ``key``, if any."""
        return self._leaders.get(key)

    def lead(self, key: str) -> asyncio.Future[None] | None:
        """Become the leader of ``key``; None if another request already is."""
        if key in self._leaders:
            return None
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._leaders[key] = future
        return future

    def land(self, key: str, future: asyncio.Future[None] | None) -> None:
        """The leader is done (answer stored, or not storable, or failed)."""
        if future is None:
            return
        if self._leaders.get(key) is future:
            del self._leaders[key]
        if not future.done():
            future.set_result(None)

    def pend(self, context_key: str) -> asyncio.Future[None]:
        """Mark a store in ``context_key`` as about to happen; resolve it with :meth:`unpend`."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.setdefault(context_key, set()).add(future)
        return future

    def unpend(self, context_key: str, future: asyncio.Future[None] | None) -> None:
        if future is None:
            return
        waiting = self._pending.get(context_key)
        if waiting is not None:
            waiting.discard(future)
            if not waiting:
                del self._pending[context_key]
        if not future.done():
            future.set_result(None)

    async def settle(self, context_key: str, timeout: float) -> None:
        """Wait (at most ``timeout`` s) for the pending stores of ``context_key``."""
        waiting = self._pending.get(context_key)
        if waiting:
            await asyncio.wait(list(waiting), timeout=timeout)

    @property
    def in_flight(self) -> int:
        return len(self._leaders)
