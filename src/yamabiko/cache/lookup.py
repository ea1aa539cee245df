"""The read path of the cache: admission, the exact-repeat shortcut, embedding, the store's
search and the choice among candidates (:class:`~yamabiko.matcher.Matcher`). A store or
embedder failure is a miss with a typed reason, never an exception; so is a verifier that
raises (``error:verifier:<type>``, logged once per change by ``verifier_state``, not counted
against the store's health)."""

from __future__ import annotations

import asyncio
import functools
import time
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import VerifierError
from ..focus import question_focus
from ..focus_search import is_focus_id, merge
from ..lru import LRU
from ..matcher import Matcher
from ..models import Candidate, Hit, Lookup, Timings, Verdict
from ..policy import Policy
from ..policy.admission import admit
from ..reasons import Reason, Why
from ..request import CacheRequest
from ..storegate import StateLog, StoreGate, StoreTimeoutError, within
from ..stores.base import Store

if TYPE_CHECKING:
    from ..conversation import ConversationMatcher
    from ..verify import Review


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _timed(search: Any, partition: str, k: int, now: float, vector: Any) -> tuple[Any, float]:
    """``search(vector, ...)`` and its milliseconds (run on the embedder's worker thread)."""
    start = time.perf_counter()
    return search(vector, partition, k, now), _ms(start)


