"""Session-19 review of the English rules (after the round-1 English wrong-serve and
paraphrase work): the probes of ``review_en_probes_s19.py``, written for the review (none
taken from an evaluation file), at their real cosine, and the rules the review added, each
tested both ways round at cosines inside the trees' band and above it.

Fixed by the review: a number that measures time or a quantity in another unit on each side
(``unit:3 months->3 year``: *three months* / *a three-year plan*, which the hyphenated
number word split into a number and a noun no check compared); a noun that measures out the
thing a how-much / how-long question asks about (``narrowing:course``: *a course of
antibiotics* / *antibiotics*, *a bottle of wine* / *wine*); *for me alone* against *my whole
family* (``scope:alone->whole``); *everybody* read as a content word where *everyone* is a
stop word; one unit of measurement in two words (*kilos* / *kilograms*).
"""

from __future__ import annotations

import pytest
from guard_probes import (
    assert_refused_at,
    assert_served_at,
    pair_cosines,
    refused_either_way,
    served_either_way,
)
from review_en_probes_s19 import TWINS, WRONG

from yamabiko.guard import Guard

GUARD = Guard()
THRESHOLD = 0.75

#: wrong probes still served at their real cosine (both reasons are the trees' or above
#: their band): a head noun added after a shared one (*the deposit* / *the deposit fee*,
#: 0.95) and a common participle before a shared noun above the band (*the extended
#: warranty*, 0.96; the above-band rule names only rare modifiers)
KNOWN_WRONG = {
    ("How much is the deposit?", "How much is the deposit fee?"),
    ("How long is the warranty?", "How long is the extended warranty?"),
}
#: twins still refused at their real cosine (at or above the threshold): two phrasal verbs
#: WordNet does not pair (sign in / log in), a rewording of a whole phrase (everyone at my
#: address / all the people who live with me), two nouns of time the word vectors put
#: apart and WordNet gives no sense in common (opening hours / times), a compound WordNet lists as a
#: collocation, which the loader does not keep (car park / parking lot), and a currency
#: named more exactly (dollars / US dollars: a narrowing, arguably)
KNOWN_TWINS = {
    ("How do I sign in to my account?", "How do I log in to my account?"),
    (
        "Does the policy cover everyone at my address?",
        "Does the policy cover all the people who live with me?",
    ),
    ("What are your opening hours?", "What are your opening times?"),
    ("Do you have a car park?", "Do you have a parking lot?"),
    ("Can I pay in dollars?", "Can I pay with US dollars?"),
}


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    served = {
        pair for pair in WRONG if served_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert served <= KNOWN_WRONG, served - KNOWN_WRONG


def test_twin_probes_served(embedder) -> None:
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        pair for pair in TWINS if refused_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert refused <= KNOWN_TWINS, refused - KNOWN_TWINS


#: (cached, query, the reason given for the query): refused both ways at every cosine
RULES = [
    ("Is the plan three months long?", "Is it a three-year plan?", "unit:3 months->3 year"),
    ("Is the plan 3 months long?", "Is it a 3-year plan?", "unit:3 months->3 year"),
    ("Can I stay 3 nights at the hotel?", "Can I book the hotel for 3 weeks?",
     "unit:3 nights->3 weeks"),
    ("Does the pass last seven days?", "Does the pass last a seven-night stay?",
     "unit:7 days->7 night"),
    ("How long does a course of antibiotics last?", "How long do antibiotics last?",
     "narrowing:course"),
    ("How much is a bottle of wine?", "How much is wine?", "narrowing:bottle"),
    ("How long does a bag of rice keep?", "How long does rice keep?", "narrowing:bag"),
    ("How many calories are in a glass of wine?", "How many calories are in wine?",
     "narrowing:glass"),
    ("Is the travel insurance for me alone?", "Is the travel insurance for my whole family?",
     "scope:alone->whole"),
]  # fmt: skip

#: (cached, query): served both ways at every cosine of the band and above it
SERVED = [
    ("Can I bring 25 kilos?", "Can I bring 25 kilograms?"),
    ("Is it free for everyone?", "Is it free for everybody?"),
    ("Does everybody need a ticket?", "Does everyone need a ticket?"),
    ("Is the trial 30 days?", "Is it a 30-day trial?"),
    ("Can children travel alone?", "Can all children travel alone?"),
    ("Is the hotel 10 minutes from the beach?", "Is the hotel ten minutes from the beach?"),
]

COSINES = (0.85, 0.92, 0.96)


@pytest.mark.parametrize(("cached", "query", "reason"), RULES)
def test_review_rules_refuse(cached: str, query: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_review_twins_served(cached: str, query: str) -> None:
    assert_served_at(GUARD, cached, query, COSINES[1:], THRESHOLD)


def test_a_measure_noun_only_where_an_amount_is_asked() -> None:
    # a bag of rice in a question of where or whether: the same thing asked about
    for cached, query in (
        ("Where can I buy a bottle of water?", "Where can I buy water?"),
        ("Can I buy a pack of cards here?", "Can I buy cards here?"),
    ):
        verdict = GUARD.check(query, cached, "en", 0.96, THRESHOLD)
        assert not verdict.reason.startswith("narrowing:"), (cached, query, verdict)
