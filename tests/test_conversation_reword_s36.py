"""Session 36 (reword): a form of *be* ends the people a side names after *my* / *our*; a
weekday in the possessive dates what it owns.

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

*Saturday's workshop* was no date for the guard's analysis (nor for
:func:`~yamabiko.conversation.values.text_dates`), so a thread that says *on Saturday* on the
other side was refused ``history:facts-date`` (main 741f30f); now both say Saturday, and the
twin *on Sunday* stays refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.parties import other_members
from yamabiko.conversation.values import text_dates


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


def dated_workshop(day: str = "Saturday") -> list[tuple[str, str]]:
    """The twins' booking, the day in the possessive."""
    return [
        (f"Can I book two places at {day}'s kite-making workshop for my twins?",
         "Of course. Would they like to take their kites home afterwards?"),
        ("Yes, both of them.",
         f"Booked: two places at {day}'s kite-making workshop, kites to take home."),
    ]  # fmt: skip


def workshop_on(day: str = "Saturday") -> list[tuple[str, str]]:
    """The same booking in one turn, the day after *on*."""
    return [
        (f"My twins would love to make kites - could they both have places at the kite-making "
         f"workshop on {day} and take their kites home?",
         f"Booked: two on {day}, kites to take home."),
    ]  # fmt: skip


DATED = [
    ("en-kites-saturday", "reworded", 1, dated_workshop(), workshop_on()),
    ("en-kites-sunday", "entity-reworded", 0, dated_workshop(), workshop_on("Sunday")),
]  # fmt: skip


@pytest.mark.parametrize("probe", DATED, ids=[p[0] for p in DATED])
async def test_possessive_day_probes(matcher, probe) -> None:
    await assert_probe(matcher, probe, {"en-kites-saturday": "history:same"})


def test_a_possessive_weekday_is_a_date() -> None:
    analyse = text_analysis()
    text = "Can I book two places at Saturday's kite-making workshop?"
    assert {"saturday", "weekend"} <= text_dates(text, analyse(text))
    text = "Is Friday’s match still on?"
    assert "friday" in text_dates(text, analyse(text))
    text = "Is the match still on?"
    assert not text_dates(text, analyse(text))
