"""Session 37 (actfix2): a verb the assistant says back on one side only stays a stated fact.

reword's ``conversation.act_verbs`` dropped such a verb (*delivered*, お届けします) as the
request's act when the other side lost no fact, and actfix narrowed it to a side whose users
ask no other act. Each narrowing left another way to ask one, so threads asking for another
service with the same things were served (``history:same``). The feature is removed: the
verb is a fact the other side must state, as before session 37. These probes, written here
(a dishwasher, a wardrobe; real embedder, WordNet, SudachiPy and matcher, decided both ways
round), ask the other act with a subject between the modal and the verb, with a verbal noun
+ して, and with an opposite act; main 1afa496 served all three (``history:same``).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

DISHWASHER = [
    ("Hello, this is about a dishwasher.", "Certainly, how can we help?"),
    ("Install it next Wednesday, please.", "Booked: your dishwasher installed next Wednesday."),
]  # fmt: skip
WARDROBE = [
    ("洋服ダンスの件で連絡しました。", "はい、ご用件をどうぞ。"),
    ("水曜日に洋服ダンスを届けてください。",
     "かしこまりました。水曜日に洋服ダンスをお届けします。"),
]  # fmt: skip


def dishwasher_in_one(request: str) -> list[tuple[str, str]]:
    """The dishwasher thread in one turn, its act as ``request`` words it."""
    return [(request, "All set for next Wednesday.")]


def wardrobe_in_one(request: str) -> list[tuple[str, str]]:
    """The wardrobe thread in one turn."""
    return [(request, "かしこまりました。水曜日で承りました。")]


PROBES = [
    ("en-dishwasher-crew-collects", "entity-reworded", 0, DISHWASHER, dishwasher_in_one(
        "Could your crew collect my dishwasher next Wednesday?")),
    ("en-dishwasher-disconnected", "entity-reworded", 0, DISHWASHER, dishwasher_in_one(
        "Could your crew disconnect my dishwasher next Wednesday?")),
    ("ja-wardrobe-collected", "entity-reworded", 0, WARDROBE, wardrobe_in_one(
        "水曜日に洋服ダンスを回収してもらえますか。")),
]  # fmt: skip

REASONS = {
    "en-dishwasher-crew-collects": "history:facts-fact:Install",
    "en-dishwasher-disconnected": "history:facts-fact:Install",
    "ja-wardrobe-collected": "history:facts-fact:届け",
}


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_the_verb_said_back_is_a_fact(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)
