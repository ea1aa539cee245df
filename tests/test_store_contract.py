"""The contract every store keeps. Runs against each kind in ``conftest.STORE_KINDS``."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
from servers import free_port

from yamabiko import AsyncSemanticCache
from yamabiko.models import Entry
from yamabiko.stores.base import Selector

DIMS = 512


def unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def near(vector: np.ndarray, noise: float, seed: int) -> np.ndarray:
    jitter = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32) * noise
    out = vector + jitter
    return out / np.linalg.norm(out)


def make_entry(entry_id: str, *, partition: str = "p1", namespace: str = "default", **kw) -> Entry:
    now = time.time()
    fields = dict(
        id=entry_id,
        partition=partition,
        context_id=f"ctx-{partition}",
        namespace=namespace,
        user=None,
        lang="en",
        prompt=f"prompt {entry_id}",
        response=f"response {entry_id}",
        created_at=now,
        expires_at=now + 3600,
    )
    fields.update(kw)
    return Entry(**fields)


async def test_search_returns_nearest_first_with_cosine_similarity(store_factory):
    store = await store_factory()
    base = unit(1)
    await store.put(make_entry("a"), base)
    await store.put(make_entry("b"), near(base, 0.05, 2))
    await store.put(make_entry("c"), unit(3))
    found = await store.search(near(base, 0.01, 4), "p1", 3, time.time())
    assert [c.id for c in found][:2] == ["a", "b"]
    sims = [c.similarity for c in found]
    assert sims == sorted(sims, reverse=True)
    assert all(-1.0 <= s <= 1.0 for s in sims)
    exact = float(near(base, 0.01, 4) @ base)
    assert found[0].similarity == pytest.approx(exact, abs=1e-3)
    assert found[0].prompt == "prompt a"


async def test_partitions_never_mix(store_factory):
    store = await store_factory()
    vector = unit(5)
    await store.put(make_entry("x", partition="p1"), vector)
    assert await store.search(vector, "p2", 4, time.time()) == []
    assert [c.id for c in await store.search(vector, "p1", 4, time.time())] == ["x"]


async def test_fetch_hit_counts_hits_and_returns_the_whole_entry(store_factory):
    store = await store_factory()
    entry = make_entry("h", tags=("faq", "sky"), metadata={"model": "m", "n": 1})
    await store.put(entry, unit(6))
    first = await store.fetch_hit("h", time.time())
    second = await store.fetch_hit("h", time.time())
    assert first is not None and second is not None
    assert (first.hits, second.hits) == (1, 2)
    assert second.response == "response h"
    assert set(second.tags) == {"faq", "sky"}
    assert second.metadata == {"model": "m", "n": 1}
    assert second.last_hit_at is not None
    assert await store.fetch_hit("missing", time.time()) is None


async def test_expired_entries_are_never_returned(store_factory):
    store = await store_factory()
    now = time.time()
    await store.put(make_entry("old", created_at=now - 10, expires_at=now - 1), unit(7))
    await store.put(make_entry("new"), near(unit(7), 0.2, 8))
    found = await store.search(unit(7), "p1", 4, time.time())
    assert [c.id for c in found] == ["new"]
    assert await store.fetch_hit("old", time.time()) is None


async def test_put_replaces_an_entry_with_the_same_id(store_factory):
    store = await store_factory()
    await store.put(make_entry("r", response="first"), unit(9))
    await store.put(make_entry("r", response="second"), unit(9))
    entry = await store.fetch_hit("r", time.time())
    assert entry is not None and entry.response == "second"
    assert (await store.stats()).entries == 1


@pytest.mark.parametrize(
    ("selector", "expected_left"),
    [
        (Selector(ids=("a1",)), {"a2", "b1", "c1"}),
        (Selector(namespace="tenant-a"), {"b1", "c1"}),
        (Selector(partition="pb"), {"a1", "a2", "c1"}),
        (Selector(context_id="ctx-pb"), {"a1", "a2", "c1"}),
        (Selector(user="alice"), {"a2", "b1", "c1"}),
        (Selector(tag="t1"), {"a2", "b1", "c1"}),
        (Selector(namespace="tenant-a", tag="t2"), {"a1", "b1", "c1"}),
        (Selector(namespace="tenant-b", tag="t2"), {"a1", "a2", "b1", "c1"}),
        (Selector(older_than=100), {"a1", "a2", "b1"}),
        (Selector(everything=True), set()),
    ],
)
async def test_delete_by_selector(store_factory, selector, expected_left):
    store = await store_factory()
    now = time.time()
    await store.put(
        make_entry("a1", partition="pa", namespace="tenant-a", user="alice", tags=("t1",)), unit(10)
    )
    await store.put(make_entry("a2", partition="pa", namespace="tenant-a", tags=("t2",)), unit(11))
    await store.put(make_entry("b1", partition="pb", namespace="tenant-b"), unit(12))
    await store.put(
        make_entry("c1", partition="pc", namespace="tenant-c", created_at=now - 500), unit(13)
    )
    removed = await store.delete(selector)
    left = {e.id for e in await store.entries(Selector(everything=True), limit=100)}
    assert left == expected_left
    assert removed == 4 - len(expected_left)
    for entry_id, vector, partition in (("a1", unit(10), "pa"), ("b1", unit(12), "pb")):
        found = {c.id for c in await store.search(vector, partition, 4, time.time())}
        assert (entry_id in found) == (entry_id in expected_left)


async def test_stats_count_entries_and_bytes(store_factory):
    store = await store_factory()
    await store.put(make_entry("s1", prompt="ab", response="cde"), unit(14))
    await store.put(make_entry("s2", prompt="空", response="青"), unit(15))
    stats = await store.stats()
    assert stats.entries == 2
    assert stats.bytes == 5 + 6


async def test_concurrent_puts_and_searches(store_factory):
    store = await store_factory()
    vectors = [unit(100 + i) for i in range(40)]
    await asyncio.gather(*(store.put(make_entry(f"e{i}"), v) for i, v in enumerate(vectors)))
    results = await asyncio.gather(*(store.search(v, "p1", 1, time.time()) for v in vectors))
    assert [r[0].id for r in results] == [f"e{i}" for i in range(40)]


async def test_cache_round_trip_with_the_real_embedder(store_factory, embedder):
    """The cache on this store: paraphrase hits, other context misses, invalidation by tag."""
    store = await store_factory()
    cache = AsyncSemanticCache(embedder, store)
    await cache.store(
        "空はなぜ青いのですか?", "レイリー散乱です。", tags=["sky"], context={"model": "m1"}
    )
    hit = await cache.lookup("空が青いのはなぜですか?", context={"model": "m1"})
    assert hit is not None and hit.response == "レイリー散乱です。"
    assert 0.9 <= hit.similarity <= 1.0
    assert await cache.lookup("空が青いのはなぜですか?", context={"model": "m2"}) is None
    assert await cache.invalidate(tag="sky") == 1
    assert await cache.lookup("空はなぜ青いのですか?", context={"model": "m1"}) is None


async def test_search_returns_the_conversation_record(store_factory):
    """A candidate carries the entry's conversation record, so comparing earlier turns needs
    no second round trip; entries without one return None."""
    store = await store_factory()
    await store.put(make_entry("e1", history='{"v":1,"x":[]}'), unit(1))
    await store.put(make_entry("e2"), unit(2))
    found = {c.id: c.history for c in await store.search(unit(1), "p1", 2, time.time())}
    assert found == {"e1": '{"v":1,"x":[]}', "e2": None}


async def test_search_returns_the_guards_stored_analysis(store_factory):
    """A candidate carries the guard's analysis of its prompt as the put wrote it (read at
    lookup instead of analysing the prompt); entries without one return None."""
    from yamabiko.guard import Guard
    from yamabiko.guard.stored import load

    store = await store_factory()
    stored = Guard().stored_analysis("prompt e1", "en")
    assert stored is not None and load(stored, "prompt e1") is not None
    await store.put(make_entry("e1", analysis=stored), unit(1))
    await store.put(make_entry("e2"), unit(2))
    found = {c.id: c.analysis for c in await store.search(unit(1), "p1", 2, time.time())}
    assert found == {"e1": stored, "e2": None}


async def test_partitions_lists_the_distinct_partitions_of_a_selection(store_factory):
    store = await store_factory()
    await store.put(make_entry("a", partition="p1", namespace="t1"), unit(1))
    await store.put(make_entry("b", partition="p1", namespace="t1"), unit(2))
    await store.put(make_entry("c", partition="p2", namespace="t1"), unit(3))
    await store.put(make_entry("d", partition="p3", namespace="t2"), unit(4))
    assert sorted(await store.partitions(Selector(everything=True))) == ["p1", "p2", "p3"]
    assert sorted(await store.partitions(Selector(namespace="t1"))) == ["p1", "p2"]
    assert await store.partitions(Selector(namespace="nobody")) == []


async def test_evidence_is_kept_per_entry_read_in_one_call_and_removed_with_the_entry(
    store_factory,
):
    from yamabiko.models import Evidence

    store = await store_factory()
    await store.put(make_entry("ev1"), unit(40))
    await store.put(make_entry("ev2"), unit(41))
    now = time.time()
    assert await store.add_evidence("ev1", Evidence(0.84, True, "judge", now))
    assert await store.add_evidence("ev1", Evidence(0.93, False, "feedback", now + 1))
    assert await store.add_evidence("ev2", Evidence(0.81, True, "alias", now, ref="al1"))
    assert not await store.add_evidence("missing", Evidence(0.9, True, "judge", now))
    found = await store.evidence(["ev1", "ev2", "missing"])
    assert set(found) == {"ev1", "ev2"}
    assert [(e.similarity, e.correct, e.source) for e in found["ev1"]] == [
        (pytest.approx(0.84), True, "judge"),
        (pytest.approx(0.93), False, "feedback"),
    ]
    assert found["ev2"][0].ref == "al1" and found["ev2"][0].source == "alias"
    assert await store.evidence([]) == {}
    await store.delete(Selector(ids=("ev1",)))
    assert set(await store.evidence(["ev1", "ev2"])) == {"ev2"}


#: how a lookup reports a store it cannot use (never an exception to the caller)
STORE_FAILURES = {"error:StoreUnavailableError", "store-unavailable", "store-timeout"}


@pytest.mark.parametrize(
    "url",
    ["valkey://127.0.0.1:{port}/0", "valkey+cluster://127.0.0.1:{port}",
     "postgresql://postgres@127.0.0.1:{port}/postgres"],
    ids=["valkey", "valkey-cluster", "postgres"],
)  # fmt: skip
async def test_an_unreachable_server_is_a_miss_with_a_reason(url, embedder):
    from yamabiko.config import open_store_url

    store = open_store_url(url.format(port=free_port()))
    cache = AsyncSemanticCache(embedder, store)
    lookup = await cache.probe("How do I reset my password?")
    assert lookup.hit is None and lookup.reason in STORE_FAILURES
    assert await cache.get_or_call("How do I reset it?", lambda p: "from the LLM") == "from the LLM"
    await cache.close()
