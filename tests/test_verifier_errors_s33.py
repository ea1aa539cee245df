"""A verifier that raises inside a lookup (session 33): the lookup is a miss whose reason names
the verifier, the call goes upstream, nothing is served unchecked, and the store's health is
untouched (until then the error counted as a store failure and ``store_status()`` said
``failing``). Real model, real guard, real SQLite files."""

from __future__ import annotations

import logging

from yamabiko import AsyncSemanticCache, StoreError, VerifierError
from yamabiko.guard import Guard
from yamabiko.models import Candidate, Verdict
from yamabiko.verify import Chain

CACHED = "How can I move money from savings to checking?"
PARAPHRASE = "How do I move money from savings to checking?"


class BrokenJudge:
    """A user's verifier with a bug: it raises on every candidate until mended."""

    name = "broken"

    def __init__(self) -> None:
        self.mended = False

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Raise, or accept once mended."""
        if not self.mended:
            raise KeyError("threshold")
        return Verdict(True, "mended")


async def test_a_raising_verifier_is_a_miss_that_names_it(tmp_path, embedder, caplog) -> None:
    judge = BrokenJudge()
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=judge) as cache:
        await cache.store(CACHED, "answer")
        with caplog.at_level(logging.WARNING, logger="yamabiko"):
            found = await cache.probe(PARAPHRASE)
        assert found.hit is None
        assert found.reason == "error:verifier:KeyError"
        assert await cache.store_status() == {"store": "ok"}
        state = cache.verifier_state
        assert state.failing and "KeyError" in (state.last_error or "")
        assert any("cache verifier: failing" in r.getMessage() for r in caplog.records)
        assert not any("cache store" in r.getMessage() for r in caplog.records)
        assert (await cache.stats()).errors == 1
        judge.mended = True
        again = await cache.probe(PARAPHRASE)
        assert again.hit is not None and again.hit.verdict.reason == "mended"
        assert not state.down  # the mended check counts as the verifier's success (review)


async def test_get_or_call_goes_upstream_when_the_verifier_raises(tmp_path, embedder) -> None:
    calls: list[str] = []

    async def llm(prompt: str) -> str:
        calls.append(prompt)
        return f"fresh answer to {prompt}"

    chain = Chain(Guard(), BrokenJudge())  # the guard accepts, the judge then raises
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=chain) as cache:
        await cache.store(CACHED, "stored answer")
        answer = await cache.get_or_call(PARAPHRASE, llm)
    assert answer == f"fresh answer to {PARAPHRASE}" and calls == [PARAPHRASE]


def test_the_error_names_its_cause() -> None:
    cause = ValueError("bad score")
    try:
        raise VerifierError(cause) from cause
    except VerifierError as error:
        assert error.detail == "verifier:ValueError" and error.__cause__ is cause
        assert "ValueError: bad score" in str(error) and "must return a Verdict" in str(error)


class LeakyJudge(BrokenJudge):
    """Accepts, prepares the query, and fails to give its analysis back after a hit."""

    def __init__(self) -> None:
        super().__init__()
        self.mended = True
        self.prepared: list[str] = []

    def prepare(self, prompt: str, lang: str | None) -> None:
        """Remember the query (as the guard analyses it)."""
        self.prepared.append(prompt)

    def release(self, prompt: str, lang: str | None) -> None:
        """Fail to release it."""
        raise RuntimeError(f"not prepared: {prompt[:10]}")


async def test_a_release_that_raises_is_a_verifier_error_not_a_store_one(tmp_path, embedder):
    judge = LeakyJudge()
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=judge) as cache:
        await cache.store(CACHED, "answer")
        found = await cache.probe(PARAPHRASE)
        assert judge.prepared == [PARAPHRASE]
        assert found.hit is None and found.reason == "error:verifier:RuntimeError"
        assert await cache.store_status() == {"store": "ok"}


class StoreReadingJudge(BrokenJudge):
    """A judge that reads the store (as a review's judge does) while the store fails."""

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """The store's own error, raised from inside the check."""
        raise StoreError("the store failed to read the entry's evidence")


async def test_a_store_error_inside_the_check_stays_the_stores(tmp_path, embedder) -> None:
    judge = StoreReadingJudge()
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=judge) as cache:
        await cache.store(CACHED, "answer")
        found = await cache.probe(PARAPHRASE)
        assert found.hit is None and found.reason == "error:StoreError"
        assert (await cache.store_status())["store"] == "failing"
        assert not cache.verifier_state.failing


async def test_a_raising_verifier_still_counts_the_store_s_answer(tmp_path, embedder) -> None:
    """The store answered the search before the check raised: that answer is the store's
    success (a store that had failed before is no longer down), the error the verifier's."""
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", verifier=BrokenJudge()
    ) as cache:
        await cache.store(CACHED, "answer")
        cache.store_state.failure("lookup", ConnectionError("an earlier outage"))
        assert cache.store_state.down
        found = await cache.probe(PARAPHRASE)
        assert found.reason == "error:verifier:KeyError"
        assert not cache.store_state.down and cache.verifier_state.down
