"""The store protocol: what the cache needs from a place that keeps entries and vectors.

A store speaks cosine similarity in [-1, 1] (the one scale): stores whose engine returns a
distance convert at this boundary. Every store passes the shared contract tests in
``tests/test_store_contract.py``; a new backend adds itself to that file's fixture list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

from ..errors import InvalidInputError
from ..models import Candidate, Entry, Evidence, StoreStats


@dataclass(frozen=True)
class Selector:
    """Which entries an invalidation (or an inspection) applies to; set fields combine with AND.

    ``older_than`` is an age in seconds. ``everything=True`` selects all entries and must be the
    only field set, so that an empty selector can never wipe the store by accident.
    """

    ids: tuple[str, ...] = ()
    partition: str | None = None
    context_id: str | None = None
    namespace: str | None = None
    user: str | None = None
    tag: str | None = None
    older_than: float | None = None
    everything: bool = False

    def is_empty(self) -> bool:
        """True when no field is set (the selector would select nothing)."""
        return not (
            self.ids
            or self.partition
            or self.context_id
            or self.namespace
            or self.user
            or self.tag
            or self.older_than is not None
            or self.everything
        )

    def require_something(self) -> None:
        """Raise InvalidInputError for an empty selector (a delete must select something)."""
        if self.is_empty():
            raise InvalidInputError(
                "invalidate() needs something to select (id, context, namespace, user, tag, "
                "older_than) or everything=True; an empty selector removes nothing on purpose."
            )

    def conditions(self, now: float) -> list[tuple[str, Any]]:
        """The set fields as ``(name, value)`` conditions that combine with AND, for a store to
        render in its own query language: ``ids`` (a list), ``partition``, ``context_id``,
        ``namespace``, ``user``, ``tag`` (one of the entry's tags), and ``created_before``
        (``now - older_than``: created at or before it). ``everything`` is the caller's to
        check first (it has no conditions)."""
        found: list[tuple[str, Any]] = [("ids", list(self.ids))] if self.ids else []
        for name in ("partition", "context_id", "namespace", "user", "tag"):
            value = getattr(self, name)
            if value is not None:
                found.append((name, value))
        if self.older_than is not None:
            found.append(("created_before", now - self.older_than))
        return found


def last_of_each(entries: Sequence[Entry]) -> list[int]:
    """The positions in ``entries`` to write so that a batch holding one id twice ends as
    puts one after another would (each id's last version, in the order of those last
    versions): a batch written in one statement cannot insert the same row twice."""
    last = {entry.id: i for i, entry in enumerate(entries)}
    return sorted(last.values()) if len(last) < len(entries) else list(range(len(entries)))


@runtime_checkable
class Store(Protocol):
    """Keeps entries with their vectors; searches one partition at a time."""

    async def open(self, embedder_name: str | None, dims: int | None) -> None:
        """Connect / load, and check that the store was filled by this embedder.

        Raises EmbedderMismatchError when the store holds another embedder's vectors.
        ``embedder_name=None`` (and ``dims=None``) opens for administration (stats,
        invalidation, inspection), without the check.
        """

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """Up to ``k`` unexpired entries of ``partition`` nearest to ``vector``, best first."""

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """Return the full entry and count the hit; ``None`` if it is gone or expired."""

    async def put(self, entry: Entry, vector: np.ndarray) -> None:
        """Add (or replace) an entry; evicts least-recently-used entries past capacity."""

    async def delete(self, selector: Selector) -> int:
        """Remove the selected entries; returns how many were removed."""

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected entries, newest first (for inspection)."""

    async def partitions(self, selector: Selector) -> list[str]:
        """The distinct partitions of the selected entries (for ``invalidate(similar_to=...)``,
        which then searches each of them)."""

    async def stats(self) -> StoreStats:
        """Entries and bytes held, evictions and expiries so far."""

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        """Record one observed outcome for an existing entry (shared by every process, kept
        across restarts, removed with the entry); False if the entry does not exist."""

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        """The recorded outcomes of each entry, oldest first; entries without any are left
        out. One round trip for all ids (it runs on lookups with learned thresholds)."""

    async def close(self) -> None:
        """Release connections and files; the store can be opened again later."""
