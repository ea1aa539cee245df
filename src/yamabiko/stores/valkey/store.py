"""The Valkey store class: open, search, hits, writes, invalidation, inspection, stats."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import numpy as np

from ...errors import (
    ConfigError,
    EmbedderMismatchError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    StoreUnavailableError,
)
from ...models import DEFAULT_MAX_ENTRY_BYTES, Candidate, Entry, Evidence, StoreStats
from ...storegate import StateLog, check_budgets
from ..base import Selector
from ..breaker import CircuitBreaker
from . import admin, codec
from .connection import Connection
from .groups import Group
from .index import SearchIndex
from .router import ClusterRouter, SingleRouter
from .scripts import HIT_SCRIPT, PUT_SCRIPT
from .search import search_group
from .url import cluster_seeds, split_url

log = logging.getLogger("yamabiko.valkey")
T = TypeVar("T")

DEFAULT_URL = "valkey://localhost:6379/0"
_SCHEMA_VERSION = "1"
_SWEEP_EVERY_S = 5.0


class ValkeyStore:
    """Entries in Valkey / Redis with vector search; see the module docstring.

    Args:
        url: ``valkey://[[user]:password@]host:port/db`` (``redis://`` works too;
            ``valkeys://`` / ``rediss://`` use TLS). A cluster: ``valkey+cluster://h1:p1,h2:p2``
            (``redis+cluster://``, ``valkeys+cluster://``…, or ``?cluster=true``; the hosts
            are seeds, the client learns the rest). The query string may carry ``prefix``,
            ``index``, ``timeout_ms``, ``sliding_ttl``, ``cluster`` and ``subpartitions``.
        prefix: key prefix of everything this cache writes (several caches share a server).
        index_name: the FT index name (default ``<prefix>idx``).
        timeout: lookup budget in seconds for one search or hit (default 50 ms).
        write_timeout: budget of one put (default 500 ms).
        admin_timeout: budget of one command of open, invalidation, inspection and stats.
        sliding_ttl: a hit extends the entry's life by its original TTL.
        max_entry_bytes: entries larger than this (prompt + response, UTF-8) are not stored.
        hnsw_m, ef_construction, ef_runtime: HNSW parameters of a newly created index.
        breaker_failures, breaker_cooldown: circuit breaker (see :class:`CircuitBreaker`).
        max_connections: pooled connections per process (callers beyond it wait their turn,
            within their budget).
        client_options: extra keyword arguments for ``valkey.asyncio.Valkey.from_url`` (e.g.
            ``ssl_ca_certs``).
        cluster: talk to a Valkey / Redis OSS cluster (see :mod:`.groups` for the layout: one
            hash slot and one index per namespace). Default: from the URL.
        subpartitions: cluster only: namespace -> N, spread that namespace over N hash slots
            (each its own index), searched in parallel and merged; ``{"*": N}`` for all.
    """

    def __init__(
        self,
        url: str = DEFAULT_URL,
        *,
        prefix: str | None = None,
        index_name: str | None = None,
        timeout: float | None = None,
        write_timeout: float = 0.5,
        admin_timeout: float = 10.0,
        sliding_ttl: bool | None = None,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        hnsw_m: int = 16,
        ef_construction: int = 200,
        ef_runtime: int | None = None,
        breaker_failures: int = 3,
        breaker_cooldown: float = 1.0,
        max_connections: int = 32,
        client_options: dict[str, Any] | None = None,
        cluster: bool | None = None,
        subpartitions: dict[str, int] | None = None,
    ) -> None:
        self.url, url_options = split_url(url)
        prefix = prefix if prefix is not None else url_options.get("prefix", "yamabiko:")
        if not isinstance(prefix, str) or not prefix or any(c in prefix for c in " \r\n"):
            raise ConfigError(
                f"prefix is {prefix!r}; it must be a non-empty key prefix without spaces, "
                "e.g. 'yamabiko:' or 'app1:cache:'."
            )
        if timeout is None:
            timeout = url_options.get("timeout_ms", 50.0) / 1000.0
        check_budgets(timeout=timeout, write_timeout=write_timeout, admin_timeout=admin_timeout)
        if not isinstance(max_entry_bytes, int) or max_entry_bytes <= 0:
            raise ConfigError(f"max_entry_bytes is {max_entry_bytes!r}; it must be an int > 0.")
        self.prefix = prefix
        self.index_name = index_name or url_options.get("index") or f"{prefix}idx"
        self.timeout = float(timeout)
        self.write_timeout = float(write_timeout)
        self.admin_timeout = float(admin_timeout)
        self.sliding_ttl = bool(
            sliding_ttl if sliding_ttl is not None else url_options.get("sliding_ttl", False)
        )
        self.max_entry_bytes = max_entry_bytes
        self._hnsw = (hnsw_m, ef_construction, ef_runtime)
        self.breaker = CircuitBreaker(breaker_failures, breaker_cooldown)
        self.max_connections = max_connections
        cluster = bool(url_options.get("cluster", False) if cluster is None else cluster)
        if subpartitions is None and "subpartitions" in url_options:
            subpartitions = {"*": url_options["subpartitions"]}
        for name, n in (subpartitions or {}).items():
            if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 64:
                raise ConfigError(
                    f"subpartitions[{name!r}] is {n!r}; it must be an int from 1 to 64."
                )
        if subpartitions and not cluster:
            raise ConfigError(
                "subpartitions spread a namespace over several hash slots of a cluster; use a "
                "cluster URL (valkey+cluster://...) or leave subpartitions unset."
            )
        self.conn = Connection(
            self.url,
            connect_timeout=max(self.timeout, 1.0),
            admin_timeout=self.admin_timeout,
            breaker=self.breaker,
            max_connections=max_connections,
            client_options=dict(client_options or {}),
            cluster_seeds=cluster_seeds(self.url) if cluster else None,
            shown_url=url,
        )
        self.router: SingleRouter | ClusterRouter
        if cluster:
            self.router = ClusterRouter(
                self.conn,
                prefix,
                subpartitions or {},
                lambda: CircuitBreaker(breaker_failures, breaker_cooldown),
            )
        else:
            self.router = SingleRouter(prefix, self.index_name, self.breaker)
        self._indexes: dict[str, SearchIndex] = {}  # ensured by this process, by name
        self._dims: int | None = None
        self._last_sweep: dict[str | None, float] = {}
        self._meta_key = f"{prefix}meta"
        self._wide: dict[tuple[str, str], bool] = {}
        #: per index: one log line when it goes missing / comes back, a summary in between
        self._index_logs: dict[str, StateLog] = {}
        self._narrow_until: dict[tuple[str, str], float] = {}
        #: a filtered search slower than this (seconds) marks its partition as wide
        self.wide_after = 0.001
        self._where = self.conn.where

    @property
    def is_cluster(self) -> bool:
        """True when the store talks to a cluster (one hash slot per namespace)."""
        return self.router.is_cluster

    # -- plumbing --------------------------------------------------------------------------

    async def call(
        self,
        operation: str,
        budget: float,
        fn: Callable[[Any], Awaitable[T]],
        group: Group | None = None,
    ) -> T:
        """Run ``fn(client)`` within ``budget`` through the circuit breaker of ``group``'s
        shard (the store's own breaker when ``group`` is None or there is one server)."""
        breaker = None if group is None else self.router.breaker_for(group)
        return await self.conn.call(operation, budget, fn, breaker)

    _call = call

    # -- open / close / index --------------------------------------------------------------

    async def open(self, embedder_name: str | None, dims: int | None) -> None:
        """Connect, check the embedder recorded on the server, and create the index if absent.

        ``embedder_name=None`` opens for administration, without the check.
        """
        meta = codec.decode_map(
            await self._call("open", self.admin_timeout, lambda c: c.hgetall(self._meta_key))
        )
        if embedder_name is None:
            self._dims = int(meta["dims"]) if meta.get("dims") else None
        else:
            await self._check_embedder(meta, embedder_name, int(dims or 0))
            self._dims = int(dims or 0)
        if self._dims and not self.is_cluster:  # a cluster's indexes: per group, on first use
            await self.index_for(self.router.group)

    async def _check_embedder(self, meta: dict[str, str], name: str, dims: int) -> None:
        stored, stored_dims = meta.get("embedder"), meta.get("dims")
        if stored == name and stored_dims == str(dims):
            return
        if stored is not None:
            count = (await self.stats()).entries
            if count > 0:
                raise EmbedderMismatchError(
                    f"the Valkey cache {self.prefix!r} at {self._where} holds {count} entries "
                    f"embedded by {stored!r} ({stored_dims} dims), but this cache uses "
                    f"{name!r} ({dims} dims); vectors of two models cannot be compared. Use "
                    "another prefix (prefix=... or ?prefix= in the URL), or empty this one "
                    f"first: `yamabiko invalidate --all --store {self._where}`."
                )
        mapping = {"embedder": name, "dims": str(dims), "schema": _SCHEMA_VERSION}
        await self._call(
            "open", self.admin_timeout, lambda c: c.hset(self._meta_key, mapping=mapping)
        )

    async def index_for(self, group: Group) -> SearchIndex:
        """The group's index, created if absent (checked once per process)."""
        index = self._indexes.get(group.index_name)
        if index is None or index.dims != self._dims:
            index = SearchIndex(
                group.index_name, group.entry_prefix, int(self._dims or 0), self._hnsw
            )
            await index.ensure(self.conn, self.admin_timeout, self.router.breaker_for(group))
            self._indexes[group.index_name] = index
        return index

    async def close(self) -> None:
        """Close the connections; the store can be opened again."""
        self._indexes.clear()
        await self.conn.close()

    # -- search and hits -------------------------------------------------------------------

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """KNN over ``partition`` only; ids, prompts and similarities, best first.

        In a cluster, the partition's namespace names its group(s); with sub-partitions, each
        group's index is searched in parallel and the results merged by similarity.
        """
        self._require_open()
        blob = np.asarray(vector, dtype="<f4").tobytes()
        k = int(k)
        groups = await self.router.groups_for_search(partition, self.timeout)
        if len(groups) == 1:
            return await search_group(self, groups[0], blob, partition, k, now)
        found = await asyncio.gather(
            *(search_group(self, g, blob, partition, k, now) for g in groups)
        )
        merged = [c for part in found for c in part]
        merged.sort(key=lambda c: c.similarity, reverse=True)
        return merged[:k]

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """Count the hit and return the entry, in one round trip; None if gone or expired."""
        self._require_open()
        group = await self.router.group_for_id(entry_id, self.timeout)
        if group is None:
            return None
        args = [repr(float(now)), "1" if self.sliding_ttl else "0", *codec.FIELDS]
        keys = [group.entry(entry_id), group.ttl, group.hits(entry_id)]
        reply = await self.call("hit", self.timeout, lambda c: HIT_SCRIPT(c, keys, args), group)
        if not reply:
            return None
        row = dict(zip(codec.FIELDS, reply[: len(codec.FIELDS)], strict=True))
        hits, last_hit_at, slid_to = reply[len(codec.FIELDS) :]
        row["hits"] = int(row.get("hits") or 0) + int(hits or 0)
        row["last_hit_at"] = last_hit_at
        if slid_to:
            row["expires_at"] = slid_to
        entry = codec.to_entry(row)
        if entry is None or entry.is_expired(now):
            return None
        return entry

    # -- writes ----------------------------------------------------------------------------

    async def put(self, entry: Entry, vector: np.ndarray) -> None:
        """Store (or replace) one entry, with its TTL as the key's own expiry."""
        self._require_open()
        vec = np.asarray(vector, dtype="<f4").ravel()
        if self._dims and vec.shape[0] != self._dims:
            raise InvalidInputError(
                f"vector has {vec.shape[0]} dims but the index {self.index_name!r} holds "
                f"{self._dims}-dim vectors; use the embedder the cache was created with."
            )
        size = entry.size_bytes  # (the byte budget counts the stored analysis too)
        if entry.text_bytes > self.max_entry_bytes:
            raise NotStoredError(
                "too-large",
                f"not stored: entry {entry.id} is {entry.text_bytes} bytes, over the store's "
                f"{self.max_entry_bytes}-byte limit (max_entry_bytes).",
            )
        expires = entry.expires_at
        if expires is not None and not (math.isfinite(expires) and 0 <= expires < 1e12):
            raise InvalidInputError(
                f"entry {entry.id} expires at {expires!r}; an expiry must be a finite Unix time "
                "in seconds (TTLs are at most ten years)."
            )
        group = await self.router.group_for_put(entry, self.write_timeout)
        if group.index_name not in self._indexes:
            await self.index_for(group)
        expires_ms = "" if expires is None else str(round(expires * 1000))
        fields = codec.entry_fields(entry, vec, size)
        args: list[Any] = [entry.id, size, expires_ms]
        for name, value in fields.items():
            args += [name, value]
        keys = [group.entry(entry.id), group.stats, group.ttl, group.hits(entry.id)]
        await self.call("put", self.write_timeout, lambda c: PUT_SCRIPT(c, keys, args), group)
        if time.monotonic() - self._last_sweep.get(group.tag, 0.0) > _SWEEP_EVERY_S:
            self._last_sweep[group.tag] = time.monotonic()
            try:
                await admin.sweep(self, group, self.write_timeout)
            except StoreUnavailableError as exc:
                log.info("expiry sweep skipped: %s", exc)

    async def delete(self, selector: Selector) -> int:
        """Remove the selected entries in batches (SCAN + small scripts; never KEYS)."""
        selector.require_something()
        return await admin.delete(self, selector)

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected entries, newest first (walks the keyspace: for inspection only)."""
        return await admin.entries(self, selector, limit)

    async def partitions(self, selector: Selector) -> list[str]:
        """The distinct partitions of the selected entries (walks the keyspace)."""
        return await admin.partitions(self, selector)

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        """Append to the entry's evidence list (expires with it); see :mod:`..evidence`."""
        self._require_open()
        return await admin.add_evidence(self, entry_id, evidence)

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        """The evidence rows of each entry (one pipelined round trip)."""
        self._require_open()
        return await admin.read_evidence(self, entry_ids)

    async def stats(self) -> StoreStats:
        """Entries and bytes of this prefix (all processes), after sweeping expired entries.

        Exact as long as only yamabiko writes under the prefix and the server does not evict
        keys under memory pressure (``maxmemory-policy`` other than ``noeviction``).
        """
        entries, size, expired, evictions = await admin.totals(self)
        return StoreStats(
            entries=max(0, entries), bytes=max(0, size), evictions=evictions, expired=expired
        )

    def _require_open(self) -> None:
        if self._dims is None:
            raise StoreError(
                f"the Valkey store at {self._where} is not open for search and writes; call "
                "`await store.open(embedder_name, dims)` first (SemanticCache does this)."
            )
