"""Session 25 (convo2): a name of several words said shorter on one side of a reworded
thread (*a Trek Marlin* / *the Marlin*; *the Westfield Half Marathon* / *the Westfield
half*) and a name clipped (*Prom* / *Promenade*) name one thing to the stated-facts
check (:func:`~yamabiko.conversation.names.name_part_said`,
:func:`~yamabiko.conversation.equivalents.abbreviates`). Probes written for these tests, with
the real default embedder, decided both ways round, each next to a twin that changes the name
and stays refused; each served probe is refused by the code before this change
(``history:facts-named:Trek``, ``:Marathon``). The clipping is tested directly
(:func:`test_clipped_names`).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.equivalents import abbreviates
from yamabiko.conversation.names import name_part_said


def bike(name: str) -> list[tuple[str, str]]:
    """A bike service asked for in one exchange, the bike called ``name``."""
    return [(f"Could you give my {name} a full service on Tuesday 4 March?",
             f"Booked: a full service for your {name} on Tuesday 4 March.")]  # fmt: skip


def bike_asked(name: str) -> list[tuple[str, str]]:
    """The bike service in two exchanges, the assistant asking for the bike and the day."""
    return [
        ("I'd like to book a full service.", "Of course. Which bike, and which day suits?"),
        (f"It's a {name}, and Tuesday 4 March please.",
         f"Booked: a full service for the {name} on Tuesday 4 March."),
    ]  # fmt: skip


def race(name: str) -> list[tuple[str, str]]:
    """An entry to the race ``name`` asked for in one exchange."""
    return [(f"Can I still enter the {name} on 12 April? I run for no club.",
             f"Yes: an unaffiliated entry for the {name} on 12 April.")]  # fmt: skip


def race_asked(name: str) -> list[tuple[str, str]]:
    """The race entry in two exchanges, the assistant asking about a club."""
    return [
        (f"I want to sign up for the {name} on 12 April.", "Great. Do you run for a club?"),
        ("No club.", f"Then it's an unaffiliated entry for the {name} on 12 April."),
    ]  # fmt: skip


PROBES = [
    ("en-maker-dropped", "reworded", 1, bike("Trek Marlin"), bike_asked("Marlin")),
    ("en-maker-changed", "entity", 0, bike("Trek Marlin"), bike_asked("Giant Marlin")),
    ("en-model-changed", "entity", 0, bike("Trek Marlin"), bike_asked("Trek Domane")),
    ("en-race-shortened", "reworded", 1, race("Westfield Half Marathon"),
     race_asked("Westfield half")),
    ("en-race-other-town", "entity", 0, race("Westfield Half Marathon"),
     race_asked("Eastfield half")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_name_part_said() -> None:
    mine = ["Could you give my Trek Marlin a full service?"]
    assert name_part_said("Trek", mine, ["The Marlin needs a service."])
    assert not name_part_said("Trek", mine, ["My Giant Marlin needs a service."])
    assert not name_part_said("Marlin", mine, ["My Trek Domane needs a service."])
    assert not name_part_said("Trek", mine, ["A bike needs a service."])  # no part said
    switched = ["Can I see Dr Patel?", "Could it be Dr Evans instead?"]
    assert not name_part_said("Evans", switched, ["Can I see Dr Patel?"])  # a title, two names
    assert not name_part_said("Zone", ["Park in Zone C."], ["Park in C."])  # C: an initialism
    assert not name_part_said("トレック", ["トレック マーリン"], ["マーリン"])  # English names only


def test_clipped_names() -> None:
    assert abbreviates("Prom", "Promenade")
    assert abbreviates("Rd", "Road")  # contracted, as before
    assert not abbreviates("Pro", "prominent")  # the longer word is no name
    assert not abbreviates("Prom", "Parade")
    assert not abbreviates("Pr", "Promenade")  # two letters clip nothing
