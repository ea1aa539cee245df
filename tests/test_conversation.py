"""Conversation-aware matching in the library, on both stores: earlier turns by meaning."""

from __future__ import annotations

import sqlite3

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.conversation import History, text_turns
from yamabiko.errors import ConfigError, InvalidInputError
from yamabiko.policy import Policy, Rule
from yamabiko.stores.local import LocalStore

QUESTION = "And how much would it be for two people?"
THREAD = [
    {"role": "user", "content": "I'd like to book a table at Sushi Zen on Friday evening."},
    {"role": "assistant", "content": "Sure, Sushi Zen on Friday evening. How many people?"},
]
GREETING = [
    {"role": "user", "content": "Hi there!"},
    {"role": "assistant", "content": "Hello! How can I help you today?"},
]
THANKS = [
    {"role": "user", "content": "Thanks a lot!"},
    {"role": "assistant", "content": "You're welcome."},
]
UNRELATED = [
    {"role": "user", "content": "How do I reset my router?"},
    {"role": "assistant", "content": "Hold the reset button for ten seconds."},
]


def _thread(user: str, reply: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": reply}]


OTHER_PLACE = _thread(
    "I'd like to book a table at Trattoria Roma on Friday evening.",
    "Sure, Trattoria Roma on Friday evening. How many people?",
)
OTHER_DAY = _thread(
    "I'd like to book a table at Sushi Zen on Monday evening.",
    "Sure, Sushi Zen on Monday evening. How many people?",
)
CANCEL = _thread(
    "I'd like to cancel a table at Sushi Zen on Friday evening.",
    "Sure, I can cancel Sushi Zen on Friday evening. How many people was it?",
)


async def test_earlier_turns_are_matched_by_meaning(store_factory, embedder):
    cache = AsyncSemanticCache(embedder, await store_factory(), conversation="semantic")
    await cache.store(QUESTION, "About 12,000 yen.", context={"history": THREAD})
    for same in (THREAD, GREETING + THREAD, THREAD + THANKS, UNRELATED + THREAD):
        found = await cache.probe(QUESTION, context={"history": same})
        assert found.hit is not None and found.hit.response == "About 12,000 yen.", found.reason
    for different, part in ((OTHER_PLACE, "entity"), (OTHER_DAY, "date")):
        found = await cache.probe(QUESTION, context={"history": different})
        assert found.hit is None and found.reason == f"rejected:history:{part}"
    found = await cache.probe(QUESTION, context={"history": CANCEL})
    assert found.hit is None and found.reason.startswith(
        ("rejected:history:substitution:", "rejected:history:intent:")
    )
    found = await cache.probe(QUESTION, context={"history": []})  # no thread: not the same
    assert found.hit is None


async def test_exact_mode_and_policy_rules_keep_history_byte_exact(store_factory, embedder):
    store = await store_factory()
    exact = AsyncSemanticCache(embedder, store, conversation="exact")
    await exact.store(QUESTION, "exact answer", context={"history": THREAD, "model": "m"})
    assert await exact.lookup(QUESTION, context={"history": THREAD, "model": "m"}) is not None
    found = await exact.probe(QUESTION, context={"history": GREETING + THREAD, "model": "m"})
    assert found.hit is None and found.reason == "no-candidate"
    # a rule makes one model exact while the cache is semantic
    policy = Policy(rules=[Rule(name="strict", model="strict-*", conversation="exact")])
    cache = AsyncSemanticCache(embedder, store, policy=policy, conversation="semantic")
    for model in ("strict-1", "loose-1"):
        await cache.store(QUESTION, f"answer {model}", context={"history": THREAD, "model": model})
    context = {"history": GREETING + THREAD}
    assert await cache.lookup(QUESTION, context={**context, "model": "strict-1"}) is None
    hit = await cache.lookup(QUESTION, context={**context, "model": "loose-1"})
    assert hit is not None and hit.response == "answer loose-1"


async def test_small_talk_only_histories_match_each_other_not_single_questions(embedder, tmp_path):
    question = "What is the capital of Australia?"
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", conversation="semantic"
    ) as cache:
        single = await cache.store(question, "Canberra.", context={"history": []})
        greeted = await cache.store(question, "Canberra!", context={"history": GREETING})
        assert single.history is None and greeted.history == '{"v":1,"x":[]}'
        assert single.partition != greeted.partition  # follow-ups never meet single questions
        hit = await cache.lookup(question, context={"history": THANKS})
        assert hit is not None and hit.entry.id == greeted.id
        hit = await cache.lookup(question)
        assert hit is not None and hit.entry.id == single.id


async def test_non_text_history_is_matched_exactly(embedder, tmp_path):
    tool_turn = {"role": "assistant", "content": "", "tool_calls": [{"id": "t1"}]}
    assert text_turns([tool_turn]) is None
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", conversation="semantic"
    ) as cache:
        entry = await cache.store(QUESTION, "x", context={"history": [*THREAD, tool_turn]})
        assert entry.history is None  # the whole history stayed in the exact partition
        found = await cache.probe(QUESTION, context={"history": [*GREETING, *THREAD, tool_turn]})
        assert found.hit is None and found.reason == "no-candidate"


async def test_record_round_trip_and_bad_mode(embedder, tmp_path):
    cache = AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3")
    history = await cache.conversations.build(text_turns(GREETING + THREAD))
    assert [x.user for x in history.exchanges] == [THREAD[0]["content"]]  # greeting dropped
    back = History.from_json(history.to_json())
    assert back.exchanges[0].reply == THREAD[1]["content"]
    assert abs(float(back.exchanges[0].vector @ history.exchanges[0].vector) - 1.0) < 1e-3
    assert cache.conversations.compare(history, "not json").reason == "history:unreadable"
    with pytest.raises(InvalidInputError, match="'semantic'"):
        AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", conversation="fuzzy")
    with pytest.raises(ConfigError, match="conversation is 'fuzzy'"):
        Rule(name="x", conversation="fuzzy")


async def test_a_cache_file_from_before_conversation_records_gains_the_column(embedder, tmp_path):
    path = tmp_path / "old.sqlite3"
    store = LocalStore(path)
    await store.open(embedder.name, embedder.dims)
    await store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE entries DROP COLUMN history")
    async with AsyncSemanticCache(embedder, LocalStore(path), conversation="semantic") as cache:
        await cache.store(QUESTION, "answer", context={"history": THREAD})
        hit = await cache.lookup(QUESTION, context={"history": GREETING + THREAD})
        assert hit is not None and hit.response == "answer"


def test_the_config_file_and_the_environment_set_the_mode(tmp_path):
    from yamabiko.config import load_settings

    config = tmp_path / "yamabiko.toml"
    config.write_text('[cache]\nconversation = "semantic"\n', encoding="utf-8")
    assert load_settings(config, env={}).cache.conversation == "semantic"
    settings = load_settings(config, env={"YAMABIKO_CONVERSATION": "fuzzy"})
    with pytest.raises(ConfigError, match="'semantic'"):
        settings.build_cache(path=tmp_path / "c.sqlite3")
