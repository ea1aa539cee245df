"""The write path of the cache: whether an answer may be stored (counted by reason), and the
put, bounded by the write budget; driver errors become :class:`~yamabiko.errors.StoreError`."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import NotStoredError
from ..focus import question_focus
from ..focus_search import focus_record
from ..lru import LRU
from ..models import Entry
from ..policy import Policy
from ..policy.admission import storable
from ..reasons import Reason, Why
from ..request import CacheRequest, check_text
from ..storegate import StateLog, StoreGate, StoreTimeoutError, describe, store_errors, within
from ..stores.base import Store, last_of_each

if TYPE_CHECKING:
    from ..conversation import ConversationMatcher

log = logging.getLogger("yamabiko")


class Writes:
    """The storing methods of :class:`~yamabiko.cache.AsyncSemanticCache` (a mixin: the state
    below is set by its constructor; it also provides ``request`` and ``_vector``)."""

    backend: Store
    policy: Policy
    conversations: ConversationMatcher
    store_state: StateLog
    write_budget: float
    _gate: StoreGate
    _exact: LRU[str]
    _counts: Counter[str]
    _not_stored: Counter[str]
    review: Any
    matcher: Any
    focus: bool
    embedder: Any

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
        ``status``, ``size``, ``incomplete``, ``finish``, ``store_unavailable`` (see
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
        await request.scan(self.policy)  # a remote checker runs off the event loop
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
        with store_errors("the store cannot be opened", self._failed):
            if not await self._gate.wait_open(self.write_budget):
                if self._gate.last_error is not None:
                    raise self._gate.last_error
                raise StoreTimeoutError(Why.STORE_UNAVAILABLE, "the store is not open (yet)")
        await self.conversations.prepare(request)
        vector, _ = await self._vector(request)
        (analysis,) = await self.stored_analyses([request])
        with store_errors("the store failed to save the entry", self._failed_saving):
            entry = request.entry(response, metadata, time.time(), analysis)
            deadline = time.monotonic() + self.write_budget
            await within(self._write_queue().put(entry, vector), deadline, "put")
            self._exact.put((request.partition, request.prompt), entry.id)
        await self._put_focus(request, entry)
        self.store_state.success()
        self._counts["stores"] += 1
        return entry

    async def _put_focus(self, request: CacheRequest, entry: Entry) -> None:
        """With question focus on, a prompt with a preamble also keeps its focus's vector, as
        the entry's focus record (:mod:`yamabiko.focus_search`): one more embedding and write,
        for such prompts only."""
        focus = question_focus(request.prompt, request.lang) if self.focus else None
        if focus is None:
            return
        vector = (await self.embedder.embed([focus]))[0]
        with store_errors("the store failed to save the entry", self._failed_saving):
            deadline = time.monotonic() + self.write_budget
            await within(self._write_queue().put(focus_record(entry), vector), deadline, "put")

    async def stored_analyses(self, requests: Sequence[CacheRequest]) -> list[str | None]:
        """The verifier's analysis of each request's prompt to keep with its entry (the
        guard's: read instead of analysing the prompt when a process that has not analysed it
        checks the entry as a candidate), or None each. Made in one worker thread, like the
        other CPU work of a write: analysing a prompt the guard has not met costs 0.1-0.3 ms
        (more for a long one), which would stall every other request on the event loop."""
        make = getattr(self.matcher.verifier, "stored_analysis", None)
        if make is None or not requests:
            return [None] * len(requests)
        return await asyncio.to_thread(lambda: [make(r.prompt, r.lang) for r in requests])

    def _write_queue(self) -> WriteQueue:
        queue: WriteQueue | None = getattr(self, "_writes", None)
        if queue is None or queue.backend is not self.backend:
            queue = self._writes = WriteQueue(self.backend)
        return queue

    def embed_ahead(self, request: CacheRequest) -> asyncio.Future[Any] | None:
        """Start embedding ``request``'s prompt now, for a lookup that first waits for a
        pending store in its partition (read-your-writes): the model runs while the store
        is written. None when its lookup will not embed (bypassed, already embedded, or an
        exact repeat answered without the model)."""
        if request.vector is not None or request.no_read or request.uncacheable:
            return None
        plain = not self.review and not request.semantic_history  # as the lookup decides
        if plain and self._exact.get((request.partition, request.prompt)) is not None:
            return None
        task = asyncio.ensure_future(self._vector(request))
        task.add_done_callback(_retrieve)  # a failure shows in the lookup, which embeds again
        return task

    def _failed(self, exc: Exception) -> None:
        self._counts["errors"] += 1

    def _failed_saving(self, exc: Exception) -> None:
        self._counts["errors"] += 1
        self.store_state.failure("store", exc)

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


#: the most entries written in one batch
MAX_BATCH = 256


class WriteQueue:
    """Coalesced puts: the entries that arrive while a write runs go to the store together, in
    one ``put_many`` when the store has one (one transaction on the embedded store: measured
    ~0.15 ms of CPU per entry in batches of 8 against ~0.6 ms one by one), so that concurrent
    misses' stores take less of the CPU their lookups need and fewer writes wait in the
    store's queue. A lone entry is written with ``put``, as before; the same entry twice in a
    batch is written once, its last version. The store's bound on waiting writes
    (``max_pending_writes``) still holds, a batch counting as one write (of at most
    :data:`MAX_BATCH` entries): a put past it goes to the store on its own, which refuses it
    at once."""

    def __init__(self, backend: Store) -> None:
        self.backend = backend
        self._put_many = getattr(backend, "put_many", None)
        self._limit: int = getattr(backend, "_max_pending_writes", 256)
        self._waiting: list[tuple[Entry, Any, asyncio.Future[None]]] = []
        self._writing = 0  # entries in the batch being written
        self._writer: asyncio.Task[None] | None = None

    async def put(self, entry: Entry, vector: Any) -> None:
        """Write ``entry``; returns (or raises as the store did) once its batch is written."""
        if self._waiting:  # a batch is forming: join it
            alone = len(self._waiting) >= MAX_BATCH
        else:  # a new batch: one more write waiting for the store
            alone = (1 if self._writing else 0) + 1 > self._limit
        if self._put_many is None or alone:
            await self.backend.put(entry, vector)
            return
        done = asyncio.get_running_loop().create_future()
        self._waiting.append((entry, vector, done))
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._write())
        await done

    async def _write(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                self._writing = len(batch)
                kept = [batch[i] for i in last_of_each([entry for entry, _, _ in batch])]
                try:
                    if len(kept) == 1:
                        await self.backend.put(kept[0][0], kept[0][1])
                    else:
                        vectors = np.stack([np.asarray(v, dtype=np.float32) for _, v, _ in kept])
                        assert self._put_many is not None
                        await self._put_many([entry for entry, _, _ in kept], vectors)
                except Exception as exc:
                    for _, _, done in batch:
                        if not done.done():
                            done.set_exception(exc)
                            done.exception()  # retrieved: a caller that timed out is gone
                except BaseException:  # cancelled (the loop is closing): nobody waits forever
                    for _, _, done in batch:
                        done.cancel()
                    raise
                else:
                    for _, _, done in batch:
                        if not done.done():
                            done.set_result(None)
        finally:
            self._writer = None
            self._writing = 0
            if self._waiting:  # left behind by a cancelled writer
                for _, _, done in self._waiting:
                    done.cancel()
                self._waiting = []


def _retrieve(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()
