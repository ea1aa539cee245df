"""Session 27 (convoRW): a fact said back on one side only that modifies a noun the other
side modifies otherwise (an *anniversary* cake against a *retirement* cake, 小学生 against
高校生, 両手 against 右手: :func:`~yamabiko.conversation.heads.other_modifier`), the reason
``history:facts-other-kind:X->Y``, and where both Japanese sides count a thing by other
numbers (週3回 2個 / 週2回 3個: :func:`~yamabiko.conversation.counted.changed_ja_counts`),
``history:facts-count:``. Probes written for these tests (a bakery, a cram school,
a hand massage, a gardening course), with the real default embedder, decided both ways
round; before this change the twins were refused as ``history:facts-fact`` (a fact said back
on one side only, whatever it was), and the reason named no kind.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.counted import changed_ja_counts
from yamabiko.conversation.heads import other_modifier


def cake_booked(occasion: str) -> list[tuple[str, str]]:
    """A cake ordered in two exchanges, the ``occasion`` said back in front of the cake."""
    return [
        ("I need a cake for Saturday 14 June, please.",
         "Of course. What is the occasion, and how many people?"),
        (f"It's for my parents' {occasion}, about 80 guests, lemon sponge.",
         f"Noted: an {occasion} cake, lemon sponge, for 80 on Saturday 14 June."),
    ]  # fmt: skip


def cake_in_one(occasion: str) -> list[tuple[str, str]]:
    """The cake asked for in one turn, the ``occasion`` not said back."""
    return [
        (f"Could you bake a {occasion} cake in lemon sponge big enough for eighty people? "
         "We need it on Saturday 14 June.",
         "Certainly: a lemon sponge cake for 80 on Saturday 14 June."),
    ]  # fmt: skip


def cram_school(grade: str) -> list[tuple[str, str]]:
    """A trial lesson booked for a child of ``grade`` (小学 / 高校), said back."""
    return [
        ("塾の体験授業を予約したいです。", "ありがとうございます。学年と科目を教えてください。"),
        (f"{grade}生の息子で、数学をお願いします。", f"{grade}生の数学の体験授業ですね。"),
    ]  # fmt: skip


def cram_school_in_one(grade: str) -> list[tuple[str, str]]:
    """The same lesson in one turn, the grade not said back."""
    return [
        (f"{grade}生の息子に数学の体験授業を受けさせたいのですが、予約できますか。",
         "承知しました。数学の体験授業でご予約します。"),
    ]  # fmt: skip


def massage(hands: str) -> list[tuple[str, str]]:
    """A hand massage for ``hands`` (両手 / 右手), said back."""
    return [
        ("ハンドマッサージを予約したいです。", "ありがとうございます。どちらの手をご希望ですか？"),
        (f"{hands}で、30分お願いします。", f"{hands}を30分ですね。"),
    ]  # fmt: skip


def massage_in_one(hands: str) -> list[tuple[str, str]]:
    """The same massage in one turn, the hands not said back."""
    return [
        (f"{hands}だけハンドマッサージを30分受けたいので、予約をお願いします。",
         "承知しました。ハンドマッサージ30分でご予約します。"),
    ]  # fmt: skip


LUNCH_BOOKED = [
    ("お弁当の配達をお願いしたいです。", "ありがとうございます。回数と個数を教えてください。"),
    ("週に3回、2個ずつでお願いします。", "週3回、2個ずつですね。"),
]  # fmt: skip


def lunch_in_one(times: str, boxes: str) -> list[tuple[str, str]]:
    """Lunch boxes for the office asked for in one turn, said back."""
    return [
        (f"会社の昼食用に、お弁当を週{times}回、{boxes}個ずつ届けてもらえますか。",
         f"承知しました。会社の昼食用のお弁当を週{times}回、{boxes}個ずつお届けします。"),
    ]  # fmt: skip


PROBES = [
    ("en-retirement-for-anniversary-cake", "entity", 0, cake_booked("anniversary"),
     cake_in_one("retirement")),
    ("ja-primary-school-for-high-school", "entity", 0, cram_school("高校"),
     cram_school_in_one("小学")),
    ("ja-both-hands-for-right-hand", "entity", 0, massage("両手"), massage_in_one("右手")),
    ("ja-counts-exchanged", "entity", 0, LUNCH_BOOKED, lunch_in_one("2", "3")),
]  # fmt: skip

REASONS = {
    "en-retirement-for-anniversary-cake": "history:facts-other-kind:anniversary->retirement",
    "ja-primary-school-for-high-school": "history:facts-other-kind:",
    "ja-both-hands-for-right-hand": "history:facts-other-kind:",
    "ja-counts-exchanged": "history:facts-count:個+回",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def _other(matcher, lost_text: str, mine: list[str], theirs: list[str]) -> str:
    """:func:`other_modifier` for my units written ``lost_text``, lost on my side."""
    comparer = matcher.comparer
    lost = [u for text in mine for u in comparer._turn_units(text) if u.text == lost_text]
    return other_modifier(lost, mine, theirs, units=comparer._turn_units, unsaid=comparer._unsaid)


def test_other_modifier_english(matcher) -> None:
    mine = ["Noted: the orchard pruning course for two on 3 March."]
    assert _other(matcher, "orchard", mine, ["Yes: the hedge pruning course, 3 March."]) == (
        "orchard->hedge"
    )
    # the same modifier on both sides, or none: no other kind
    assert not _other(matcher, "orchard", mine, ["Yes: the orchard pruning course."])
    assert not _other(matcher, "orchard", mine, ["Yes: the pruning course for two."])
    # an adjective on the other side is detail left to the other checks (a long course)
    assert not _other(matcher, "orchard", mine, ["Yes: the long pruning course, 3 March."])
    # a number before my modifier names the kind otherwise (a 1990s orchard course)
    assert not _other(
        matcher, "orchard", ["Noted: a 1990s orchard course."], ["Yes: a hedge course."]
    )
    # punctuation between the words: no modifier of the noun ("the orchard, pruning")
    assert not _other(
        matcher, "orchard", ["Noted: the orchard, pruning course."], ["Yes: the hedge pruning."]
    )


def test_other_modifier_japanese(matcher) -> None:
    assert _other(matcher, "中学", ["中学生の数学ですね。"], ["高校生の息子です。"]) == "中学->高校"
    assert (
        _other(matcher, "両手", ["両手を30分ですね。"], ["右手だけお願いします。"]) == "両手->右手"
    )
    # a verb's noun with its kana ending (入り) is no head
    assert not _other(matcher, "屋号", ["屋号入りの暖簾ですね。"], ["店名入りの暖簾です。"])


def test_changed_ja_counts(matcher) -> None:
    units = matcher.comparer._turn_units
    assert changed_ja_counts(["週に3回、2個ずつです。"], ["週2回、3個ずつです。"], units) == [
        "個",
        "回",
    ]
    assert not changed_ja_counts(["週に3回、2個ずつです。"], ["週3回、二個ずつです。"], units)
    # a clock hour said two ways is no count (夜七時 / 19時: the date checks compare it)
    assert not changed_ja_counts(["夜七時にお願いします。"], ["19時にお願いします。"], units)
