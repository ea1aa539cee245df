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
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import valkey.asyncio as valkey_asyncio
from valkey import exceptions as vx

from ..errors import (
    ConfigError,
    EmbedderMismatchError,
    InvalidInputError,
    NotStoredError,
    StoreError,
    StoreUnavailableError,
)
from ..models import Candidate, Entry, StoreStats
from .base import Selector

log = logging.getLogger("yamabiko.valkey")
T = TypeVar("T")

DEFAULT_URL = "valkey://localhost:6379/0"
DEFAULT_MAX_ENTRY_BYTES = 256 * 1024
_SCHEMA_VERSION = "1"
_DIST = "__yb_d"
#: Hash fields returned for an entry (everything but the vector).
_FIELDS = (
    "id", "partition", "context_id", "namespace", "user", "lang", "prompt", "response",
    "metadata", "created_at", "expires_at", "hits", "last_hit_at", "tags",
)  # fmt: skip
_FILTER_FIELDS = ("id", "partition", "context_id", "namespace", "user", "tags", "created_at")
_SWEEP_EVERY_S = 5.0
_SCAN_COUNT = 1000
_DELETE_BATCH = 500
#: Options that may be given in the URL query string, e.g. ``?prefix=app1:&timeout_ms=30``.
_URL_OPTIONS = {
    "prefix": str,
    "index": str,
    "timeout_ms": float,
    "sliding_ttl": lambda raw: raw.strip().lower() in ("1", "true", "yes", "on"),
}

# KEYS: entry, stats, ttl-set, hits. ARGV: id, size, expires_ms ('' = never), field, value, ...
_PUT = """
redis.call('DEL', KEYS[4])
local old = redis.call('HGET', KEYS[1], 'size')
if old then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[3], old .. ':' .. ARGV[1])
  redis.call('HINCRBY', KEYS[2], 'entries', -1)
  redis.call('HINCRBY', KEYS[2], 'bytes', -tonumber(old))
end
local exp = ARGV[3]
if exp ~= '' then
  local t = redis.call('TIME')
  if tonumber(exp) <= tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) then
    redis.call('HINCRBY', KEYS[2], 'expired', 1)
    return 0
  end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
if exp ~= '' then
  redis.call('PEXPIREAT', KEYS[1], exp)
  redis.call('ZADD', KEYS[3], exp, ARGV[2] .. ':' .. ARGV[1])
end
redis.call('HINCRBY', KEYS[2], 'entries', 1)
redis.call('HINCRBY', KEYS[2], 'bytes', tonumber(ARGV[2]))
return 1
"""

# KEYS: entry, ttl-set, hits. ARGV: now (seconds, as text), sliding (1/0), fields to return.
# Hit counters live in their own small hash: writing to the indexed entry hash would make the
# search module re-index the document (vector included) on every hit.
_HIT = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HINCRBY', KEYS[3], 'hits', 1)
redis.call('HSET', KEYS[3], 'last_hit_at', ARGV[1])
local ttl = tonumber(redis.call('HGET', KEYS[1], 'ttl_ms') or '0')
if ttl > 0 then
  if ARGV[2] == '1' then
    local t = redis.call('TIME')
    local exp = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) + ttl
    local f = redis.call('HMGET', KEYS[1], 'size', 'id')
    redis.call('PEXPIREAT', KEYS[1], exp)
    redis.call('HSET', KEYS[3], 'expires_at', string.format('%.3f', exp / 1000))
    redis.call('ZADD', KEYS[2], 'XX', exp, f[1] .. ':' .. f[2])
  end
  redis.call('PEXPIREAT', KEYS[3], redis.call('PEXPIRETIME', KEYS[1]))
end
local out = redis.call('HMGET', KEYS[1], unpack(ARGV, 3))
local h = redis.call('HMGET', KEYS[3], 'hits', 'last_hit_at', 'expires_at')
table.insert(out, h[1])
table.insert(out, h[2])
table.insert(out, h[3])
return out
"""

# KEYS: stats, ttl-set, entry keys... ARGV: prefix of hit-counter keys.
# Returns how many entries were removed.
_DELETE = """
local n, bytes = 0, 0
for i = 3, #KEYS do
  local f = redis.call('HMGET', KEYS[i], 'size', 'id')
  if f[1] then
    redis.call('UNLINK', KEYS[i], ARGV[1] .. f[2])
    redis.call('ZREM', KEYS[2], f[1] .. ':' .. f[2])
    n = n + 1
    bytes = bytes + tonumber(f[1])
  end
