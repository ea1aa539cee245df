"""Session 36 (reword): a form of *be* ends the people a side names after *my* / *our*.

:func:`~yamabiko.conversation.parties.other_members` reads the person noun among the few words
after *my* or *our*; WordNet files *desperate* ("a person in desperate circumstances") and
*regular* ("a regular patron") as persons, so "My two are desperate to ..." named a person
*desperate* against the other side's *my twins*, and a reworded thread that does not line up
exchange by exchange was refused ``history:facts-person`` (heldout29 en-yoyo-0). What follows
*are* / *is* / *were* is said of the people already named, so the reading stops there.

Probes written for these tests (a kite-making workshop, a domain no held-out set has), with the
real default embedder, WordNet and matcher, decided both ways round: main 741f30f refuses both
reworded probes (``history:facts-person``), this branch serves them; the twin that names
other people (*my husband and I*) stays refused on both.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.parties import other_members


def workshop() -> list[tuple[str, str]]:
    """Two places booked for the twins, in two exchanges."""
    return [
        ("Can I book two places at the kite-making workshop on Saturday for my twins?",
         "Of course. Would they like to take their kites home afterwards?"),
        ("Yes, both of them.",
         "Booked: two places at the kite-making workshop on Saturday, kites to take home."),
    ]  # fmt: skip


def workshop_reworded(
    who: str = "My two are desperate to make kites", they: str = "they"
) -> list[tuple[str, str]]:
    """The same booking in one turn, the people said another way."""
    return [
        (f"{who} - could {they} both have places at the kite-making workshop on Saturday and "
         f"take {'our' if they == 'we' else 'their'} kites home?",
         "Booked: two on Saturday, kites to take home."),
    ]  # fmt: skip


PROBES = [
    ("en-kites-desperate", "reworded", 1, workshop(), workshop_reworded()),
    ("en-kites-regulars", "reworded", 1, workshop(),
     workshop_reworded("My two were regulars last year")),
    # twin: other people
    ("en-kites-husband", "entity-reworded", 0, workshop(),
     workshop_reworded("My husband and I are desperate to make kites", "we")),
]  # fmt: skip

REASONS = {"en-kites-desperate": "history:same", "en-kites-regulars": "history:same",
           "en-kites-husband": "history:facts-person"}  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_kite_probes(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_a_form_of_be_ends_the_owned_people() -> None:
    twins = ["Can I book two places at the kite-making workshop on Saturday for my twins?"]
    assert other_members(["My two are desperate to make kites."], twins) == []
    assert other_members(["My two were regulars last year."], twins) == []
    assert other_members(twins, ["My two were regulars last year."]) == []


def test_people_named_before_the_verb_still_differ() -> None:
    twins = ["Can I book two places at the kite-making workshop on Saturday for my twins?"]
    assert other_members(["My husband is a beginner at kites."], twins) == ["husband"]
    assert other_members(twins, ["My husband is a beginner at kites."]) == ["twins"]
    assert other_members(["My son is desperate to fly a kite."], twins) == ["son"]
