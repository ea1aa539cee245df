"""Session 31: the garbage collector's reach once the cache is loaded (``collector.py``),
``yamabiko serve``'s choice of it, and WordNet's synsets without antonyms sharing one empty set.
Real model, real guard, real SQLite files, real WordNet."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.cli.main import build_parser
from yamabiko.collector import freeze_loaded
from yamabiko.config.gateway import GatewaySettings
from yamabiko.gateway.app import create_app
from yamabiko.gateway.commands import build_gateway
from yamabiko.guard import wordnet
from yamabiko.guard.wordnet_read import _NO_ANTONYMS

#: a query and what its cache holds: a paraphrase, minimal pairs, a role swap
QUERY = "How do I transfer money from my savings account to my checking account?"
CACHED = (
    "How can I move money from savings to checking?",
    "How do I transfer money from my checking account to my savings account?",
    "How do I transfer shares from my savings account to my checking account?",
    "How do I close my savings account?",
)


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """The test process's collector as it was (frozen objects given back at the end)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_freeze_loaded_leaves_what_is_loaded_out_of_the_collectors_reach(unfrozen) -> None:
    kept = [[i] for i in range(1000)]  # (tracked objects that live on)
    frozen = freeze_loaded()
    # (a frozen object that dies leaves the count: other threads of a test run may free some)
    assert frozen >= gc.get_freeze_count() >= len(kept)
    assert not any(kept[0] is item for item in gc.get_objects())  # (frozen: not listed)
    gc.unfreeze()
    assert gc.get_freeze_count() == 0 and any(kept[0] is item for item in gc.get_objects())


async def test_a_frozen_process_gives_every_lookup_the_same_reason(
    tmp_path, embedder, unfrozen
) -> None:
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        for i, prompt in enumerate(CACHED):
            await cache.store(prompt, f"answer {i}")
        prompts = (QUERY, *CACHED[1:], "What's the capital of Australia?")
        before = [(await cache.probe(p)).reason for p in prompts]
    # reopened (the guard reads each cached prompt's stored analysis again), then frozen
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        assert freeze_loaded() > 0
        after = [(await cache.probe(p)).reason for p in prompts]
    assert after == before
    assert any(reason.startswith("rejected") for reason in before)  # (the pairs were checked)


def test_only_the_gateway_command_freezes(tmp_path) -> None:
    args = build_parser().parse_args(["serve", "--port", "0", "--path", str(tmp_path / "g")])
    _, app = build_gateway(args)
    assert app.freeze_after_warm_up is True
    embedded = create_app(AsyncSemanticCache(path=tmp_path / "e.sqlite3"), GatewaySettings())
    assert embedded.freeze_after_warm_up is False


async def test_the_gateways_start_up_freezes_after_the_warm_up(embedder, tmp_path, unfrozen):
    cache = AsyncSemanticCache(embedder, path=tmp_path / "g.sqlite3")
    app = create_app(cache, GatewaySettings())
    app.freeze_after_warm_up = True
    try:
        await app.startup()
        assert gc.get_freeze_count() > 0
        assert not any(cache.verifier is item for item in gc.get_objects())  # (the guard's too)
    finally:
        await app.shutdown()


def test_synsets_without_antonyms_share_one_empty_set() -> None:
    tables = wordnet.load()
    assert tables is not None, "WordNet's data is a resource of the guard: install it"
    synsets = list(tables.synsets.values())
    empty = [s for s in synsets if not s.antonyms]
    assert len(empty) > len(synsets) // 2
    assert all(s.antonyms is _NO_ANTONYMS for s in empty)
    assert not _NO_ANTONYMS and type(_NO_ANTONYMS) is frozenset
    # the synsets with antonyms keep their own (good -> bad, as WordNet marks it)
    assert any(("good", "bad") in s.antonyms for s in synsets)
