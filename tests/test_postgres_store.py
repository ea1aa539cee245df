"""PostgreSQL + pgvector store: schema versions, embedder checks, capacity, outages, processes.

The shared behaviour (search, partitions, TTL, invalidation, stats) is in test_store_contract.py;
this file covers what only this store has. A real PostgreSQL 18 with pgvector runs for the whole
session (``postgres_server`` in conftest).
"""

from __future__ import annotations

import asyncio
import time
import uuid

import numpy as np
import psycopg
import pytest
from peer import peer_cache

from yamabiko import AsyncSemanticCache
from yamabiko.config import open_store_url
from yamabiko.errors import ConfigError, EmbedderMismatchError, NotStoredError
from yamabiko.models import Entry
from yamabiko.stores.base import Selector
from yamabiko.stores.postgres import PostgresStore
from yamabiko.stores.postgres.schema import SCHEMA_VERSION

EMBEDDER = "use-multilingual-v3"
DIMS = 512
#: how a lookup names a store that is down or too slow (a miss with a reason, never an error)
STORE_FAILURES = {"error:StoreUnavailableError", "store-unavailable", "store-timeout"}
QUESTION = "How do I reset my password?"
PARAPHRASE = "How can I reset my password?"


def unit(seed: int, dims: int = DIMS) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(dims).astype(np.float32)
    return vector / np.linalg.norm(vector)


def table() -> str:
    return f"t{uuid.uuid4().hex[:12]}"


def entry(entry_id: str, **kw) -> Entry:
    now = time.time()
    fields = dict(
        id=entry_id, partition="p", context_id="c", namespace="default", user=None, lang="en",
        prompt=f"prompt {entry_id}", response=f"response {entry_id}", created_at=now,
        expires_at=now + 3600,
    )  # fmt: skip
    fields.update(kw)
    return Entry(**fields)


async def opened(url: str, **options) -> PostgresStore:
    store = PostgresStore(url, **options)
    await store.open(EMBEDDER, DIMS)
    return store


