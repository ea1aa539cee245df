"""Session 38 (lateConvo): a chatty remark inserted after the thread that names an ordinal
inside a proper name (*the Second World War*) or the length since an owned first occasion
(*our first proper holiday in three years*) is an aside, not a value of the request; and a
day of the month said alone (*the 17th*, *the twelfth*) is the same day as one the other side
dates in full (*Wednesday 17 February*) when that side names no month nor weekday at all.

The first two probes are heldout32's small-talk threads (en-dialysis-1, en-submarine-1),
refused ``history:whole-named`` on main cbd0322; the others are written here. Real embedder,
WordNet, SudachiPy and matcher, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.calendar import undated_day_dates
from yamabiko.conversation.lengths import told_spans
from yamabiko.conversation.values import name_ordinals

DIALYSIS = [
    ("I need holiday dialysis in Scarborough from 2 to 16 August. I dialyse Monday, "
     "Wednesday and Friday mornings.",
     "We can look at the unit on Falsgrave Road. Do you need transport from your "
     "accommodation?"),
    ("Yes, please arrange transport.",
     "Requested: holiday dialysis at the Falsgrave Road unit in Scarborough, 2 to 16 August, "
     "Monday, Wednesday and Friday mornings, with transport."),
]  # fmt: skip
SUBMARINE = [
    ("Could I book the guided submarine tour for a school group of twenty-four on Thursday "
     "11 March, with a packed lunch room?",
     "Yes. Would the group like the torpedo room demonstration at the end?"),
    ("Yes, include the torpedo demonstration.",
     "Booked: guided submarine tour for twenty-four pupils, Thursday 11 March, lunch room "
     "reserved, with the torpedo demonstration."),
]  # fmt: skip
MUSEUM = [
    ("Could I book the castle museum tour for a class of thirty on Tuesday 9 June?",
     "Yes. Would you like the armour handling session too?"),
    ("Yes, add the armour handling.",
     "Booked: castle museum tour for thirty pupils, Tuesday 9 June, with armour handling."),
]  # fmt: skip

PROBES = [
    ("en-dialysis-1", "small-talk", 1, [*DIALYSIS,
        ("It's our first proper holiday in three years.", "Then let's make it a good one!")],
     DIALYSIS),
    ("en-submarine-1", "small-talk", 1, [*SUBMARINE,
        ("We've been doing a topic on the Second World War all term.",
         "Then this will bring it to life!")], SUBMARINE),
    ("en-museum-first-war", "small-talk", 1, [*MUSEUM,
        ("The children have been reading about the First World War.",
         "They'll love it, then!")], MUSEUM),
    ("en-museum-first-time", "small-talk", 1, [*MUSEUM,
        ("It's my first school trip in ten years.", "You'll have a great day!")], MUSEUM),
    # a number that is a value of the request, no length since an occasion: still refused
    ("en-museum-other-day", "different-context", 0, [*MUSEUM,
        ("Actually, we need the tour in two weeks instead.", "Okay!")], MUSEUM),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_a_remark_after_the_thread(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_the_length_since_an_owned_first_occasion() -> None:
    assert told_spans("It's our first proper holiday in three years.") == {("month", 3.0)}
    assert told_spans("It's the first time in ten years we've met.") == {("month", 10.0)}
    # no possessive owns it: a time the request asks for
    assert told_spans("Can we have the first slot in two weeks?") == frozenset()
    assert told_spans("She's been with us twelve years.") == {("month", 12.0)}


def test_an_ordinal_inside_a_name() -> None:
    assert name_ordinals("We've been doing a topic on the Second World War all term.") == {2.0}
    assert name_ordinals("Second, could you check the times?") == frozenset()
    assert name_ordinals("Can we take the second room?") == frozenset()
    assert name_ordinals("He served in the 2nd Battalion.") == frozenset()


def test_a_day_said_alone() -> None:
    full = ["Could I book my son on the workshop on Wednesday 17 February?"]
    alone = ["Can he join the starter session on the seventeenth?", "Done: the 17th."]
    assert undated_day_dates(full, alone, set()) == {"february", "wednesday", "weekday"}
    twelfth = undated_day_dates(["on Saturday 12 December."], ["on the twelfth - she"], set())
    assert twelfth == {"saturday", "december", "weekend"}
    # another day, a month named there, an ordinal that numbers a noun: nothing said
    assert undated_day_dates(full, ["on the 18th"], set()) == frozenset()
    assert undated_day_dates(full, ["on the 17th"], {"march"}) == frozenset()
    assert undated_day_dates(full, ["in the seventeenth minute"], set()) == frozenset()
