"""Verified borderline hits (session 25): a candidate a little below the threshold is served
when every rule of the guard accepts it and its boosted trees score it >= 0.80
(``yamabiko/guard/verified_band.py``). Pairs written for these tests; cosines from the real
default embedder."""

from __future__ import annotations

import pytest

from yamabiko import AcceptAll, AsyncSemanticCache
from yamabiko.config.cache import cache_settings
from yamabiko.errors import InvalidInputError
from yamabiko.guard import Guard
from yamabiko.guard.verified_band import FLOOR, VerifiedBand
from yamabiko.policy import Policy

#: no presets: these prompts (a delivery address) would be kept per user by default
OPEN = Policy(presets=False)

#: rewordings whose cosine falls in 0.70-0.75 (below the default threshold) that the band proves
PROVED = [
    ("How do I change my delivery address?",
     "Can I have my order delivered to a different address?"),
    ("駐車場はありますか？", "車を停める場所はありますか？"),
]  # fmt: skip
#: different questions in the same band: a rule refuses them, and the band never overrides it
REFUSED = [
    ("Is the museum accessible by wheelchair?", "Is the museum accessible by train?",
     "substitution:wheelchair->train"),
    ("When will my refund arrive?", "When will my replacement arrive?",
     "substitution:refund->replacement"),
]  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


async def _cosine(embedder, a: str, b: str) -> float:
    va, vb = await embedder.embed([a, b])
    return float(va @ vb)


@pytest.mark.parametrize(("cached", "query"), PROVED)
async def test_a_proved_rewording_below_the_threshold_is_served(embedder, tmp_path, cached, query):
    similarity = await _cosine(embedder, cached, query)
    assert 0.70 <= similarity < 0.75  # (below the default threshold: a miss without the band)
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", policy=OPEN) as cache:
        await cache.store(cached, "the answer")
        found = await cache.probe(query)
        assert found.hit is not None and found.hit.response == "the answer"
        reason = found.hit.verdict.reason
        assert reason.startswith(f"verified-band:{similarity:.3f}:"), reason
        assert float(reason.rsplit(":", 1)[1]) >= 0.80
        counts = cache.counters()
        assert counts["band:checked"] == 1 and counts["band:proved"] == 1


@pytest.mark.parametrize(("cached", "query"), PROVED[:1])
async def test_the_band_turned_off_leaves_it_a_miss(embedder, tmp_path, cached, query):
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", verified_band=0, policy=OPEN
    ) as cache:
        await cache.store(cached, "the answer")
        found = await cache.probe(query)
        assert found.hit is None and found.reason == "below-threshold"
        assert cache.verified_band == 0.0 and "band:checked" not in cache.counters()


async def test_the_band_follows_a_higher_threshold(embedder, tmp_path):
    cached, query = PROVED[0]
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", policy=OPEN) as cache:
        await cache.store(cached, "the answer")
        assert (await cache.probe(query, min_similarity=0.85)).hit is None  # band 0.80-0.85


async def test_without_the_guard_nothing_proves_a_candidate(embedder, tmp_path):
    cached, query = PROVED[0]
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", verifier=AcceptAll(), policy=OPEN
    ) as cache:
        await cache.store(cached, "the answer")
        assert (await cache.probe(query)).hit is None


@pytest.mark.parametrize(("cached", "query", "reason"), REFUSED)
async def test_a_minimal_pair_in_the_band_keeps_the_rules_refusal(
    embedder, guard, cached, query, reason
):
    similarity = await _cosine(embedder, cached, query)
    band = VerifiedBand()
    assert band.covers(similarity, 0.75)
    verdict = band.check(guard, query, cached, "en", similarity, 0.75)
    assert not verdict.accept and verdict.reason == reason


def test_a_rewording_the_trees_score_low_is_refused(guard):
    # a paraphrase, but one the trees do not vouch for: below the threshold it stays a miss
    verdict = VerifiedBand().check(
        guard, "What's the limit on checked bags?", "How many bags can I check in?", "en",
        0.741, 0.75,
    )  # fmt: skip
    assert not verdict.accept and verdict.reason.startswith("band-unverified:")


def test_a_language_the_trees_do_not_decide_is_refused(guard):
    verdict = VerifiedBand().check(
        guard, "Comment puis-je changer mon adresse ?", "Comment modifier mon adresse ?",
        "fr", 0.72, 0.75,
    )  # fmt: skip
    assert not verdict.accept and verdict.reason == "rejected:band-language:fr"


def test_the_band_reaches_its_width_below_the_threshold_never_below_the_floor():
    band = VerifiedBand()
    assert band.covers(0.70, 0.75) and band.covers(0.749, 0.75)
    assert not band.covers(0.699, 0.75) and not band.covers(0.75, 0.75)
    assert band.covers(0.81, 0.85) and not band.covers(0.79, 0.85)
    assert band.lowest(0.72) == FLOOR and not band.covers(0.68, 0.72)
    assert not VerifiedBand(0).covers(0.74, 0.75)


def test_a_band_wider_than_half_a_cosine_or_negative_is_refused(embedder, tmp_path):
    for width in (-0.01, 0.6, True, "0.05"):
        with pytest.raises(InvalidInputError, match="verified_band"):
            AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verified_band=width)


def test_the_config_file_sets_the_band():
    assert cache_settings({"verified_band": 0.03}, {}).verified_band == 0.03
    assert cache_settings({}, {"YAMABIKO_VERIFIED_BAND": "0"}).verified_band == 0.0
