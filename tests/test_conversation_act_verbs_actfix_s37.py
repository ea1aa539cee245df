"""Session 37 (actfix): a verb said back on one side only is the request's act only when the
other side's users ask for no act of their own that is another act.

reword's :func:`~yamabiko.conversation.act_verbs.act_verb` dropped the verb an assistant repeats
back (*delivered*, お届けします, 染めます) from the stated facts whenever the other side lost no
fact. A thread that asks for another service with the same things loses no fact either
("collect the old washing machine ... and recycle it" against one *delivered*), and was served
(``history:same``). :func:`~yamabiko.conversation.act_verbs.another_act` reads the act the other
side requests (an English verb after *to*, *you*, *and* ...; a Japanese verb; a noun before
お願い) and keeps the verb unless that act is the verb said otherwise (the word vectors'
cosine reaches ``ACT_KIN``: *bring*, 送る, カラー said for a colouring).

Probes written for these tests (a washing machine, a bookcase, a hair colour), with the real
default embedder, WordNet, SudachiPy and matcher, decided both ways round: main after 115c71a
serves the three threads asking for another act; this branch refuses them
(``history:facts-fact:<verb>``); their reworded twins are served on both.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.act_verbs import ACT_KIN, another_act
from yamabiko.guard import wordvec
from yamabiko.guard.units import Unit, units

WASHER = [
    ("Hi, I'm calling about a washing machine.", "Sure, what do you need?"),
    ("Please deliver the washing machine to my house on Tuesday.",
     "Booked: the washing machine delivered to your house on Tuesday."),
]  # fmt: skip
BOOKCASE = [
    ("本棚の件でお電話しました。", "はい、どのようなご用件でしょうか。"),
    ("来週の月曜日に本棚を届けてください。", "承知しました。月曜日に本棚をお届けします。"),
]  # fmt: skip
HAIR = [
    ("髪のことで予約したいです。", "はい、ご希望をどうぞ。"),
    ("土曜の3時に髪を染めたいです。", "かしこまりました。土曜3時に染めます。"),
]  # fmt: skip


def washer_in_one(request: str) -> list[tuple[str, str]]:
    """The washing machine thread in one turn, its act as ``request`` words it."""
    return [(request, "All set for Tuesday at your house.")]


def bookcase_in_one(request: str) -> list[tuple[str, str]]:
    """The bookcase thread in one turn."""
    return [(request, "承知しました。月曜日で承りました。")]


def hair_in_one(request: str) -> list[tuple[str, str]]:
    """The hair appointment in one turn."""
    return [(request, "かしこまりました。土曜3時で承りました。")]


PROBES = [
    ("en-washer-recycled", "entity-reworded", 0, WASHER, washer_in_one(
        "Could you collect the old washing machine from my house on Tuesday and recycle it?")),
    ("en-washer-brought", "reworded", 1, WASHER, washer_in_one(
        "Could you bring the washing machine to my house on Tuesday?")),
    ("ja-bookcase-assembled", "entity-reworded", 0, BOOKCASE, bookcase_in_one(
        "来週の月曜日に本棚を組み立ててもらえますか。")),
    ("ja-bookcase-sent", "reworded", 1, BOOKCASE, bookcase_in_one(
        "来週の月曜日に本棚を送ってもらえますか。")),
    ("ja-hair-perm", "entity-reworded", 0, HAIR, hair_in_one(
        "土曜の3時にパーマをお願いできますか。")),
    ("ja-hair-colour", "reworded", 1, HAIR, hair_in_one(
        "土曜の3時にカラーをお願いできますか。")),
]  # fmt: skip

REASONS = {
    "en-washer-recycled": "history:facts-fact:deliver",
    "en-washer-brought": "history:same",
    "ja-bookcase-assembled": "history:facts-fact:届け",
    "ja-bookcase-sent": "history:same",
    "ja-hair-perm": "history:facts-fact:染め",
    "ja-hair-colour": "history:same",
}


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_another_act_keeps_the_verb(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def _units(text: str) -> list[Unit]:
    """The minimal-pair units of an English text."""
    return list(units(text, "en"))


def _unit(text: str, word: str) -> Unit:
    """The unit of ``text`` whose text is ``word``."""
    return next(u for u in _units(text) if u.text == word)


def test_another_act_read_directly() -> None:
    """*recycle* after *and* is an act of the request, far from *deliver* by the word vectors;
    *bring* after *you* is near it; *house*, a noun after *my*, is no act."""
    said = "Please deliver the washing machine to my house on Tuesday."
    verb = _unit(said, "deliver")
    mine = _units(said)
    recycle = "Could you recycle the washing machine at my house on Tuesday?"
    bring = "Could you bring the washing machine to my house on Tuesday?"
    assert another_act(verb, mine, [(recycle, _units(recycle))])
    assert not another_act(verb, mine, [(bring, _units(bring))])
    rows = [wordvec.vector_index(w) for w in ("deliver", "recycle", "bring")]
    assert None not in rows
    assert wordvec.similarity(rows[0], rows[1]) < ACT_KIN <= wordvec.similarity(rows[0], rows[2])
