"""The lookup loop: which of a search's candidates, if any, is served.

:class:`Matcher` walks the candidates best first: a candidate must reach the threshold
(:meth:`Matcher.threshold`: the request's, a hook for per-entry thresholds), pass the verifier
(the guard; a borderline band or a judge plug in as verifiers), and still be in the store. The
first that passes is the hit; otherwise the miss carries the most telling reason.
"""

from __future__ import annotations

import time

from .models import Candidate, Hit, Lookup, Timings
from .reasons import Reason, Why
from .request import CacheRequest
from .stores.base import Store
from .verify import Verifier


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


class Matcher:
    """Chooses the served candidate (see the module docstring)."""

    def __init__(self, verifier: Verifier, store: Store, max_age: float | None) -> None:
        self.verifier = verifier
        self.store = store
        self.max_age = max_age

    def threshold(self, request: CacheRequest, candidate: Candidate) -> float:
        """The similarity ``candidate`` needs to be considered (the request's threshold)."""
        return request.threshold

    async def choose(
        self, request: CacheRequest, candidates: list[Candidate], now: float
    ) -> Lookup:
        """The first candidate (best first) that passes the threshold and the verifier and
        is still there; else a miss with the most telling reason. Timings: fetch and verify."""
        best = candidates[0].similarity if candidates else None
        why = Reason(Why.NO_CANDIDATE if not candidates else Why.BELOW_THRESHOLD)
        fetch_ms = verify_ms = 0.0
        for candidate in candidates:
            if candidate.similarity < self.threshold(request, candidate):
                continue
            t0 = time.perf_counter()
            verdict = await self.verifier.verify(request.prompt, candidate, request.lang)
            verify_ms += _ms(t0)
            if not verdict.accept:
                if why.kind is Why.BELOW_THRESHOLD:
                    why = Reason(Why.REJECTED, verdict.reason)
                continue
            t0 = time.perf_counter()
            entry = await self.store.fetch_hit(candidate.id, now)
            fetch_ms += _ms(t0)
            if entry is None:  # expired or removed since the search
                continue
            if self.max_age is not None and entry.age_s(now) > self.max_age:
                continue  # stored before the cap was lowered: never served
            timings = Timings(0.0, fetch_ms, verify_ms)
            return Lookup(Hit(entry, candidate.similarity, timings, verdict),
                          Reason(Why.HIT), candidate.similarity, timings)  # fmt: skip
        return Lookup(None, why, best, Timings(0.0, fetch_ms, verify_ms))
