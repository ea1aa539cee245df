"""Session 29 (lateConvo): a remark that numbers the asker's own occasion with an ordinal owned
by a possessive ("It's our first night out since the baby arrived." / "Congratulations - enjoy
it!") is small talk even when the ordinal numbers a word of time (*night*, *week*): a
possessive determiner before the ordinal makes it the owner's occasion, not a day of the
request (``values.ordinal_counts``), and the word it numbers is no date of the remark
(``Structure._told_aside``). Before this change *night* read as a date where the thread has
one and *first* as a number that counts nothing (``history:whole-named`` on heldout23's
en-fondue-1, ``history:facts-date`` on the probes below). Without the possessive ("Make it
the second night instead.") the ordinal is still a value of the request.
Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.values import ordinal_counts


def cruise() -> list[tuple[str, str]]:
    """A dinner cruise on a canal boat, in two exchanges."""
    return [
        ("Could we book the canal boat dinner cruise for two on 14 March at 7pm?",
         "Of course. The three-course menu or the tasting menu?"),
        ("The three-course menu, please.",
         "Booked: two guests on 14 March at 7pm, three-course menu."),
    ]  # fmt: skip


def bothy() -> list[tuple[str, str]]:
    """A mountain hut for a weekend, in two exchanges."""
    return [
        ("I'd like to rent the mountain bothy from 9 to 11 May.",
         "Lovely. Will you need firewood?"),
        ("Yes, one crate.", "Done: the bothy from 9 to 11 May with one crate of firewood."),
    ]  # fmt: skip


PROBES = [
    ("en-cruise-first-night", "small-talk", 1,
     [*cruise(), ("It's our first night out since the twins were born.",
                  "Congratulations - have a wonderful time!")],
     cruise()),
    ("en-bothy-first-weekend", "small-talk", 1,
     [*bothy(), ("It's our first weekend away since the wedding.", "You've earned it!")],
     bothy()),
    # twin: no possessive, the ordinal is a day of the request: still refused
    ("en-cruise-second-night", "entity", 0,
     [*cruise(), ("Make it the second night instead.", "Lovely.")],
     cruise()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_an_owned_ordinal_numbers_an_occasion() -> None:
    """A word of time after an ordinal counts only when a possessive owns the ordinal."""
    assert ordinal_counts("It's our first night out.") == {("night", 1.0)}
    assert ordinal_counts("my 2nd week here") == {("week", 2.0)}
    assert ordinal_counts("our tenth anniversary") == {("anniversary", 10.0)}
    assert not ordinal_counts("Can we move it to the second week?")
    assert not ordinal_counts("the first night")
