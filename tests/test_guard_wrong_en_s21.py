"""Session-21 English wrong serves, by kind (``wrong_en_probes_s21.py``, written for this
session; none taken from an evaluation file): a head noun added after a noun both say (the
deposit / the deposit *fee*), an adjective of timing added (the *late* cancellation fee), an
event of another kind (accidental *damage* / *theft*), an interval of another count
(*yearly* / *every two years*), a measure in an amount question whose noun changes number
(a session / a set of sessions), and *how long* read as an amount: the
rules of ``guard/english_kinds.py`` and ``modifiers.en_measure_added``, in the guard's
``roles`` step. Beside them, paraphrase twins that must stay served (the deposit *amount*,
*one* month, *every week* / *weekly*, an *entire* venue).

The probes run at their real cosine (the default embedder, threshold 0.75: a wrong pair is
served when the cosine reaches 0.75 and the guard accepts either way round; a twin when the
guard accepts both ways round); the rules are tested both ways round at forced cosines in
the trees' band and above it.
"""

from __future__ import annotations

import pytest
from guard_probes import (
    assert_refused_at,
    assert_served_at,
    pair_cosines,
    served_both_ways,
    served_either_way,
)
from wrong_en_probes_s21 import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.english_kinds import (
    event_replaced,
    head_added,
    interval_changed,
    timing_added,
)
from yamabiko.guard.modifiers import en_measure_added

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92, 0.96)

#: wrong probes still served at their real cosine: none
KNOWN_WRONG: set[tuple[str, str]] = set()
#: twins refused at their real cosine, all by checks this session did not touch (the word
#: equivalence of the minimal-pair check: limit / cap, fee / charge, post / send; a particle
#: or preposition added: pay *off*, covered *under*; a measure noun with a number: a pack of
#: six; the trees: make a booking, the delivery time)
KNOWN_TWINS = {
    ("Is there a limit on cash withdrawals?", "Is there a cap on cash withdrawals?"),
    ("Is there a fee for late cancellation?", "Is there a charge for late cancellation?"),
    ("Does the warranty cover water damage?", "Is water damage covered under the warranty?"),
    ("Can I book a treatment for my daughter?", "Can I make a booking for my daughter?"),
    ("Do you post the certificate to the employer?",
     "Do you send the certificate to the employer?"),
    ("Is there a discount on a pack of six sessions?", "Is there a discount on six sessions?"),
    ("Can I pay the balance in instalments?", "Can I pay off the balance in instalments?"),
    ("How long is the delivery?", "How long is the delivery time?"),
}  # fmt: skip


def test_probe_lists() -> None:
    assert len({(a, b) for a, b, _ in WRONG}) == len(WRONG) >= 60
    assert len({(a, b) for a, b, _ in TWINS}) == len(TWINS) >= 40


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    served = {
        (a, b)
        for a, b, _ in WRONG
        if served_either_way(GUARD, (a, b), "en", cosines[a, b], THRESHOLD)
    }
    assert served == KNOWN_WRONG, (served - KNOWN_WRONG, KNOWN_WRONG - served)


def test_twins_served(embedder) -> None:
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        (a, b)
        for a, b, _ in TWINS
        if not served_both_ways(GUARD, (a, b), "en", cosines[a, b], THRESHOLD)
    }
    assert refused == KNOWN_TWINS, (refused - KNOWN_TWINS, KNOWN_TWINS - refused)


