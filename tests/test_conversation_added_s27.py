"""Session 27 (convoRW2): a kind, an item or another thing on one side only. A fact said
back on one side only that names a kind (a noun by WordNet alone, or a word WordNet does not
know) in front of a word the other side states bare (a *walnut* dining table against a dining
table: :func:`~yamabiko.conversation.added.added_modifier`, ``history:facts-added-kind:``),
that one side joins by *and* to an item both sides order (forty tote bags *and forty mugs*
against forty tote bags: :func:`~yamabiko.conversation.added.added_item`,
``history:facts-added-item:``), or that names another thing of one kind than a word only the
other side states, near it in meaning (the *road* against the *driveway*:
:func:`~yamabiko.conversation.slots.other_thing`, ``history:facts-other-thing:``). Probes
written for these tests (a furniture maker, a print shop, a removal van), with the real
default embedder, decided both ways round; before this change the twins were refused as
``history:facts-fact`` (a fact said back on one side only, whatever it was).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.added import added_item, added_modifier
from yamabiko.conversation.slots import other_thing

TABLE_IN_ONE = [
    ("I'd like a walnut dining table made to order, two metres long, seating six.",
     "Noted: a walnut dining table, two metres long, for six."),
]  # fmt: skip

TABLE_ASKED = [
    ("Could you make me a dining table?", "Of course. How big would you like it?"),
    ("Two metres long, for six people.", "Noted: a dining table, two metres long, for six."),
]  # fmt: skip

BAGS_AND_MUGS = [
    ("We'd like forty tote bags and forty mugs printed with our club badge.",
     "Noted: forty tote bags and forty mugs with the club badge."),
]  # fmt: skip

BAGS_ASKED = [
    ("Can you print our club badge on some merchandise?", "Happy to. What, and how many?"),
    ("Forty tote bags, please.", "Noted: forty tote bags with your club badge."),
]  # fmt: skip

PROBES = [
    ("en-walnut-table-added", "entity", 0, TABLE_IN_ONE, TABLE_ASKED),
    ("en-mugs-added-to-bags", "entity", 0, BAGS_AND_MUGS, BAGS_ASKED),
]  # fmt: skip

REASONS = {
    "en-walnut-table-added": "history:facts-added-kind:walnut+dining",
    "en-mugs-added-to-bags": "history:facts-added-item:bags+mugs",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def _lost(matcher, lost_text: str, mine: list[str]) -> list:
    """My units written ``lost_text`` (lost on my side)."""
    units = matcher.comparer._turn_units
    return [u for text in mine for u in units(text) if u.text == lost_text]


def _added(matcher, lost_text: str, mine: list[str], theirs: list[str]) -> str:
    """:func:`added_modifier` for my units written ``lost_text``."""
    units = matcher.comparer._turn_units
    return added_modifier(_lost(matcher, lost_text, mine), mine, theirs, units)


def _item(matcher, lost_text: str, mine: list[str], theirs: list[str]) -> str:
    """:func:`added_item` for my units written ``lost_text``."""
    units = matcher.comparer._turn_units
    return added_item(_lost(matcher, lost_text, mine), mine, theirs, units)


def test_added_modifier(matcher) -> None:
    mine = ["Noted: a walnut dining table for six."]
    assert _added(matcher, "walnut", mine, ["Noted: a dining table for six."]) == "walnut+dining"
    # the other side puts its own word in front of the head: not a kind added here
    assert not _added(matcher, "walnut", mine, ["Noted: an oak dining table for six."])
    # the other side never states the head
    assert not _added(matcher, "walnut", mine, ["Noted: a table for six."])
    # an adjective is detail (a large dining table / a dining table)
    assert not _added(
        matcher, "large", ["Noted: a large dining table."], ["Noted: a dining table."]
    )
    # a word that may be an act (a cocker spaniel / a spaniel) is no sure kind
    assert not _added(
        matcher, "cocker", ["Noted: a cocker spaniel portrait."], ["Noted: a spaniel portrait."]
    )
    # punctuation between the words: no modifier of the head
    assert not _added(
        matcher, "walnut", ["Noted: walnut, dining table."], ["Noted: a dining table."]
    )
    # a length in front of the head is the span checks' (a one-day course)
    assert not _added(
        matcher, "one-day", ["Noted: a one-day pottery course."], ["Noted: a pottery course."]
    )


def test_added_item(matcher) -> None:
    mine = ["Noted: forty tote bags and forty mugs with the badge."]
    assert _item(matcher, "mugs", mine, ["Noted: forty tote bags with the badge."]) == "bags+mugs"
    # the word joined to is not one the other side states
    assert not _item(matcher, "mugs", mine, ["Noted: forty shirts with the badge."])
    # the lost word stands in front of a word the other side states: a kind of that thing
    assert not _item(
        matcher, "scratch-proof",
        ["Noted: the frames and a scratch-proof coating."],
        ["Noted: the frames with a hard coating."],
    )  # fmt: skip
    # an adjective joined is detail, not an item (bags and more)
    assert not _item(
        matcher, "sturdy", ["Noted: bags and sturdy ones."], ["Noted: forty tote bags."]
    )


VAN_ON_ROAD = [
    ("We're moving house on Friday 3 May - can your van park on the road outside?",
     "Yes: the van parked on the road outside on Friday 3 May."),
]  # fmt: skip

VAN_ASKED = [
    ("We're moving house on Friday 3 May.", "Lovely. Where can the van park?"),
    ("On our driveway, please.", "Noted: Friday 3 May."),
]  # fmt: skip


@pytest.mark.parametrize(
    "probe", [("en-road-for-driveway", "entity", 0, VAN_ON_ROAD, VAN_ASKED)], ids=lambda p: p[0]
)
async def test_other_thing_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, {probe[0]: "history:facts-other-thing:road->driveway"})


def test_other_thing(matcher) -> None:
    units = matcher.comparer._turn_units

    def thing(lost_text: str, mine: str, theirs: str) -> str:
        my_units = units(mine)
        lost = [u for u in my_units if u.text == lost_text]
        return other_thing(lost, my_units, units(theirs))

    assert thing("road", "Park on the road.", "Park on the driveway.") == "road->driveway"
    # one thing in both: the word my side says too is no other thing
    assert not thing("road", "Park on the road by the driveway.", "Park on the driveway.")
    # two kinds of one thing far apart by the word vectors (shed / garage): left to facts-fact
    assert not thing("shed", "Store it in the shed.", "Store it in the garage.")
    # two kinds of one fruit, near but under the line (pears / apples 0.55)
    assert not thing("pears", "A box of pears.", "A box of apples.")
