"""The semantic cache: lookup, store and invalidate; the one place where policy and
verification are applied.

:class:`AsyncSemanticCache` is the core (async, used by the gateway); :class:`SemanticCache` is
a thin synchronous facade over it that runs the core on a private event loop thread.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import math
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .embedders.base import CachedEmbedder, Embedder
from .errors import InvalidInputError, NotStoredError, StoreError
from .language import detect_language
from .models import CacheStats, Entry, Hit, Lookup, Timings
from .partition import (
    NAMESPACE_KEY,
    USER_KEY,
    context_hash,
    partition_keys,
    validate_context,
)
from .policy import MAX_TTL_S, Decision, Policy, PolicyRequest
from .storegate import StateLog, StoreGate, StoreTimeoutError, describe, within
from .stores.base import Selector, Store
from .verify import Verifier, default_verifier

log = logging.getLogger("yamabiko")
T = TypeVar("T")

#: Default threshold for the default embedder (USE multilingual v3), chosen on
#: ../shared/data/pairs; see README "Choosing min_similarity" for the measurement.
DEFAULT_MIN_SIMILARITY = 0.90
DEFAULT_TTL_S = 3600.0
DEFAULT_MAX_ENTRY_BYTES = 256 * 1024
#: Prompts longer than this (characters) are neither embedded nor analysed: they bypass the
#: cache with reason ``too-long`` (embedding cost grows with length: ~9 ms per 1,000 characters).
DEFAULT_MAX_PROMPT_CHARS = 4000
DEFAULT_LOOKUP_BUDGET_S = 0.15  # the most a lookup waits on the store (open, search, fetch)
DEFAULT_WRITE_BUDGET_S = 5.0  # the most a store() waits on the store (open, put)


def check_min_similarity(value: Any, source: str = "min_similarity") -> float:
    """Validate a cosine threshold: a real number in [-1, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a cosine similarity, a number in [-1, 1] "
            "(e.g. 0.9). If you have a distance d from another tool: cosine = 1 - d."
        )
    if not -1.0 <= value <= 1.0:
        hint = " It looks like a percentage: divide by 100." if 1 < value <= 100 else ""
        raise InvalidInputError(
            f"{source} is {value!r}, outside [-1, 1]; it is a cosine similarity "
            f"(1 = same meaning).{hint}"
        )
    return float(value)


