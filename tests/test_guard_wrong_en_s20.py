"""Session-20 English wrong serves, by kind, in many wordings (``wrong_en_probes_s20.py``,
written for this session; none taken from an evaluation file): a direction with other
prepositions on both sides (open *upwards into* the garage / *outwards onto* the drive), an
adverb of extent added (*fully* online), a participle added after a determiner (the
*extended* guarantee), a measure dropped after a preposition (a discount *on a course of*
massages), a frequency replaced (an *annual* service / a *one-off* repair) and a time of day
said with a preposition (*at night* / *during the day*): the rules of
``guard/english_extent.py``, in the guard's ``roles`` step. Beside them, paraphrase twins
that must stay served (*fully* booked / booked up, *yearly* / *annual*, *every week* /
*weekly*, *definitely* / *usually* added, a *pair* of glasses / glasses).

The probes run at their real cosine (the default embedder, threshold 0.75: a wrong pair is
served when the cosine reaches 0.75 and the guard accepts either way round; a twin when the
guard accepts both ways round) and at 0.85 and 0.92; each rule is tested both ways round.
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines, served_both_ways, served_either_way
from wrong_en_probes_s20 import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.english_extent import (
    adverb_replaced,
    extent_added,
    extent_adverb,
    frequency_replaced,
    measure_dropped,
    participle_added,
    time_replaced,
    time_unit,
)

GUARD = Guard()
THRESHOLD = 0.75

#: wrong probes still served at their real cosine: none since session 21 (the *late*
#: cancellation charge, which the trees' rescue served in the band, is refused by
#: ``english_kinds.timing_added``). (A *block* of driving lessons, whose quantity sense
#: WordNet does not tag, is refused since the English review:
#: ``english_persons.quantity_noun``.)
KNOWN_WRONG: set[tuple[str, str]] = set()
#: twins refused at their real cosine by other checks before this session too (word
#: equivalence of the minimal-pair check, the trees, question words): the paraphrase
#: engineer's kinds; none is refused by a rule of this session
KNOWN_TWINS = {
    ("Do the patio doors open outwards?", "Do the patio doors open out?"),
    (
        "Does the loft ladder fold down onto the landing?",
        "Does the loft ladder fold downwards onto the landing?",
    ),
    (
        "Does the window open outwards onto the balcony?",
        "Does the window open out onto the balcony?",
    ),
    ("Does the awning roll out over the patio?", "Does the awning extend out over the patio?"),
    ("Is the course fully booked?", "Is the course booked up?"),
    ("Is the class online?", "Is the class held online?"),
    ("Is the deposit refundable?", "Is the deposit returnable?"),
    ("Is the workshop remote?", "Is the workshop virtual?"),
    ("How much is the deposit?", "What is the deposit amount?"),
    ("Do you do house calls?", "Do you do home visits?"),
    ("Do you accept cheques?", "Do you accept cheque payments?"),
    ("Do you sell gift vouchers?", "Do you sell gift cards?"),
    ("How much is a haircut?", "How much is a hair cut?"),
    ("Where can I buy a bottle of water?", "Where can I buy water?"),
    ("Is there a discount on a block of lessons?", "Is there a discount on a course of lessons?"),
    ("Can I book a one-off deep clean?", "Can I book a single deep clean?"),
    ("Can a GP refer me to a specialist?", "Can a doctor refer me to a specialist?"),
    ("Do I need to see a GP first?", "Do I need to see my family doctor first?"),
    ("Can my solicitor hold the deposit?", "Can my lawyer hold the deposit?"),
    ("Will the vet call me back?", "Will the veterinary surgeon call me back?"),
    ("Is street parking free at night?", "Is street parking free overnight?"),
    ("Is the car park open during the day?", "Is the car park open in the daytime?"),
    ("Do you deliver at midday?", "Do you deliver at noon?"),
    (
        "Is the museum quiet first thing in the morning?",
        "Is the museum quiet early in the morning?",
    ),
}


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    served = {
        (a, b)
        for a, b, _ in WRONG
        if served_either_way(GUARD, (a, b), "en", cosines[a, b], THRESHOLD)
    }
    assert served == KNOWN_WRONG
    for cosine in (0.85, 0.92):  # every pair forced into the trees' band
        assert not [
            (a, b) for a, b, _ in WRONG if served_either_way(GUARD, (a, b), "en", cosine, THRESHOLD)
        ], cosine


def test_twins_served(embedder) -> None:
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        (a, b)
        for a, b, _ in TWINS
        if not served_both_ways(GUARD, (a, b), "en", cosines[a, b], THRESHOLD)
    }
    assert refused == KNOWN_TWINS


#: (cached, query, the guard's reason): each rule's own wordings, tested both ways round
RULES = [
    (
        "Does the roller shutter roll upwards into the box?",
        "Does the roller shutter roll sideways into the box?",
        "roles:roll:upwards->sideways",
    ),
    ("Is the flat furnished?", "Is the flat fully furnished?", "narrowing:fully"),
    ("Is the menu vegan?", "Is the menu mostly vegan?", "narrowing:mostly"),
    (
        "What does the guarantee cover?",
        "What does the extended guarantee cover?",
        "narrowing:extended",
    ),
    ("Can I get money off a set of tyres?", "Can I get money off tyres?", "narrowing:set"),
    ("Is the annual service free?", "Is the one-off repair free?", "category:annual->one-off"),
    (
        "Is street parking free at night?",
        "Is street parking free during the day?",
        "category:night->day",
    ),
]


@pytest.mark.parametrize("cosine", [0.85, 0.92, 0.96])
@pytest.mark.parametrize(("cached", "query", "reason"), RULES)
def test_rules_both_ways(cached: str, query: str, reason: str, cosine: float) -> None:
    verdict = GUARD.check(query, cached, "en", cosine, THRESHOLD)
    assert (verdict.accept, verdict.reason) == (False, reason)
    assert not GUARD.check(cached, query, "en", cosine, THRESHOLD).accept


def test_rules_leave_rewordings() -> None:
    # intensifiers and hedges are no adverbs of extent
    assert not extent_adverb("really") and not extent_adverb("definitely")
    assert extent_adverb("partly") and extent_adverb("entirely")
    assert not extent_added("Is the course definitely online?", "Is the course online?")
    # a frequency said again in other words, or a frequency dropped
    assert time_unit("annual") == time_unit("yearly") != 0
    assert not time_unit("easy") and not time_unit("major")  # (leisure, majority: no every)
    assert not frequency_replaced("Is the yearly fee refundable?", "Is the annual fee refundable?")
    assert not frequency_replaced("Can I pay every month?", "Can I pay monthly?")
    assert not frequency_replaced("What is the salary?", "What is the annual salary?")
    # one time of day in two words; a time with no preposition
    assert not time_replaced("Is it free at nighttime?", "Is it free at night?")
    assert not time_replaced("What is the deadline?", "By what date must I apply?")
    # a measure after a verb, or before a thing named in the plural
    assert not measure_dropped("Where can I buy water?", "Where can I buy a bottle of water?")
    assert not measure_dropped("Any discount on glasses?", "Any discount on a pair of glasses?")
    # a manner adverb, an adjective, one adverb in two spellings
    assert not adverb_replaced("How do I remove it naturally?", "How do I remove it permanently?")
    assert not adverb_replaced("Can I lose weight fast?", "Can I lose weight quickly?")
    assert not adverb_replaced("Does the gate swing inward?", "Does the gate swing inwards?")
    # an adjective after a determiner stays the trees' (my new card)
    assert not participle_added("Can I freeze my new card?", "Can I freeze my card?")