#: (cached, query, the guard's reason): each rule's own wordings, refused both ways round
RULES = [
    ("How much is the deposit?", "How much is the deposit fee?", "narrowing:fee"),
    ("What is the hire?", "What is the hire fee?", "narrowing:fee"),
    ("Is the membership refundable?", "Is the membership fee refundable?", "narrowing:fee"),
    ("How much is the cancellation charge?", "How much is the late cancellation charge?",
     "narrowing:late"),
    ("Is there a fee for collection?", "Is there a fee for early collection?", "narrowing:early"),
    ("Does the insurance cover accidental damage to my laptop?",
     "Does the insurance cover theft of my laptop?", "category:damage->theft"),
    ("Is my bag covered for water damage?", "Is my bag covered for theft?",
     "category:damage->theft"),
    ("How much does a lesson cost?", "How much does a block of lessons cost?",
     "narrowing:block"),
    ("How long does the physio take?", "How long does a course of physio take?",
     "narrowing:course"),
    ("Is the chimney swept yearly?", "Is the chimney swept every two years?",
     "category:yearly->2"),
    ("Do you water the plants every day?", "Do you water the plants every 3 days?",
     "category:day->3"),
    ("Is the market on at weekends?", "Is the market on every other weekend?",
     "category:weekends->2"),
    ("Is the car boot sale on every Sunday?", "Is the car boot sale on every other Sunday?",
     "category:sunday->2"),
    ("How much is the admin fee?", "How much is the late admin fee?", "narrowing:late"),
    ("How long does a facial take?", "How long does a course of facials take?",
     "narrowing:course"),
    ("What is the excess on the car insurance?",
     "What is the excess on the car insurance premium?", "narrowing:premium"),
]  # fmt: skip

#: (cached, query): the same kinds said again, served both ways round
SERVED = [
    ("How much is the late fee?", "How much is the late fee, please?"),
    ("Does the insurance cover theft of my laptop?", "Does the insurance cover laptop theft?"),
    ("Can I cancel because of illness?", "Can I cancel because of sickness?"),
    ("How long does delivery take?", "How long does shipping take?"),
    ("Is the chimney swept yearly?", "Is the chimney swept every year?"),
    ("Do you clean the gutters every year?", "Do you clean the gutters annually?"),
]


@pytest.mark.parametrize(("cached", "query", "reason"), RULES)
def test_rules_refuse_both_ways(cached: str, query: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_rewordings_served(cached: str, query: str) -> None:
    assert_served_at(GUARD, cached, query, COSINES, THRESHOLD)


def test_rules_leave_rewordings() -> None:
    # a head that measures, prices or times the noun both say restates the question
    assert not head_added("How much is the ticket price?", "How much is the ticket?")
    assert not head_added("How long is the delivery time?", "How long is the delivery?")
    assert not head_added("How much is the deposit amount?", "How much is the deposit?")
    assert head_added("How much is the car park fee?", "How much is the car park?") == "fee"
    # no opener before the shared noun: a name or a field reworded (left to other checks)
    assert not head_added("Is computer science hard?", "Is computer science course hard?")
    # an adjective of timing against one that is not (my new card)
    assert timing_added("Is there a late fee?", "Is there a fee?") == "late"
    assert not timing_added("Can I freeze my new card?", "Can I freeze my card?")
    assert not timing_added("Do you open late on Fridays?", "Do you open on Fridays?")
    # two events the word vectors or WordNet make one; a noun made of the other's verb
    assert not event_replaced("Does it cover harm?", "Does it cover damage?")
    assert not event_replaced("Can I cancel for sickness?", "Can I cancel for illness?")
    assert not event_replaced("Can I make a booking?", "Can I book a treatment?")
    # one interval said two ways; two units (the frequency rule of session 20 reads those)
    assert not interval_changed("Do you clean weekly?", "Do you clean once a week?")
    assert not interval_changed("Is it 10 pounds per month?", "Is it 10 pounds a month?")
    assert not interval_changed("Do you clean monthly?", "Do you clean every two weeks?")
    assert not interval_changed("Is it open on Mondays?", "Is it open every Monday?")
    # a measure with the noun in the plural on one side only, and a thing named in plural
    assert en_measure_added("How much is a set of sessions?", "How much is a session?") == "set"
    assert not en_measure_added("How much is a pair of glasses?", "How much is a glass?")