def check_ttl(value: Any, source: str = "ttl") -> float | None:
    """Validate a TTL in seconds: a positive number, or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise InvalidInputError(
            f"{source} is {value!r}; it must be a number of seconds > 0 (e.g. 3600), or None."
        )
    if value > MAX_TTL_S:
        raise InvalidInputError(
            f"{source} is {value!r} seconds, over the {MAX_TTL_S:.0f}-second (ten-year) "
            "maximum; to keep entries until they are evicted, use ttl=None."
        )
    if value <= 0:
        raise InvalidInputError(
            f"{source} is {value!r}; a TTL must be > 0 seconds. To keep entries until they are "
            "evicted or invalidated, create the cache with ttl=None."
        )
    return float(value)


def _check_text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(
            f"{name} must be a str, got {type(value).__name__}: {value!r:.80}. "
            "Serialise structured data (e.g. json.dumps) before caching it."
        )
    if not value.strip():
        raise InvalidInputError(f"{name} is empty ({value!r}); pass the non-empty text.")
    return value


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
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
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
    ) -> None:
        if store is not None and (path is not None or max_entries or max_bytes):
            raise InvalidInputError(
                "path, max_entries and max_bytes configure the default store; when you pass "
                "store=..., set them on that store instead."
            )
        if not isinstance(top_k, int) or top_k < 1:
            raise InvalidInputError(f"top_k is {top_k!r}; it must be an integer >= 1.")
        if (
            isinstance(max_prompt_chars, bool)
            or not isinstance(max_prompt_chars, int)
            or (max_prompt_chars < 1)
        ):
            raise InvalidInputError(
                f"max_prompt_chars is {max_prompt_chars!r}; it must be an integer >= 1 (e.g. 4000)."
            )
        for name, budget in (("lookup_budget", lookup_budget), ("write_budget", write_budget)):
            if (
                isinstance(budget, bool)
                or not isinstance(budget, (int, float))
                or not (0 < budget <= 3600)
            ):
                raise InvalidInputError(
                    f"{name} is {budget!r}; it must be a number of seconds in (0, 3600], e.g. 0.15."
                )
        if embedder is None:
            from .embedders.local import USEMultilingual

            embedder = USEMultilingual()
        if store is None:
            from .stores.local import LocalStore

            store = LocalStore(path, max_entries=max_entries, max_bytes=max_bytes)
        self.embedder = (
            embedder if isinstance(embedder, CachedEmbedder) else CachedEmbedder(embedder)
        )
        self.backend = store
        self.min_similarity = check_min_similarity(min_similarity)
        self.ttl = check_ttl(ttl)
        self.max_age = check_ttl(max_age, "max_age")
        self.language_in_context = language_in_context
        self.verifier = verifier if verifier is not None else default_verifier()
        self.policy = policy if policy is not None else Policy()
        self.top_k = top_k
        self.max_entry_bytes = max_entry_bytes
        self.max_prompt_chars = max_prompt_chars
        self.lookup_budget = float(lookup_budget)
        self.write_budget = float(write_budget)
        self.store_state = StateLog("cache store")
        self._gate = StoreGate(self._open_backend, self.store_state)
        self._counts: Counter[str] = Counter()
        self._not_stored: Counter[str] = Counter()
        self._in_flight: dict[tuple[str, str], asyncio.Future[str]] = {}
        self._verifier_warming: asyncio.Future[None] | None = None

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

    async def close(self) -> None:
        """Close the store. The cache can be opened again."""
        if await self._gate.close():
            await self.backend.close()

    async def __aenter__(self) -> AsyncSemanticCache:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- keys ------------------------------------------------------------------------------

    def _keys(
        self, prompt: str, context: Mapping[str, Any], decision: Decision
    ) -> tuple[str, str, str | None] | None:
        """(partition, context_id, lang), or None when the decision's scope cannot apply.

        Scope ``user`` keeps the user in the hashed context (no user: None, a bypass);
        ``namespace`` drops the user, so users of one namespace share answers; ``shared`` drops
        namespace and user; ``None`` hashes the context as given. The entry still records the
        namespace and user, for deletion.
        """
        if decision.scope == "user":
            if USER_KEY not in context:
                return None
        elif decision.scope == "shared":
            context = {k: v for k, v in context.items() if k not in (NAMESPACE_KEY, USER_KEY)}
        elif decision.scope == "namespace":
            context = {k: v for k, v in context.items() if k != USER_KEY}
        lang = detect_language(prompt) if self.language_in_context else None
        partition, context_id = partition_keys(context, lang)
        return partition, context_id, lang

    def _decide(
        self, prompt: str, context: Mapping[str, Any], route: str | None, headers: Mapping[str, str]
    ) -> Decision:
        return self.policy.decide(PolicyRequest(prompt, context, route, headers))

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
        start = time.perf_counter()
        _check_text(prompt, "prompt")
        ctx = validate_context(context)
        if min_similarity is not None:
            min_similarity = check_min_similarity(min_similarity)
        if len(prompt) > self.max_prompt_chars:  # bounded work: before any analysis or model
            self._counts["bypass"] += 1
            return Lookup(None, "bypass:too-long", None, Timings(total_ms=_ms(start)))
        decision = self._decide(prompt, ctx, route, headers or {})
        keys = self._keys(prompt, ctx, decision) if decision.cache else None
        detector = self.policy.find_sensitive([prompt]) if keys is not None else None
        if keys is None or detector is not None:
            self._counts["bypass"] += 1
            if detector is not None:  # a prompt with personal data is the user's own question
                reason = f"bypass:sensitive:{detector}"
            else:
                reason = "bypass:policy" if not decision.cache else "bypass:no-user-for-user-scope"
            return Lookup(None, reason, None, Timings(total_ms=_ms(start)))
        threshold = min_similarity
        if threshold is None:
            threshold = decision.min_similarity
        if threshold is None:
            threshold = self.min_similarity
        partition, _, lang = keys
        embed_ms = search_ms = verify_ms = 0.0
        try:
            if not await self._gate.wait_open(self.lookup_budget):
                raise StoreTimeoutError("store-unavailable", "the store is not open (yet)")
            t0 = time.perf_counter()
            vector = (await self.embedder.embed([prompt]))[0]
            embed_ms = _ms(t0)
            t0 = time.perf_counter()
            deadline = time.monotonic() + self.lookup_budget
            now = time.time()
            candidates = await within(
                self.backend.search(vector, partition, self.top_k, now), deadline, "search"
            )
            search_ms = _ms(t0)
            best = candidates[0].similarity if candidates else None
            reason = "no-candidate" if not candidates else "below-threshold"
            for candidate in candidates:
                if candidate.similarity < threshold:
                    break
                t0 = time.perf_counter()
                verdict = await self.verifier.verify(prompt, candidate, lang)
                verify_ms += _ms(t0)
                if not verdict.accept:
                    if reason == "below-threshold":
                        reason = f"rejected:{verdict.reason}"
                    continue
                t0 = time.perf_counter()
                entry = await within(self.backend.fetch_hit(candidate.id, now), deadline, "hit")
                search_ms += _ms(t0)
                if entry is None:  # expired or removed since the search
                    continue
                if self.max_age is not None and entry.age_s(now) > self.max_age:
                    continue  # stored before the cap was lowered: never served
                self._counts["hits"] += 1
                self.store_state.success()
                timings = Timings(embed_ms, search_ms, verify_ms, 0.0, _ms(start))
                hit = Hit(entry, candidate.similarity, timings, verdict)
                return Lookup(hit, "hit", candidate.similarity, timings)
        except Exception as exc:  # the store or the embedder failed: fail open, as a miss
            self._counts["errors"] += 1
            self._counts["misses"] += 1
            if isinstance(exc, StoreTimeoutError):
                reason = exc.reason
                self._counts[reason] += 1
            else:
                reason = f"error:{type(exc).__name__}"
            self.store_state.failure("lookup", exc)
            return Lookup(None, reason, None, Timings(embed_ms, search_ms, total_ms=_ms(start)))
        self.store_state.success()
        self._counts["misses"] += 1
        timings = Timings(embed_ms, search_ms, verify_ms, 0.0, _ms(start))
        return Lookup(None, reason, best, timings)

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
        ``sensitive:<detector>``, ``too-large``, ``too-long``; StoreError when the store fails
        or does not answer within ``write_budget``.
        """
        _check_text(prompt, "prompt")
        _check_text(response, "response")
        ctx = validate_context(context)
        ttl = check_ttl(ttl)
        tags = _check_tags(tags)
        metadata = dict(metadata or {})
        if len(prompt) > self.max_prompt_chars:  # bounded work: before any analysis or model
            self._refuse(
                "too-long",
                f"not stored: the prompt has {len(prompt)} characters, over max_prompt_chars "
                f"({self.max_prompt_chars}).",
            )
        decision = self._decide(prompt, ctx, route, headers or {})
        keys = self._keys(prompt, ctx, decision) if decision.cache else None
        if keys is None:
            self._refuse("policy" if not decision.cache else "no-user-for-user-scope")
        size_limit = decision.max_entry_bytes or self.max_entry_bytes
        size = len(prompt.encode()) + len(response.encode())
        if size > size_limit:
            self._refuse(
                "too-large",
                f"not stored: prompt + response are {size} bytes, over the {size_limit}-byte "
                "limit (max_entry_bytes).",
            )
        detector = self.policy.find_sensitive([prompt, response])
        if detector is not None:
            self._refuse(f"sensitive:{detector}")
        assert keys is not None
        partition, context_id, lang = keys
        if ttl is None:  # precedence: the call's ttl=, then the rule's, then the cache's
            ttl = decision.ttl if decision.ttl is not None else self.ttl
        if self.max_age is not None:
            ttl = self.max_age if ttl is None else min(ttl, self.max_age)
        try:
            if not await self._gate.wait_open(self.write_budget):
                if self._gate.last_error is not None:
                    raise self._gate.last_error
                raise StoreTimeoutError("store-unavailable", "the store is not open (yet)")
        except StoreError:
            self._counts["errors"] += 1
            raise
        except Exception as exc:
            self._counts["errors"] += 1
            raise StoreError(f"the store cannot be opened: {describe(exc)}") from exc
        vector = (await self.embedder.embed([prompt]))[0]
        now = time.time()
        entry = Entry(
            id=uuid.uuid4().hex,
            partition=partition,
            context_id=context_id,
            namespace=str(ctx.get(NAMESPACE_KEY)),
            user=ctx.get(USER_KEY),
            lang=lang,
            prompt=prompt,
            response=response,
            created_at=now,
            expires_at=None if ttl is None else now + ttl,
            tags=tags,
            metadata=metadata,
        )
        try:
            deadline = time.monotonic() + self.write_budget
            await within(self.backend.put(entry, vector), deadline, "put")
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

    async def store_quietly(self, prompt: str, response: str, **kwargs: Any) -> Entry | None:
        """:meth:`store` for the request path: a refusal or a failure is logged and counted,
        never raised, so that a fresh answer is always returned to the caller."""
        try:
            return await self.store(prompt, response, **kwargs)
        except NotStoredError as exc:
            log.info("yamabiko did not store the answer: %s", exc.reason)
        except Exception as exc:  # the cache never breaks the LLM path
            log.debug("yamabiko store failed, answer served uncached: %s", describe(exc))
        return None

    def _refuse(self, reason: str, message: str | None = None) -> None:
        self._not_stored[reason] += 1
        raise NotStoredError(reason, message)

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
        hit = await self.lookup(prompt, context=context, min_similarity=min_similarity)
        if hit is not None:
            return hit.response
        key = (context_hash(validate_context(context)), prompt)
        while (leader := self._in_flight.get(key)) is not None:
            self._counts["coalesced"] += 1
            try:
                return await asyncio.shield(leader)
            except asyncio.CancelledError:
                if not leader.cancelled():
                    raise  # this caller was cancelled, not the leader
                # the leader was cancelled (its client went away): lead in its place
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._in_flight[key] = future
        try:
            result = call(prompt)
            if inspect.isawaitable(result):
                result = await result
            future.set_result(result)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: followers re-raise it, nobody else must
            raise
        finally:
            del self._in_flight[key]
        await self.store_quietly(prompt, result, context=context, ttl=ttl, tags=tags)
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
    ) -> int:
        """Remove entries; the criteria given combine with AND. Returns the number removed.

        ``context`` removes every entry stored with exactly that context (all languages);
        ``older_than`` is an age in seconds; ``everything=True`` empties the cache and cannot
        be combined with other criteria.
        """
        ids = (id,) if isinstance(id, str) else tuple(id or ())
        context_id = partition_keys(validate_context(context), None)[1] if context else None
        if older_than is not None and (
            isinstance(older_than, bool)
            or not isinstance(older_than, (int, float))
            or not math.isfinite(older_than)
            or older_than < 0
        ):
            raise InvalidInputError(
                f"older_than is {older_than!r}; it must be a finite age in seconds >= 0 "
                "(e.g. 86400 for entries older than a day)."
            )
        selector = Selector(
            ids=ids,
            context_id=context_id,
            namespace=namespace,
            user=user,
            tag=tag,
            older_than=older_than,
            everything=everything,
        )
        if everything and selector != Selector(everything=True):
            raise InvalidInputError(
                "everything=True removes all entries and cannot be combined with other "
                "criteria; drop either everything=True or the other arguments."
            )
        if selector.is_empty():
            raise InvalidInputError(
                "invalidate() needs at least one criterion: id, context, namespace, user, tag, "
                "older_than, or everything=True."
            )
        await self.open()
        removed = await self.backend.delete(selector)
        self._counts["invalidated"] += removed
        return removed

    def counters(self) -> dict[str, int]:
        """This process's counters (no I/O, so they are there even when the store is down)."""
        keys = ("hits", "misses", "bypass", "stores", "errors", "invalidated", "coalesced")
        out = {key: self._counts[key] for key in keys}
        out.update({f"not_stored:{reason}": n for reason, n in self._not_stored.items()})
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