end
if n > 0 then
  redis.call('HINCRBY', KEYS[1], 'entries', -n)
  redis.call('HINCRBY', KEYS[1], 'bytes', -bytes)
end
return n
"""

# KEYS: stats, ttl-set. ARGV: max members to sweep. Returns the counters after the sweep.
_SWEEP = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
if #gone > 0 then
  local bytes = 0
  for _, m in ipairs(gone) do
    bytes = bytes + tonumber(string.sub(m, 1, string.find(m, ':', 1, true) - 1))
  end
  redis.call('ZREM', KEYS[2], unpack(gone))
  redis.call('HINCRBY', KEYS[1], 'entries', -#gone)
  redis.call('HINCRBY', KEYS[1], 'bytes', -bytes)
  redis.call('HINCRBY', KEYS[1], 'expired', #gone)
end
local c = redis.call('HMGET', KEYS[1], 'entries', 'bytes', 'expired', 'evictions')
table.insert(c, #gone)
return c
"""


class _Script:
    """A Lua script run with EVALSHA, falling back to EVAL when the server lost its cache."""

    def __init__(self, source: str) -> None:
        import hashlib

        self.source = source
        self.sha = hashlib.sha1(source.encode()).hexdigest()

    async def __call__(self, client: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await client.evalsha(self.sha, len(keys), *keys, *args)
        except vx.NoScriptError:
            return await client.eval(self.source, len(keys), *keys, *args)


_PUT_SCRIPT, _HIT_SCRIPT = _Script(_PUT), _Script(_HIT)
_DELETE_SCRIPT, _SWEEP_SCRIPT = _Script(_DELETE), _Script(_SWEEP)


class CircuitBreaker:
    """Fails fast while the server is down, so requests do not each pay the full timeout.

    Closed: calls go through. After ``failures`` failures in a row it opens: calls fail at once
    for ``cooldown`` seconds. Then one call at a time is let through (half-open); a success
    closes the breaker, a failure opens it again.
    """

    def __init__(self, failures: int = 3, cooldown: float = 1.0) -> None:
        self.failures = failures
        self.cooldown = cooldown
        self._in_a_row = 0
        self._open_until = 0.0
        self._probing = False

    @property
    def is_open(self) -> bool:
        return self._in_a_row >= self.failures

    def allow(self) -> bool:
        """True if a call may go to the server now."""
        if not self.is_open:
            return True
        if time.monotonic() < self._open_until or self._probing:
            return False
        self._probing = True
        return True

    def success(self) -> None:
        self._in_a_row = 0
        self._probing = False

    def release(self) -> None:
        """A call ended without telling whether the server works (e.g. it was cancelled)."""
        self._probing = False

    def failure(self) -> None:
        self._in_a_row += 1
        self._probing = False
        if self.is_open:
            self._open_until = time.monotonic() + self.cooldown


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
        self.url, url_options = _split_url(url)
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
        self._client_options = dict(client_options or {})
        self._client: Any = None
        self._dims: int | None = None
        self._last_sweep = 0.0
        self._entry_prefix = f"{prefix}e:"
        self._meta_key = f"{prefix}meta"
        self._stats_key = f"{prefix}stats"
        self._ttl_key = f"{prefix}ttl"
        self._hits_prefix = f"{prefix}h:"
        self._wide: dict[str, bool] = {}
        self._narrow_until: dict[str, float] = {}
        #: a filtered search slower than this (seconds) marks its partition as wide
        self.wide_after = 0.001
        self._where = _redact(self.url)

    # -- plumbing --------------------------------------------------------------------------

    def _key(self, entry_id: str) -> str:
        return self._entry_prefix + entry_id

    def _connect(self) -> Any:
        if self._client is None:
            options = {
                "socket_connect_timeout": max(self.timeout, 1.0),
                "socket_timeout": self.admin_timeout,
                "decode_responses": False,
                "max_connections": self.max_connections,
                "timeout": self.admin_timeout,  # waiting for a free pooled connection
                **self._client_options,
            }
            try:
                pool = valkey_asyncio.BlockingConnectionPool.from_url(self.url, **options)
            except ValueError as exc:
                raise ConfigError(f"store URL {self._where} is invalid: {exc}") from exc
            self._client = valkey_asyncio.Valkey(connection_pool=pool)
        return self._client

    async def _call(self, operation: str, budget: float, fn: Callable[[Any], Awaitable[T]]) -> T:
        """Run ``fn(client)`` within ``budget`` seconds, through the circuit breaker.

        Timeouts and connection failures become StoreUnavailableError; other server errors
        (``ResponseError``) propagate for the caller to interpret.
        """
        if not self.breaker.allow():
            raise StoreUnavailableError(
                f"Valkey at {self._where} is unavailable (circuit open after "
                f"{self.breaker.failures} failures in a row; retrying every "
                f"{self.breaker.cooldown:g} s); {operation} skipped."
            )
        client = self._connect()
        try:
            result = await asyncio.wait_for(fn(client), budget)
        except (asyncio.TimeoutError, vx.TimeoutError) as exc:
            self.breaker.failure()
            raise StoreUnavailableError(
                f"Valkey at {self._where} did not answer {operation} within "
                f"{budget * 1000:.0f} ms; raise the timeout if the server is remote or busy."
            ) from exc
        except (vx.ConnectionError, OSError) as exc:
            self.breaker.failure()
            raise StoreUnavailableError(
                f"cannot reach Valkey at {self._where} for {operation}: {exc}"
            ) from exc
        except vx.ResponseError:
            self.breaker.success()  # the server answered (with an error)
            raise
        except BaseException:  # cancelled by the caller: neither a success nor a failure
            self.breaker.release()
            raise
        self.breaker.success()
        return result

    # -- open / close / index --------------------------------------------------------------

    async def open(self, embedder_name: str | None, dims: int | None) -> None:
        """Connect, check the embedder recorded on the server, and create the index if absent.

        ``embedder_name=None`` opens for administration, without the check.
        """
        meta = _decode_map(
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
        """FT.INFO, then FT.CREATE if absent; safe when many processes start at once."""
        info = await self._index_info()
        if info is None:
            try:
                await self._call("create index", self.admin_timeout, self._create_index)
            except vx.ResponseError as exc:
                if "already exists" not in str(exc).lower():
                    raise ConfigError(
                        f"cannot create the search index {self.index_name!r} at {self._where}: "
                        f"{exc}. The server needs the search module (valkey-search, RediSearch "
                        "or Redis 8) and the cache must use db 0 on RediSearch."
                    ) from exc
            info = await self._index_info()
            if info is None:
                raise StoreError(f"the index {self.index_name!r} vanished right after creation.")
        dims, metric = info
        if dims != self._dims or metric != "COSINE":
            raise ConfigError(
                f"the search index {self.index_name!r} at {self._where} has {dims} dims and "
                f"metric {metric}, but this cache needs {self._dims} dims and COSINE. Use "
                "another index name and prefix (index_name=..., prefix=...), or drop that "
                f"index first: FT.DROPINDEX {self.index_name}."
            )

    async def _index_info(self) -> tuple[int | None, str | None] | None:
        """(dims, metric) of the index's vector field, or None if the index does not exist."""
        try:
            reply = await self._call(
                "index info",
                self.admin_timeout,
                lambda c: c.execute_command("FT.INFO", self.index_name),
            )
        except vx.ResponseError as exc:
            if _is_missing_index(exc):
                return None
            raise StoreError(f"FT.INFO {self.index_name} failed at {self._where}: {exc}") from exc
        return _vector_field_info(reply)

    async def _create_index(self, client: Any) -> Any:
        m, ef_construction, ef_runtime = self._hnsw
        hnsw = ["TYPE", "FLOAT32", "DIM", self._dims, "DISTANCE_METRIC", "COSINE",
                "M", m, "EF_CONSTRUCTION", ef_construction]  # fmt: skip
        if ef_runtime:
            hnsw += ["EF_RUNTIME", ef_runtime]
        return await client.execute_command(
            "FT.CREATE", self.index_name, "ON", "HASH", "PREFIX", 1, self._entry_prefix,
            "SCHEMA",
            "partition", "TAG", "CASESENSITIVE",
            "namespace", "TAG", "CASESENSITIVE",
            "tags", "TAG", "SEPARATOR", ",", "CASESENSITIVE",
            "v", "VECTOR", "HNSW", len(hnsw), *hnsw,
        )  # fmt: skip

    async def close(self) -> None:
        """Close the connections; the store can be opened again."""
        client, self._client = self._client, None
        if client is not None:
            try:
                await client.aclose()
                await client.connection_pool.disconnect()
            except (vx.ValkeyError, OSError) as exc:  # closing a dead connection
                log.debug("closing the Valkey client failed: %s", exc)

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
            if not _is_missing_index(exc):
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
        where = "*" if partition is None else f"(@partition:{{{_escape_tag(partition)}}})"
        query = f"{where}=>[KNN {k} @v $vec AS {_DIST}]"
        reply = await self._call(
            "search",
            self.timeout,
            lambda c: c.execute_command(
                "FT.SEARCH", self.index_name, query, "PARAMS", 2, "vec", blob,
                "RETURN", 4, _DIST, "prompt", "expires_at", "partition",
                "LIMIT", 0, k, "DIALECT", 2,
            ),
        )  # fmt: skip
        return _candidates(reply, self._entry_prefix, None if self.sliding_ttl else now)

    async def _recreate(self) -> None:
        """Re-create meta and index after the server lost them (FLUSHALL, restart)."""
        meta = _decode_map(
            await self._call("open", self.admin_timeout, lambda c: c.hgetall(self._meta_key))
        )
        if not meta:
            self._last_sweep = 0.0
        await self._ensure_index()

    async def fetch_hit(self, entry_id: str, now: float) -> Entry | None:
        """Count the hit and return the entry, in one round trip; None if gone or expired."""
        self._require_open()
        args = [repr(float(now)), "1" if self.sliding_ttl else "0", *_FIELDS]
        keys = [self._key(entry_id), self._ttl_key, self._hits_prefix + entry_id]
        reply = await self._call("hit", self.timeout, lambda c: _HIT_SCRIPT(c, keys, args))
        if not reply:
            return None
        row = dict(zip(_FIELDS, reply[: len(_FIELDS)], strict=True))
        hits, last_hit_at, slid_to = reply[len(_FIELDS) :]
        row["hits"] = int(row.get("hits") or 0) + int(hits or 0)
        row["last_hit_at"] = last_hit_at
        if slid_to:
            row["expires_at"] = slid_to
        entry = _to_entry(row)
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
        expires_ms = "" if entry.expires_at is None else str(round(entry.expires_at * 1000))
        ttl_ms = (
            0 if entry.expires_at is None else round((entry.expires_at - entry.created_at) * 1000)
        )
        fields: dict[str, Any] = {
            "id": entry.id,
            "partition": entry.partition,
            "context_id": entry.context_id,
            "namespace": entry.namespace,
            "prompt": entry.prompt,
            "response": entry.response,
            "metadata": json.dumps(dict(entry.metadata), ensure_ascii=False),
            "created_at": repr(float(entry.created_at)),
            "hits": entry.hits,
            "size": size,
            "ttl_ms": ttl_ms,
            "tags": ",".join(entry.tags),
            "v": vec.tobytes(),
        }
        for name in ("user", "lang", "expires_at", "last_hit_at"):
            value = getattr(entry, name)
            if value is not None:
                fields[name] = repr(float(value)) if isinstance(value, float) else value
        args: list[Any] = [entry.id, size, expires_ms]
        for name, value in fields.items():
            args += [name, value]
        keys = [self._key(entry.id), self._stats_key, self._ttl_key, self._hits_prefix + entry.id]
        await self._call("put", self.write_timeout, lambda c: _PUT_SCRIPT(c, keys, args))
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
            reply = await self._call("stats", budget, lambda c: _SWEEP_SCRIPT(c, keys, [limit]))
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
                        lambda c, k=keys: _DELETE_SCRIPT(c, k, [self._hits_prefix]),
                    )
                )
        return removed

    async def _select_ids(self, selector: Selector):  # -> AsyncIterator[list[str]]
        """Batches of ids of the entries the selector matches."""
        if _only_ids(selector):
            yield list(selector.ids)
            return
        now = time.time()
        async for rows in self._scan_fields(_FILTER_FIELDS, selector.ids):
            ids = [row["id"] for row in rows if _matches(row, selector, now)]
            if ids:
                yield ids

    async def _scan_fields(self, fields: tuple[str, ...], ids: Iterable[str] = ()):
        """Walk the entries (SCAN, batch by batch) and yield their ``fields`` as dicts."""
        wanted = list(ids)
        if wanted:  # no need to walk the keyspace
            yield await self._read_fields([self._key(i) for i in wanted], fields)
            return
        pattern = _glob_escape(self._entry_prefix) + "*"
        cursor: Any = 0
        while True:
            cursor, keys = await self._call(
                "scan",
                self.admin_timeout,
                lambda c, cur=cursor: c.scan(cur, match=pattern, count=_SCAN_COUNT),
            )
            if keys:
                rows = await self._read_fields([k.decode() for k in keys], fields)
                if rows:
                    yield rows
            if int(cursor) == 0:
                return

    async def _read_fields(self, keys: list[str], fields: tuple[str, ...]) -> list[dict[str, Any]]:
        async def run(client: Any) -> list[Any]:
            pipe = client.pipeline(transaction=False)
            for key in keys:
                pipe.hmget(key, *fields)
            return await pipe.execute()

        replies = await self._call("read", self.admin_timeout, run)
        rows = []
        for reply in replies:
            if reply and reply[0] is not None:  # gone (expired or deleted) since the scan
                rows.append({name: _text(value) for name, value in zip(fields, reply, strict=True)})
        return rows

    # -- inspection ------------------------------------------------------------------------

    async def entries(self, selector: Selector, limit: int = 100) -> list[Entry]:
        """The selected entries, newest first (walks the keyspace: for inspection only)."""
        now = time.time()
        found: list[Entry] = []
        ids = () if selector.everything else selector.ids
        async for rows in self._scan_fields(_FIELDS, ids):
            for row in rows:
                if selector.everything or _matches(row, selector, now):
                    entry = _to_entry(row)
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


