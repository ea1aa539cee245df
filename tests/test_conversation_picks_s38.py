"""Session 38 (wrong): an English offer joined by *and* is an offer too
(:func:`~yamabiko.conversation.picks.picked_from`).

"We serve a classic and a vegan menu." names two options as "a classic or a vegan menu" does
when the next user turn picks one; read as a statement it said the other side's pick too,
and a thread that booked the vegan tea was served for one that booked the classic
(``history:same`` on main b15335d). Probes written for these tests, through the real default
embedder, matcher (conftest's ``matcher``), both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.picks import options, picked_from

TEA = ("I'd like to book afternoon tea for two on Sunday.",
       "Lovely. We serve a classic and a vegan menu.")  # fmt: skip
TABLE = ("I'd like to order a dining table for my kitchen.", "Thanks. We have oak and walnut.")

#: (name, kind, label, cached turns, query turns): label 1 served, 0 refused, both ways round
PROBES = [
    ("tea-picks", "entity", 0,
     (TEA, ("The vegan one, please.", "Booked: vegan afternoon tea for two on Sunday.")),
     (TEA, ("The classic one, please.", "Booked: classic afternoon tea for two on Sunday."))),
    ("table-picks", "entity", 0,
     (TABLE, ("Walnut, please.", "Done: one walnut dining table for your kitchen.")),
     (TABLE, ("Oak, please.", "Done: one oak dining table for your kitchen."))),
    ("tea-same", "reworded", 1,
     (TEA, ("The vegan one, please.", "Booked: vegan afternoon tea for two on Sunday.")),
     (TEA, ("Vegan, please.", "Booked: vegan afternoon tea for two on Sunday."))),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_the_option_picked_from_and_is_the_requests_fact(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    await assert_probe(matcher, probe)


def test_options_joined_by_and() -> None:
    """*and* joins two options as *or* does; the answer names one of them."""
    assert options("We have oak and walnut.") == (("oak", "walnut"),)
    assert picked_from("We serve a classic and a vegan menu.", "The vegan one, please.")
    assert not picked_from("We have oak and walnut.", "Both, please: oak and walnut.")
    assert not picked_from("We deliver and install it.", "When can you come?")
