"""Session 24 (paraEN): a verb replaced by one WordNet files directly under it, as a manner of
doing it (:func:`yamabiko.guard.wordnet_first.troponyms`: replace / renew, bake / cook,
repay / pay, resign / quit), is one question asked two ways.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one and the cosine the default embedder's. Before this change each paraphrase below
was refused by the minimal-pair check (``substitution:replace->renew``, ``cook->bake``,
``pay->repay``, ``quit->resign``); the twins that replace the verb with one of another act
(freeze, repair, borrow, return) stay refused with their reason.
"""

from __future__ import annotations

import pytest
from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.wordnet_first import first_sense_synonyms, troponyms

#: one verb said by a manner of it: served (both ways)
SERVED = [
    ("Can you replace the strap on my watch?", "Can you renew the strap on my watch?", "en"),
    ("Can you replace the zip on my jacket?", "Can you renew the zip on my jacket?", "en"),
    ("How long should I cook the salmon for?", "How long should I bake the salmon for?", "en"),
    (
        "At what temperature should I cook the bread?",
        "At what temperature should I bake the bread?",
        "en",
    ),
    ("When do I have to pay the loan?", "When do I have to repay the loan?", "en"),
    ("Why did the head coach quit?", "Why did the head coach resign?", "en"),
]

#: the verb replaced by another act: refused with the reason (the first prompt's word first)
REFUSED = [
    (
        "How long should I cook the salmon for?",
        "How long should I freeze the salmon for?",
        "en",
        "substitution:cook->freeze",
    ),
    (
        "Can you replace the strap on my watch?",
        "Can you repair the strap on my watch?",
        "en",
        "substitution:replace->repair",
    ),
    (
        "When do I have to pay the loan?",
        "When do I have to borrow the loan?",
        "en",
        "substitution:pay->borrow",
    ),
    (
        "Why did the head coach quit?",
        "Why did the head coach return?",
        "en",
        "substitution:quit->return",
    ),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [("replace", "renew"), ("bake", "cook"), ("repay", "pay"), ("resigned", "quit")],
)
def test_a_manner_of_a_verb_is_read_both_ways(narrow: str, broad: str) -> None:
    assert troponyms(narrow, broad)
    assert first_sense_synonyms(narrow, broad) and first_sense_synonyms(broad, narrow)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("buy", "sell"),  # two sides of one exchange, no manner of each other
        ("lend", "borrow"),
        ("walk", "run"),  # two manners of one verb: siblings, not one under the other
        ("pay", "prepay"),  # (prepay is not filed under pay's first senses)
        ("shirts", "clothes"),  # nouns: a narrower thing (WordNet's verbs shirt / clothe)
        ("increase", "raise"),  # both nouns of tagged senses too: left to the other tests
        ("pay", "pays"),  # one verb's two forms: not a pair of words
    ],
)
def test_other_verbs_and_nouns_are_not_read_as_a_manner(first: str, second: str) -> None:
    assert not troponyms(first, second) and not troponyms(second, first)
    assert not first_sense_synonyms(first, second)


def test_the_minimal_pair_check_names_the_pair() -> None:
    verdict = compare_texts(
        "Can I renew my library card online?", "Can I replace my library card online?", "en"
    )
    assert verdict.accept and verdict.reason == "equivalent-words:wordnet:renew->replace"