# -- helpers ---------------------------------------------------------------------------------


def _split_url(url: str) -> tuple[str, dict[str, Any]]:
    """Take yamabiko's own options out of the URL's query string."""
    if not isinstance(url, str) or "://" not in url:
        raise ConfigError(
            f"store URL {url!r} is invalid; use e.g. valkey://localhost:6379/0, "
            "redis://:password@host:6379/0 or rediss://user:password@host:6380/0 (TLS)."
        )
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("valkey", "valkeys", "redis", "rediss"):
        raise ConfigError(
            f"store URL {_redact(url)} has scheme {parts.scheme!r}; use valkey://, valkeys:// "
            "(TLS), redis:// or rediss:// (TLS)."
        )
    ours: dict[str, Any] = {}
    theirs = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name in _URL_OPTIONS:
            try:
                ours[name] = _URL_OPTIONS[name](value)
            except ValueError as exc:
                raise ConfigError(f"store URL option {name}={value!r} is invalid ({exc}).") from exc
        else:
            _check_client_option(name, url)
            theirs.append((name, value))
    return urlunsplit(parts._replace(query=urlencode(theirs))), ours


def _check_client_option(name: str, url: str) -> None:
    """A query option that is neither yamabiko's nor the client's is a typo: say so now,
    not as a TypeError at the first connection."""
    import difflib
    import inspect

    from valkey.asyncio import connection

    known = set(_URL_OPTIONS) | {"max_connections"}
    for cls in (connection.AbstractConnection, connection.Connection, connection.SSLConnection):
        known |= set(inspect.signature(cls.__init__).parameters) - {"self", "kwargs"}
    if name in known:
        return
    close = difflib.get_close_matches(name, sorted(known), n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ConfigError(
        f"store URL {_redact(url)} has an unknown option {name!r}.{hint} yamabiko's options: "
        f"{', '.join(sorted(_URL_OPTIONS))}; the client's: socket_timeout, "
        "socket_connect_timeout, health_check_interval, ssl_cert_reqs, ssl_ca_certs, ..."
    )


def _redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:@/]*:)[^@/]*@", r"\1***@", url)


