"""ValkeyStore against a real valkey-server with the search module: failures, TTL, processes.

The shared contract lives in test_store_contract.py; this file proves the failure behaviour
(the cache never breaks the LLM path) by stopping, restarting, flushing and pausing the server.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid

import numpy as np
import pytest
from peer import peer_cache
from servers import ValkeySearchServer

from yamabiko import AsyncSemanticCache
from yamabiko.config import open_store_url
from yamabiko.errors import (
    ConfigError,
    EmbedderMismatchError,
    NotStoredError,
    StoreUnavailableError,
)
from yamabiko.models import Entry
from yamabiko.stores.base import Selector
from yamabiko.stores.valkey import ValkeyStore

EMBEDDER = "use-multilingual-v3"
DIMS = 512
QUESTION = "How do I reset my password?"
PARAPHRASE = "How can I reset my password?"


def unit(seed: int, dims: int = DIMS) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(dims).astype(np.float32)
    return vector / np.linalg.norm(vector)


def entry(entry_id: str, ttl: float | None = 3600, **kw) -> Entry:
    now = time.time()
    fields = dict(
        id=entry_id, partition="p", context_id="c", namespace="default", user=None, lang="en",
        prompt=f"prompt {entry_id}", response=f"response {entry_id}", created_at=now,
        expires_at=None if ttl is None else now + ttl,
    )  # fmt: skip
    fields.update(kw)
    return Entry(**fields)


def prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}:"


@pytest.fixture
def server():
    """A server of its own for tests that stop, pause or flush it."""
    with ValkeySearchServer() as srv:
        yield srv


async def opened(url: str, **options) -> ValkeyStore:
    store = ValkeyStore(url, **options)
    await store.open(EMBEDDER, DIMS)
    return store


# -- configuration -----------------------------------------------------------------------------


async def test_url_options_reach_the_store(valkey_server):
    store = open_store_url(f"{valkey_server.url}?prefix=app1:&index=app1-idx&timeout_ms=30")
    assert isinstance(store, ValkeyStore)
    assert (store.prefix, store.index_name, store.timeout) == ("app1:", "app1-idx", 0.03)
    await store.open(EMBEDDER, DIMS)
    await store.put(entry("u1", partition="q"), unit(1))
    assert [c.id for c in await store.search(unit(1), "q", 2, time.time())] == ["u1"]
    await store.close()


def test_bad_urls_and_options_are_clear_errors():
    with pytest.raises(ConfigError, match="scheme 'http'"):
        ValkeyStore("http://localhost:6379")
    with pytest.raises(ConfigError, match="prefix"):
        ValkeyStore("valkey://localhost:6379/0", prefix="")
    with pytest.raises(ConfigError, match="timeout"):
        ValkeyStore("valkey://localhost:6379/0", timeout=0)
    with pytest.raises(ConfigError, match="maxmemory"):
        open_store_url("redis://localhost:6379/0", max_entries=10)


async def test_password_never_appears_in_errors():
    store = ValkeyStore("redis://user:s3cret@127.0.0.1:1/0", timeout=0.2)
    with pytest.raises(StoreUnavailableError) as info:
        await store.open(EMBEDDER, DIMS)
    assert "s3cret" not in str(info.value) and "***" in str(info.value)
    await store.close()


# -- index and embedder checks -----------------------------------------------------------------


async def test_many_processes_opening_at_once_create_one_index(valkey_server):
    name = prefix()
    stores = [ValkeyStore(valkey_server.url, prefix=name) for _ in range(8)]
    await asyncio.gather(*(s.open(EMBEDDER, DIMS) for s in stores))
    info = valkey_server.command("FT._LIST")
    assert info.count(f"{name}idx".encode()) == 1
    await stores[0].put(entry("shared"), unit(2))
    assert [c.id for c in await stores[-1].search(unit(2), "p", 1, time.time())] == ["shared"]
    for store in stores:
        await store.close()


async def test_other_embedder_or_dimensions_are_clear_errors(valkey_server):
    name = prefix()
    store = await opened(valkey_server.url, prefix=name)
    await store.put(entry("m1"), unit(3))
    with pytest.raises(EmbedderMismatchError, match="holds 1 entries embedded by"):
        await ValkeyStore(valkey_server.url, prefix=name).open("other-model", 384)
    # An index of other dimensions under a name this cache wants: named, with the fix.
    other = ValkeyStore(valkey_server.url, prefix=prefix(), index_name=f"{name}idx")
    with pytest.raises(ConfigError, match=rf"{name}idx.*512 dims.*FT.DROPINDEX"):
        await other.open("small-model", 384)
    await store.close()
    await other.close()


async def test_oversized_entries_are_refused_not_stored(valkey_server):
    store = await opened(valkey_server.url, prefix=prefix(), max_entry_bytes=1000)
    with pytest.raises(NotStoredError) as info:
        await store.put(entry("big", response="x" * 2000), unit(4))
    assert info.value.reason == "too-large"
    assert (await store.stats()).entries == 0
    await store.close()


# -- TTL, sliding TTL and bookkeeping ------------------------------------------------------------


async def test_server_expiry_removes_entries_and_counts_them(valkey_server):
    store = await opened(valkey_server.url, prefix=prefix())
    await store.put(entry("short", ttl=0.4, prompt="ab", response="cd"), unit(5))
    await store.put(entry("long", prompt="ef", response="gh"), unit(6))
    assert (await store.stats()).entries == 2
    await asyncio.sleep(0.6)
    assert [c.id for c in await store.search(unit(5), "p", 4, time.time())] == ["long"]
    stats = await store.stats()
    assert (stats.entries, stats.bytes, stats.expired) == (1, 4, 1)
    await store.close()


async def test_sliding_ttl_extends_an_entry_on_each_hit(valkey_server):
    store = await opened(valkey_server.url, prefix=prefix(), sliding_ttl=True)
    plain = await opened(valkey_server.url, prefix=store.prefix)
    await store.put(entry("slide", ttl=0.8), unit(7))
    await store.put(entry("fixed", ttl=0.8), unit(8))
    await asyncio.sleep(0.5)
    hit = await store.fetch_hit("slide", time.time())
    assert hit is not None and hit.expires_at is not None and hit.expires_at > time.time() + 0.6
    assert await plain.fetch_hit("fixed", time.time()) is not None  # no sliding on this store
    await asyncio.sleep(0.5)
    assert await store.fetch_hit("slide", time.time()) is not None
    assert await store.fetch_hit("fixed", time.time()) is None
    await store.close()
    await plain.close()


async def test_invalidation_walks_thousands_of_entries_in_batches(valkey_server):
    # 100 concurrent puts at a time, thousands of keys walked: a loaded test machine is not an
    # outage, so every budget is generous (lookup, hence connect: 10 s; writes 30 s; admin 60 s)
    store = await opened(
        valkey_server.url, prefix=prefix(), timeout=10.0, write_timeout=30.0, admin_timeout=60.0
    )
    vector = unit(9)
    for start in range(0, 2500, 100):
        await asyncio.gather(
            *(
                store.put(
                    entry(f"n{i}", namespace="a" if i % 3 else "b", tags=(f"t{i % 2}",)), vector
                )
                for i in range(start, start + 100)
            )
        )
    assert await store.delete(Selector(namespace="b", tag="t0")) == len(
        [i for i in range(2500) if i % 3 == 0 and i % 2 == 0]
    )
    left = await store.entries(Selector(namespace="b"), limit=5000)
    assert {e.id for e in left} == {f"n{i}" for i in range(2500) if i % 3 == 0 and i % 2 == 1}
    assert await store.delete(Selector(everything=True)) == 2500 - 417
    stats = await store.stats()
    assert (stats.entries, stats.bytes) == (0, 0)
    await store.close()


# -- failure behaviour: the cache never breaks the LLM path --------------------------------------


async def test_stopped_server_is_a_miss_and_the_breaker_fails_fast(server, embedder):
    store = ValkeyStore(server.url, prefix=prefix(), breaker_cooldown=0.5)
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(QUESTION, "Use the reset link.")
    assert (await cache.lookup(PARAPHRASE)) is not None
    server.stop()
    reasons = [(await cache.probe(PARAPHRASE)).reason for _ in range(6)]
    assert all(r == "error:StoreUnavailableError" for r in reasons)
    assert store.breaker.is_open
    answer = await cache.get_or_call("What is the capital of France?", lambda p: "Paris")
    assert answer == "Paris"  # the LLM path is untouched while the store is down
    with pytest.raises(StoreUnavailableError, match="circuit open"):
        await cache.store("another question?", "another answer")
    with pytest.raises(StoreUnavailableError):  # admin calls report the outage
        await cache.stats()
    await cache.close()


async def test_restart_reconnects_and_recreates_the_index(server, embedder):
    store = ValkeyStore(server.url, prefix=prefix(), breaker_cooldown=0.2)
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(QUESTION, "Use the reset link.")
    server.stop()
    server.start()  # same port, empty (no persistence): the index is gone too
    deadline = time.monotonic() + 5
    reasons = []
    while time.monotonic() < deadline:
        reason = (await cache.probe(PARAPHRASE)).reason
        reasons.append(reason)
        if reason == "no-candidate":
            break
        await asyncio.sleep(0.1)
    assert reasons[-1] == "no-candidate", reasons  # a miss, never an exception
    await cache.store(QUESTION, "Use the new reset link.")
    hit = await cache.lookup(PARAPHRASE)
    assert hit is not None and hit.response == "Use the new reset link."
    await cache.close()


async def test_flushall_is_a_miss_then_the_index_comes_back(server, embedder):
    store = ValkeyStore(server.url, prefix=prefix())
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(QUESTION, "Use the reset link.")
    server.command("FLUSHALL")
    assert (await cache.probe(PARAPHRASE)).reason == "no-candidate"
    assert server.command("FT._LIST") == [store.index_name.encode()]  # re-created
    await cache.store(QUESTION, "Again: use the reset link.")
    hit = await cache.lookup(PARAPHRASE)
    assert hit is not None and hit.response == "Again: use the reset link."
    assert (await cache.stats()).entries == 1
    await cache.close()


def _block_server(server: ValkeySearchServer, *command: str) -> threading.Thread:
    thread = threading.Thread(target=server.command, args=command, daemon=True)
    thread.start()
    time.sleep(0.1)  # let the command reach the server
    return thread


@pytest.mark.parametrize("how", ["debug-sleep", "client-pause", "sigstop"])
async def test_a_frozen_server_costs_one_budget_not_a_hang(server, embedder, how):
    # generous budgets before and after the freeze (a loaded machine is not an outage); the
    # tight ones (50 / 100 ms) only while the server is frozen
    store = ValkeyStore(server.url, prefix=prefix(), timeout=5.0, write_timeout=5.0)
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(QUESTION, "Use the reset link.")
    await cache.lookup(PARAPHRASE)  # warm: the embedding of the paraphrase is cached
    store.timeout, store.write_timeout = 0.05, 0.1
    blocker = None
    if how == "debug-sleep":
        blocker = _block_server(server, "DEBUG", "SLEEP", "1.5")
    elif how == "client-pause":
        server.command("CLIENT", "PAUSE", "1500", "ALL")
    else:
        server.pause()
    started = time.monotonic()
    lookup = await cache.probe(PARAPHRASE)
    elapsed = time.monotonic() - started
    get_or_call = await cache.get_or_call("Is the store frozen?", lambda p: "fresh answer")
    if how == "sigstop":
        server.resume()
    assert lookup.reason == "error:StoreUnavailableError"
    assert elapsed < 1.0  # one budget (50 ms) plus scheduling, far below the 1.5 s freeze
    assert get_or_call == "fresh answer"
    if blocker is not None:
        blocker.join()
    await asyncio.sleep(1.6 if how != "sigstop" else 0.1)
    store.breaker.success()  # do not wait for the cooldown in a test
    store.timeout, store.write_timeout = 5.0, 5.0
    hit = await cache.lookup(PARAPHRASE)
    assert hit is not None and hit.response == "Use the reset link."
    await cache.close()


# -- two OS processes on one server --------------------------------------------------------------

async def test_two_processes_share_hits_and_invalidations(valkey_server, embedder):
    name = prefix()
    imports = "from yamabiko.stores.valkey import ValkeyStore"
    arguments = "store=ValkeyStore(sys.argv[1], prefix=sys.argv[2])"
    with peer_cache(imports, arguments, valkey_server.url, name) as ask:
        cache = AsyncSemanticCache(embedder, ValkeyStore(valkey_server.url, prefix=name))
        assert ask(f"store {QUESTION}") == "stored"
        hit = await cache.lookup(PARAPHRASE)
        assert hit is not None and hit.response == f"answer from the peer to {QUESTION}"

        await cache.store("Why is the sky blue?", "Rayleigh scattering.", tags=["sky"])
        assert ask("lookup Why is the sky blue?") == "Rayleigh scattering."
        assert ask("invalidate sky") == "1"
        assert await cache.lookup("Why is the sky blue?") is None
        assert await cache.invalidate(tag="peer") == 1
        assert ask(f"lookup {PARAPHRASE}") == "MISS"
        await cache.close()


async def test_hits_are_counted_apart_and_shown_by_entries(valkey_server):
    store = await opened(valkey_server.url, prefix=prefix())
    await store.put(entry("seen"), unit(11))
    for _ in range(3):
        assert await store.fetch_hit("seen", time.time()) is not None
    (listed,) = await store.entries(Selector(ids=("seen",)))
    assert listed.hits == 3 and listed.last_hit_at is not None
    assert await store.delete(Selector(ids=("seen",))) == 1
    assert valkey_server.command("EXISTS", f"{store.prefix}h:seen") == 0  # removed with it
    await store.close()
