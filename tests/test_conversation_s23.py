"""Session 23: a unit of measure written as its SI prefix alone (キロ / kg, as Japanese
writes it: :func:`~yamabiko.conversation.measures.prefix_unit`); a remark
after the thread that states a number counting a thing of its own ("My son has his grade
five exam.": :meth:`~yamabiko.conversation.structure.Structure._told_aside`); a request
withdrawn after the thread by a negated statement that names it, whatever the reply says
(:mod:`yamabiko.conversation.negated`). Probes written for these tests (no evaluation set's
wording), with the real default embedder, each decided both ways round; each next to a twin
(another weight; a number or date that is a value of the request; a negated remark that
names nothing of the request) decided the other way.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.measures import prefix_unit

FLOUR_KIRO = [
    ("強力粉を注文したいです。", "ありがとうございます。量はどうしますか？"),
    ("5キロでお願いします。", "強力粉5キロですね。"),
]  # fmt: skip
FLOUR_KG = [
    ("強力粉を注文したいです。", "ありがとうございます。量はどうしますか？"),
    ("五kgの袋を一つください。", "強力粉5kgを一袋ですね。"),
]  # fmt: skip
FLOUR_OTHER = [
    ("強力粉を注文したいです。", "ありがとうございます。量はどうしますか？"),
    ("二kgの袋を一つください。", "強力粉2kgを一袋ですね。"),
]  # fmt: skip
SWEEP = [
    ("I'd like a chimney sweep at our cottage.", "Happy to help. Is it an open fire or a stove?"),
    ("An open fire, please.", "Noted: one open fire at the cottage."),
]  # fmt: skip
SWEEP_REMARK = [
    *SWEEP,
    ("Our daughter has just passed her grade five violin exam.", "Congratulations to her!"),
]  # fmt: skip
SWEEP_VALUE = [
    *SWEEP,
    ("Actually, we'd like it on the 21st.", "Of course."),
]  # fmt: skip
SWEEP_NIGHTS = [
    *SWEEP,
    ("We'll be away for three nights before that.", "Understood."),
]  # fmt: skip

PIANO = [
    ("Can you move our upright piano to the new flat on Friday?",
     "Yes. Which floor is the new flat on?"),
    ("The second floor, and there's a lift.",
     "Noted: the upright piano to the second floor on Friday, with a lift."),
]  # fmt: skip
PIANO_WITHDRAWN = [*PIANO, ("We won't be needing the piano moved now.", "Understood.")]
PIANO_REMARK = [
    *PIANO,
    ("My grandmother never missed a day of practice on it.", "What a lovely story!"),
]  # fmt: skip
KOTATSU = [
    ("こたつ布団のクリーニングをお願いします。", "ありがとうございます。何枚ですか？"),
    ("二枚です。", "こたつ布団二枚のクリーニングですね。"),
]  # fmt: skip
KOTATSU_WITHDRAWN = [
    *KOTATSU,
    ("すみません、今回はこたつ布団のクリーニングは頼まないことにします。", "承知しました。"),
]  # fmt: skip
KOTATSU_REMARK = [
    *KOTATSU,
    ("去年は忙しくて一度も洗えなかったんです。", "それは気になりますよね。"),
]  # fmt: skip

PROBES = [
    ("ja-kg-kiro", "reworded", 1, FLOUR_KIRO, FLOUR_KG),
    ("ja-kg-other-weight", "entity", 0, FLOUR_KIRO, FLOUR_OTHER),
    ("en-remark-counted-number", "small-talk", 1, SWEEP, SWEEP_REMARK),
    ("en-remark-date-value", "entity", 0, SWEEP, SWEEP_VALUE),
    ("en-withdrawn-after-thread", "intent", 0, PIANO, PIANO_WITHDRAWN),
    ("en-negated-remark", "small-talk", 1, PIANO, PIANO_REMARK),
    ("ja-withdrawn-after-thread", "intent", 0, KOTATSU, KOTATSU_WITHDRAWN),
    ("ja-negated-remark", "small-talk", 1, KOTATSU, KOTATSU_REMARK),
]
#: the probes this session's changes decide, and the reason each gives (a prefix)
REASONS = {
    "en-withdrawn-after-thread": "history:negated:",
    "ja-withdrawn-after-thread": "history:negated:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


async def test_a_length_of_time_in_a_remark_is_no_count_of_its_own(matcher) -> None:
    """"three nights" counts no thing (a length of time): the remark is not told aside, so
    the history is not the same as the thread alone."""
    await assert_probe(matcher, ("en-remark-nights", "entity", 0, SWEEP, SWEEP_NIGHTS))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("kg", "キロ", True),  # a prefix written alone for the unit of its size
        ("キロ", "km", True),
        ("センチ", "cm", True),
        ("ミリ", "ml", True),
        ("kg", "g", False),  # two units: the numbers compare them
        ("kg", "キログラム", False),
        ("キロ", "センチ", False),  # two prefixes
        ("キロ", "g", False),  # another size
        ("kg", "km", False),  # two units of two dimensions
        ("desk", "counter", False),  # no units at all
    ],
)
def test_prefix_unit(first: str, second: str, same: bool) -> None:
    assert prefix_unit(first, second) is same
    assert prefix_unit(second, first) is same