_TAG_SPECIAL = re.compile(r"([^A-Za-z0-9_])")


def _escape_tag(value: str) -> str:
    """Escape a value for a TAG query (``@field:{value}``)."""
    return _TAG_SPECIAL.sub(r"\\\1", value)


def _glob_escape(value: str) -> str:
    return re.sub(r"([\\*?\[\]])", r"\\\1", value)


def _is_missing_index(exc: Exception) -> bool:
    text = str(exc).lower()
    return "unknown index" in text or "no such index" in text or "not found" in text


def _text(value: Any) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


def _decode_map(reply: Any) -> dict[str, str]:
    return {_text(k): _text(v) for k, v in (reply or {}).items()}


def _vector_field_info(reply: Any) -> tuple[int | None, str | None]:
    """Find the vector field's dimensions and metric in an FT.INFO reply.

    RediSearch and valkey-search lay the reply out differently (``dim`` vs ``dimensions``,
    flat vs nested), so this walks every nested key/value list.
    """
    dims: int | None = None
    metric: str | None = None

    def walk(node: Any) -> None:
        nonlocal dims, metric
        if isinstance(node, dict):
            node = [x for pair in node.items() for x in pair]
        if not isinstance(node, (list, tuple)):
            return
        for key, value in itertools.pairwise(node):
            name = _text(key).lower() if isinstance(key, (bytes, str)) else None
            if name in ("dim", "dimensions") and dims is None and isinstance(value, (int, bytes)):
                dims = int(value)
            elif name == "distance_metric" and metric is None and isinstance(value, bytes):
                metric = _text(value).upper()
        for child in node:
            if isinstance(child, (list, tuple, dict)):
                walk(child)

    walk(reply)
    return dims, metric