def _check_tags(tags: Sequence[str]) -> tuple[str, ...]:
    if isinstance(tags, str):
        raise InvalidInputError(
            f"tags is the string {tags!r}; pass a list of tags, e.g. tags=[{tags!r}]."
        )
    out = tuple(tags)
    for tag in out:
        if not isinstance(tag, str) or not tag or tag != tag.strip() or "," in tag:
            raise InvalidInputError(
                f"tag {tag!r} is invalid; tags are non-empty strings without commas or "
                "surrounding spaces."
            )
    return out


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

    def get_or_call(
        self,
        prompt: str,
        call: Callable[[str], Any],
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
    ) -> str:
        """See :meth:`AsyncSemanticCache.get_or_call`; ``call`` runs in the calling thread."""
        hit = self.lookup(prompt, context=context, min_similarity=min_similarity)
        if hit is not None:
            return hit.response
        result = call(prompt)
        self._call(self.aio.store_quietly(prompt, result, context=context, ttl=ttl, tags=tags))
        return result

    def cached(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        min_similarity: float | None = None,
        ttl: float | None = None,
        tags: Sequence[str] = (),
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorate ``f(prompt: str) -> str``, sync or async, so it is answered from the cache."""

        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            if inspect.iscoroutinefunction(fn):

                @functools.wraps(fn)
                async def async_wrapper(prompt: str) -> str:
                    lookup = self.aio.lookup(prompt, context=context, min_similarity=min_similarity)
                    hit = await self.submit(lookup)
                    if hit is not None:
                        return hit.response
                    result = await fn(prompt)
                    store = self.aio.store_quietly(
                        prompt, result, context=context, ttl=ttl, tags=tags
                    )
                    await self.submit(store)
                    return result

                return async_wrapper

            @functools.wraps(fn)
            def wrapper(prompt: str) -> str:
                return self.get_or_call(
                    prompt, fn, context=context, min_similarity=min_similarity, ttl=ttl, tags=tags
                )

            return wrapper

        return decorate

    async def submit(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a core coroutine on the cache's loop and await it from any other loop."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    def invalidate(self, **kwargs: Any) -> int:
        """See :meth:`AsyncSemanticCache.invalidate`."""
        return self._call(self.aio.invalidate(**kwargs))

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
