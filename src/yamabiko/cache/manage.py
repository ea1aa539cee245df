"""Managing what the cache holds: invalidation (by id, context, tag, age or meaning), listing,
feedback on served answers, and the counters and sizes. A store failure raises
:class:`~yamabiko.errors.StoreError` (:func:`~yamabiko.storegate.store_errors`)."""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..focus_search import is_focus_id, with_focus_ids
from ..invalidation import selector_for, similar_ids
from ..models import CacheStats, Entry, Evidence
from ..request import check_min_similarity, check_text
from ..singleflight import SingleFlight
from ..storegate import store_errors
from ..stores.base import Selector, Store
from ..verify.review import with_aliases

if TYPE_CHECKING:
    from ..embedders.base import CachedEmbedder
    from ..matcher import Matcher
    from ..verify import Review, Verifier


class Management:
    """The management methods of :class:`~yamabiko.cache.AsyncSemanticCache` (a mixin: the
    state below is set by its constructor; it also provides ``open``)."""

    backend: Store
    embedder: CachedEmbedder
    min_similarity: float
    review: Review | None
    verifier: Verifier
    flights: SingleFlight[Any]
    matcher: Matcher
    focus: bool
    _counts: Counter[str]
    _not_stored: Counter[str]

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
            with store_errors("the store failed to search for similar entries"):
                ids = await similar_ids(self.backend, vector, selector, threshold)
            if not ids:
                return 0
            narrowed = {} if selector.everything else asdict(selector)
            selector = Selector(**{**narrowed, "ids": tuple(ids), "everything": False})
        with store_errors("the store failed to remove entries"):
            if selector.ids:  # promoted aliases and focus records go with their entries
                aliases = await with_aliases(self.backend, with_focus_ids(selector.ids))
                selector = dataclasses.replace(selector, ids=with_focus_ids(aliases))
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
        """The selected entries (all when no criterion is given), newest first. Focus records
        (:mod:`yamabiko.focus_search`) are listed only when named by id."""
        selector = selector_for(id=id, namespace=namespace, user=user, tag=tag, allow_empty=True)
        await self.open()
        with store_errors("the store failed to list entries"):
            if selector.ids:
                return await self.backend.entries(selector, limit)
            found = await self.backend.entries(selector, 2 * limit)
        return [e for e in found if not is_focus_id(e.id)][:limit]

    async def feedback(self, entry_id: str, *, correct: bool, similarity: float) -> bool:
        """Record that entry ``entry_id``'s answer was right (``correct=True``) or wrong for a
        prompt at cosine ``similarity`` (the hit's ``similarity``). With a
        :class:`~yamabiko.verify.Review` that learns, a wrong hit tightens the entry's threshold
        and confirmations can lower it. Returns False if the entry no longer exists."""
        check_text(entry_id, "entry_id")
        similarity = check_min_similarity(similarity, "similarity")
        await self.open()
        evidence = Evidence(similarity, bool(correct), "feedback", time.time())
        with store_errors("the store failed to record the feedback"):
            recorded = await self.backend.add_evidence(entry_id, evidence)
        self._counts["feedback"] += 1
        return recorded

    def counters(self) -> dict[str, Any]:
        """This process's counters (no I/O, so they are there even when the store is down)."""
        keys = ("hits", "misses", "bypass", "stores", "errors", "invalidated")
        out: dict[str, Any] = {key: self._counts[key] for key in keys}
        out["coalesced"] = self.flights.coalesced
        if self.matcher.band is not None:  # candidates checked / served below the threshold
            out.update(self.matcher.band_counts)
        if self.focus:  # lookups that searched a question focus, hits it gave
            out["focus:searched"] = self._counts["focus:searched"]
            out.update(self.matcher.focus_counts)
        out.update({f"not_stored:{reason}": n for reason, n in self._not_stored.items()})
        if self.review is not None:
            out.update(self.review.counters())
        own = getattr(self.verifier, "counters", None)  # the guard's: WordNet on or off
        if callable(own):
            out.update(own())
        return out

    async def stats(self) -> CacheStats:
        """This process's counters with the store's sizes (shared by every process)."""
        await self.open()
        with store_errors("the store failed to read its sizes"):
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
