"""Speculative forwarding: a request's upstream call starts while its lookup runs.

A hit cancels the call (the upstream request is closed before or while it is answered); a miss
or a bypass relays the response already on its way, so that a miss costs about
``max(lookup, upstream)`` instead of ``lookup + upstream``. The outcome does not depend on which
finishes first: a hit is served even when the upstream already answered.

The cost: a provider may bill a call that the gateway cancels (the prompt was sent). So the
gateway speculates only where hits are rare (``gateway.speculate``):

* ``off`` (default): never — a cache is there to save calls, and speculation may pay for some
  of them again, so it is opt-in;
* ``adaptive``: in a namespace whose recent hit rate (an exponential average over
  about the last 50 lookups, once at least :data:`MIN_SEEN` were seen) is below
  ``gateway.speculate_below``; a namespace that mostly hits never speculates;
* ``always``: every request that is looked up.

A request never speculates when an identical request is already on its way upstream
(single-flight: it waits for that answer instead), and bypassed requests are forwarded once,
as before (the speculative call, when there is one, is that forward).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ..lru import LRU
from .relay import AnyResponse

#: lookups a namespace must have seen before ``adaptive`` trusts its hit rate
MIN_SEEN = 20
#: weight of the newest lookup in the running hit rate (about the last 50 count)
ALPHA = 0.04


class HitRates:
    """The recent hit rate of each namespace (bounded: the least recently seen are forgotten)."""

    def __init__(self, size: int = 10_000) -> None:
        self._rates: LRU[list[float]] = LRU(size)  # namespace -> [rate, lookups seen]

    def observe(self, namespace: str, hit: bool) -> None:
        """Count one lookup of ``namespace`` (a moving average of its hit rate)."""
        state = self._rates.get(namespace)
        if state is None:
            self._rates.put(namespace, [float(hit), 1.0])
            return
        state[0] += ALPHA * (float(hit) - state[0])
        state[1] += 1.0

    def rate(self, namespace: str) -> float | None:
        """The namespace's recent hit rate; None until it has seen :data:`MIN_SEEN` lookups."""
        state = self._rates.get(namespace)
        if state is None or state[1] < MIN_SEEN:
            return None
        return state[0]


class Speculation:
    """Decides when to speculate (see the module docstring) and counts what happened."""

    def __init__(self, mode: str, below: float) -> None:
        self.mode = mode
        self.below = below
        self.rates = HitRates()
        #: started, used (a miss or bypass relayed it), cancelled (a hit or a failure closed it)
        self.counts: dict[str, int] = {"started": 0, "used": 0, "cancelled": 0}

    def wanted(self, namespace: str) -> bool:
        """Whether a request of ``namespace`` starts its upstream call with its lookup."""
        if self.mode == "always":
            return True
        if self.mode == "off":
            return False
        rate = self.rates.rate(namespace)
        return rate is not None and rate < self.below

    def start(self, opening: Awaitable[AnyResponse]) -> Speculative:
        """Start the upstream call ``opening`` now; its lookup decides whether it is used."""
        self.counts["started"] += 1
        return Speculative(asyncio.ensure_future(opening), self.counts)


class Speculative:
    """One upstream call started ahead of its lookup's result."""

    def __init__(self, task: asyncio.Future[AnyResponse], counts: dict[str, int]) -> None:
        self.task = task
        self.started = time.perf_counter()
        self._counts = counts
        task.add_done_callback(_retrieve)

    async def response(self) -> AnyResponse:
        """The upstream's response (its body still to be read); raises as the call did."""
        self._counts["used"] += 1
        return await self.task

    def cancel(self, spawn: Callable[[Any], object]) -> None:
        """Close the call: cancel it while it is being sent, or close the response that has
        arrived (in the background, with ``spawn``)."""
        self._counts["cancelled"] += 1
        if not self.task.done():
            self.task.cancel()
        elif not self.task.cancelled() and self.task.exception() is None:
            spawn(self.task.result().aclose())


def _retrieve(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # a failure nobody awaits (the call was cancelled) is not logged
