"""The semantic cache: orchestration of one request (admit, embed, search, verify, store).

:class:`AsyncSemanticCache` is the core (async, used by the gateway). Each call builds one
:class:`~yamabiko.request.CacheRequest` (:mod:`yamabiko.request`); what may be cached is
decided in :mod:`yamabiko.policy.admission`; concurrent identical misses share one call
(:mod:`yamabiko.singleflight`). :class:`~yamabiko.sync.SemanticCache` is the synchronous facade.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import inspect
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from .conversation import DEFAULT_CONVERSATION, ConversationMatcher, check_conversation
from .embedders.base import CachedEmbedder, Embedder
from .embedders.choose import embedder_from_spec
from .errors import InvalidInputError, NotStoredError, StoreError
from .invalidation import selector_for, similar_ids
from .lru import LRU
from .matcher import Matcher
from .models import CacheStats, Entry, Evidence, Hit, Lookup, Timings, Verdict
from .policy import Policy
from .policy.admission import admit, storable
from .reasons import Reason, Why
from .registry import default_embedder, default_store
from .request import (
    DEFAULT_MAX_ENTRY_BYTES,
    DEFAULT_MAX_PROMPT_CHARS,
    CacheRequest,
    Defaults,
    build_request,
    check_min_similarity,
    check_text,
    check_ttl,
)
from .singleflight import SingleFlight
from .storegate import BudgetedHits, StateLog, StoreGate, StoreTimeoutError, describe, within
from .stores.base import Selector, Store
from .verify import Review, Verifier, default_verifier
from .verify.review import with_aliases

__all__ = [
    "DEFAULT_MAX_ENTRY_BYTES",
    "DEFAULT_MIN_SIMILARITY",
    "DEFAULT_TTL_S",
    "AsyncSemanticCache",
    "check_min_similarity",
    "check_ttl",
]

log = logging.getLogger("yamabiko")

#: Default threshold for the default embedder (USE multilingual v3), chosen on
#: ../shared/data/pairs; see README "Choosing min_similarity" for the measurement.
DEFAULT_MIN_SIMILARITY = 0.80
DEFAULT_TTL_S = 3600.0
DEFAULT_LOOKUP_BUDGET_S = 0.5  # the most a lookup waits on the store (open, search, fetch)
DEFAULT_WRITE_BUDGET_S = 5.0  # the most a store() waits on the store (open, put)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


class AsyncSemanticCache:
    """Async semantic cache. With no arguments: the local multilingual embedder and the
    embedded SQLite store in the user's cache directory.

    Args:
        embedder: any :class:`~yamabiko.embedders.Embedder`; wrapped with an exact-text LRU
            and request batching.
        store: any :class:`~yamabiko.stores.base.Store`; default :class:`LocalStore` at
            ``path`` (default ``~/.cache/yamabiko/cache.sqlite3``).
        min_similarity: cosine threshold in [-1, 1] for a hit (per-call overrides allowed).
        ttl: default seconds an answer lives; None keeps it until evicted or invalidated.
        language_in_context: keep prompts in different languages apart (default True).
        verifier: checks candidates above the threshold (the guard); ``AcceptAll()`` disables.
        policy: decides per request whether and how to cache (see :mod:`yamabiko.policy`).
        top_k: candidates fetched per lookup; the best one the verifier accepts is served.
        max_entry_bytes: answers larger than this (UTF-8 bytes) are not stored.
        max_age: the global cap on an entry's age in seconds, whatever the rules, the cache's
            ``ttl`` or a call's ``ttl=`` say (None: no cap). Older entries are never served.
        max_prompt_chars: longer prompts are not embedded or analysed: lookups bypass with
            reason ``too-long`` and ``store`` refuses them (bounded work per request).
        lookup_budget: seconds a lookup may wait on the store (an open in progress, a search,
            a hit); past it the lookup is a miss with reason ``store-timeout`` or
            ``store-unavailable``. The store is opened in the background, retried with backoff.
        write_budget: seconds ``store`` may wait on the store (open, put) before it gives up
            with a StoreError.
        review: borderline verification (sync / async judge, aliases) and learned per-entry
            thresholds; see :class:`~yamabiko.verify.Review`. None: the threshold decides.
        conversation: how earlier turns (``context["history"]``) are matched: ``"semantic"``
            (by meaning, the default) or ``"exact"`` (byte-identical); policy rules may set it
            per route. See :mod:`yamabiko.conversation`.
    """

    def __init__(
        self,
        embedder: Embedder | str | None = None,
        store: Store | None = None,
        *,
        path: str | Path | None = None,
        min_similarity: float = DEFAULT_MIN_SIMILARITY,
        ttl: float | None = DEFAULT_TTL_S,
        max_entries: int | None = None,
        max_bytes: int | None = None,
        language_in_context: bool = True,
        verifier: Verifier | None = None,
        policy: Policy | None = None,
        top_k: int = 4,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        max_age: float | None = None,
        max_prompt_chars: int = DEFAULT_MAX_PROMPT_CHARS,
        lookup_budget: float = DEFAULT_LOOKUP_BUDGET_S,
        write_budget: float = DEFAULT_WRITE_BUDGET_S,
        review: Review | None = None,
        conversation: str = DEFAULT_CONVERSATION,
    ) -> None:
        if store is not None and (path is not None or max_entries or max_bytes):
            raise InvalidInputError(
                "path, max_entries and max_bytes configure the default store; when you pass "
                "store=..., set them on that store instead."
            )
        if not isinstance(top_k, int) or top_k < 1:
            raise InvalidInputError(f"top_k is {top_k!r}; it must be an integer >= 1.")
        _check_limits(max_prompt_chars, lookup_budget, write_budget)
        if isinstance(embedder, str):  # a spec: "titan:dims=512" (embedders/choose.py)
            embedder = embedder_from_spec(embedder)
        embedder = embedder if embedder is not None else default_embedder()
        if store is None:
            store = default_store(path, max_entries=max_entries, max_bytes=max_bytes)
        self.embedder = (
            embedder if isinstance(embedder, CachedEmbedder) else CachedEmbedder(embedder)
        )
        self.backend = store
        self.defaults = Defaults(
            min_similarity=check_min_similarity(min_similarity),
            ttl=check_ttl(ttl),
            max_age=check_ttl(max_age, "max_age"),
            max_entry_bytes=max_entry_bytes,
            language_in_context=language_in_context,
            max_prompt_chars=max_prompt_chars,
            conversation=check_conversation(conversation),
        )
        self.lookup_budget = float(lookup_budget)
        self.write_budget = float(write_budget)
        self.store_state = StateLog("cache store")
        self._gate = StoreGate(self._open_backend, self.store_state)
        self.policy = policy if policy is not None else Policy()
        self.top_k = top_k
        verifier = verifier if verifier is not None else default_verifier()
        hits = BudgetedHits(store, float(lookup_budget))  # fetching a hit has a budget too
        self.matcher = Matcher(verifier, hits, self.defaults.max_age, review)
        self.flights: SingleFlight[Any] = SingleFlight()
        #: (partition, prompt) -> id of the entry that answers it: exact repeats skip the model
        self._exact: LRU[str] = LRU(50_000)
        self.conversations = ConversationMatcher(self.embedder)
        self._counts: Counter[str] = Counter()
        self._not_stored: Counter[str] = Counter()
        self._verifier_warming: asyncio.Future[None] | None = None

    # the cache-wide settings, read-only views of ``defaults``
    min_similarity = property(lambda self: self.defaults.min_similarity)
    ttl = property(lambda self: self.defaults.ttl)
    max_age = property(lambda self: self.defaults.max_age)
    max_entry_bytes = property(lambda self: self.defaults.max_entry_bytes)
    language_in_context = property(lambda self: self.defaults.language_in_context)
    conversation = property(lambda self: self.defaults.conversation)

    @property
    def verifier(self) -> Verifier:
        """The verifier of candidates (the lookup loop's, :attr:`matcher`)."""
        return self.matcher.verifier

    @verifier.setter
    def verifier(self, verifier: Verifier) -> None:
        self.matcher.verifier = verifier

    # -- life cycle ------------------------------------------------------------------------

    @property
    def _opened(self) -> bool:
        return self._gate.opened

    async def open(self) -> AsyncSemanticCache:
        """Open the store (idempotent; every method calls it on first use). Waits for a whole
        attempt and raises its error; lookups instead wait at most ``lookup_budget``."""
        await self._gate.wait_open(None)
        return self

    async def _open_backend(self) -> None:
        await self.backend.open(self.embedder.name, self.embedder.dims)
        warm = getattr(self.verifier, "warm_up", None)
        if warm is not None and self._verifier_warming is None:
            # load the verifier's resources (e.g. the Japanese dictionary) meanwhile
            loop = asyncio.get_running_loop()
            self._verifier_warming = loop.run_in_executor(None, warm)

    async def warm_up(self) -> None:
        """Open the store and load the model and the verifier's resources now, so that the
        first request does not pay for them (the gateway calls this at start-up)."""
        await self.open()
        await self.embedder.embed(["yamabiko warm-up"])
        warm = getattr(self.verifier, "warm_up", None)
        if warm is not None:
            await asyncio.to_thread(warm)

    @property
    def review(self) -> Review | None:
        """Borderline verification and learned thresholds (the lookup loop's), if any."""
        return self.matcher.review

    @review.setter
    def review(self, review: Review | None) -> None:
        self.matcher.review = review

    async def close(self) -> None:
        """Close the store (after the background verifications). The cache can be opened again."""
        if self.review is not None:
            await self.review.aclose()
        if await self._gate.close():
            await self.backend.close()

    async def __aenter__(self) -> AsyncSemanticCache:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- the request -----------------------------------------------------------------------

    def request(self, prompt: str, **kwargs: Any) -> CacheRequest:
        """Build the :class:`~yamabiko.request.CacheRequest` of one call, once. Keyword
        arguments: ``context``, ``min_similarity``, ``ttl``, ``tags``, ``route``, ``headers``,
        ``no_read``, ``no_store``, ``uncacheable`` (see :func:`~yamabiko.request.build_request`).
        """
        return build_request(prompt, kwargs.pop("context", None), policy=self.policy,
                             defaults=self.defaults, **kwargs)  # fmt: skip

    async def _vector(self, request: CacheRequest) -> np.ndarray:
        """The prompt's vector, embedded once per request."""
        if request.vector is None:
            request.vector = (await self.embedder.embed([request.prompt]))[0]
        return request.vector

    # -- lookup ----------------------------------------------------------------------------

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
        # an exact repeat: no embedding, search or verification (with a review, thresholds
        # are per entry and are read with the candidates: the loop below decides)
        plain = not self.review and not request.semantic_history  # (no record to check)
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
            vector = await self._vector(request)
            embed_ms = _ms(t0)
            t0 = time.perf_counter()
            deadline = time.monotonic() + self.lookup_budget
            now = time.time()
            candidates = await within(
                self.backend.search(vector, request.partition, self.top_k, now), deadline, "search"
            )
            search_ms = _ms(t0)
            lookup = await self.matcher.choose(request, candidates, now)
        except Exception as exc:  # the store or the embedder failed: fail open, as a miss
            self._counts["errors"] += 1
            self._counts["misses"] += 1
            self.store_state.failure("lookup", exc)
            if isinstance(exc, StoreTimeoutError):
                why = Reason(Why(exc.reason))
                self._counts[why] += 1
            else:
                why = Reason(Why.ERROR, type(exc).__name__)
            return Lookup(None, why, None, Timings(embed_ms, search_ms, total_ms=_ms(start)))
        self.store_state.success()
        t = lookup.timings
        timings = Timings(embed_ms, search_ms + t.search_ms, t.verify_ms, 0.0, _ms(start))
        self._counts["hits" if lookup.hit is not None else "misses"] += 1
        if lookup.hit is not None:
            if lookup.hit.entry.prompt == request.prompt:
                self._exact.put((request.partition, request.prompt), lookup.hit.entry.id)
            hit = Hit(lookup.hit.entry, lookup.hit.similarity, timings, lookup.hit.verdict)
            return Lookup(hit, lookup.why, lookup.best_similarity, timings, lookup.threshold)
        return Lookup(None, lookup.why, lookup.best_similarity, timings, lookup.threshold)

    async def _exact_hit(self, request: CacheRequest, entry_id: str, start: float) -> Lookup | None:
        """The entry an exact repeat was last answered with, if it is still served."""
        try:
            now = time.time()
            entry = await self.backend.fetch_hit(entry_id, now)
        except Exception:  # the normal path reports store failures
            entry = None
        if entry is None or (self.max_age is not None and entry.age_s(now) > self.max_age):
            self._exact.pop((request.partition, request.prompt))
            return None
        self._counts["hits"] += 1
        timings = Timings(total_ms=_ms(start))
        hit = Hit(entry, 1.0, timings, Verdict(True, "exact"))
        return Lookup(hit, Reason(Why.HIT), 1.0, timings)

    # -- store -----------------------------------------------------------------------------

    async def store(
        self,
        prompt: str,
        response: str,
        *,
        context: Mapping[str, Any] | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
        metadata: Mapping[str, Any] | None = None,
        route: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Entry:
        """Store ``response`` as the answer to ``prompt`` in ``context``; returns the entry.

        Raises NotStoredError (with ``.reason``) when the policy refuses: ``policy``,
        ``sensitive:<detector>``, ``too-large``; StoreError when the store fails.
        """
        request = self.request(prompt, context=context, ttl=ttl, tags=tags, route=route,
                               headers=headers)  # fmt: skip
        return await self.put(request, response, metadata=metadata)

    def storable(self, request: CacheRequest, response: str | None, **facts: Any) -> Reason | None:
        """Why ``response`` must not be stored for ``request`` (counted), or None. ``facts``:
        ``status``, ``size``, ``incomplete``, ``finish`` (see
        :func:`yamabiko.policy.admission.storable`)."""
        reason = storable(request, response, self.policy, **facts)
        if reason is not None:
            self._not_stored[reason.label()] += 1
        return reason

    async def put(
        self,
        request: CacheRequest,
        response: str,
        *,
        metadata: Mapping[str, Any] | None = None,
        checked: bool = False,
    ) -> Entry:
        """Store ``response`` for a built request (``checked``: :meth:`storable` already said
        yes). Raises NotStoredError or StoreError like :meth:`store`."""
        check_text(response, "response")
        await request.scan(self.policy)
        if not checked:
            reason = self.storable(request, response)
            if reason is not None:
                message = None
                if reason.kind is Why.TOO_LARGE:
                    size = len(request.prompt.encode()) + len(response.encode())
                    message = (f"not stored: prompt + response are {size} bytes, over the "
                               f"{request.size_limit}-byte limit (max_entry_bytes).")  # fmt: skip
                raise NotStoredError(reason, message)
        assert request.partition is not None
        try:
            if not await self._gate.wait_open(self.write_budget):
                if self._gate.last_error is not None:
                    raise self._gate.last_error
                raise StoreTimeoutError(Why.STORE_UNAVAILABLE, "the store is not open (yet)")
        except StoreError:
            self._counts["errors"] += 1
            raise
        except Exception as exc:
            self._counts["errors"] += 1
            raise StoreError(f"the store cannot be opened: {describe(exc)}") from exc
        await self.conversations.prepare(request)
        vector = await self._vector(request)
        try:
            entry = request.entry(response, metadata, time.time())
            deadline = time.monotonic() + self.write_budget
            await within(self.backend.put(entry, vector), deadline, "put")
            self._exact.put((request.partition, request.prompt), entry.id)
        except StoreError as exc:
            self._counts["errors"] += 1
            self.store_state.failure("store", exc)
            raise
        except Exception as exc:  # a driver error (disk full, OOM, read-only replica, ...)
            self._counts["errors"] += 1
            self.store_state.failure("store", exc)
            raise StoreError(f"the store failed to save the entry: {describe(exc)}") from exc
        self.store_state.success()
        self._counts["stores"] += 1
        return entry

    async def put_quietly(
        self, request: CacheRequest, response: str, **kwargs: Any
    ) -> Entry | None:
        """:meth:`put` for the request path: a refusal or a failure is logged and counted,
        never raised, so that a fresh answer is always returned to the caller."""
        try:
            return await self.put(request, response, **kwargs)
        except NotStoredError as exc:
            log.info("yamabiko did not store the answer: %s", exc.reason)
        except Exception as exc:  # the cache never breaks the LLM path
            log.debug("yamabiko store failed, answer served uncached: %s", describe(exc))
        return None

    # -- get_or_call and the decorator ------------------------------------------------------

    async def get_or_call(
        self,
        prompt: str,
        call: Callable[[str], Awaitable[str] | str],
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
    ) -> str:
        """The cached answer, or ``call(prompt)``'s answer, which is then stored.

        ``call`` may be sync or async. A failure to store (policy, store down) never fails the
        call: it is logged and counted, and the fresh answer is returned. Concurrent misses for
        the same prompt in the same context share one call (single flight).
        """
        request = self.request(prompt, context=context, min_similarity=min_similarity,
                               ttl=ttl, tags=tags)  # fmt: skip
        lookup = await self.search(request)
        if lookup.hit is not None:
            return lookup.hit.response
        result, led = await self.flights.do(request.flight_key, lambda: call(prompt))
        if led:
            await self.put_quietly(request, result)
        return result

    def cached(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
    ) -> Callable[[Callable[[str], Awaitable[str]]], Callable[[str], Awaitable[str]]]:
        """Decorate an ``async def f(prompt: str) -> str`` so that it is answered from the cache.

        For plain (sync) functions use :meth:`SemanticCache.cached`.
        """

        def decorate(fn: Callable[[str], Awaitable[str]]) -> Callable[[str], Awaitable[str]]:
            if not inspect.iscoroutinefunction(fn):
                raise InvalidInputError(
                    f"{fn.__qualname__} is not an async function; AsyncSemanticCache.cached "
                    "decorates `async def` functions. Use SemanticCache(...).cached for sync ones."
                )

            @functools.wraps(fn)
            async def wrapper(prompt: str) -> str:
                return await self.get_or_call(
                    prompt, fn, context=context, min_similarity=min_similarity, ttl=ttl, tags=tags
                )

            return wrapper

        return decorate

    # -- invalidation and stats -------------------------------------------------------------

    async def invalidate(
        self,
        *,
        id: str | Sequence[str] | None = None,
        context: Mapping[str, Any] | None = None,
        namespace: str | None = None,
        user: str | None = None,
        tag: str | None = None,
        older_than: float | None = None,
        everything: bool = False,
        similar_to: str | None = None,
        min_similarity: float | None = None,
    ) -> int:
        """Remove entries; the criteria given combine with AND. Returns the number removed.

        ``context`` removes every entry stored with exactly that context (all languages);
        ``older_than`` is an age in seconds; ``similar_to`` removes the entries whose prompt
        is at least ``min_similarity`` (default: the cache's) similar to that text, in every
        partition the other criteria select (found with the store's search);
        ``everything=True`` empties the cache and cannot be combined with other criteria.
        """
        selector = selector_for(id=id, context=context, namespace=namespace, user=user, tag=tag,
                                older_than=older_than, everything=everything,
                                allow_empty=similar_to is not None)  # fmt: skip
        await self.open()
        if similar_to is not None:
            check_text(similar_to, "similar_to")
            threshold = check_min_similarity(
                self.min_similarity if min_similarity is None else min_similarity
            )
            vector = (await self.embedder.embed([similar_to]))[0]
            ids = await similar_ids(self.backend, vector, selector, threshold)
            if not ids:
                return 0
            narrowed = {} if selector.everything else asdict(selector)
            selector = Selector(**{**narrowed, "ids": tuple(ids), "everything": False})
        if selector.ids:  # aliases promoted from these entries go with them
            aliases = await with_aliases(self.backend, selector.ids)
            selector = dataclasses.replace(selector, ids=aliases)
        removed = await self.backend.delete(selector)
        self._counts["invalidated"] += removed
        return removed

    async def entries(
        self,
        *,
        id: str | Sequence[str] | None = None,
        namespace: str | None = None,
        user: str | None = None,
        tag: str | None = None,
        limit: int = 50,
    ) -> list[Entry]:
        """The selected entries (all when no criterion is given), newest first."""
        selector = selector_for(id=id, namespace=namespace, user=user, tag=tag, allow_empty=True)
        await self.open()
        return await self.backend.entries(selector, limit)

    async def feedback(self, entry_id: str, *, correct: bool, similarity: float) -> bool:
        """Record that entry ``entry_id``'s answer was right (``correct=True``) or wrong for a
        prompt at cosine ``similarity`` (the hit's ``similarity``). With a
        :class:`~yamabiko.verify.Review` that learns, a wrong hit tightens the entry's threshold
        and confirmations can lower it. Returns False if the entry no longer exists."""
        check_text(entry_id, "entry_id")
        similarity = check_min_similarity(similarity, "similarity")
        await self.open()
        evidence = Evidence(similarity, bool(correct), "feedback", time.time())
        recorded = await self.backend.add_evidence(entry_id, evidence)
        self._counts["feedback"] += 1
        return recorded

    def counters(self) -> dict[str, Any]:
        """This process's counters (no I/O, so they are there even when the store is down)."""
        keys = ("hits", "misses", "bypass", "stores", "errors", "invalidated")
        out: dict[str, Any] = {key: self._counts[key] for key in keys}
        out["coalesced"] = self.flights.coalesced
        out.update({f"not_stored:{reason}": n for reason, n in self._not_stored.items()})
        if self.review is not None:
            out.update(self.review.counters())
        return out

    async def stats(self) -> CacheStats:
        """This process's counters with the store's sizes (shared by every process)."""
        await self.open()
        store_stats = await self.backend.stats()
        return CacheStats(
            entries=store_stats.entries,
            bytes=store_stats.bytes,
            hits=self._counts["hits"],
            misses=self._counts["misses"],
            stores=self._counts["stores"],
            not_stored=sum(self._not_stored.values()),
            evictions=store_stats.evictions,
            expired=store_stats.expired,
            errors=self._counts["errors"],
            not_stored_by_reason=dict(self._not_stored),
        )


def _check_limits(max_prompt_chars: Any, lookup_budget: Any, write_budget: Any) -> None:
    """Validate the bounded-work settings of the constructor."""
    if (
        isinstance(max_prompt_chars, bool)
        or not isinstance(max_prompt_chars, int)
        or max_prompt_chars < 1
    ):
        raise InvalidInputError(
            f"max_prompt_chars is {max_prompt_chars!r}; it must be an integer >= 1 (e.g. 4000)."
        )
    for name, budget in (("lookup_budget", lookup_budget), ("write_budget", write_budget)):
        if (
            isinstance(budget, bool)
            or not isinstance(budget, (int, float))
            or not 0 < budget <= 3600
        ):
            raise InvalidInputError(
                f"{name} is {budget!r}; it must be a number of seconds in (0, 3600], e.g. 0.15."
            )
