"""Session 37 (review): a Japanese question's two options closed by か, read in one pass.

:func:`yamabiko.conversation.smalltalk.offers` and ``chooses`` read two options each closed by
か (手刺しかミシン刺しか、) with the regular expression below until session 36; it backtracks
over every か of a long unpunctuated text (44 ms at 2,000 characters). The reading is now one
pass over each run of characters (``_two_options_ja``); it must say what the expression says
on every text, which these tests check on written examples and on random texts of the
characters the expression tells apart.
"""

from __future__ import annotations

import random
import re

import pytest

from yamabiko.conversation.smalltalk import _two_options_ja, chooses, offers

#: the expression the one-pass reading replaces (session 36's, as it stood in smalltalk.py)
EXPRESSION = re.compile(r"[^\s、。？?]か[、,]?[^\s、。？?]+か[、,]")

#: the characters the expression tells apart: か, the two commas it closes an option with,
#: the stops and blanks no option holds, another comma and letters of both scripts
ALPHABET = ["か", "か", "、", ",", "。", "?", "？", " ", "\n", "\u3000", "，", "a", "雨"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("手刺しかミシン刺しか、どちらになさいますか？", True),
        ("雨か、晴れか、まだ分かりません。", True),
        ("麻か綿か,お選びください。", True),
        ("何日かかりますか？", False),
        ("赤か青か。", False),  # no comma after the second option
        ("赤か、、青か、", False),  # a comma is no option
        ("か、青か、", False),  # no character before the first か
        ("", False),
    ],
)
def test_written_examples(text: str, named: bool) -> None:
    """Two options closed by か and a comma after the second; not a question ended by か."""
    assert _two_options_ja(text) is named
    assert bool(EXPRESSION.search(text)) is named


def test_random_texts_read_as_the_expression_reads_them() -> None:
    """On 20,000 random texts of up to 14 of :data:`ALPHABET`'s characters the one-pass
    reading says what the expression says (both answers occur)."""
    rng = random.Random(37)
    answers = set()
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        expected = bool(EXPRESSION.search(text))
        assert _two_options_ja(text) is expected, text
        answers.add(expected)
    assert answers == {True, False}


def test_offers_and_chooses_read_the_options() -> None:
    """An alternative question of two options offers them and a turn naming one chooses; a
    long unpunctuated question with many か and no closing comma offers none."""
    question = "手刺しかミシン刺しか、どちらになさいますか？"
    assert offers(question)
    assert chooses([question], "ミシン刺しで", lambda t: {w for w in ("ミシン",) if w in t})
    long = "今日は雨か晴れか分からない" * 150 + "ですか？"
    assert not offers(long)
