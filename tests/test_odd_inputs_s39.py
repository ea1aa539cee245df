"""Session 39 (hygiene): odd inputs through the guard and the conversation matcher.

A fuzz of 200 odd texts (empty, white space, emoji, right-to-left text, 5,000 characters,
2,000 repeated words, mixed scripts, digits only, HTML, JSON, zero-width spaces, combining
marks) on both sides of 19,200 guard checks and 3,600 conversation comparisons raised no
exception; the checks over 50 ms CPU were texts of thousands of characters, and two walks in
them were quadratic: ``unit_record.with_wholes`` joined a word's keys again for each of its
units (猫 × 4,000: one word of 4,000 units), and ``english_forms.run_together_dropped``
compared every word left on one side with every word on the other (now by lookups,
``english_glued_pairs.py``). Here: a sample of the odd texts both ways, and each walk against
the one it replaced.
"""

from __future__ import annotations

import random

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_forms import _LONG_HEADS
from yamabiko.guard.english_glued_pairs import glued_pairs
from yamabiko.guard.units import units

ODD = [
    "", " \t\n", "?!?!", "\u200b", "👍", "👨‍👩‍👧‍👦 🇯🇵", "مرحبا كيف حالك؟", "\u202eevil\u202c text",
    "Ｗｈａｔ ｉｓ ｔｈｅ ｃａｐｉｔａｌ？", "ｶﾐﾋｺｳｷ", "e\u0301\u0301", "\u0301\u0302", "12345",
    "一二三四五六七八九十", "<b>What</b> is <i>the</i> capital?", '{"a": [1, 2]}', "\x00\x01",
    "line1\r\nline2", "a\u2028b", "What is the capital of 日本 and フランス?", "九十分" * 100,
    "たい焼きはしっぽまで" * 20, " ".join(["vs"] * 2000), "猫" * 2000, "a" * 5000,
    "What is the capital of France? " * 160,
]  # fmt: skip
NORMAL = ["What is the capital of France?", "犬を連れて入れますか？"]


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


@pytest.mark.parametrize("odd", ODD, ids=range(len(ODD)))
def test_odd_text_on_either_side_is_checked(guard, odd):
    for other in NORMAL:
        for query, cached in ((odd, other), (other, odd)):
            for lang in (None, "en", "ja"):
                assert guard.check(query, cached, lang, 0.8, 0.75).accept in (True, False)


async def test_odd_turns_are_compared(matcher):
    normal = await matcher.build([("I'd like a table for four on Friday.", "Booked: four.")])
    for odd in ODD[:12]:
        odd_history = await matcher.build([(odd, "Booked: four."), ("Any parking?", odd)])
        for query, cached in ((odd_history, normal), (normal, odd_history)):
            for follow_up in ("Is there parking?", odd):
                assert matcher.compare(query, cached.to_json(), follow_up).reason


def test_glued_pairs_are_the_pairs_the_walk_over_every_pair_found():
    """Random words, glued heads among them: the same pairs in the same order as the
    nested walk's (one word the other with a head of two letters or more before it; an empty
    word is no tail: ``_glued`` never joins one)."""
    rng = random.Random(39)
    heads = sorted(_LONG_HEADS)
    tails = ["well", "phone", "case", "tea", "x", "ab", "", "well"]
    for _ in range(2_000):
        pool = tails + [rng.choice(heads) + rng.choice(tails) for _ in range(4)]
        mine = rng.choices(pool, k=rng.randint(0, 7))
        theirs = rng.choices(pool, k=rng.randint(0, 7))
        walk = [(i, j) for i, x in enumerate(mine) for j, y in enumerate(theirs)
                if x and y and any(h + x == y or h + y == x for h in _LONG_HEADS)]  # fmt: skip
        assert list(glued_pairs(mine, theirs, _LONG_HEADS)) == walk, (mine, theirs)


def test_glued_pairs_of_many_words_are_few_lookups():
    """2,000 words against 600 that share no glued pair: nothing yielded (the walk made
    1.2 million comparisons)."""
    mine, theirs = ["tea"] * 2000, ["coffee"] * 600
    assert list(glued_pairs(mine, theirs, _LONG_HEADS)) == []
    assert len(list(glued_pairs(["aswell"] * 3, ["well"] * 2, _LONG_HEADS))) == 6


def test_a_long_word_of_many_units_is_told_its_whole_once():
    said = units("猫" * 300, "ja")
    wholes = {u.whole for u in said if u.kind == "content"}
    assert len(wholes) == 1 and len(next(iter(wholes))) == 300
