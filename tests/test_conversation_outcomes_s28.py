"""Session 28 (lateConvo): a booking handed back in other words. A user who no longer wants a
reservation may say so with no negation and no word of reversal ("my in-laws would rather eat at
home", "we'll pick it up instead"), and the assistant confirms it with a passive whose verb shares a
WordNet sense with a reversal word ("the table is released": *release* / *relinquish*, "part
with a possession or right", is a sense of *resign*;
:func:`~yamabiko.conversation.outcomes.given_up`). The history that hands the booking back is
refused against the one that keeps it (``history:outcome:release``). Probes written for these
tests, with the real default embedder, decided both ways round; each refused probe is served
by the code before this change (``history:same``); a passive of booking
or moving gives nothing up (the unit test).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.outcomes import given_up


def curry_kept() -> list[tuple[str, str]]:
    """A table at a curry house booked with the banquet."""
    return [
        ("I'd like to book a table for 8 at the curry house on 2 May at 7pm.",
         "Certainly. The banquet, or ordering from the menu?"),
        ("The banquet, please.", "Booked: a table for 8 on 2 May at 7pm, with the banquet."),
    ]  # fmt: skip


def curry_handed_back() -> list[tuple[str, str]]:
    """The same table given up for a takeaway, said without a negation or a reversal word."""
    return [
        ("We'd booked eight for the curry house on 2 May, but my in-laws would rather eat at home.",
         "Understandable. Our banquet comes as a takeaway too, if that helps?"),
        ("Great, we'll pick it up instead.",
         "Done: the table is released, and a banquet for eight will be ready to collect on 2 May."),
    ]  # fmt: skip


def boat_kept() -> list[tuple[str, str]]:
    """A rowing boat booked with a picnic hamper."""
    return [
        ("Can I book a rowing boat for four on Sunday 7 June at 11am?",
         "Of course. Would you like a picnic hamper with it?"),
        ("Yes, a hamper for four, please.",
         "Booked: a rowing boat for four on 7 June at 11am, with a hamper."),
    ]  # fmt: skip


def boat_handed_back() -> list[tuple[str, str]]:
    """The boat given up for the hamper alone, the assistant freeing the boat."""
    return [
        ("We'd booked a rowing boat for four on 7 June, but the kids would rather stay ashore.",
         "No problem. Our picnic hamper comes on its own too, if that helps?"),
        ("Lovely, we'll take just the hamper instead.",
         "Done: the boat is freed up, and a hamper for four will be ready on 7 June."),
    ]  # fmt: skip


PROBES = [
    ("en-curry-table-released", "intent", 0, curry_handed_back(), curry_kept()),
    ("en-boat-freed-up", "intent", 0, boat_handed_back(), boat_kept()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_given_up() -> None:
    assert given_up("Done: the table is released, and the cake is ready.") == {"release"}
    assert given_up("Your place has been freed up.") == {"free"}
    assert given_up("The deposit is refunded.") == {"refund"}
    assert not given_up("Booked: the table is reserved for six.")
    assert not given_up("Your order has been moved to Tuesday.")
    assert not given_up("Released on Friday: the new menu.")  # no passive on a thing
