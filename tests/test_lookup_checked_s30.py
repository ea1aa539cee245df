"""Session 30: ``Timings.candidates_checked`` (the candidates a lookup's verifier was asked
about) and the query's preparation for the guard, run before the lookup's first check rather
than while the model embeds the prompt. Real model, real guard, real SQLite files."""

from __future__ import annotations

import numpy as np

from yamabiko import AcceptAll, AsyncSemanticCache

QUERY = "How do I open a savings account?"
#: cached prompts near the query (a paraphrase, minimal pairs) and one far from it
NEAR = (
    "How can I open a savings account?",
    "How do I close a savings account?",
    "How do I open a checking account?",
)
FAR = "What is the capital of Australia?"


async def _cosines(cache: AsyncSemanticCache, prompts: tuple[str, ...]) -> list[float]:
    vectors = await cache.embedder.embed([QUERY, *prompts])
    return [float(np.dot(vectors[0], row)) for row in vectors[1:]]


async def test_candidates_checked_counts_each_candidate_up_to_the_one_served(cache) -> None:
    for i, prompt in enumerate((*NEAR, FAR)):
        await cache.store(prompt, f"answer {i}")
    cosines = await _cosines(cache, (*NEAR, FAR))
    floor = cache.min_similarity - cache.verified_band
    # (none in the verified band: every candidate in reach is one the guard checks)
    assert not any(floor <= c < cache.min_similarity for c in cosines), cosines
    in_reach = sorted((c for c in cosines if c >= cache.min_similarity), reverse=True)
    assert len(in_reach) >= 2, cosines
    lookup = await cache.probe(QUERY)
    if lookup.hit is None:  # every candidate in reach was checked and refused
        expected = len(in_reach)
    else:  # those above the served one, refused, and the served one
        expected = 1 + sum(c > lookup.hit.similarity + 1e-6 for c in in_reach)
    assert lookup.timings.candidates_checked == expected
    if lookup.hit is not None:
        assert lookup.hit.timings.candidates_checked == expected


async def test_nothing_in_reach_and_exact_repeats_check_no_candidate(cache) -> None:
    await cache.store(FAR, "Canberra.")
    (cosine,) = await _cosines(cache, (FAR,))
    assert cosine < cache.min_similarity - cache.verified_band
    miss = await cache.probe(QUERY)
    assert miss.hit is None and miss.timings.candidates_checked == 0
    again = await cache.probe(FAR)  # an exact repeat of a stored prompt: no search, no check
    assert again.hit is not None and again.hit.verdict.reason == "exact"
    assert again.timings.candidates_checked == 0


async def test_the_count_is_the_verifiers_whatever_it_is(tmp_path, embedder) -> None:
    path = tmp_path / "none.sqlite3"
    async with AsyncSemanticCache(embedder, path=path, verifier=AcceptAll()) as cache:
        await cache.store(NEAR[1], "to close one")  # a minimal pair, which nothing refuses
        lookup = await cache.probe(QUERY)
        assert lookup.hit is not None and lookup.hit.verdict.reason == "threshold-only"
        assert lookup.timings.candidates_checked == 1


async def test_the_query_is_prepared_only_when_a_candidate_is_checked(cache) -> None:
    guard = cache.verifier
    await cache.store(FAR, "Canberra.")
    lang = cache.request(QUERY).lang
    miss = await cache.probe(QUERY)
    assert miss.timings.candidates_checked == 0
    assert guard._cache.find(QUERY, lang) is None  # nothing to check: not analysed
    await cache.store(NEAR[0], "At a branch or online.")
    hit = await cache.probe(QUERY)
    assert hit.hit is not None and hit.timings.candidates_checked == 1
    # prepared for the check, then released as a hit served it once (session 32: prepared.py)
    assert QUERY in guard._served_once and guard._cache.find(QUERY, lang) is None
