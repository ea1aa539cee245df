"""The library API on the embedded default: real model, real SQLite files."""

from __future__ import annotations

import asyncio
import math

import pytest

from yamabiko import (
    AcceptAll,
    AsyncSemanticCache,
    ConfigError,
    EmbedderMismatchError,
    InvalidInputError,
    LocalStore,
    NotStoredError,
    SemanticCache,
    StoreError,
)
from yamabiko.config import load_settings
from yamabiko.stores.base import Selector

SKY = "空はなぜ青いのですか?"
SKY_PARAPHRASE = "空が青いのはなぜですか?"
SKY_ANSWER = "レイリー散乱で青い光が強く散らばるからです。"


async def test_paraphrase_hits_with_the_stored_answer_and_details(cache):
    assert await cache.lookup(SKY) is None
    entry = await cache.store(SKY, SKY_ANSWER, tags=["sky"], metadata={"source": "test"})
    hit = await cache.lookup(SKY_PARAPHRASE)
    assert hit is not None
    assert hit.response == SKY_ANSWER
    assert hit.prompt == SKY
    assert hit.entry.id == entry.id
    assert cache.min_similarity <= hit.similarity <= 1.0
    assert hit.hit_count == 1
    assert 0 <= hit.age_s < 60
    assert hit.timings.total_ms >= hit.timings.search_ms > 0
    assert hit.entry.metadata == {"source": "test"}
    assert hit.entry.tags == ("sky",)
    again = await cache.lookup(SKY)
    assert again is not None and again.similarity == pytest.approx(1.0, abs=1e-5)
    assert again.hit_count == 2


async def test_a_different_question_is_a_miss(cache):
    await cache.store("セマンティックキャッシュとは何ですか?", "意味で引くキャッシュです。")
    record = await cache.probe("セマンティックキャッシュって難しい?")
    assert record.hit is None
    assert record.reason == "below-threshold"
    assert record.best_similarity is not None and record.best_similarity < cache.min_similarity


@pytest.mark.parametrize(
    "other",
    [
        {"model": "gpt-4o-mini"},
        {"model": "gpt-4o", "system": "Answer like a pirate."},
        {"model": "gpt-4o", "history": [{"role": "user", "content": "Tell me about Mars."}]},
        {"model": "gpt-4o", "params": {"temperature": 0.7}},
        {"model": "gpt-4o", "namespace": "tenant-b"},
        {"model": "gpt-4o", "user": "bob"},
    ],
)
async def test_only_the_same_exact_context_can_hit(cache, other):
    base = {"model": "gpt-4o"}
    await cache.store(SKY, SKY_ANSWER, context=base)
    assert await cache.lookup(SKY, context=other) is None
    assert await cache.lookup(SKY, context=dict(base)) is not None


async def test_context_hash_ignores_dict_order_and_number_spelling(cache):
    context = {"model": "m", "params": {"temperature": 1, "top_p": 0.5}}
    await cache.store(SKY, SKY_ANSWER, context=context)
    same = {"params": {"top_p": 0.5, "temperature": 1.0}, "model": "m"}
    assert await cache.lookup(SKY, context=same) is not None


async def test_languages_are_kept_apart_by_default(tmp_path, embedder):
    async with AsyncSemanticCache(embedder, path=tmp_path / "a.sqlite3") as cache:
        await cache.store(SKY, SKY_ANSWER)
        record = await cache.probe("Why is the sky blue?")
        assert record.hit is None and record.reason == "no-candidate"
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "b.sqlite3", language_in_context=False, min_similarity=0.8
    ) as cache:
        await cache.store(SKY, SKY_ANSWER)
        assert await cache.lookup("Why is the sky blue?") is not None


async def test_per_call_min_similarity_overrides_the_default(cache):
    await cache.store(SKY, SKY_ANSWER)
    assert await cache.lookup(SKY_PARAPHRASE, min_similarity=0.999) is None
    assert await cache.lookup(SKY_PARAPHRASE, min_similarity=0.9) is not None


@pytest.mark.parametrize("value", [1.5, -1.01, math.nan, math.inf, "0.9", True, None.__class__])
async def test_bad_thresholds_are_clear_errors(cache, value):
    with pytest.raises(InvalidInputError, match="min_similarity"):
        await cache.lookup(SKY, min_similarity=value)


