"""Session 32 review of the released analysis (gcYoung, ``guard/prepared.py``): a hit tells
only the verifiers that prepared the query to release it (a user verifier whose ``release``
means something else is never called with the query), and two lookups of one prompt at once,
one serving and releasing while the other is still checking, get the verdicts and reasons
that one lookup after the other gets. Real model, real guard, real SQLite files."""

from __future__ import annotations

import asyncio

from yamabiko import AsyncSemanticCache
from yamabiko.guard import Guard
from yamabiko.models import Candidate, Verdict
from yamabiko.verify import Chain

#: what the cache holds, a paraphrase of its first prompt and a minimal pair of the second
CACHED = (
    "How can I move money from savings to checking?",
    "How do I transfer money from my checking account to my savings account?",
)
PARAPHRASE = "How do I move money from savings to checking?"
MINIMAL_PAIR = "How do I transfer money from my savings account to my checking account?"


class PooledJudge:
    """A user's verifier that accepts every candidate and holds a resource it gives back with
    ``release()`` (no arguments): nothing to do with a prepared query."""

    name = "pooled"

    def __init__(self) -> None:
        self.released = 0

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Accept (the guard before it decides)."""
        return Verdict(True, "pooled")

    def release(self) -> None:
        """Give the resource back (the user's own meaning of the name)."""
        self.released += 1


async def _filled(cache: AsyncSemanticCache) -> None:
    for i, prompt in enumerate(CACHED):
        await cache.store(prompt, f"answer {i}")


async def test_a_chain_releases_only_in_the_verifiers_that_prepared(tmp_path, embedder) -> None:
    guard, judge = Guard(), PooledJudge()
    chain = Chain(guard, judge)
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=chain) as cache:
        await _filled(cache)
        found = await cache.probe(PARAPHRASE)
        assert found.hit is not None and found.hit.verdict.reason == "pooled"
    assert judge.released == 0  # (never called with the query)
    assert guard._cache.find(PARAPHRASE, "en") is None  # (the guard released it)


async def test_a_verifier_without_prepare_is_not_told_to_release(tmp_path, embedder) -> None:
    judge = PooledJudge()
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=judge) as cache:
        await _filled(cache)
        found = await cache.probe(PARAPHRASE)
        assert found.hit is not None and found.hit.verdict.reason == "pooled"
    assert judge.released == 0


async def test_one_prompt_looked_up_twice_at_once_as_one_after_the_other(
    tmp_path, embedder
) -> None:
    # a budget no loaded CI machine reaches: the test is about verdicts, not the store's speed
    # (six lookups at once wait on one store; a loaded run saw store-timeout at the default)
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", lookup_budget=60.0
    ) as cache:
        await _filled(cache)
        prompts = [PARAPHRASE, MINIMAL_PAIR] * 3
        together = await asyncio.gather(*(cache.probe(p) for p in prompts))
        alone = [await cache.probe(p) for p in prompts]
    assert [(f.reason, f.hit is not None) for f in together] == [
        (f.reason, f.hit is not None) for f in alone
    ]
    assert together[0].hit is not None and together[1].hit is None
