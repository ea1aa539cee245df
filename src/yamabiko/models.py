"""Plain, frozen data passed between the cache, its stores and the gateway."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .reasons import Reason, lookup_text

#: Answers larger than this (prompt + response, UTF-8 bytes) are not stored by default (the
#: cache's ``max_entry_bytes``, and the network stores' own guard): defined here only.
DEFAULT_MAX_ENTRY_BYTES = 256 * 1024


@dataclass(frozen=True)
class Entry:
    """One cached answer.

    ``partition`` is the exact-context key (see :mod:`yamabiko.partition`); only entries of the
    same partition can ever match. ``context_id`` is the same hash without the prompt's language,
    so that ``invalidate(context=...)`` removes every language at once. Times are Unix seconds;
    ``expires_at`` is ``None`` for entries that never expire.
    """

    id: str
    partition: str
    context_id: str
    namespace: str
    user: str | None
    lang: str | None
    prompt: str
    response: str
    created_at: float
    expires_at: float | None
    tags: tuple[str, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    hits: int = 0
    last_hit_at: float | None = None
    #: the conversation record (see :mod:`yamabiko.conversation`), written with the entry and
    #: returned with search candidates; None for entries without earlier turns to compare.
    history: str | None = None
    #: the guard's analysis of the prompt (:mod:`yamabiko.guard.stored`), written with the
    #: entry and returned with search candidates, so that a process that has not analysed the
    #: prompt reads it instead; None: analysed at lookup
    analysis: str | None = None

    @property
    def text_bytes(self) -> int:
        """Bytes of the entry's prompt + response (UTF-8): what ``max_entry_bytes`` limits."""
        return len(self.prompt.encode()) + len(self.response.encode())

    @property
    def size_bytes(self) -> int:
        """Bytes the entry takes in a store's byte budget: prompt + response and the guard's
        stored analysis (UTF-8, ~1 kB when present); vectors not included."""
        return self.text_bytes + (len(self.analysis.encode()) if self.analysis else 0)

    def age_s(self, now: float | None = None) -> float:
        """Seconds since the answer was stored."""
        return max(0.0, (time.time() if now is None else now) - self.created_at)

    def is_expired(self, now: float) -> bool:
        """True once ``now`` (Unix seconds) has reached ``expires_at``; never for an entry
        without one."""
        return self.expires_at is not None and self.expires_at <= now


@dataclass(frozen=True)
class Candidate:
    """A nearest neighbour returned by a store's search, before verification. ``response`` is
    filled only for verifiers that judge the answer (the LLM judge), never by a search."""

    id: str
    prompt: str
    similarity: float
    response: str | None = None
    history: str | None = None  # the entry's conversation record, if it has one
    analysis: str | None = None  # the guard's stored analysis of the prompt, if it has one


@dataclass(frozen=True)
class Timings:
    """Where the time of one cache operation went, in milliseconds, and how many candidates
    the verifier checked in ``verify_ms`` (``candidates_checked``: a lookup's candidates that
    the verifier or the verified band was asked about, each counted once; 0 for writes, exact
    repeats and lookups that reached no candidate at or near the threshold)."""

    embed_ms: float = 0.0
    search_ms: float = 0.0
    verify_ms: float = 0.0
    store_ms: float = 0.0
    total_ms: float = 0.0
    candidates_checked: int = 0


@dataclass(frozen=True)
class Verdict:
    """A verifier's decision on one candidate, with the reason (e.g. ``negation``)."""

    accept: bool
    reason: str = "ok"


@dataclass(frozen=True)
class Evidence:
    """One observed outcome for a cached entry: its answer was right (``correct``) or wrong for a
    prompt at cosine ``similarity``. ``source`` is ``judge``, ``alias``, ``feedback``;
    ``ref`` names the alias entry an ``alias`` row created. See :mod:`yamabiko.verify.learned`."""

    similarity: float
    correct: bool
    source: str
    at: float
    ref: str | None = None


@dataclass(frozen=True)
class Threshold:
    """The threshold a lookup applied to a candidate: ``global`` (the cache's, a rule's or the
    call's), or ``learned`` from ``n`` observations of that entry."""

    value: float
    source: str = "global"
    n: int = 0

    def __str__(self) -> str:
        return f"threshold={self.value:.2f} source={self.source} n={self.n}"


@dataclass(frozen=True)
class Lookup:
    """The full record of one lookup: hit or miss, best similarity, why, and timings.

    ``hit`` is ``None`` on a miss. ``why`` is the typed :class:`~yamabiko.reasons.Reason`;
    ``reason`` renders it: ``hit``, ``no-candidate``, ``below-threshold``,
    ``rejected:<guard reason>``, ``error:<kind>`` or ``bypass:<reason>`` (``bypass:policy``,
    ``bypass:sensitive:email``, ``bypass:no-user-for-user-scope``), or ``verifying`` (a
    borderline candidate went to the background judge). ``threshold`` is the one applied to
    the best candidate (None when nothing was compared).
    """

    hit: Hit | None
    why: Reason
    best_similarity: float | None
    timings: Timings
    threshold: Threshold | None = None

    @property
    def reason(self) -> str:
        """``why`` as text: ``hit``, ``below-threshold``, ``rejected:negation``, ... (the
        gateway's ``X-Yamabiko-Cache-Reason`` header, logs and metrics use the same words)."""
        return lookup_text(self.why)

    @property
    def bypassed(self) -> bool:
        """True when the cache was not consulted (policy, sensitive data, …)."""
        return self.why.is_bypass


@dataclass(frozen=True)
class Hit:
    """A served cache hit: the stored answer for a prompt that means the same thing."""

    entry: Entry
    similarity: float
    timings: Timings
    verdict: Verdict = Verdict(True)

    @property
    def response(self) -> str:
        """The cached answer."""
        return self.entry.response

    @property
    def prompt(self) -> str:
        """The cached prompt that matched (not the prompt that was asked)."""
        return self.entry.prompt

    @property
    def hit_count(self) -> int:
        """How many times the entry has been served, this hit included."""
        return self.entry.hits

    @property
    def age_s(self) -> float:
        """Seconds since the answer was stored (the ``Age`` header of a gateway hit)."""
        return self.entry.age_s()


@dataclass(frozen=True)
class CacheStats:
    """Counters of one cache (this process) and the sizes of its store (all processes)."""

    entries: int
    bytes: int
    hits: int
    misses: int
    stores: int
    not_stored: int
    evictions: int
    expired: int
    errors: int
    not_stored_by_reason: Mapping[str, int] = field(default_factory=dict)

    @property
    def hit_rate(self) -> float:
        """Hits over lookups (hits + misses) of this process; 0.0 before any lookup."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counters as a JSON-ready dict (``yamabiko stats --json``, the gateway's
        ``/yamabiko/stats``), ``hit_rate`` rounded to 4 digits."""
        return {
            "entries": self.entries,
            "bytes": self.bytes,
            "hits": self.hits,
            "misses": self.misses,
            "hit_rate": round(self.hit_rate, 4),
            "stores": self.stores,
            "not_stored": self.not_stored,
            "not_stored_by_reason": dict(self.not_stored_by_reason),
            "evictions": self.evictions,
            "expired": self.expired,
            "errors": self.errors,
        }


@dataclass(frozen=True)
class StoreStats:
    """What a store reports about itself (across every process that shares it)."""

    entries: int
    bytes: int
    evictions: int = 0
    expired: int = 0