async def test_percentage_threshold_gets_a_hint(tmp_path, embedder):
    with pytest.raises(InvalidInputError, match="percentage"):
        AsyncSemanticCache(embedder, path=tmp_path / "x.sqlite3", min_similarity=90)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"prompt": ""}, "prompt is empty"),
        ({"prompt": "   "}, "prompt is empty"),
        ({"prompt": 42}, "prompt must be a str"),
        ({"response": b"bytes"}, "response must be a str"),
        ({"response": {"a": 1}}, "response must be a str"),
        ({"ttl": -5}, "TTL must be > 0"),
        ({"ttl": 0}, "TTL must be > 0"),
        ({"ttl": "60"}, "ttl is '60'"),
        ({"context": ["model"]}, "context must be a mapping"),
        ({"context": {"model": {1, 2}}}, "context.model is a set"),
        ({"context": {"temperature": math.nan}}, "finite"),
        ({"context": {"lang": "ja"}}, "reserved"),
        ({"context": {"namespace": ""}}, "non-empty string"),
        ({"tags": "sky"}, "list of tags"),
    ],
)
async def test_bad_store_arguments_are_clear_errors_and_store_nothing(cache, kwargs, match):
    args = {"prompt": SKY, "response": SKY_ANSWER, **kwargs}
    with pytest.raises(InvalidInputError, match=match):
        await cache.store(args.pop("prompt"), args.pop("response"), **args)
    assert (await cache.stats()).entries == 0


async def test_too_large_answers_are_not_stored(tmp_path, embedder):
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", max_entry_bytes=1000
    ) as cache:
        with pytest.raises(NotStoredError) as err:
            await cache.store(SKY, "x" * 2000)
        assert err.value.reason == "too-large"
        assert (await cache.stats()).not_stored_by_reason == {"too-large": 1}


async def test_get_or_call_calls_once_then_serves_from_cache(cache):
    calls = []

    async def llm(prompt: str) -> str:
        calls.append(prompt)
        return SKY_ANSWER

    assert await cache.get_or_call(SKY, llm) == SKY_ANSWER
    assert await cache.get_or_call(SKY_PARAPHRASE, llm) == SKY_ANSWER
    assert calls == [SKY]


async def test_async_decorator_and_its_guard_against_sync_functions(cache):
    calls = []

    @cache.cached(context={"model": "demo"})
    async def ask(prompt: str) -> str:
        calls.append(prompt)
        return f"answer to {prompt}"

    assert await ask(SKY) == f"answer to {SKY}"
    assert await ask(SKY_PARAPHRASE) == f"answer to {SKY}"
    assert len(calls) == 1
    with pytest.raises(InvalidInputError, match="not an async function"):
        cache.cached()(lambda prompt: prompt)


def test_sync_facade_decorates_sync_and_async_functions(tmp_path, embedder):
    with SemanticCache(embedder, path=tmp_path / "s.sqlite3") as cache:
        calls = []

        @cache.cached(ttl=60)
        def ask(prompt: str) -> str:
            calls.append(prompt)
            return "sync answer"

        @cache.cached(context={"model": "async"})
        async def ask_async(prompt: str) -> str:
            calls.append(prompt)
            return "async answer"

        assert ask(SKY) == "sync answer"
        assert ask(SKY_PARAPHRASE) == "sync answer"
        assert asyncio.run(ask_async(SKY)) == "async answer"
        assert asyncio.run(ask_async(SKY_PARAPHRASE)) == "async answer"
        assert calls == [SKY, SKY]
        stats = cache.stats()
        assert (stats.hits, stats.misses, stats.entries) == (2, 2, 2)
        assert stats.hit_rate == 0.5


async def test_invalidate_by_each_criterion(cache):
    a = await cache.store(SKY, SKY_ANSWER, context={"namespace": "t1"}, tags=["sky"])
    await cache.store("What is a semantic cache?", "A cache keyed by meaning.", tags=["faq"])
    await cache.store("Is Python fast?", "Fast enough.", context={"model": "m", "user": "u1"})
    assert await cache.invalidate(id=a.id) == 1
    assert await cache.invalidate(tag="faq") == 1
    assert await cache.invalidate(user="u1") == 1
    await cache.store(SKY, SKY_ANSWER, context={"namespace": "t1"})
    await cache.store("Is Python fast?", "Fast enough.", context={"model": "m"})
    assert await cache.invalidate(namespace="t1") == 1
    assert await cache.invalidate(context={"model": "m"}) == 1
    await cache.store(SKY, SKY_ANSWER)
    assert await cache.invalidate(older_than=3600) == 0
    assert await cache.invalidate(older_than=0) == 1
    await cache.store(SKY, SKY_ANSWER)
    assert await cache.invalidate(everything=True) == 1
    assert (await cache.stats()).entries == 0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "at least one criterion"),
        ({"everything": True, "tag": "x"}, "cannot be combined"),
        ({"older_than": -1}, "older_than"),
    ],
)
async def test_invalidate_refuses_ambiguous_requests(cache, kwargs, match):
    await cache.store(SKY, SKY_ANSWER)
    with pytest.raises(InvalidInputError, match=match):
        await cache.invalidate(**kwargs)
    assert (await cache.stats()).entries == 1


