"""Session-21 review of the English guard (after the round-1 English wrong-serve and
paraphrase work): the probes of ``review_en_probes_s21.py`` (trades and home services,
shops, hire, storage, memorials, pets; written before reading round 1), decided at their real
cosine with the default embedder and threshold and at forced cosines 0.85 and 0.92; the ones
the guard still gets wrong are listed as known misses (the sets must match exactly, so a fix
shows up as a list to shorten), and the readings the review added are tested both ways
round at cosines inside the trees' band and above it.

Added by the review: an act joined by *and* to a verb both say (*supply and* install a
shower / install a shower: ``act:supply``, :mod:`yamabiko.guard.joined_acts`), and *one*
before a noun as a quantifier against *both*, *every*, *only* (*one* side / *both* sides:
``scope:one->both``; not against *any*, nor the pronoun: how can *one* earn). A reading of
lengths of time (*a week* / *seven days*) was built and left out: see docs/quality.md.
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
from review_en_probes_s21 import TWINS, WRONG

from yamabiko.guard import Guard
from yamabiko.guard.joined_acts import act_added

GUARD = Guard()
THRESHOLD = 0.75
FORCED = (0.85, 0.92)

#: wrong probes served at their real cosine: none (session 22 refuses the two that were, a
#: preposition that changes the role of a noun both say, theft *from* / *of* the car, and
#: another doer said with a restriction, if *someone else* / *only I* drive it)
KNOWN_WRONG: set[tuple[str, str]] = set()
#: wrong probes served at a forced cosine (0.85 or 0.92), in the trees' band: a part for the
#: whole said in two words (the house / the front door: a one-for-two rewording), who
#: supplies what said in a relative clause (doors customers buy / doors you supply) or with
#: *own* (customers' own tiles / tiles)
KNOWN_WRONG_FORCED = KNOWN_WRONG | {
    ("Do you fit customers' own tiles?", "Do you fit tiles?"),
    ("Do you fit doors that customers buy themselves?", "Do you fit doors that you supply?"),
    ("How much to paint the house?", "How much to paint the front door?"),
}
#: twins refused at their real cosine (at or above the threshold): near-synonyms WordNet does
#: not pair among the senses the check reads or the word vectors put apart (leaking /
#: dripping, trim / clip, look after / care for, taps / faucets,
#: jumper / sweater, fee / charge, fit / install, before / prior to), *used* read as a filler
#: word (second-hand / used: narrowing), a length of time in other units (a week / seven
#: days: the reading built for it was left out, docs/quality.md), how quickly / how fast (a
#: degree against a manner to the question check), a negation said as *free of* (without
#: paying a fee / free of charge), texting (2day, cn) and the trees' refusals (what time /
#: when, tins / cans; since session 25 *what happens if my key is stolen* / *what should I do
#: if someone steals my key*: stolen is read as steal, which leaves *happens* added, a change
#: the trees weigh and refuse at 0.52-0.59, where stolen / steal + happens was a rewording)
KNOWN_TWINS = {
    ("Can I cancel the booking without paying a fee?", "Can I cancel the booking free of charge?"),
    ("Can I hire the drill for a week?", "Can I hire the drill for seven days?"),
    ("Can I return the jumper?", "Can I return the sweater?"),
    ("Can u come out 2day to fix the boiler?", "Can you come out today to fix the boiler?"),
    ("Do you fix leaking taps?", "Do you repair dripping taps?"),
    (
        "Do you look after cats while their owners are away?",
        "Do you care for cats while their owners are away?",
    ),
    ("Do you repair taps?", "Do you repair faucets?"),
    ("Do you sell second-hand furniture?", "Do you sell used furniture?"),
    ("Do you sell tins of paint?", "Do you sell cans of paint?"),
    ("Do you supply and fit carpets?", "Do you supply and install carpets?"),
    ("Do you trim dogs' nails?", "Do you clip dogs' nails?"),
    ("How quickly can an electrician come out?", "How fast can an electrician come out?"),
    (
        "Is there a late fee if I return the van late?",
        "Is there a late charge if I return the van late?",
    ),
    ("Should I feed my dog before the operation?", "Should I feed my dog prior to the operation?"),
    ("What time does the tip close?", "When does the tip close?"),
    (
        "What happens if my storage key is stolen?",
        "What should I do if someone steals my storage key?",
    ),
    ("cn i store a bike in the unit?", "Can I store a bike in the unit?"),
}
#: twins refused at a forced cosine: those above (leaking / dripping is served at 0.85 and
#: 0.92) and one the trees refuse in the band (twice / two times a day). Marquee hire (*how
#: much is it to hire* / *how much does ... hire cost*) left the list in session 28: the rules
#: explain two price frames (english_price), so it is served at both cosines
KNOWN_TWINS_FORCED = (
    KNOWN_TWINS - {("Do you fix leaking taps?", "Do you repair dripping taps?")}
) | {
    ("Do you walk dogs twice a day?", "Do you walk dogs two times a day?"),
}


def test_probe_lists_are_distinct() -> None:
    assert len(set(WRONG)) == len(WRONG) >= 80
    assert len(set(TWINS)) == len(TWINS) >= 60
    assert set(WRONG) >= KNOWN_WRONG | KNOWN_WRONG_FORCED
    assert set(TWINS) >= KNOWN_TWINS | KNOWN_TWINS_FORCED


def test_wrong_probes_not_served(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    served = {
        pair for pair in WRONG if served_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert served == KNOWN_WRONG, (served - KNOWN_WRONG, KNOWN_WRONG - served)


def test_wrong_probes_not_served_at_forced_cosines() -> None:
    served = {
        pair
        for pair in WRONG
        if any(served_either_way(GUARD, pair, "en", c, THRESHOLD) for c in FORCED)
    }
    assert served == KNOWN_WRONG_FORCED, (served - KNOWN_WRONG_FORCED, KNOWN_WRONG_FORCED - served)


def test_twin_probes_served(embedder) -> None:
    cosines = pair_cosines(embedder, TWINS)
    refused = {
        pair for pair in TWINS if refused_either_way(GUARD, pair, "en", cosines[pair], THRESHOLD)
    }
    assert refused == KNOWN_TWINS, (refused - KNOWN_TWINS, KNOWN_TWINS - refused)


def test_twin_probes_served_at_forced_cosines() -> None:
    refused = {
        pair
        for pair in TWINS
        if any(refused_either_way(GUARD, pair, "en", c, THRESHOLD) for c in FORCED)
    }
    assert refused == KNOWN_TWINS_FORCED, (
        refused - KNOWN_TWINS_FORCED,
        KNOWN_TWINS_FORCED - refused,
    )


#: (cached, query, the reason given for the query): refused both ways at every cosine
RULES = [
    ("How much do you charge to install a shower?",
     "How much do you charge to supply and install a shower?", "act:supply"),
    ("Do you fit carpets?", "Do you supply and fit carpets?", "act:supply"),
    ("Can I get the sofa delivered?", "Can I get the sofa delivered and assembled?",
     "act:assembled"),
    ("Do you clean wedding dresses?", "Do you clean and store wedding dresses?", "act:store"),
    ("Can I have the parcel collected?", "Can I have the parcel collected and wrapped?",
     "act:wrapped"),
    ("Is the price for one side of the fence?", "Is the price for both sides of the fence?",
     "scope:one->both"),
    ("Do I need one parent to sign the form?", "Do I need both parents to sign the form?",
     "scope:one->both"),
]  # fmt: skip

#: (cached, query): served both ways at every cosine of the band and above it
SERVED = [
    ("Can you come and fix my boiler?", "Can you come and fix my boiler, please?"),
    (
        "If you could change one law, what would it be?",
        "If you could change any law, what would it be?",
    ),
    ("How can one earn money online?", "How can I earn money online?"),
]

COSINES = (0.85, 0.92, 0.96)


@pytest.mark.parametrize(("cached", "query", "reason"), RULES)
def test_review_rules_refuse(cached: str, query: str, reason: str) -> None:
    assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_review_twins_served(cached: str, query: str) -> None:
    assert_served_at(GUARD, cached, query, COSINES, THRESHOLD)


def test_an_act_joined_needs_two_verbs_and_no_light_one() -> None:
    assert act_added("Do you supply and fit carpets?", "Do you fit carpets?") == "supply"
    assert act_added("Can I get it delivered and assembled?", "Can I get it delivered?") == (
        "assembled"
    )
    # a light verb that introduces the other (come and fix), nouns joined (the item rule's),
    # one act said twice (WordNet synonyms), a statement, a longer change: no act added
    for query, cached in (
        ("Can you come and fix my boiler?", "Can you fix my boiler?"),
        ("What are the advantages and disadvantages of leasing?",
         "What are the disadvantages of leasing?"),
        ("How do I concentrate and focus better?", "How do I focus better?"),
        ("I supply and fit carpets.", "I fit carpets."),
        ("Do you supply and fit new carpets?", "Do you fit carpets?"),
    ):  # fmt: skip
        assert act_added(query, cached) == "", query
