"""Session 38 (review2): enpara's one-person rule read again with adversarial probes.

:func:`yamabiko.guard.wordnet_one_person.one_person` joined a noun of one WordNet sense to any
noun that has that sense among its first two. Two words of one synset then served each
other where the second names another person first: *architect* (one sense, WordNet's
*architect, designer*) against *designer*, whose first sense is the interior designer;
*spouse* against *partner*, whose other early sense is a business partner. Both pairs were
refused (``substitution:``) before enpara and served ``guard-ok`` after it, at any cosine.
The rule now also asks that the other word's early senses name no other person: *kid*'s
second early sense is a substance (kidskin), *seller* has one sense, so *youngsters* /
*kids* and *vendors* / *sellers* stay joined; *chemist*'s first sense is the scientist, so
*pharmacist* / *chemist* (faq-heldout10's paraphrase, served by enpara) is apart again.
The pairs are written here (no tuning set holds them); real WordNet and word vectors.
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.wordnet_one_person import one_person

GUARD = Guard()

#: another person by the other word's first reading: refused (served guard-ok by enpara)
REFUSED = [
    ("Do I need an architect to renovate my kitchen?",
     "Do I need a designer to renovate my kitchen?", "en", "substitution:architect->designer"),
    ("Can my partner sign the business loan?", "Can my spouse sign the business loan?", "en",
     "substitution:partner->spouse"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The refused pairs at the default embedder's cosine (the joins kept are
    tests/test_guard_one_person_s38.py's served probes)."""

    guard, threshold, served, refused = GUARD, 0.75, (), REFUSED


@pytest.mark.parametrize(
    ("first", "second"),
    [("architect", "designer"), ("spouse", "partner"), ("pharmacist", "chemist"),
     ("architects", "designers")],
)  # fmt: skip
def test_the_other_word_names_another_person_first(first: str, second: str) -> None:
    """The one-sense word's sense is among the other's first two, but so is another person."""
    assert not one_person(first, second)
    assert not one_person(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [("youngsters", "kids"), ("vendor", "sellers"), ("adolescent", "teenager"),
     ("lawyer", "attorney"), ("buyer", "purchaser")],
)  # fmt: skip
def test_one_person_still_joined(first: str, second: str) -> None:
    """No other person among the other's early senses: joined either way round."""
    assert one_person(first, second)
    assert one_person(second, first)


@pytest.mark.parametrize(
    "text", ["", "😀", "Ｗｈｏ", "architect" * 250, "設計者", "a-b", "kids " * 400]
)
def test_odd_words_give_an_answer(text: str) -> None:
    """Empty, emoji, full-width, very long, Japanese and hyphened words: False, no error."""
    assert one_person(text, "designer") is False


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [("Where can I hire an architect?", "Where can I hire a designer?",
      "substitution:architect->designer"),
     ("Can my spouse get a visa?", "Can my partner get a visa?", "substitution:spouse->partner")],
)  # fmt: skip
def test_refused_by_the_words_at_a_middle_cosine(cached: str, query: str, reason: str) -> None:
    """At cosine 0.87 the substitution stands (enpara served both ``guard-ok``). At the
    embedder's own cosine (0.94 for the visa pair) the rescue model still serves both
    (``learned-accept``), as before enpara: a weakness of the trees, not of this rule."""
    verdict = GUARD.check(query, cached, "en", 0.87, 0.75)
    assert (verdict.accept, verdict.reason) == (False, reason)
