"""Faults of the stores under the cache: a held SQLite write lock, a frozen Valkey while the
cache opens, bounded work for oversized prompts, and numeric inputs that broke stores.

Each test reproduces a failure of issue 11 first, then checks the fixed behaviour.
"""

from __future__ import annotations

import asyncio
import logging
import math
import sqlite3
import subprocess
import sys
import time
import uuid

import numpy as np
import pytest

from yamabiko.cache import AsyncSemanticCache
from yamabiko.errors import InvalidInputError, NotStoredError, StoreError
from yamabiko.stores.local import LocalStore

SKY = "Why is the sky blue?"
SKY_ANSWER = "Rayleigh scattering of sunlight."

_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()  # hold the write lock until the test says so
conn.execute("ROLLBACK")
"""


class LockHolder:
    """Another process that holds the SQLite write lock of a file until released."""

    def __init__(self, path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLD_LOCK, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=10)


def _write_lock_is_held(path) -> bool:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()
    conn.close()
    return False


async def test_hits_are_served_while_another_process_holds_the_write_lock(tmp_path, embedder):
    path = tmp_path / "locked.sqlite3"
    store = LocalStore(path, write_wait=0.3)
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(SKY, SKY_ANSWER)
    holder = LockHolder(path)
    try:
        # a write queued behind the lock must not hold up lookups (before: every request
        # waited for the 10 s busy timeout of the one SQLite thread)
        put = asyncio.ensure_future(cache.store("Is the sea blue?", "Mostly."))
        await asyncio.sleep(0)
        lookup = await asyncio.wait_for(cache.probe(SKY), timeout=5)
        assert lookup.hit is not None and lookup.hit.response == SKY_ANSWER
        assert _write_lock_is_held(path)  # the hit was served while the lock was held
        with pytest.raises(StoreError, match="locked by another writer"):
            await put
        assert cache.counters()["errors"] == 1
    finally:
        holder.release()
    # recovery without restart: the next write goes through
    await cache.store("Is the sea blue?", "Mostly.")
    assert (await cache.lookup("Is the sea blue?")) is not None
    await cache.close()


async def test_a_full_write_queue_drops_writes_at_once_and_counts_them(tmp_path, embedder):
    path = tmp_path / "queue.sqlite3"
    store = LocalStore(path, write_wait=2.0, max_pending_writes=1)
    cache = AsyncSemanticCache(embedder, store)
    await cache.open()
    holder = LockHolder(path)
    try:
        first = asyncio.ensure_future(cache.store("first question here", "one"))
        await asyncio.sleep(0.05)
        with pytest.raises(StoreError, match="already waiting"):
            await cache.store("second question here", "two")
        assert store.dropped_writes == 1
    finally:
        holder.release()
    await first  # the queued write went through once the lock was released
    assert (await cache.lookup("first question here")) is not None
    await cache.close()


async def test_a_frozen_valkey_while_the_cache_opens_costs_each_lookup_its_budget(
    valkey_server, embedder, caplog
):
    from yamabiko.stores.valkey import ValkeyStore

    store = ValkeyStore(valkey_server.url, prefix=f"f{uuid.uuid4().hex[:10]}:")
    cache = AsyncSemanticCache(embedder, store, lookup_budget=0.05)
    await cache.embedder.embed([SKY])
    valkey_server.pause()
    try:
        # before: each open waited the 10 s admin timeout under a lock all requests queued on
        with caplog.at_level(logging.WARNING, logger="yamabiko"):
            records = [await asyncio.wait_for(cache.probe(SKY), timeout=3) for _ in range(5)]
        assert {r.reason for r in records} == {"store-unavailable"}
        # one line for the state change, not one per failed request (before: ~170 lines/s)
        assert len([r for r in caplog.records if "failing" in r.getMessage()]) <= 1
    finally:
        valkey_server.resume()
    deadline = time.monotonic() + 30
    while (await cache.probe(SKY)).reason not in ("no-candidate", "hit"):
        assert time.monotonic() < deadline, "the cache did not recover after the store came back"
        await asyncio.sleep(0.1)
    await cache.store(SKY, SKY_ANSWER)
    assert (await cache.lookup(SKY)) is not None  # recovered without a restart
    await cache.close()


async def test_an_oversized_prompt_is_neither_embedded_nor_analysed(tmp_path, embedder):
    cache = AsyncSemanticCache(embedder, path=tmp_path / "big.sqlite3", max_prompt_chars=2000)
    huge = "Explain this log line please. " * 35_000  # ~1 MiB
    misses = embedder.lru_misses
    record = await cache.probe(huge)
    assert record.hit is None and record.reason == "bypass:too-long"
    with pytest.raises(NotStoredError) as refused:
        await cache.store(huge, "an answer")
    assert refused.value.reason == "too-long"
    assert embedder.lru_misses == misses  # the model never saw it
    assert cache.counters()["not_stored:too-long"] == 1
    await cache.close()


@pytest.mark.parametrize("ttl", [1e20, math.inf, -math.inf, math.nan, 0, -5])
async def test_ttls_that_broke_stores_are_refused(tmp_path, embedder, ttl):
    cache = AsyncSemanticCache(embedder, path=tmp_path / "ttl.sqlite3")
    with pytest.raises(InvalidInputError, match="ttl"):
        await cache.store(SKY, SKY_ANSWER, ttl=ttl)
    await cache.close()


@pytest.mark.parametrize("age", [math.nan, math.inf, -1.0])
async def test_invalidate_refuses_an_age_that_is_not_a_finite_number(tmp_path, embedder, age):
    async with AsyncSemanticCache(embedder, path=tmp_path / "age.sqlite3") as cache:
        await cache.store(SKY, SKY_ANSWER)
        with pytest.raises(InvalidInputError, match="older_than"):
            await cache.invalidate(older_than=age)
        assert (await cache.stats()).entries == 1  # before: NaN deleted everything on Valkey


async def test_a_valkey_put_with_an_absurd_expiry_writes_nothing(valkey_server):
    from yamabiko.models import Entry
    from yamabiko.stores.base import Selector
    from yamabiko.stores.valkey import ValkeyStore
    from yamabiko.stores.valkey.scripts import PUT_SCRIPT

    store = ValkeyStore(valkey_server.url, prefix=f"x{uuid.uuid4().hex[:10]}:")
    await store.open("use-multilingual-v3", 512)
    vector = np.ones(512, dtype=np.float32) / np.sqrt(512)
    now = time.time()
    entry = Entry(id="e1", partition="p", context_id="c", namespace="default", user=None,
                  lang="en", prompt="q", response="a", created_at=now,
                  expires_at=now + 1e20)  # fmt: skip
    with pytest.raises(InvalidInputError, match="expires at"):
        await store.put(entry, vector)
    # the script itself refuses before its first write (a direct caller, an older client)
    group = store.router.group  # the keys of a one-server store
    keys = [group.entry("e2"), group.stats, group.ttl, group.hits("e2")]
    args = ["e2", 10, str(round((now + 1e20) * 1000)), "prompt", "q"]
    with pytest.raises(Exception, match="invalid expiry"):
        await store._call("put", 5.0, lambda c: PUT_SCRIPT(c, keys, args))
    assert await store.entries(Selector(everything=True)) == []
    assert (await store.stats()).entries == 0
    await store.close()


async def test_a_dropped_valkey_index_logs_one_line_not_one_per_lookup(
    valkey_server, embedder, caplog
):
    from yamabiko.stores.valkey import ValkeyStore

    store = ValkeyStore(valkey_server.url, prefix=f"d{uuid.uuid4().hex[:10]}:")
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(SKY, SKY_ANSWER)
    assert (await cache.lookup(SKY)) is not None
    questions = [f"{SKY} Question {i}?" for i in range(16)]
    await cache.embedder.embed(questions)
    with caplog.at_level(logging.WARNING, logger="yamabiko"):
        for _ in range(3):  # before: one "is gone" line per lookup that met the missing index
            valkey_server.command("FT.DROPINDEX", cache.backend.index_name)
            records = await asyncio.gather(*(cache.probe(q) for q in questions))
            assert all(r.reason != "error" for r in records)
    gone = [r for r in caplog.records if "index" in r.getMessage() and "gone" in r.getMessage()]
    assert len(gone) == 1, [r.getMessage() for r in gone]
    assert "failing (gone" in gone[0].getMessage()
    await cache.store("Which river flows through Vienna?", "The Danube.")
    assert (await cache.lookup("Which river flows through Vienna?")) is not None  # re-created
    await cache.close()