def _candidates(
    reply: Any, entry_prefix: str, now: float | None
) -> list[tuple[Candidate, str | None]]:
    """Parse an FT.SEARCH reply into (candidate, partition), nearest first (the reply order is
    not guaranteed). ``now``: drop entries whose recorded expiry has passed (the server's own
    expiry is authoritative; this only covers clock differences)."""
    out: list[tuple[Candidate, str | None]] = []
    for i in range(1, len(reply) - 1, 2):
        key = _text(reply[i])
        values = reply[i + 1]
        if not isinstance(values, list):  # the key expired or was deleted during the search
            continue
        row = {_text(values[j]): _text(values[j + 1]) for j in range(0, len(values) - 1, 2)}
        expires = row.get("expires_at")
        if expires and now is not None and float(expires) <= now:
            continue
        distance = float(row.get(_DIST) or 0.0)
        similarity = max(-1.0, min(1.0, 1.0 - distance))
        entry_id = key[len(entry_prefix) :] if key.startswith(entry_prefix) else key
        out.append((Candidate(entry_id, row.get("prompt") or "", similarity), row.get("partition")))
    out.sort(key=lambda pair: pair[0].similarity, reverse=True)
    return out


def _only_ids(selector: Selector) -> bool:
    """True when the selector names ids and nothing else (no need to read any entry)."""
    return bool(selector.ids) and selector == Selector(ids=selector.ids)


