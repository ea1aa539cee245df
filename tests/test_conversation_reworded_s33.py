"""Session 33 (convoRe2): a child of a reworded thread named by age on one side and by school
year on the other, read as one child:

- an age (九歳) against a school year of that age (小学三年: eight or nine), either side's
  number, and the school said back (小学) where the other side gives the age;
- a party said back as a family member (息子) against the word of its kind (子), either way
  round, but not against another member (娘);
- a Japanese part of the day said back (午後) against another word of the same part (昼過ぎ),
  not of another (午前);
- a kanji number SudachiPy splits before its tens (三十人: 三, 十人) counting the same people
  as 30名.

Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round; the helpers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.broader import kind_said
from yamabiko.conversation.calendar import date_name, ja_parts_of_day
from yamabiko.conversation.counted import counter_said
from yamabiko.conversation.schooling import age_in_school_year, school_ages, school_word_said
from yamabiko.guard.units_ja import units_ja


def calligraphy(when: str = "午後") -> list[tuple[str, str]]:
    """書道教室: 子どもを学年で、時間帯は質問への答えで."""
    return [
        ("小学三年の息子を、土曜の書道教室に入れたいです。",
         "ありがとうございます。午前と午後のクラスがありますが、どちらにしますか？"),
        (f"{when}でお願いします。",
         f"承知しました。小学三年生の息子さんを土曜{when}のクラスにお入れします。"),
    ]  # fmt: skip


def calligraphy_reworded(
    age: str = "九歳", when: str = "昼過ぎ", child: str = "子"
) -> list[tuple[str, str]]:
    """The same request in one turn, the child by age, the time by another word of the part of
    the day."""
    return [
        (f"うちの{age}の{child}に、週末の{when}に筆で字を書くのを習わせたいんです。土曜でお願いします。",
         f"かしこまりました。{age}のお{child}さんを土曜の{when}のクラスにお入れします。"),
    ]  # fmt: skip


PROBES = [
    ("ja-calligraphy-age", "reworded", 1, calligraphy(), calligraphy_reworded()),
    ("ja-calligraphy-eight", "reworded", 1, calligraphy(), calligraphy_reworded(age="八歳")),
    # twins: an age no pupil of the third year has; the morning; a daughter for a son
    ("ja-calligraphy-twelve", "entity-reworded", 0, calligraphy(),
     calligraphy_reworded(age="十二歳")),
    ("ja-calligraphy-morning", "entity-reworded", 0, calligraphy(),
     calligraphy_reworded(when="午前")),
    ("ja-calligraphy-daughter", "entity-reworded", 0, calligraphy(),
     calligraphy_reworded(child="娘")),
]  # fmt: skip


#: the twins' reasons (main refused the reworded probes by ``history:facts-named``: 九, 三)
REASONS = {
    "ja-calligraphy-twelve": "history:facts-named:",
    "ja-calligraphy-morning": "history:facts-fact:",
    "ja-calligraphy-daughter": "history:facts-",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_school_ages() -> None:
    """A school year's two ages, by school; no school year in 途中."""
    assert school_ages("小学二年の娘") == {7, 8}
    assert school_ages("小4の息子") == {9, 10}
    assert school_ages("中学1年生") == {12, 13}
    assert school_ages("高校三年") == {17, 18}
    assert school_ages("うちの小4です") == {9, 10}
    assert school_ages("途中で寄ります") == set()
    assert school_ages("途中1回休みます") == set()


def test_age_in_school_year() -> None:
    """Either side's number; not an age outside the year, nor a side stating both."""
    assert age_in_school_year(8, ["うちの八歳の子が"], ["小学二年の娘を"])
    assert age_in_school_year(2, ["小学二年の娘を"], ["うちの八歳の子が"])
    assert not age_in_school_year(70, ["父は七十歳です"], ["小学三年生の娘を"])
    assert not age_in_school_year(10, ["十歳の子"], ["小学二年の娘を"])
    assert not age_in_school_year(2, ["小学二年の娘を"], ["八歳の子です", "小学三年です"])
    assert not age_in_school_year(None, ["八歳"], ["小学二年"])


def test_school_word_said() -> None:
    """The 小学 of a school year said back, where the other side gives an age in it."""
    mine = ["小学四年の息子を", "小学四年生のお子さんを承りました。"]
    assert school_word_said("小学", mine, ["十歳の子なんですけど"])
    assert not school_word_said("小学", mine, ["十二歳の子なんですけど"])
    assert not school_word_said("息子", mine, ["十歳の子なんですけど"])


def test_parts_of_day() -> None:
    """Words of one part of the day; a count of nights is none."""
    assert ja_parts_of_day("夜明けの6時から") == {"dawn"}  # (no morning: session 33 review)
    assert ja_parts_of_day("週末の昼過ぎに") == {"afternoon"}
    assert ja_parts_of_day("二晩泊まります") == frozenset()
    assert date_name("午後") == "afternoon"
    assert date_name("Sat") == "saturday"


def test_kind_said() -> None:
    """息子 / 子 either way round; 息子 / 娘 never."""
    son, child = units_ja("息子")[0], units_ja("子")[0]
    assert kind_said(son, [son], [child])
    assert kind_said(child, [child], [son])
    daughter = units_ja("娘")[0]
    assert not kind_said(son, [son], [daughter])
    assert not kind_said(daughter, [daughter], [son])


def test_counter_said_tens() -> None:
    """三十人 (units: 三 with 十人) counts the 30 of 30名; 四十人 does not."""
    mine = ["公園で30名分の席を押さえてください。"]
    assert counter_said("名", mine, ["公園で三十人分の場所をお願いします。"], units_ja)
    assert not counter_said("名", mine, ["公園で四十人分の場所をお願いします。"], units_ja)