async def test_expired_entries_miss_and_are_purged(cache):
    await cache.store(SKY, SKY_ANSWER, ttl=0.3)
    assert await cache.lookup(SKY) is not None
    await asyncio.sleep(0.5)
    assert await cache.lookup(SKY) is None
    await cache.backend.purge_expired()
    stats = await cache.stats()
    assert (stats.entries, stats.expired) == (0, 1)


async def test_capacity_evicts_least_recently_used(tmp_path, embedder):
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", max_entries=3) as cache:
        prompts = ["What is Rust?", "What is Go?", "What is Zig?", "What is Nim?"]
        for prompt in prompts[:3]:
            await cache.store(prompt, f"about {prompt}")
        assert await cache.lookup("What is Rust?") is not None  # Rust is now recently used
        await cache.store(prompts[3], "about Nim")
        stats = await cache.stats()
        assert (stats.entries, stats.evictions) == (3, 1)
        assert await cache.lookup("What is Go?") is None
        assert await cache.lookup("What is Rust?") is not None


async def test_byte_capacity_evicts(tmp_path, embedder):
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", max_bytes=3000) as cache:
        for i in range(5):
            await cache.store(f"Question number {i} about oceans?", "y" * 1000)
        stats = await cache.stats()
        assert stats.bytes <= 3000
        assert stats.evictions >= 2


async def test_reopening_the_file_gives_the_same_answers(tmp_path, embedder):
    path = tmp_path / "c.sqlite3"
    async with AsyncSemanticCache(embedder, path=path) as cache:
        await cache.store(SKY, SKY_ANSWER, context={"model": "m"})
    async with AsyncSemanticCache(embedder, path=path) as cache:
        hit = await cache.lookup(SKY_PARAPHRASE, context={"model": "m"})
        assert hit is not None and hit.response == SKY_ANSWER


async def test_another_embedder_is_refused_with_the_fix(tmp_path, embedder):
    path = tmp_path / "c.sqlite3"
    async with AsyncSemanticCache(embedder, path=path) as cache:
        await cache.store(SKY, SKY_ANSWER)
    store = LocalStore(path)
    with pytest.raises(EmbedderMismatchError, match="invalidate --all"):
        await store.open("multilingual-e5-small", 384)
    assert store._conn is None and store._checkpointer is None  # nothing left open
    await store.close()
    admin = LocalStore(path)
    await admin.open(None, None)
    assert await admin.delete(Selector(everything=True)) == 1
    await admin.close()
    fresh = LocalStore(path)
    await fresh.open("multilingual-e5-small", 384)  # an empty store adopts the new model
    await fresh.close()


async def test_a_broken_store_file_fails_open(tmp_path, embedder):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = AsyncSemanticCache(embedder, path=path)
    record = await cache.probe(SKY)
    assert record.hit is None and record.reason == "store-unavailable"
    assert await cache.get_or_call(SKY, lambda p: "fresh answer") == "fresh answer"
    with pytest.raises(StoreError, match="move it away"):
        await cache.store(SKY, SKY_ANSWER)
    assert cache.counters()["errors"] == 4  # probe, get_or_call (lookup + store), store


async def test_threshold_only_verifier_is_pluggable(tmp_path, embedder):
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", verifier=AcceptAll()
    ) as cache:
        await cache.store(SKY, SKY_ANSWER)
        hit = await cache.lookup(SKY_PARAPHRASE)
        assert hit is not None and hit.verdict.reason == "threshold-only"


