"""Session 33 review of convoRe2's Japanese parts of the day: two slots a thread offers (夕方と晩
のクラス, 夜明けと午前中) are two parts, not one said in another word; 昼過ぎ / 午後 stays one
(an afternoon). Real matcher and default embedder; probes written for this review, the same
child said alike on both sides so that only the part of the day differs."""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.calendar import date_name, ja_parts_of_day


def offered(when: str, offer: str) -> list[tuple[str, str]]:
    """A calligraphy class: the assistant offers two slots, the user takes ``when``."""
    return [
        ("小学三年の息子を、土曜の書道教室に入れたいです。",
         f"ありがとうございます。{offer}のクラスがありますが、どちらにしますか？"),
        (f"{when}でお願いします。",
         f"承知しました。小学三年生の息子さんを土曜{when}のクラスにお入れします。"),
    ]  # fmt: skip


def in_one_turn(when: str) -> list[tuple[str, str]]:
    """The same request in one turn, the slot in another word."""
    return [
        (f"うちの小学三年の子に、週末の{when}に筆で字を書くのを習わせたいんです。土曜でお願いします。",
         f"かしこまりました。小学三年のお子さんを土曜の{when}のクラスにお入れします。"),
    ]  # fmt: skip


PROBES = [
    ("ja-ban-yuugata", "entity-reworded", 0, offered("晩", "夕方と晩"), in_one_turn("夕方")),
    ("ja-yoake-gozenchuu", "entity-reworded", 0, offered("夜明け", "夜明けと午前中"),
     in_one_turn("午前中")),
    ("ja-gogo-hirusugi", "reworded", 1, offered("午後", "午前と午後"), in_one_turn("昼過ぎ")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_parts_of_the_day(matcher: ConversationMatcher, probe) -> None:
    """main served the two twins (晩 and 夕方 both an evening, 夜明け and 午前中 a morning)."""
    reason = "history:same" if probe[2] else "history:facts-fact:"
    await assert_probe(matcher, probe, {probe[0]: reason})


def test_part_names() -> None:
    """A dawn and a night are parts of their own; 昼前 names none."""
    assert ja_parts_of_day("夕方と晩のクラス") == {"evening", "night"}
    assert ja_parts_of_day("夜明けと午前中") == {"dawn", "morning"}
    assert date_name("晩") == date_name("夜") == "night"
    assert date_name("昼過ぎ") == date_name("午後") == "afternoon"
    assert ja_parts_of_day("昼前に") == frozenset()
