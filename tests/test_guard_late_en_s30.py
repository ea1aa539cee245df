"""Session 30 (lateEN, after the record run): a direction towards or away from a person.

:func:`yamabiko.guard.directions.direction_changed` read a goal preposition (to, towards,
into, onto) on one side and a source one (from, away from, out of) on the other before a
naming word both prompts share, but skipped words of fewer than three letters, and the
frame keeps a pronoun in its subject form (*me* is *i*), so *away from me* / *towards me*
was never compared. A personal pronoun now counts, matched by its subject form and named
as the prompt says it (``roles:me:from->to``). Two prepositions of one kind (toward /
towards, to / towards) stay one direction.

Every pair is written here for the test (none is copied from a held-out set); each refused
pair with *me* or *us* was served on the session's base (``guard-ok``).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.directions import direction_changed

GUARD = Guard()

#: the same direction said with another preposition of its kind: served both ways round
SERVED = [
    ("Should the clay be pressed toward me?", "Should the clay be pressed towards me?", "en"),
    ("Should the rope be pulled towards you?", "Should the rope be pulled toward you?", "en"),
    ("Should I sweep the crumbs towards me?", "Should I sweep the crumbs toward me?", "en"),
    ("Can the boat be rowed towards us?", "Can the boat be rowed to us?", "en"),
]  # fmt: skip

#: the direction turned round before a pronoun: refused both ways round with the reason
REFUSED = [
    ("Should the dough be folded away from me?", "Should the dough be folded towards me?",
     "en", "roles:me:from->to"),
    ("Should I brush the paint away from me?", "Should I brush the paint towards me?", "en",
     "roles:me:from->to"),
    ("Should the kayak paddle be pulled towards us?",
     "Should the kayak paddle be pulled away from us?", "en", "roles:us:to->from"),
    ("Can the parcel be sent to me?", "Can the parcel be sent from me?", "en",
     "roles:me:to->from"),
    ("Should the knife be drawn away from him?", "Should the knife be drawn towards him?",
     "en", "roles:him:from->to"),
    ("Should the blade point away from you?", "Should the blade point towards you?", "en",
     "roles:you:from->to"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def _changed(first: str, second: str) -> str:
    """:func:`direction_changed` of two English texts, with their real frames."""
    return direction_changed(analyse(first, "en").frame, analyse(second, "en").frame, first, second)


def test_a_pronoun_after_a_goal_and_a_source() -> None:
    """An object pronoun after *towards* on one side and *away from* on the other is named as
    written; its subject form is what the frames share."""
    assert _changed("Roll it away from me.", "Roll it towards me.") == "me:from->to"
    assert _changed("Throw the ball to us.", "Throw the ball from us.") == "us:to->from"
    assert _changed("Hand the tray to them.", "Take the tray away from them.") == "them:to->from"


def test_one_kind_of_preposition_is_no_change() -> None:
    """Two goal prepositions (to / towards, toward / towards), a pronoun after no preposition
    or after a determiner-less verb, and the same preposition both sides: no direction."""
    assert _changed("Roll it toward me.", "Roll it towards me.") == ""
    assert _changed("Send it to us.", "Send it towards us.") == ""
    assert _changed("Can you call me?", "Can you call me from home?") == ""
    assert _changed("Is this letter from me?", "Is this letter from me?") == ""
