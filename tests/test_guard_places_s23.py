"""Session 23 (late round): English minimal pairs that change where a thing stands (a
preposition of place of another kind), turn a thing away from what it faced, or exchange the
owners of the doer and of the thing acted on (:mod:`yamabiko.guard.places`,
:func:`yamabiko.guard.owners.owners_exchanged`). The probes are written for this work in
domains of their own; each is checked through the whole guard at forced cosines in the
trees' band and above it, both ways round, beside paraphrases that must still be served."""

from __future__ import annotations

import guard_probes as probes
import pytest

from yamabiko.guard import Guard
from yamabiko.guard.owners import owners_exchanged
from yamabiko.guard.places import place_changed, turned_away

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)

#: (cached, query, reason): refused both ways round
REFUSED = [
    ("Can I park my bike next to the shed?", "Can I park my bike behind the shed?",
     "roles:shed:beside->behind"),
    ("Can the piano go under the window?", "Can the piano go beside the window?",
     "roles:window:under->beside"),
    ("Should the speakers sit in front of the stage?", "Should the speakers sit behind the stage?",
     "roles:stage:front->behind"),
    ("Can I store the kayak under the deck?", "Can I store the kayak on the deck?",
     "roles:deck:under->on"),
    ("Can the sign hang above the door?", "Can the sign hang on the door?",
     "roles:door:above->on"),
    ("Should the camera point at the street?", "Should the camera point away from the street?",
     "roles:street:to->away"),
    ("Can the solar panel face the house?", "Can the solar panel face away from the house?",
     "roles:house:to->away"),
    ("Can the neighbour's ladder reach my roof?", "Can my ladder reach the neighbour's roof?",
     "roles:i<->neighbor"),
    ("Will your dog's lead fit my dog's collar?", "Will my dog's lead fit your dog's collar?",
     "roles:you_dog<->i_dog"),
]  # fmt: skip

#: (cached, query): one meaning, served both ways round
SERVED = [
    ("Can I leave the pram next to the entrance?",
     "Is it ok to leave the pram next to the entrance?"),
    ("Can the piano be placed under the window?", "Could we place the piano under the window?"),
    ("Can I park my bike next to the shed?", "Am I allowed to park my bike next to the shed?"),
    ("Should the camera point away from the street?",
     "Does the camera need to point away from the street?"),
    ("Can I use my son's card at your shop?", "Can I use my son's card in your shop?"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query", "reason"), REFUSED)
def test_refused_in_the_band_and_above(cached: str, query: str, reason: str) -> None:
    probes.assert_refused_at(GUARD, cached, query, reason, COSINES, THRESHOLD)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_paraphrases_still_served(cached: str, query: str) -> None:
    probes.assert_served_at(GUARD, cached, query, COSINES, THRESHOLD)


def test_place_changed_reads_kinds() -> None:
    shed = "Can I park next to the shed?"
    assert place_changed(shed, "Can I park on the shed?") == "shed:beside->on"
    assert place_changed("Can I park on the shed?", shed) == "shed:on->beside"
    assert place_changed(shed, "Can I park near the shed?") == ""  # one kind
    # *in* before a thing is read as a place since session 24 (before: not read)
    assert place_changed(shed, "Can I park in the shed?") == "shed:beside->in"
    # each side one kind: a side naming two places of the noun says no single change
    assert place_changed("Is it on or under the shed?", "Is it under the shed?") == ""
    assert place_changed("Can I depend on the shed?", "Can I sit under the shed?") == ""


def test_turned_away_needs_an_object_or_goal_on_the_other_side() -> None:
    lake = "Should the tent face away from the lake?"
    assert turned_away("Should the tent face the lake?", lake) == "lake:to->away"
    assert turned_away(lake, "Should the tent face towards the lake?") == "lake:away->to"
    assert turned_away("Is the tent far from the lake?", lake) == ""  # a source both sides
    assert turned_away(lake, "Should the tent face away from the lake?") == ""
    # another verb: escaping a thing is no facing of it
    assert turned_away("How do I get away from the noise?", "How do I block the noise?") == ""


def test_owners_exchanged_reads_the_order_of_two_owners() -> None:
    ladder = (
        "Can the neighbour's ladder reach my roof?",
        "Can my ladder reach the neighbour's roof?",
    )
    assert owners_exchanged(*ladder) == "neighbour<->i"
    assert owners_exchanged(*ladder[::-1]) == "i<->neighbour"
    # joined or compared: either order says one thing
    assert (
        owners_exchanged(
            "Is my plan cheaper than Tom's plan?", "Is Tom's plan cheaper than my plan?"
        )
        == ""
    )
    # other words changed, or the same order
    assert owners_exchanged(ladder[0], "Can my ladder clean the neighbour's roof?") == ""
    assert owners_exchanged(ladder[0], ladder[0]) == ""
