"""Valkey / Redis vector-search store: how yamabiko scales past one process.

Many processes (gateway replicas) share one server. Works with valkey-search (ElastiCache for
Valkey, valkey-bundle), RediSearch (Redis Stack) and Redis 8's query engine, because it uses only
the FT.* subset they all implement: HASH documents, TAG fields, a FLOAT32 HNSW COSINE vector
field, and ``(@partition:{…})=>[KNN k @v $vec AS d]`` with PARAMS and DIALECT 2.

Layout under ``prefix`` (default ``yamabiko:``), so several caches can share a server:

* ``<prefix>e:<id>``  one HASH per entry (indexed by ``index_name``, default ``<prefix>idx``);
* ``<prefix>meta``    the embedder name and dimensions the vectors come from;
* ``<prefix>stats``   counters: entries, bytes, expired;
* ``<prefix>h:<id>``  the entry's hit count and last-hit time (kept apart: a write to the
  indexed hash would make the search module re-index the entry, vector included);
* ``<prefix>v:<id>``  the entry's evidence for learned thresholds (a list, expiring with it);
* ``<prefix>ttl``     a sorted set ``<size>:<id>`` by expiry time, so that entries the server
  expired by itself leave the counters too (swept on ``stats()`` and every few seconds on put).

TTL is the server's own key expiry (PEXPIREAT): expired entries leave the index by themselves.
Writes, hits and deletes are small Lua scripts (one round trip each, atomic with their counter
updates); a lookup is two round trips: the KNN search (ids, prompts and distances only) and the
hit (count + last-hit time + the winning entry's body, plus the TTL extension when
``sliding_ttl`` is on).

Failure behaviour: every call has a budget (``timeout`` for lookups, ``write_timeout`` for
puts, ``admin_timeout`` for invalidation and inspection). A timeout, a refused connection or a
dropped one raises :class:`~yamabiko.errors.StoreUnavailableError`, which the cache turns into a
miss. After ``breaker_failures`` failures in a row a circuit breaker fails calls at once for
``breaker_cooldown`` seconds, then lets one call through to probe the server. Connections are
re-made by the client on the next call; an index that vanished (FLUSHALL, restart without
persistence) is re-created on the next search, which is a miss.

Modules: ``store`` (the class), ``connection`` (client, budgets, breaker), ``index`` (FT.CREATE /
FT.INFO / KNN), ``scripts`` (Lua), ``codec`` (entry <-> hash fields, reply parsing), ``scan``
(walking entries for invalidation and inspection), ``url`` (URL options).
"""

from ..breaker import CircuitBreaker
from .store import DEFAULT_MAX_ENTRY_BYTES, DEFAULT_URL, ValkeyStore

__all__ = ["DEFAULT_MAX_ENTRY_BYTES", "DEFAULT_URL", "CircuitBreaker", "ValkeyStore"]
