"""Another thing in the same slot: a fact said back on one side only against a word only the
other side states that names another thing of one kind (session 27).

:func:`~yamabiko.conversation.counterparts.counterparts` takes a word only the other side
states for a lost fact said in other words when the two are each other's nearest by the word
vectors, unless :func:`~yamabiko.conversation.counterparts.another_of_kind` reads them as two
things of one kind (*road* / *driveway* by WordNet's hypernyms, 査定 / 鑑定 one kanji apart):
then the fact stays lost and the one-sided ``facts-fact`` refusal names it. :func:`other_thing`
names what differs instead: ``road->drive``. The two words must be near in meaning (the word
vectors' cosine reaches :data:`~yamabiko.conversation.counterparts.NEAR`) when both have
vectors; two Japanese words one kanji apart need none.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..guard import wordvec
from ..guard.units import Unit
from .counterparts import NEAR, another_of_kind

__all__ = ["other_thing"]


def _near(first: Unit, second: Unit) -> bool:
    """The two words' vectors reach :data:`NEAR`, or one of them has no vector (a Japanese
    word the table lacks: the kind relation alone decides)."""
    row = wordvec.vector_index(first.key, first.text, first.text.lower())
    col = wordvec.vector_index(second.key, second.text, second.text.lower())
    if row is None or col is None:
        return not (first.text.isascii() and second.text.isascii())
    return wordvec.similarity(row, col) >= NEAR


def other_thing(lost: Sequence[Unit], mine: Sequence[Unit], theirs: Sequence[Unit]) -> str:
    """A fact of ``lost`` (my side's, never stated on the other side) and a word of ``theirs``
    (what the other side states) that my side never says, two things of one kind near in
    meaning: ``"road->drive"``; empty when there is none. ``mine``: what my side states."""
    my_keys = {u.key.lower() for u in mine}
    others = {
        u.key.lower(): u for u in theirs if u.kind == "content" and u.key.lower() not in my_keys
    }
    for unit in lost:
        if unit.kind != "content":
            continue
        for other in others.values():
            if another_of_kind(unit.text, other.text) and _near(unit, other):
                return f"{unit.text}->{other.text}"
    return ""
