"""The semantic cache's core: construction, life cycle, the request, and ``get_or_call``.

:class:`AsyncSemanticCache` is the core (async, used by the gateway); its read path is in
:mod:`.lookup`, its write path in :mod:`.writes`, invalidation and stats in :mod:`.manage`.
Each call builds one :class:`~yamabiko.request.CacheRequest` (:mod:`yamabiko.request`); what
may be cached is decided in :mod:`yamabiko.policy.admission`; concurrent identical misses share
one call (:mod:`yamabiko.singleflight`). :class:`~yamabiko.cache.sync.SemanticCache` is the
synchronous facade.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..conversation import DEFAULT_CONVERSATION, ConversationMatcher, check_conversation
from ..embedders.base import CachedEmbedder, Embedder, Followed, Then
from ..embedders.choose import embedder_from_spec
from ..errors import InvalidInputError, StoreError
from ..focus_search import DEFAULT_FOCUS
from ..guard.verified_band import (
    DEFAULT_BAND_WIDTH,
    VerifiedBand,
    check_band_below,
    check_band_width,
)
from ..lru import LRU
from ..matcher import Matcher
from ..policy import Policy
from ..registry import default_embedder, default_store
from ..request import (
    DEFAULT_MAX_ENTRY_BYTES,
    DEFAULT_MAX_PROMPT_CHARS,
    CacheRequest,
    Defaults,
    build_request,
    check_min_similarity,
    check_ttl,
)
from ..singleflight import SingleFlight
from ..storegate import BudgetedHits, StateLog, StoreGate, describe
from ..stores.base import Store
from ..verify import Review, Verifier, default_verifier
from .limits import (
    DEFAULT_LOOKUP_BUDGET_S,
    DEFAULT_MIN_SIMILARITY,
    DEFAULT_TTL_S,
    DEFAULT_WRITE_BUDGET_S,
    check_limits,
)
from .lookup import Lookups
from .manage import Management
from .writes import Writes


class AsyncSemanticCache(Lookups, Writes, Management):
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
        verified_band: how far below ``min_similarity`` a candidate may still be served when
            the guard *proves* it means the same (every rule accepts it and the guard's boosted
            trees score it >= 0.80; never below cosine 0.70): hit reason
            ``verified-band:<cosine>:<score>``. None: the default, 0.05 (0.70-0.75 at the
            default threshold); 0 turns it off; a width given must be a number in [0, 0.5]
            and at most ``min_similarity``. Needs the default guard as ``verifier``. See
            :mod:`yamabiko.guard.verified_band`.
        focus: also match a prompt's question focus, the asking part after a preamble (hit
            reason ``hit:focus:<cosine>``); None: the default. See :mod:`yamabiko.focus_search`.
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
        verified_band: float | None = None,
        focus: bool | None = None,
    ) -> None:
        if store is not None and (path is not None or max_entries or max_bytes):
            raise InvalidInputError(
                "path, max_entries and max_bytes configure the default store; when you pass "
                "store=..., set them on that store instead."
            )
        if not isinstance(top_k, int) or top_k < 1:
            raise InvalidInputError(f"top_k is {top_k!r}; it must be an integer >= 1.")
        check_limits(max_prompt_chars, lookup_budget, write_budget)
        width = DEFAULT_BAND_WIDTH if verified_band is None else check_band_width(verified_band)
        if verified_band is not None:  # (checked before the model loads and the store opens)
            check_band_below(width, check_min_similarity(min_similarity))
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
        self.verifier_state = StateLog("cache verifier")  # (a verifier that raises: lookup.py)
        self._gate = StoreGate(self._open_backend, self.store_state)
        self.policy = policy if policy is not None else Policy()
        self.top_k = top_k
        self.focus = DEFAULT_FOCUS if focus is None else bool(focus)
        verifier = verifier if verifier is not None else default_verifier()
        hits = BudgetedHits(store, float(lookup_budget))  # fetching a hit has a budget too
        band = VerifiedBand(width) if width > 0 else None
        self.matcher = Matcher(verifier, hits, self.defaults.max_age, review, band)
        self.flights: SingleFlight[Any] = SingleFlight()
        #: (partition, prompt) -> id of the entry that answers it: exact repeats skip the model
        self._exact: LRU[str] = LRU(50_000)
        self.conversations = ConversationMatcher(self.embedder)
        self._counts: Counter[str] = Counter()
        self._not_stored: Counter[str] = Counter()
        self._verifier_warming: asyncio.Future[None] | None = None

    # the cache-wide settings, read-only views of ``defaults``
    @property
    def min_similarity(self) -> float:
        """The cache-wide cosine threshold (calls and policy rules may override it)."""
        return self.defaults.min_similarity

    @property
    def ttl(self) -> float | None:
        """Seconds an answer lives unless a rule or the call says otherwise (None: no TTL)."""
        return self.defaults.ttl

    @property
    def max_age(self) -> float | None:
        """The cap on every entry's age in seconds (None: no cap)."""
        return self.defaults.max_age

    @property
    def max_entry_bytes(self) -> int:
        """Answers larger than this (prompt + response, UTF-8 bytes) are not stored."""
        return self.defaults.max_entry_bytes

    @property
    def language_in_context(self) -> bool:
        """Whether prompts in different languages are kept apart."""
        return self.defaults.language_in_context

    @property
    def conversation(self) -> str:
        """How earlier turns are matched: ``"semantic"`` or ``"exact"``."""
        return self.defaults.conversation

    @property
    def verified_band(self) -> float:
        """How far below the threshold a candidate the guard proves is served (0: off)."""
        band = self.matcher.band
        return 0.0 if band is None else band.width

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
        """Open the store and load the model, the verifier's and the conversation matcher's
        resources now, so that the first request does not pay for them (the gateway calls
        this at start-up). A store that cannot be opened raises its StoreError after the model
        is loaded (the store is opened again in the background, and the model is ready when
        it is back)."""
        failed: StoreError | None = None
        try:
            await self.open()
        except StoreError as exc:
            failed = exc
        await self.embedder.embed(["yamabiko warm-up"])
        warm = getattr(self.verifier, "warm_up", None)
        if warm is not None:
            await asyncio.to_thread(warm)
        await asyncio.to_thread(self.conversations.warm_up)
        if failed is not None:
            raise failed

    @property
    def store_unavailable(self) -> bool:
        """True while the store is not open and its last open failed (a put would fail)."""
        return not self._gate.opened and self._gate.last_error is not None

    async def store_status(self) -> dict[str, str]:
        """The store as this process sees it, for health checks (never raises, never waits):
        ``{"store": "ok"}``; ``"opening"`` (its first open is under way); ``"unavailable"``
        (not open: the last attempt failed; another starts in the background when its backoff
        allows, this call included); ``"failing"`` (open, but its last operation failed, e.g.
        a network store that went down: lookups are misses until it answers again). Not
        ``ok``: ``"error"`` says how it last failed."""
        gate, state = self._gate, self.store_state
        if gate.opened:
            if not state.down:
                return {"store": "ok"}
            return {"store": "failing", "error": state.last_error or "unknown"}
        gate.nudge()
        if gate.last_error is None:
            return {"store": "opening"}
        return {"store": "unavailable", "error": describe(gate.last_error)}

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

    async def _vector(
        self, request: CacheRequest, then: Then | None = None
    ) -> tuple[np.ndarray, Followed | None]:
        """The prompt's vector, embedded once per request; ``then(vector)`` runs on the model's
        worker thread right after it when it can (see :meth:`CachedEmbedder.start_then`): its
        ``(result, error)``, or None when it did not."""
        followed = None
        if request.vector is None:
            if then is not None:
                request.vector, followed = await self.embedder.start_then(request.prompt, then)
            else:
                request.vector = (await self.embedder.start([request.prompt]))[0]
        return request.vector, followed

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
