"""Promotion: the background side of a :class:`~.review.Review`.

In ``async`` mode a band candidate is verified after the lookup has answered (a miss); a yes
stores the new prompt as an **alias** of the cached entry (its own id and vector, the entry's
answer, partition, expiry, tags and creation time; ``metadata["alias_of"]`` names the root
entry), so that the next rephrasing hits. In ``sync`` mode with ``promote_sync`` a yes is
promoted the same way, after the answer. Every verdict and promotion is recorded as evidence of
the compared entry (:mod:`.learned`); invalidating an entry by id follows its aliases
(:func:`with_aliases`). Nothing here ever raises into a lookup: failures are logged and counted.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..models import Candidate, Entry, Verdict
from ..stores.base import Selector, Store
from .base import Verifier

log = logging.getLogger("yamabiko")
#: how many alias generations an invalidation by id follows
_ALIAS_DEPTH = 4
#: sync promotion: the least score (margin, see :mod:`.select`) of a verified candidate that is
#: promoted: 0, the nearest candidate of its search, with no known wrong entry beside it
PROMOTE_MARGIN = 0.0


def is_verdict(verdict: Verdict) -> bool:
    """False for *no verdict* (``judge-timeout``, ``judge-error``, ``judge-unclear``,
    ``judge-budget``), which fails closed and teaches nothing."""
    return not verdict.reason.startswith("judge-")


class Promotion:
    """The background verifications and promotions of a :class:`~.review.Review` (a mixin:
    the review sets the state below and provides ``_ask`` and ``_record``)."""

    verifier: Verifier | None
    promote: bool
    counts: Counter[str]
    _tasks: set[asyncio.Task[None]]

    async def _ask(
        self, prompt: str, candidate: Candidate, entry: Entry, lang: str | None
    ) -> Verdict:
        raise NotImplementedError

    async def _record(
        self, store: Store, candidate: Candidate, correct: bool, source: str, ref: str | None = None
    ) -> None:
        raise NotImplementedError

    def _background(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _verify(
        self,
        store: Store,
        prompt: str,
        vector: np.ndarray | None,
        candidate: Candidate,
        lang: str | None,
        *,
        promote: bool,
        wait: bool,
    ) -> Verdict:
        """The verifier's verdict on ``candidate`` (``gone``: its entry was removed or has
        expired). A yes is promoted when ``promote`` (and there is a ``vector``): awaited when
        ``wait``, else in the background; any other verdict is recorded as evidence. No verdict
        teaches nothing."""
        entry = await live_entry(store, candidate.id)
        if entry is None:
            return Verdict(False, "gone")
        verdict = await self._ask(prompt, candidate, entry, lang)
        if not is_verdict(verdict):
            return verdict
        if verdict.accept and promote and vector is not None:
            work = self._promote(store, entry, prompt, vector, candidate)
            if wait:
                await work
            else:
                self._background(work)
        else:
            await self._record(store, candidate, verdict.accept, "judge")
        return verdict

    async def _verify_and_promote(
        self, store: Store, prompt: str, vector: np.ndarray, candidate: Candidate, lang: str | None
    ) -> None:
        """Async mode, in the background: :meth:`_verify`; failures are logged and counted."""
        try:
            await self._verify(store, prompt, vector, candidate, lang,
                               promote=self.promote, wait=True)  # fmt: skip
        except Exception as exc:  # the background never breaks anything: log and count
            self.counts["errors"] += 1
            log.warning("yamabiko borderline verification failed: %r", exc)

    async def _promote(
        self, store: Store, entry: Entry, prompt: str, vector: np.ndarray, candidate: Candidate
    ) -> None:
        """Store ``prompt`` as an alias of ``entry`` and record the promotion as evidence."""
        try:
            alias = alias_of(entry, prompt)
            await store.put(alias, vector)
            await self._record(store, candidate, True, "alias", ref=alias.id)
            self.counts["promoted"] += 1
        except Exception as exc:  # the background never breaks anything: log and count
            self.counts["errors"] += 1
            log.warning("yamabiko borderline verification failed: %r", exc)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for the background verifications (all of them, or until ``timeout``)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def aclose(self, timeout: float = 10.0) -> None:
        """Finish (or, past ``timeout``, cancel) background work; close the verifier."""
        await self.drain(timeout)
        for task in list(self._tasks):
            task.cancel()
        close = getattr(self.verifier, "aclose", None)
        if close is not None:
            await close()


def alias_of(entry: Entry, prompt: str) -> Entry:
    """The alias of ``entry`` for ``prompt``: same answer, partition, expiry, tags and age."""
    root = entry.metadata.get("alias_of", entry.id)
    return dataclasses.replace(
        entry,
        id=uuid.uuid4().hex,
        prompt=prompt,
        metadata={**entry.metadata, "alias_of": root},
        hits=0,
        last_hit_at=None,
    )


async def live_entry(store: Store, entry_id: str) -> Entry | None:
    """The entry if it is still there and not expired."""
    found = await store.entries(Selector(ids=(entry_id,)), 1)
    now = time.time()
    return next((e for e in found if not e.is_expired(now)), None)


async def with_aliases(store: Store, ids: Sequence[str]) -> tuple[str, ...]:
    """``ids`` and the aliases promoted from them (a few generations deep), for invalidation."""
    out = list(dict.fromkeys(ids))
    frontier = out
    for _ in range(_ALIAS_DEPTH):
        rows = await store.evidence(frontier)
        found = [
            e.ref
            for evidence in rows.values()
            for e in evidence
            if e.source == "alias" and e.ref and e.ref not in out
        ]
        if not found:
            break
        frontier = list(dict.fromkeys(found))
        out.extend(frontier)
    return tuple(out)
