"""Session-20 review of the English rules (after the round-1 English wrong-serve and
paraphrase work): the probes of ``review_en_probes_s20.py``, written for the review (none
taken from an evaluation file), decided at their real cosine with the default embedder and
threshold; the ones the rules still get wrong are listed as known misses (the sets must match
exactly, so a fix shows up as a list to shorten), and the rules the review added are tested
both ways round at cosines inside the trees' band and above it.

Fixed by the review: a phrasal verb whose particle both prompts say is compared whole
(*switch off* / *turn off*: the shared particle cancelled in the alignment and the bare verbs
were a substitution); a noun that measures out what follows it with *of* by any WordNet
noun.quantity sense, tagged or not (*a block of driving lessons*); an added item whose head,
or the shared word it is joined to, is a noun by its place after another noun (*a haircut
and beard trim*); the percent sign and *per cent* read as *percent* (*5%* / *five
percent*).
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
from review_en_probes_s20 import TWINS, WRONG

from yamabiko.guard import Guard

GUARD = Guard()
THRESHOLD = 0.75

#: wrong probes still served at their real cosine: none since session 21 (accidental damage /
#: theft, a one-for-two rewording to the minimal-pair check that the trees served, is
#: refused by ``english_kinds.event_replaced``)
KNOWN_WRONG: set[tuple[str, str]] = set()
#: twins still refused at their real cosine (at or above the threshold): a particle the units
#: drop (fill *in*: a stop word) or a pair WordNet does not make (sign up / register, hand in /
#: return, amend / change, money back / refund, return / round-trip), nouns that share only an
#: untagged or an excluded WordNet synset (cot / crib, rubbish / trash: taking those measured
#: no change on any tuning set and equates lounge / couch; nappies / diapers is served since
#: session 21, ``guard/wordnet_first.py``: nappy's one untagged sense is diaper's first tagged
#: one, and lounge, of two untagged senses, stays apart from couch), a length
#: said in other units (a fortnight / two weeks), night / overnight, and the trees' refusals
#: (a courtesy opener, a rewording; *how much r the tickets* / *How much are the
#: tickets?* is served since session 23, when the default embedder embeds the surface form:
#: ``embedders/surface.py``; *Do I need 2 book in advance?* is served since session 34, a
#: texting "2" where the other says "to": ``guard/english_textese.py``)
KNOWN_TWINS = {
    ("How do I fill in the claim form?", "How do I complete the claim form?"),
    ("How do I sign up for the pottery class?", "How do I register for the pottery class?"),
    ("Can I hand in my keys at reception?", "Can I return my keys at reception?"),
    ("Can I change the delivery address?", "Can I amend the delivery address?"),
    (
        "Can I get my money back if the parcel is lost?",
        "Can I get a refund if the parcel is lost?",
    ),
    ("Are dogs allowed on the campsite?", "Is the campsite dog-friendly?"),
    ("How do I book a table?", "Hi! I'd like to know how to book a table."),
    ("Is there a lift in the building?", "Sorry, is there a lift in the building?"),
    ("Can I rent the cabin for a fortnight?", "Can I rent the cabin for two weeks?"),
    ("Where do I put the rubbish?", "Where do I put the trash?"),
    ("Do you have a cot for the baby?", "Do you have a crib for the baby?"),
    ("How much is a return ticket to Leeds?", "How much is a round-trip ticket to Leeds?"),
    ("Is the car park staffed at night?", "Is the car park staffed overnight?"),
}


def test_probe_lists_are_distinct() -> None:
    assert len(set(WRONG)) == len(WRONG) >= 90
    assert len(set(TWINS)) == len(TWINS) >= 60
    assert set(WRONG) >= KNOWN_WRONG
    assert set(TWINS) >= KNOWN_TWINS


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    served = {
        pair for pair in WRONG if served_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert served == KNOWN_WRONG, (served - KNOWN_WRONG, KNOWN_WRONG - served)


def test_twin_probes_served(embedder) -> None:
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        pair for pair in TWINS if refused_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert refused == KNOWN_TWINS, (refused - KNOWN_TWINS, KNOWN_TWINS - refused)


#: (cached, query, the reason given for the query): refused both ways at every cosine
RULES = [
    ("Do you offer a discount on a block of driving lessons?",
     "Do you offer a discount on driving lessons?", "narrowing:block"),
    ("Is there a discount on a block of yoga classes?", "Is there a discount on yoga classes?",
     "narrowing:block"),
    ("How much is a block of ten lessons?", "How much are ten lessons?", "narrowing:block"),
    ("How much does a haircut cost?", "How much does a haircut and beard trim cost?",
     "item:beard+trim"),
    ("How much is a wash?", "How much is a wash and beard trim?", "item:beard+trim"),
    ("Can I turn off the alarm?", "Can I set off the alarm?", "substitution:turn->set"),
    ("Is there a 5% discount?", "Is there a 5 dollar discount?", "substitution:percent->dollar"),
    ("Is there a 5% discount?", "Is there a 10 percent discount?", "number"),
]  # fmt: skip

#: (cached, query): served both ways at every cosine of the band and above it
SERVED = [
    ("How do I switch off the smoke alarm?", "How do I turn off the smoke alarm?"),
    ("Can I turn off the heating remotely?", "Can I switch off the heating remotely?"),
    ("What time should I turn up for the tour?", "What time should I show up for the tour?"),
    ("Is there a 5% discount for cash?", "Is there a five percent discount for cash?"),
    ("Is the deposit 10%?", "Is the deposit 10 per cent?"),
    ("Is the service charge 12.5 %?", "Is the service charge 12.5 percent?"),
]

COSINES = (0.85, 0.92, 0.96)


@pytest.mark.parametrize(("cached", "query", "reason"), RULES)
def test_review_rules_refuse(cached: str, query: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_review_twins_served(cached: str, query: str) -> None:
    assert_served_at(GUARD, cached, query, COSINES, THRESHOLD)


def test_an_act_joined_is_no_item() -> None:
    # a verb joined to a shared word adds an act (the trees' to judge), not an item
    for query, cached in (
        ("How can I gain muscle and lose fat?", "How can I gain muscle?"),
        ("Which protein is best for building muscle and burn fat?",
         "Which protein is best for building muscle?"),
    ):  # fmt: skip
        verdict = GUARD.check(query, cached, "en", 0.96, THRESHOLD)
        assert not verdict.reason.startswith("item:"), verdict
    # a measure noun in a question of where to buy asks for the same shop
    verdict = GUARD.check("Where can I buy cheese?", "Where can I buy a block of cheese?", "en",
                          0.96, THRESHOLD)  # fmt: skip
    assert not verdict.reason.startswith("narrowing:"), verdict
