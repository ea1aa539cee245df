"""The request object, admission, typed reasons, single flight and the sync facade."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from gateway_support import count_calls

import yamabiko.request as request_module
from yamabiko import NotStoredError, Policy, Rule, SemanticCache
from yamabiko.policy.admission import admit, storable
from yamabiko.reasons import Reason, Why, header_value
from yamabiko.singleflight import SingleFlight

SKY = "Why is the sky blue?"
ANSWER = "Rayleigh scattering."


async def test_a_miss_derives_everything_once(cache, monkeypatch):
    counts: dict[str, int] = {}
    for name in ("validate_context", "canonical_hash", "detect_language"):
        count_calls(monkeypatch, request_module, name, counts)
    for name in ("decide", "find_sensitive"):
        count_calls(monkeypatch, cache.policy, name, counts)
    embeds_before = cache.embedder.lru_hits + cache.embedder.lru_misses
    context = {"model": "m", "history": ["Hello", "Hi! How can I help?"] * 50}
    answer = await cache.get_or_call(SKY, lambda p: ANSWER, context=context)
    assert answer == ANSWER
    assert cache.counters()["stores"] == 1
    assert counts == {
        "validate_context": 1,  # the one canonicalisation
        "canonical_hash": 1,  # the one hash of the full context
        "detect_language": 1,
        "decide": 1,
        "find_sensitive": 2,  # the prompt once, the answer once
    }
    # the prompt once; the earlier turns once, for the conversation record (semantic mode)
    embedded = cache.embedder.lru_hits + cache.embedder.lru_misses - embeds_before
    assert embedded == 1 + cache.conversations.embedded


async def test_request_precedence_call_then_rule_then_cache(cache):
    cache.policy = Policy(rules=[Rule(name="short", prompt="(?i)sky", ttl=60,
                                      min_similarity=0.95)])  # fmt: skip
    ruled = cache.request(SKY)
    assert (ruled.ttl, ruled.threshold, ruled.decision.rule) == (60, 0.95, "short")
    called = cache.request(SKY, ttl=5, min_similarity=0.8)
    assert (called.ttl, called.threshold) == (5, 0.8)
    plain = cache.request("Tell me about rivers.")
    assert (plain.ttl, plain.threshold) == (cache.ttl, cache.min_similarity)


async def test_admission_precedence_and_typed_reasons(cache):
    policy = Policy({"email": lambda text: "@" in text}, presets=False)
    request = cache.request(SKY, no_store=True)
    assert storable(request, "x@y.z", policy, status=500) == "no-store"
    request = cache.request(SKY)
    why = storable(request, "fine", policy, status=503)
    assert why.kind is Why.STATUS and why == "status:503" and why.label() == "status"
    assert storable(request, "a" * 300_000, policy, incomplete="client-disconnected") == (
        "too-large"
    )
    assert storable(request, None, policy, incomplete="client-disconnected") == (
        "client-disconnected"
    )
    assert storable(request, "cut", policy, finish="length") == "finish:length"
    assert storable(request, "  ", policy) == "empty-answer"
    assert storable(request, "mail me: a@b.c", policy) == "sensitive:email"
    assert storable(request, ANSWER, policy) is None
    assert admit(cache.request(SKY, no_read=True), policy) == Reason(Why.NO_CACHE)
    assert admit(cache.request("me@example.com?"), policy).kind is Why.SENSITIVE
    bypass = admit(cache.request(SKY, uncacheable="non-text-content"), policy)
    assert bypass == "non-text-content" and bypass.kind is Why.UNCACHEABLE
    assert header_value("miss", None, "finish:length") == "not-stored=finish:length"
    assert header_value("bypass", Reason(Why.NO_CACHE), None) == "no-cache"


async def test_lookup_reasons_are_typed_and_render_as_before(cache):
    cache.policy = Policy(rules=[Rule(name="off", prompt="(?i)sky", cache=False)])
    record = await cache.probe(SKY)
    assert record.reason == "bypass:policy" and record.why.kind is Why.POLICY
    assert record.bypassed
    with pytest.raises(NotStoredError) as info:
        await cache.store(SKY, ANSWER)
    assert info.value.reason.kind is Why.POLICY and info.value.reason == "policy"


async def test_single_flight_wait_and_do():
    flights: SingleFlight[str] = SingleFlight()
    assert not await flights.wait("k", 0.1)
    calls = []

    async def work() -> str:
        calls.append(1)
        await asyncio.sleep(0.05)
        return "done"

    results = await asyncio.gather(*(flights.do("k", work) for _ in range(3)))
    assert sorted(led for _, led in results) == [False, False, True]
    assert {value for value, _ in results} == {"done"} and len(calls) == 1
    assert flights.coalesced == 2 and flights.in_flight == 0
    leader = flights.lead("j")
    assert flights.lead("j") is None
    waiter = asyncio.ensure_future(flights.wait("j", 5.0))
    await asyncio.sleep(0)
    flights.land("j", leader, "x")
    assert await waiter is True and leader.result() == "x"


def test_sync_get_or_call_keeps_single_flight_across_threads(tmp_path, embedder):
    calls = []
    threads_seen = set()

    def slow_llm(prompt: str) -> str:
        calls.append(prompt)
        threads_seen.add(threading.get_ident())
        time.sleep(0.3)
        return ANSWER

    with SemanticCache(embedder, path=tmp_path / "s.sqlite3") as cache:
        answers: list[str] = []
        workers = [
            threading.Thread(target=lambda: answers.append(cache.get_or_call(SKY, slow_llm)))
            for _ in range(4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        assert answers == [ANSWER] * 4
        assert len(calls) == 1  # one call for four concurrent identical misses
        assert threads_seen <= {w.ident for w in workers}  # it ran in a calling thread
        assert cache.get_or_call(SKY, slow_llm) == ANSWER  # now a hit
        counters = cache.aio.counters()
        assert counters["coalesced"] == 3 and counters["hits"] == 1  # counted once
        assert len(calls) == 1

        def broken(prompt: str) -> str:
            raise ConnectionError("upstream down")

        with pytest.raises(ConnectionError):
            cache.get_or_call("A question nobody asked before", broken)


async def test_invalidate_similar_to_uses_the_store_search(cache):
    await cache.store(SKY, ANSWER, context={"model": "a"})
    await cache.store(SKY, ANSWER, context={"model": "b", "namespace": "other"})
    await cache.store("How do I bake bread?", "Knead, proof, bake.", context={"model": "a"})
    assert len(await cache.entries()) == 3
    assert len(await cache.entries(namespace="other")) == 1
    removed = await cache.invalidate(similar_to="Why is the sky blue ?", namespace="default")
    assert removed == 1
    assert [e.namespace for e in await cache.entries() if e.prompt == SKY] == ["other"]
    assert await cache.invalidate(similar_to="Why is the sky blue?", min_similarity=0.99) == 1
    assert [e.prompt for e in await cache.entries()] == ["How do I bake bread?"]