def sql(url: str, statement: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(statement)
        return cur.fetchall() if cur.description else []


async def test_schema_is_versioned_and_created_once_by_many_processes(postgres_server):
    name = table()
    stores = [PostgresStore(postgres_server.url, table=name) for _ in range(6)]
    await asyncio.gather(*(s.open(EMBEDDER, DIMS) for s in stores))
    meta = dict(sql(postgres_server.url, f"SELECT key, value FROM {name}_meta"))
    assert meta == {"schema": str(SCHEMA_VERSION), "embedder": EMBEDDER, "dims": str(DIMS)}
    indexes = {r[0] for r in sql(postgres_server.url, f"SELECT indexname FROM pg_indexes "
                                 f"WHERE tablename = '{name}_entries'")}  # fmt: skip
    assert {f"{name}_partition", f"{name}_namespace", f"{name}_hnsw"} <= indexes
    await stores[0].put(entry("shared"), unit(2))
    assert [c.id for c in await stores[-1].search(unit(2), "p", 1, time.time())] == ["shared"]
    # an older schema is migrated step by step when a newer yamabiko opens it
    sql(postgres_server.url, f"DROP TABLE {name}_evidence")
    sql(postgres_server.url, f"UPDATE {name}_meta SET value = '1' WHERE key = 'schema'")
    await PostgresStore(postgres_server.url, table=name).open(EMBEDDER, DIMS)
    assert sql(postgres_server.url, f"SELECT count(*) FROM {name}_evidence") == [(0,)]
    assert sql(postgres_server.url, f"SELECT value FROM {name}_meta WHERE key = 'schema'") == [
        (str(SCHEMA_VERSION),)
    ]
    # a schema from a newer yamabiko is refused with the fix, not used blindly
    sql(postgres_server.url, f"UPDATE {name}_meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(ConfigError, match="schema version 99, newer"):
        await PostgresStore(postgres_server.url, table=name).open(EMBEDDER, DIMS)
    for store in stores:
        await store.close()


async def test_other_embedder_is_a_clear_error_and_an_empty_store_is_retyped(postgres_server):
    name = table()
    store = await opened(postgres_server.url, table=name)
    await store.put(entry("m1"), unit(3))
    with pytest.raises(EmbedderMismatchError, match="holds 1 entries embedded by"):
        await PostgresStore(postgres_server.url, table=name).open("other-model", 384)
    assert await store.delete(Selector(everything=True)) == 1
    small = await opened(postgres_server.url, table=name)  # same model: nothing changes
    other = PostgresStore(postgres_server.url, table=name)
    await other.open("small-model", 384)  # empty: the vector column takes the new size
    await other.put(entry("s1"), unit(4, 384))
    assert [c.id for c in await other.search(unit(4, 384), "p", 1, time.time())] == ["s1"]
    for s in (store, small, other):
        await s.close()


async def test_bad_urls_and_options_are_clear_errors(postgres_server):
    with pytest.raises(ConfigError, match="not a PostgreSQL URL"):
        PostgresStore("mysql://localhost/db")
    with pytest.raises(ConfigError, match="plain identifier"):
        PostgresStore(postgres_server.url, table="x; DROP TABLE y")
    store = open_store_url(postgres_server.url, max_entries=5)
    assert isinstance(store, PostgresStore) and store.max_entries == 5
    big = await opened(postgres_server.url, table=table(), max_entry_bytes=100)
    with pytest.raises(NotStoredError):
        await big.put(entry("big", response="x" * 200), unit(5))
    await big.close()


async def test_capacity_evicts_the_least_recently_used(postgres_server):
    store = await opened(postgres_server.url, table=table(), max_entries=3)
    now = time.time()
    for i in range(3):
        await store.put(entry(f"e{i}", created_at=now - 10 + i), unit(10 + i))
    assert await store.fetch_hit("e0", time.time()) is not None  # e0 is now the most recent
    await store.put(entry("e3"), unit(13))
    left = {e.id for e in await store.entries(Selector(everything=True))}
    assert left == {"e0", "e2", "e3"}
    stats = await store.stats()
    assert (stats.entries, stats.evictions) == (3, 1)
    await store.close()


async def test_expired_rows_are_purged_and_counted(postgres_server):
    store = await opened(postgres_server.url, table=table())
    now = time.time()
    await store.put(entry("soon", created_at=now, expires_at=now + 0.3), unit(20))
    await store.put(entry("late"), unit(21))
    await asyncio.sleep(0.4)
    stats = await store.stats()
    assert (stats.entries, stats.expired) == (1, 1)
    await store.close()


async def test_sliding_ttl_extends_an_entry_on_each_hit(postgres_server):
    store = await opened(postgres_server.url, table=table(), sliding_ttl=True)
    now = time.time()
    await store.put(entry("s", created_at=now, expires_at=now + 100), unit(22))
    hit = await store.fetch_hit("s", now + 50)
    assert hit is not None and hit.expires_at == pytest.approx(now + 150)
    await store.close()


# -- failure behaviour: the cache never breaks the LLM path --------------------------------------


# an unreachable server: tests/test_store_contract.py (every network store)


async def test_a_locked_table_costs_one_budget_then_recovers(postgres_server, embedder):
    # generous budgets before and after the lock (a loaded machine is not an outage); the tight
    # one (200 ms) only while the table is locked
    name = table()
    store = PostgresStore(
        postgres_server.url, table=name, timeout=30.0, write_timeout=30.0, breaker_cooldown=0.1
    )
    cache = AsyncSemanticCache(embedder, store, lookup_budget=120.0, write_budget=120.0)
    await cache.store(QUESTION, "Use the reset link.")
    store.timeout = 0.2
    with psycopg.connect(postgres_server.url) as locker:  # a long migration or a stuck DBA
        locker.execute(f"LOCK TABLE {name}_entries IN ACCESS EXCLUSIVE MODE")
        # the lock is held until the lookup has returned: only its budget can end it (a lookup
        # that waited for the lock would never return; the outer bound fails the test then)
        lookup = await asyncio.wait_for(cache.probe(PARAPHRASE), 300)
        assert lookup.hit is None and lookup.reason in STORE_FAILURES
        locker.rollback()
    store.timeout = 30.0
    deadline = time.monotonic() + 120
    hit = None
    while hit is None and time.monotonic() < deadline:  # recovers without a restart
        await asyncio.sleep(0.15)
        hit = await cache.lookup(PARAPHRASE)
    assert hit is not None and hit.response == "Use the reset link."
    await cache.close()


async def test_two_processes_share_hits_and_invalidations(postgres_server, embedder):
    name = table()
    imports = "from yamabiko.stores.postgres import PostgresStore"
    arguments = "store=PostgresStore(sys.argv[1], table=sys.argv[2], timeout=2.0)"
    with peer_cache(imports, arguments, postgres_server.url, name) as ask:
        store = PostgresStore(postgres_server.url, table=name, timeout=2.0)
        cache = await AsyncSemanticCache(embedder, store).open()  # a lookup waits 50 ms at most
        assert ask(f"store {QUESTION}") == "stored"
        hit = await cache.lookup(PARAPHRASE)
        assert hit is not None and hit.response == f"answer from the peer to {QUESTION}"
        assert await cache.invalidate(tag="peer") == 1
        assert ask(f"lookup {PARAPHRASE}") == "MISS"
        await cache.close()
