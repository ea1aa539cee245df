"""The Valkey store class: open, search, hits, writes, invalidation, inspection, stats."""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import numpy as np
from valkey import exceptions as vx

from ...errors import (
    ConfigError,
    EmbedderMismatchError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    StoreUnavailableError,
)
from ...models import Candidate, Entry, Evidence, StoreStats
from .. import evidence as evidence_rows
from ..base import Selector
from ..breaker import CircuitBreaker
from . import codec, scan
from .connection import Connection
from .index import SearchIndex
from .scripts import DELETE_SCRIPT, HIT_SCRIPT, PUT_SCRIPT, SWEEP_SCRIPT
from .url import split_url

log = logging.getLogger("yamabiko.valkey")
T = TypeVar("T")

DEFAULT_URL = "valkey://localhost:6379/0"
DEFAULT_MAX_ENTRY_BYTES = 256 * 1024
_SCHEMA_VERSION = "1"
_SWEEP_EVERY_S = 5.0
_DELETE_BATCH = 500


#: after an unfiltered probe found too few of a partition's entries, how long (seconds) the
#: partition stays on the filtered query before it may be marked wide again
_NARROW_FOR_S = 300.0


class ValkeyStore:
    """Entries in Valkey / Redis with vector search; see the module docstring.

    Args:
        url: ``valkey://[[user]:password@]host:port/db`` (``redis://`` works too;
            ``valkeys://`` / ``rediss://`` use TLS). The query string may carry ``prefix``,
            ``index``, ``timeout_ms`` and ``sliding_ttl``, e.g. ``?prefix=app1:``.
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
        for name, value in (
            ("timeout", timeout),
            ("write_timeout", write_timeout),
            ("admin_timeout", admin_timeout),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{name} is {value!r}; it must be a number of seconds > 0.")
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
        self._conn = Connection(
            self.url,
            connect_timeout=max(self.timeout, 1.0),
            admin_timeout=self.admin_timeout,
            breaker=self.breaker,
            max_connections=max_connections,
            client_options=dict(client_options or {}),
        )
        self._index: SearchIndex | None = None
        self._dims: int | None = None
        self._last_sweep = 0.0
        self._entry_prefix = f"{prefix}e:"
        self._meta_key = f"{prefix}meta"
        self._stats_key = f"{prefix}stats"
        self._ttl_key = f"{prefix}ttl"
        self._hits_prefix = f"{prefix}h:"
        self._evidence_prefix = f"{prefix}v:"
        self._wide: dict[str, bool] = {}
        self._narrow_until: dict[str, float] = {}
        #: a filtered search slower than this (seconds) marks its partition as wide
        self.wide_after = 0.001
        self._where = self._conn.where

    # -- plumbing --------------------------------------------------------------------------

    def _key(self, entry_id: str) -> str:
        return self._entry_prefix + entry_id

    async def _call(self, operation: str, budget: float, fn: Callable[[Any], Awaitable[T]]) -> T:
        """Run ``fn(client)`` within ``budget`` through the circuit breaker (see Connection)."""
        return await self._conn.call(operation, budget, fn)

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
        if self._dims:
            await self._ensure_index()

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

    async def _ensure_index(self) -> None:
        """Create the index if absent and check its vector field."""
        if self._index is None or self._index.dims != self._dims:
            self._index = SearchIndex(
                self.index_name, self._entry_prefix, int(self._dims or 0), self._hnsw
            )
        await self._index.ensure(self._conn, self.admin_timeout)

    async def close(self) -> None:
        """Close the connections; the store can be opened again."""
        await self._conn.close()

    # -- search and hits -------------------------------------------------------------------

    async def search(
        self, vector: np.ndarray, partition: str, k: int, now: float
    ) -> list[Candidate]:
        """KNN over ``partition`` only; ids, prompts and similarities, best first.

        The portable query is a TAG pre-filter: ``(@partition:{p})=>[KNN k ...]``. RediSearch
        answers it by scanning the partition's vectors one by one, which is fast for the usual
        small partitions but linear in a big one. So a partition whose filtered search came
        back full and slow is remembered as *wide*, and is first searched without the filter
        (the HNSW graph) for ``2k`` neighbours, keeping those of the partition: if at least
        ``k`` of them are, they are the partition's ``k`` nearest; otherwise the filtered
        query runs as before and the partition is forgotten as wide.
        """
        self._require_open()
        blob = np.asarray(vector, dtype="<f4").tobytes()
        k = int(k)
        try:
            if self._wide.get(partition):
                found = await self._knn(blob, None, 2 * k, now)
                mine = [c for c, p in found if p == partition]
                if len(mine) >= k:
                    return mine[:k]
                # a small partition of a big index: stay on the filtered query for a while,
                # rather than paying two searches on every other lookup
                self._wide[partition] = False
                self._narrow_until[partition] = time.monotonic() + _NARROW_FOR_S
            started = time.perf_counter()
            found = await self._knn(blob, partition, k, now)
            slow = time.perf_counter() - started > self.wide_after
            if len(found) >= k and slow and self._narrow_until.get(partition, 0) < time.monotonic():
                self._wide[partition] = True
                self._narrow_until.pop(partition, None)
                while len(self._wide) > 10_000:
                    self._wide.pop(next(iter(self._wide)))
                while len(self._narrow_until) > 10_000:
                    self._narrow_until.pop(next(iter(self._narrow_until)))
            return [c for c, _ in found]
        except vx.ResponseError as exc:
            if not codec.is_missing_index(exc):
                raise StoreError(f"FT.SEARCH failed at {self._where}: {exc}") from exc
            log.warning("the index %s is gone (flushed?); re-creating it", self.index_name)
            try:
                await self._recreate()
            except ConfigError as config_error:  # a lookup reports it as a store failure
                raise StoreError(str(config_error)) from config_error
            return []

    async def _knn(
        self, blob: bytes, partition: str | None, k: int, now: float
    ) -> list[tuple[Candidate, str | None]]:
        """One FT.SEARCH: the ``k`` nearest (of ``partition`` if given) with their partition."""
        index = self._index
        assert index is not None  # set by open()
        reply = await self._call("search", self.timeout, lambda c: index.knn(c, blob, partition, k))
        return codec.candidates(reply, self._entry_prefix, None if self.sliding_ttl else now)

    async def _recreate(self) -> None:
        """Re-create meta and index after the server lost them (FLUSHALL, restart)."""
        meta = codec.decode_map(
            await self._call("open", self.admin_timeout, lambda c: c.hgetall(self._meta_key))
        )
        if not meta:
            self._last_sweep = 0.0
        await self._ensure_index()

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """Count the hit and return the entry, in one round trip; None if gone or expired."""
        self._require_open()
        args = [repr(float(now)), "1" if self.sliding_ttl else "0", *codec.FIELDS]
        keys = [self._key(entry_id), self._ttl_key, self._hits_prefix + entry_id]
        reply = await self._call("hit", self.timeout, lambda c: HIT_SCRIPT(c, keys, args))
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
        size = entry.size_bytes
        if size > self.max_entry_bytes:
            raise NotStoredError(
                "too-large",
                f"not stored: entry {entry.id} is {size} bytes, over the store's "
                f"{self.max_entry_bytes}-byte limit (max_entry_bytes).",
            )
        expires = entry.expires_at
        if expires is not None and not (math.isfinite(expires) and 0 <= expires < 1e12):
            raise InvalidInputError(
                f"entry {entry.id} expires at {expires!r}; an expiry must be a finite Unix time "
                "in seconds (TTLs are at most ten years)."
            )
        expires_ms = "" if expires is None else str(round(expires * 1000))
        fields = codec.entry_fields(entry, vec, size)
        args: list[Any] = [entry.id, size, expires_ms]
        for name, value in fields.items():
            args += [name, value]
        keys = [self._key(entry.id), self._stats_key, self._ttl_key, self._hits_prefix + entry.id]
        await self._call("put", self.write_timeout, lambda c: PUT_SCRIPT(c, keys, args))
        if time.monotonic() - self._last_sweep > _SWEEP_EVERY_S:
            try:
                await self._sweep(self.write_timeout)
            except StoreUnavailableError as exc:
                log.info("expiry sweep skipped: %s", exc)

    async def _sweep(self, budget: float) -> list[int]:
        """Account for entries the server expired; returns [entries, bytes, expired, evictions]."""
        self._last_sweep = time.monotonic()
        keys = [self._stats_key, self._ttl_key]
        limit = _DELETE_BATCH * 10
        while True:  # each script call sweeps at most `limit` entries, so the server never stalls
            reply = await self._call("stats", budget, lambda c: SWEEP_SCRIPT(c, keys, [limit]))
            counters = [int(x or 0) for x in reply]
            if counters[4] < limit:
                return counters[:4]

    async def delete(self, selector: Selector) -> int:
        """Remove the selected entries in batches (SCAN + small scripts; never KEYS)."""
        if selector.is_empty():
            raise InvalidInputError(
                "invalidate() needs something to select (id, context, namespace, user, tag, "
                "older_than) or everything=True; an empty selector removes nothing on purpose."
            )
        removed = 0
        async for batch in self._select_ids(selector):
            for start in range(0, len(batch), _DELETE_BATCH):
                chunk = [self._key(i) for i in batch[start : start + _DELETE_BATCH]]
                keys = [self._stats_key, self._ttl_key, *chunk]
                removed += int(
                    await self._call(
                        "invalidate",
                        self.admin_timeout,
                        lambda c, k=keys: DELETE_SCRIPT(c, k, [self._hits_prefix]),
                    )
                )
        return removed

    async def _select_ids(self, selector: Selector):  # -> AsyncIterator[list[str]]
        """Batches of ids of the entries the selector matches."""
        async for ids in scan.select_ids(
            self._conn, self._entry_prefix, selector, time.time(), self.admin_timeout
        ):
            yield ids

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected entries, newest first (walks the keyspace: for inspection only)."""
        now = time.time()
        found: list[Entry] = []
        ids = () if selector.everything else selector.ids
        async for rows in scan.scan_fields(
            self._conn, self._entry_prefix, codec.FIELDS, self.admin_timeout, ids
        ):
            for row in rows:
                if selector.everything or codec.matches(row, selector, now):
                    entry = codec.to_entry(row)
                    if entry is not None and not entry.is_expired(now):
                        found.append(entry)
        found.sort(key=lambda e: e.created_at, reverse=True)
        found = found[:limit]
        if not found:
            return found

        async def hit_counts(client: Any) -> list[Any]:
            pipe = client.pipeline(transaction=False)
            for e in found:
                pipe.hmget(self._hits_prefix + e.id, "hits", "last_hit_at", "expires_at")
            return await pipe.execute()

        counts = await self._call("read", self.admin_timeout, hit_counts)
        return [
            dataclasses.replace(
                e,
                hits=e.hits + int(hits or 0),
                last_hit_at=float(last) if last else e.last_hit_at,
                expires_at=float(slid) if slid else e.expires_at,
            )
            for e, (hits, last, slid) in zip(found, counts, strict=True)
        ]

    async def partitions(self, selector: Selector) -> list[str]:
        """The distinct partitions of the selected entries (walks the keyspace)."""
        now, found = time.time(), set()
        async for rows in scan.scan_fields(
            self._conn, self._entry_prefix, codec.FILTER_FIELDS, self.admin_timeout, selector.ids
        ):
            found.update(
                codec.text(row["partition"]) for row in rows
                if row.get("partition") and codec.matches(row, selector, now)
            )  # fmt: skip
        return sorted(found)

    async def add_evidence(self, entry_id: str, evidence: Evidence) -> bool:
        """Append to ``<prefix>v:<id>`` (expires with the entry); see :mod:`..evidence`."""
        self._require_open()
        entry_key, list_key = self._key(entry_id), self._evidence_prefix + entry_id
        return await self._call(
            "evidence",
            self.timeout,
            lambda c: evidence_rows.valkey_add(c, entry_key, list_key, evidence),
        )

    async def evidence(self, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
        self._require_open()
        keys = {i: (self._key(i), self._evidence_prefix + i) for i in entry_ids}
        return await self._call(
            "evidence", self.timeout, lambda c: evidence_rows.valkey_read(c, keys)
        )

    async def stats(self) -> StoreStats:
        """Entries and bytes of this prefix (all processes), after sweeping expired entries.

        Exact as long as only yamabiko writes under the prefix and the server does not evict
        keys under memory pressure (``maxmemory-policy`` other than ``noeviction``).
        """
        entries, size, expired, evictions = await self._sweep(self.admin_timeout)
        return StoreStats(
            entries=max(0, entries), bytes=max(0, size), evictions=evictions, expired=expired
        )

    def _require_open(self) -> None:
        if self._dims is None:
            raise StoreError(
                f"the Valkey store at {self._where} is not open for search and writes; call "
                "`await store.open(embedder_name, dims)` first (SemanticCache does this)."
            )