def test_no_arguments_opens_the_default_file_in_the_user_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    with SemanticCache() as cache:
        cache.store(SKY, SKY_ANSWER)
        assert cache.lookup(SKY_PARAPHRASE) is not None
    assert (tmp_path / "xdg" / "yamabiko" / "cache.sqlite3").is_file()


def test_settings_from_environment_build_the_cache(tmp_path):
    env = {
        "YAMABIKO_PATH": str(tmp_path / "env.sqlite3"),
        "YAMABIKO_MIN_SIMILARITY": "0.95",
        "YAMABIKO_TTL": "none",
        "YAMABIKO_LANGUAGE_IN_CONTEXT": "off",
    }
    settings = load_settings(env=env)
    cache = settings.build_cache()
    assert cache.min_similarity == 0.95
    assert cache.ttl is None
    assert cache.language_in_context is False
    assert cache.backend.path == tmp_path / "env.sqlite3"


async def test_concurrent_identical_misses_share_one_call(cache):
    calls = []

    async def slow_llm(prompt: str) -> str:
        calls.append(prompt)
        await asyncio.sleep(0.2)
        return "one answer"

    answers = await asyncio.gather(*(cache.get_or_call(SKY, slow_llm) for _ in range(5)))
    assert answers == ["one answer"] * 5
    assert calls == [SKY]
    assert cache.counters()["coalesced"] == 4


async def test_a_failing_call_fails_its_followers_and_is_not_cached(cache):
    async def broken_llm(prompt: str) -> str:
        await asyncio.sleep(0.05)
        raise ConnectionError("upstream down")

    outcomes = await asyncio.gather(
        *(cache.get_or_call(SKY, broken_llm) for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(o, ConnectionError) for o in outcomes)
    assert (await cache.stats()).entries == 0


def test_settings_file_and_environment_precedence(tmp_path):
    config = tmp_path / "yamabiko.toml"
    config.write_text(
        f'[cache]\npath = "{tmp_path / "file.sqlite3"}"\nmin_similarity = 0.93\n'
        "max_age = 600\nttl = 60\n"
    )
    settings = load_settings(config, env={"YAMABIKO_MIN_SIMILARITY": "0.97"})
    cache = settings.build_cache()
    assert cache.min_similarity == 0.97  # the environment wins over the file
    assert (cache.max_age, cache.ttl) == (600, 60)
    config.write_text("[cache]\nmin_similarty = 0.9\n")
    with pytest.raises(ConfigError, match=r"unknown setting cache\.min_similarty"):
        load_settings(config, env={})
    with pytest.raises(ConfigError, match="YAMABIKO_TTL"):
        load_settings(env={"YAMABIKO_TTL": "soon"})


async def test_prompts_with_personal_data_bypass_the_cache(cache):
    prompt = "Is hanako@example.com a valid address?"
    with pytest.raises(NotStoredError) as err:
        await cache.store(prompt, "Yes.")
    assert err.value.reason == "sensitive:email"
    record = await cache.probe(prompt)
    assert record.hit is None and record.reason == "bypass:sensitive:email"
    assert cache.counters()["bypass"] == 1


async def test_a_cancelled_leader_hands_the_call_to_a_follower(cache):
    calls = []

    async def llm(prompt: str) -> str:
        calls.append(prompt)
        await asyncio.sleep(0.3)
        return "answer"

    leader = asyncio.create_task(cache.get_or_call(SKY, llm))
    await asyncio.sleep(0.1)  # the leader is calling the LLM
    follower = asyncio.create_task(cache.get_or_call(SKY, llm))
    await asyncio.sleep(0.05)
    leader.cancel()
    assert await follower == "answer"
    assert leader.cancelled()
    assert len(calls) == 2  # the follower made its own call instead of failing


async def test_a_driver_error_in_the_store_is_a_store_error_and_never_fails_get_or_call(
    tmp_path, embedder
):
    path = tmp_path / "ro.sqlite3"
    async with AsyncSemanticCache(embedder, path=path) as cache:
        await cache.store(SKY, SKY_ANSWER)
        cache.backend._conn.execute("PRAGMA query_only=ON")  # every write now fails in SQLite
        with pytest.raises(StoreError, match="failed to save"):
            await cache.store("Is the sea blue?", "Mostly.")
        assert await cache.get_or_call("Is the sea blue?", lambda p: "fresh") == "fresh"
        assert (await cache.lookup(SKY_PARAPHRASE)) is not None
        cache.backend._conn.execute("PRAGMA query_only=OFF")