class Lookups:
    """The lookup methods of :class:`~yamabiko.cache.AsyncSemanticCache` (a mixin: the state
    below is set by its constructor; it also provides ``request`` and ``_vector``)."""

    backend: Store
    policy: Policy
    matcher: Matcher
    conversations: ConversationMatcher
    store_state: StateLog
    verifier_state: StateLog
    lookup_budget: float
    top_k: int
    focus: bool
    embedder: Any
    max_age: float | None
    review: Review | None
    _gate: StoreGate
    _exact: LRU[str]
    _counts: Counter[str]

    async def lookup(
        self,
        prompt: str,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
    ) -> Hit | None:
        """The cached answer for a prompt that means the same in the same context, or None.

        Never raises for store or embedder failures (those are misses, logged and counted);
        raises InvalidInputError for bad arguments.
        """
        return (await self.probe(prompt, context=context, min_similarity=min_similarity)).hit

    async def probe(
        self,
        prompt: str,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        route: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Lookup:
        """Like :meth:`lookup`, but returns the full record: hit or miss, the reason, the best
        similarity seen and the timing breakdown."""
        request = self.request(prompt, context=context, min_similarity=min_similarity,
                               route=route, headers=headers)  # fmt: skip
        return await self.search(request)

    async def search(self, request: CacheRequest) -> Lookup:
        """Look a built request up: admission, embedding, search, then :meth:`_choose`."""
        start = time.perf_counter()
        await request.scan(self.policy)  # a remote checker runs off the event loop
        bypass = admit(request, self.policy)
        if bypass is not None:
            self._counts["bypass"] += 1
            return Lookup(None, bypass, None, Timings(total_ms=_ms(start)))
        assert request.partition is not None
        # an exact repeat: no embedding, search or verification (see _exact_hit)
        plain = not request.semantic_history  # (no record to check)
        exact = self._exact.get((request.partition, request.prompt)) if plain else None
        if exact is not None:
            lookup = await self._exact_hit(request, exact, start)
            if lookup is not None:
                return lookup
        embed_ms = search_ms = 0.0
        try:
            if not await self._gate.wait_open(self.lookup_budget):
                raise StoreTimeoutError(Why.STORE_UNAVAILABLE, "the store is not open (yet)")
            await self.conversations.prepare(request)
            t0 = time.perf_counter()
            now = time.time()
            # a store that can search from the model's thread does so right after the model (the
            # guard analyses the prompt before its first check: the matcher, not meanwhile)
            here = getattr(self.backend, "search_here", None)
            then = here and functools.partial(_timed, here, request.partition, self.top_k, now)
            vector, followed = await self._vector(request, then)
            if followed is not None:
                found, error = followed
                if error is not None:
                    raise error
                candidates, search_ms = found
                embed_ms = _ms(t0) - search_ms
            else:
                embed_ms = _ms(t0)
                t0 = time.perf_counter()
                deadline = time.monotonic() + self.lookup_budget
                candidates = await within(
                    self.backend.search(vector, request.partition, self.top_k, now),
                    deadline,
                    "search",
                )
                search_ms = _ms(t0)
            t0 = time.perf_counter()
            candidates = await self._focused(request, candidates, now)
            search_ms += _ms(t0)
            lookup = await self.matcher.choose(request, candidates, now)
        except Exception as exc:  # the store or the embedder failed: fail open, as a miss
            self._counts["errors"] += 1
            self._counts["misses"] += 1
            if isinstance(exc, VerifierError):  # the check raised, not the store (matcher.py)
                self.store_state.success()  # the store answered: its candidates were checked
                self.verifier_state.failure("check", exc.__cause__)
                why = Reason(Why.ERROR, exc.detail)
                return Lookup(None, why, None, Timings(embed_ms, search_ms, total_ms=_ms(start)))
            self.store_state.failure("lookup", exc)
            if isinstance(exc, StoreTimeoutError):
                why = Reason(Why(exc.reason))
                self._counts[why] += 1
            else:
                why = Reason(Why.ERROR, type(exc).__name__)
            return Lookup(None, why, None, Timings(embed_ms, search_ms, total_ms=_ms(start)))
        self.store_state.success()
        t = lookup.timings
        if t.candidates_checked and self.verifier_state.failing:  # checks ran, none raised
            self.verifier_state.success()
        timings = Timings(embed_ms, search_ms + t.search_ms, t.verify_ms, 0.0, _ms(start),
                          t.candidates_checked)  # fmt: skip
        self._counts["hits" if lookup.hit is not None else "misses"] += 1
        if lookup.hit is not None:
            if lookup.hit.entry.prompt == request.prompt:
                self._exact.put((request.partition, request.prompt), lookup.hit.entry.id)
            hit = Hit(lookup.hit.entry, lookup.hit.similarity, timings, lookup.hit.verdict)
            return Lookup(hit, lookup.why, lookup.best_similarity, timings, lookup.threshold)
        return Lookup(None, lookup.why, lookup.best_similarity, timings, lookup.threshold)

    async def _focused(
        self, request: CacheRequest, candidates: list[Candidate], now: float
    ) -> list[Candidate]:
        """The candidates with question focus (:mod:`yamabiko.focus_search`): a query with a
        preamble also searches its focus's vector, and focus records stand for their entries
        (:func:`~yamabiko.focus_search.merge`). With focus off, focus records (of a store
        filled with it on) are left out."""
        if not self.focus:
            if any(is_focus_id(c.id) for c in candidates):
                return [c for c in candidates if not is_focus_id(c.id)]
            return candidates
        focus = question_focus(request.prompt, request.lang)
        found: list[Candidate] = []
        if focus is not None:
            assert request.partition is not None
            self._counts["focus:searched"] += 1
            vector = (await self.embedder.embed([focus]))[0]
            deadline = time.monotonic() + self.lookup_budget
            found = await within(
                self.backend.search(vector, request.partition, self.top_k, now), deadline, "search"
            )
        return merge(candidates, found, request.prompt, focus, request.lang)

    async def _exact_hit(self, request: CacheRequest, entry_id: str, start: float) -> Lookup | None:
        """The entry an exact repeat was last answered with, if it is still served. With a
        review, the entry's learned state is read at the same time: a wrong verdict or wrong
        hit reported at about similarity 1 leaves the repeat to the normal path."""
        review, limit = self.review, None
        try:
            now = time.time()
            learned = None
            if review is not None and review.learn:  # both reads at once (in flight together)
                learned = asyncio.ensure_future(
                    review.exact_limit(self.backend, entry_id, request.threshold)
                )
            try:
                entry = await self.backend.fetch_hit(entry_id, now)
            finally:
                limit = await learned if learned is not None else None
            entry = entry if learned is None or limit is not None else None
        except Exception:  # the normal path reports store failures
            entry = None
        if entry is None or (self.max_age is not None and entry.age_s(now) > self.max_age):
            self._exact.pop((request.partition, request.prompt))
            return None
        self._counts["hits"] += 1
        timings = Timings(total_ms=_ms(start))
        hit = Hit(entry, 1.0, timings, Verdict(True, "exact"))
        return Lookup(hit, Reason(Why.HIT), 1.0, timings, limit)
