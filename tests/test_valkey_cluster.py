"""Valkey cluster mode on a real 3-primary cluster: hash slots per namespace, the index on the
slot owner, sub-partitions searched in parallel, a primary killed during a test, recovery.

The shared behaviour runs in test_store_contract.py (store kind ``valkey-cluster``).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid

import numpy as np
import pytest
from valkey import exceptions as vx

from yamabiko import AsyncSemanticCache
from yamabiko.errors import ConfigError, StoreUnavailableError
from yamabiko.models import Entry
from yamabiko.storegate import guarded
from yamabiko.stores.breaker import CircuitBreaker
from yamabiko.stores.valkey import ValkeyStore
from yamabiko.stores.valkey.connection import DRIVER_ERRORS
from yamabiko.stores.valkey.groups import Group
from yamabiko.stores.valkey.url import cluster_seeds, split_url

#: how a lookup names a store that is down or too slow (a miss with a reason, never an error)
STORE_FAILURES = {"error:StoreUnavailableError", "store-unavailable", "store-timeout"}
EMBEDDER = "use-multilingual-v3"
DIMS = 512


def unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def entry(entry_id: str, namespace: str, partition: str | None = None) -> Entry:
    now = time.time()
    return Entry(
        id=entry_id, partition=partition or f"p-{namespace}", context_id="c",
        namespace=namespace, user=None, lang="en", prompt=f"prompt {entry_id}",
        response=f"response {entry_id}", created_at=now, expires_at=now + 3600,
    )  # fmt: skip


async def opened(url: str, **options) -> ValkeyStore:
    options.setdefault("timeout", 2.0)
    store = ValkeyStore(url, prefix=f"c{uuid.uuid4().hex[:8]}:", **options)
    await store.open(EMBEDDER, DIMS)
    return store


def test_messages_show_the_cluster_url_as_given_without_its_password():
    url = "valkey+cluster://:s3cret@10.0.0.1:7000,10.0.0.2:7001?prefix=a:&password=s3cret"
    where = ValkeyStore(url).conn.where
    assert where.startswith("valkey+cluster://:***@10.0.0.1:7000,10.0.0.2:7001?prefix=a:")
    assert "s3cret" not in where


@pytest.mark.parametrize(
    ("operation", "says"),
    [("search", "the lookup is a miss: the request goes to the LLM"),
     ("put", "the answer is served but not stored"),
     ("stats", "(ClusterDownError: CLUSTERDOWN The cluster is down).")],
)  # fmt: skip
async def test_a_cluster_that_cannot_serve_a_call_says_what_happens(operation, says):
    async def cluster_down() -> None:
        raise vx.ClusterDownError("CLUSTERDOWN The cluster is down")

    breaker = CircuitBreaker(failures=1)
    with pytest.raises(StoreUnavailableError) as info:
        await guarded(cluster_down, errors=DRIVER_ERRORS, breaker=breaker,
                      where="valkey+cluster://h:1", operation=operation, budget=1.0)  # fmt: skip
    message = str(info.value)
    where = "the Valkey cluster at valkey+cluster://h:1"
    assert message.startswith(f"{where} could not serve {operation}")
    assert says in message and "re-reads the cluster's slot map" in message
    assert "next call retries" not in message
    assert breaker.is_open  # counted as an outage


def test_cluster_urls_and_options():
    for url in (
        "valkey+cluster://10.0.0.1:7000,10.0.0.2:7001/0",
        "redis+cluster://:pw@10.0.0.1:7000,10.0.0.2:7001",
        "valkey://10.0.0.1:7000,10.0.0.2:7001?cluster=true",
    ):
        plain, options = split_url(url)
        assert options["cluster"] is True and "+cluster" not in plain
        assert cluster_seeds(plain) == [("10.0.0.1", 7000), ("10.0.0.2", 7001)]
        assert ValkeyStore(url).is_cluster
    assert not ValkeyStore("valkey://10.0.0.1:7000").is_cluster
    with pytest.raises(ConfigError, match="subpartitions spread a namespace"):
        ValkeyStore("valkey://h:6379", subpartitions={"big": 4})
    with pytest.raises(ConfigError, match="from 1 to 64"):
        ValkeyStore("valkey+cluster://h:6379", subpartitions={"big": 0})


async def test_a_namespace_lives_in_one_slot_and_tenants_spread_over_shards(valkey_cluster):
    store = await opened(valkey_cluster.url)
    namespaces = [f"tenant-{i}" for i in range(12)]
    for i, ns in enumerate(namespaces):
        await store.put(entry(f"{ns}-a", ns), unit(i))
        await store.put(entry(f"{ns}-b", ns), unit(100 + i))
    owners = set()
    for ns in namespaces:
        group = Group.clustered(store.prefix, ns)
        node = valkey_cluster.owner(group.index_name)
        slots = {int(node.command("CLUSTER", "KEYSLOT", k)) for k in
                 (group.entry(f"{ns}-a"), group.entry(f"{ns}-b"), group.stats, group.ttl,
                  group.index_name)}  # fmt: skip
        assert len(slots) == 1  # entries, counters and index share the namespace's slot
        assert node.command("EXISTS", group.entry(f"{ns}-a")) == 1  # keys on the owner
        assert group.index_name.encode() in node.command("FT._LIST")  # index on the owner
        owners.add(node.port)
    assert len(owners) >= 2  # twelve tenants land on more than one shard
    for i, ns in enumerate(namespaces):
        found = await store.search(unit(i), f"p-{ns}", 2, time.time())
        assert found[0].id == f"{ns}-a"
    assert (await store.stats()).entries == 24
    await store.close()


async def test_subpartitions_spread_a_tenant_and_searches_merge_them(valkey_cluster):
    store = await opened(valkey_cluster.url, subpartitions={"big": 3})
    vectors = {f"e{i}": unit(200 + i) for i in range(30)}
    for entry_id, vector in vectors.items():
        await store.put(entry(entry_id, "big"), vector)
    tags = {
        tag for tag in (Group.clustered(store.prefix, f"big#{i}") for i in range(3))
        if valkey_cluster.owner(tag.index_name).command("EXISTS", tag.stats)
    }  # fmt: skip
    assert len(tags) == 3  # every sub-partition holds some of the tenant's entries
    for entry_id, vector in list(vectors.items())[:10]:
        found = await store.search(vector, "p-big", 3, time.time())
        assert found[0].id == entry_id and len(found) == 3
        sims = [c.similarity for c in found]
        assert sims == sorted(sims, reverse=True)
        hit = await store.fetch_hit(entry_id, time.time())
        assert hit is not None and hit.response == f"response {entry_id}"
    # a second process (no memory of the partitions) finds them through the server's records
    other = ValkeyStore(valkey_cluster.url, prefix=store.prefix, subpartitions={"big": 3})
    await other.open(EMBEDDER, DIMS)
    assert (await other.search(vectors["e5"], "p-big", 1, time.time()))[0].id == "e5"
    await store.close()
    await other.close()


async def test_a_primary_killed_during_lookups_is_a_miss_then_recovers(
    valkey_cluster, embedder, caplog
):
    caplog.set_level(logging.WARNING, logger="yamabiko")
    store = ValkeyStore(
        valkey_cluster.url, prefix=f"k{uuid.uuid4().hex[:8]}:", timeout=2.0, breaker_cooldown=0.2
    )
    cache = AsyncSemanticCache(embedder, store)
    question, paraphrase = "How do I reset my password?", "How can I reset my password?"
    by_node: dict[int, str] = {}
    for i in range(40):  # one tenant on each of two different shards
        ns = f"tenant-{i}"
        node = valkey_cluster.owner(Group.clustered(store.prefix, ns).index_name)
        by_node.setdefault(node.port, ns)
        if len(by_node) == 2:
            break
    (down_port, down_ns), (_, up_ns) = by_node.items()
    for ns in (down_ns, up_ns):
        await cache.store(question, f"answer for {ns}", context={"namespace": ns})
        assert (await cache.lookup(paraphrase, context={"namespace": ns})) is not None
    victim = next(n for n in valkey_cluster.nodes if n.port == down_port)
    victim.stop()
    try:
        lookup = await cache.probe(paraphrase, context={"namespace": down_ns})
        assert lookup.hit is None and lookup.reason in STORE_FAILURES  # a miss, with why
        # the log names the store as configured (valkey+cluster://...), never by the client's
        # URL (valkey://...); a lookup that ran out of its budget first names no URL at all
        ours = [r.getMessage() for r in caplog.records if r.name.startswith("yamabiko")]
        named = [m for m in ours if "://" in m]
        assert all("valkey+cluster://127.0.0.1:" in m for m in named), named
        up = await cache.probe(paraphrase, context={"namespace": up_ns})
        for _ in range(15):  # other shards serve (at once, or once the client re-read the map)
            if up.hit is not None:
                break
            await asyncio.sleep(0.2)
            up = await cache.probe(paraphrase, context={"namespace": up_ns})
        assert up.hit is not None and up.hit.response == f"answer for {up_ns}", up.reason
        answer = await cache.get_or_call(question, lambda p: "from the LLM",
                                         context={"namespace": down_ns})  # fmt: skip
        assert answer == "from the LLM"
    finally:
        victim.start()
        valkey_cluster.wait_ok()
    # the node is back (empty: no persistence): the same store object recovers by itself
    deadline, reason = time.monotonic() + 15, ""
    while time.monotonic() < deadline:
        reason = (await cache.probe(paraphrase, context={"namespace": down_ns})).reason
        if reason not in STORE_FAILURES:
            break
        time.sleep(0.2)
    assert reason not in STORE_FAILURES, reason
    await cache.store(question, "stored again", context={"namespace": down_ns})
    hit = await cache.lookup(paraphrase, context={"namespace": down_ns})
    assert hit is not None and hit.response == "stored again"
    await cache.close()
