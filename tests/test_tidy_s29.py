"""Session 29's tidying (behaviour-identical): the quality benchmark's question focus follows
the cache's default, the minimal-pair stage's explained alignment has one public name, the
word lists of asked acts are derived from one another, and the base classes split out in
session 28 (``WordEquivalence``, ``WholeHistories``) carry their own settings. Pairs written
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conversation_turns import turns

from yamabiko.cli.main import build_parser
from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.requests import _EN_CONVERSES, ASKED_AUX, own_acts
from yamabiko.conversation.wholes import WholeHistories
from yamabiko.conversation.withdrawn import withdrawn
from yamabiko.focus_search import DEFAULT_FOCUS
from yamabiko.guard.english_converse import receivers
from yamabiko.guard.ja_receiving import RECEIVING_AUX
from yamabiko.guard.minpair import DEFAULT, MinimalPairCheck
from yamabiko.guard.minpair_stage import explained_alignment
from yamabiko.guard.units import units
from yamabiko.guard.word_equivalence import WordEquivalence

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import minpair_quality  # (the benchmark, from its directory)


def test_the_quality_benchmark_takes_the_focus_as_the_cache_and_eval_pairs_do() -> None:
    benchmark = minpair_quality.arguments()
    cli = build_parser()
    assert benchmark.parse_args(["pairs.jsonl"]).focus is DEFAULT_FOCUS
    assert cli.parse_args(["eval", "pairs", "pairs.jsonl"]).focus is DEFAULT_FOCUS
    for flag, wanted in (("--focus", True), ("--no-focus", False)):
        assert benchmark.parse_args(["pairs.jsonl", flag]).focus is wanted
        assert cli.parse_args(["eval", "pairs", "pairs.jsonl", flag]).focus is wanted


@pytest.mark.parametrize(
    ("cached", "query", "named"),
    [
        ("Is the curry very hot?", "Is the curry very spicy?", "usage:hot->spicy"),
        ("How much is a haircut?", "How much do you charge for a haircut?", "price:charge"),
    ],
)
def test_the_explained_alignment_explains_one_english_word_a_side(cached, query, named) -> None:
    first, second = units(cached, "en"), units(query, "en")
    plain = DEFAULT.align(first, second, 0.9)
    assert plain.rest_left or plain.rest_right  # the check alone leaves the words
    explained = explained_alignment(plain, cached, query, 0.9, "en")
    assert explained is not plain
    assert not explained.rest_left and not explained.rest_right and explained.wordnet == named
    assert explained_alignment(plain, cached, query, 0.9, "ja") is plain  # English only


def test_the_explained_alignment_leaves_more_than_one_word_a_side_alone() -> None:
    cached, query = "Is the soup very hot?", "Is the stew very spicy today?"
    plain = DEFAULT.align(units(cached, "en"), units(query, "en"), 0.9)
    assert len(plain.rest_left) > 1
    assert explained_alignment(plain, cached, query, 0.9, "en") is plain


def test_word_equivalence_stands_alone_with_the_checks_defaults() -> None:
    words = WordEquivalence()
    check = MinimalPairCheck()
    for name in ("word_similarity", "synonym_groups", "wordnet_senses"):
        assert getattr(words, name) == getattr(check, name)
    stones = next(u for u in units("Are the stones slippery?", "en") if u.text == "stones")
    rocks = next(u for u in units("Are the rocks slippery?", "en") if u.text == "rocks")
    assert words._wordnet(stones, rocks)
    assert not WordEquivalence(wordnet_senses=0)._wordnet(stones, rocks)


def test_the_trade_verbs_are_pairs_the_guards_wordnet_reading_makes() -> None:
    for verb, other in _EN_CONVERSES.items():
        assert _EN_CONVERSES[other] == verb
        assert other in receivers(verb) or verb in receivers(other)
    assert own_acts("I'd like you to borrow my drill", "en") == ({"borrow"}, {"lend"})


def test_the_asked_auxiliaries_and_the_withdrawing_ones() -> None:
    assert RECEIVING_AUX < ASKED_AUX
    # くれる asks an act of the other party in a request ...
    assert own_acts("古いピアノを買い取ってくれますか", "ja")[1] == {"売る"}
    # ... but after ないで it is not read as withdrawing one: it may tell a favour done
    assert withdrawn("カーテンは洗わないでください", "ja") == {"洗う"}
    assert withdrawn("カーテンは洗わないでほしい", "ja") == {"洗う"}
    assert withdrawn("姉がカーテンを洗わないでくれた", "ja") == frozenset()


async def test_whole_histories_compare_with_their_own_settings(matcher: ConversationMatcher):
    wholes = WholeHistories(
        matcher.guard, matcher.reply_guard, matcher._analyses,
        related=0.45, polarity=matcher.small_talk.polarity, whole=0.85, stated=0.4,
    )  # fmt: skip
    chain = turns(("my bike's chain keeps slipping", "Sure, we'll fit a new chain."))
    pads = turns(("my bike's brakes squeal", "Sure, we'll fit new brake pads."))
    again = turns(("the chain on my bike slips", "Sure, a new chain for your bike."))
    first, second, third = [(await matcher.build(t)).exchanges for t in (chain, pads, again)]
    assert wholes.whole == 0.85 and wholes.stated == 0.4 and wholes.related == 0.45
    found = wholes._facts(second, first)
    assert not found.accept and found.reason.startswith("history:fact:")
    assert wholes._facts(third, first).accept