def _matches(row: dict[str, Any], selector: Selector, now: float) -> bool:
    """Whether an entry's fields satisfy every field set in the selector (AND)."""
    if selector.everything:
        return True
    if selector.ids and row.get("id") not in selector.ids:
        return False
    for name in ("partition", "context_id", "namespace", "user"):
        wanted = getattr(selector, name)
        if wanted is not None and row.get(name) != wanted:
            return False
    if selector.tag is not None and selector.tag not in (row.get("tags") or "").split(","):
        return False
    if selector.older_than is not None:
        created = float(row.get("created_at") or 0.0)
        if created > now - selector.older_than:
            return False
    return True


def _to_entry(row: dict[str, Any]) -> Entry | None:
    row = {k: _text(v) for k, v in row.items()}
    if not row.get("id"):
        return None
    try:
        return Entry(
            id=row["id"],
            partition=row["partition"] or "",
            context_id=row["context_id"] or "",
            namespace=row["namespace"] or "",
            user=row.get("user"),
            lang=row.get("lang"),
            prompt=row["prompt"] or "",
            response=row["response"] or "",
            created_at=float(row["created_at"] or 0.0),
            expires_at=float(row["expires_at"]) if row.get("expires_at") else None,
            tags=tuple(sorted(t for t in (row.get("tags") or "").split(",") if t)),
            metadata=json.loads(row["metadata"] or "{}"),
            hits=int(row.get("hits") or 0),
            last_hit_at=float(row["last_hit_at"]) if row.get("last_hit_at") else None,
        )
    except (KeyError, ValueError) as exc:
        log.warning("skipping a malformed cache entry %s: %s", row.get("id"), exc)
        return None
