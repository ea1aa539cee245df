"""Session 26 (lateConvo): reworded threads that say a length of time with a half (*an hour and
a half* / *90 minutes*, *a month and a half* where the other side says *six weeks*, 一時間半 /
90分), an age that is no length of time (*a two-year-old*), and a Japanese numeral the
tokenizer cuts into pieces (二十人前: 二 / 十人 / 前, where the other side says 20人前).
Probes written for these tests, with the real default embedder, decided both ways round; each
served probe is refused by the code before this change (``history:facts-span``,
``history:facts-named``); each refused twin changes the length or the count.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.lengths import span_halves, spans
from yamabiko.conversation.measures import same_length
from yamabiko.conversation.rewordings import said_otherwise


def massage_in_one(length: str) -> list[tuple[str, str]]:
    """A massage booked in one turn for ``length``."""
    return [
        (f"Could I book a back massage for {length} on Friday at 3pm?",
         f"Yes: a back massage for {length} on Friday at 3pm."),
    ]  # fmt: skip


def massage_asked(minutes: str) -> list[tuple[str, str]]:
    """The same massage, its length chosen from the assistant's offer."""
    return [
        ("I'd like a back massage on Friday at 3pm.", "Of course. Sixty or ninety minutes?"),
        (f"{minutes.capitalize()} minutes, please.",
         f"Noted: a {minutes}-minute back massage on Friday at 3pm."),
    ]  # fmt: skip


def swimming_in_one(age: str = "two-year-old") -> list[tuple[str, str]]:
    """A place on a six-week swimming course asked for a child in one turn."""
    return [
        (f"Can my {age} join your six-week Monday-morning toddler swimming course?",
         f"Yes: a {age} on the six-week Monday-morning toddler swimming course."),
    ]  # fmt: skip


def swimming_asked(length: str, confirmed: str = "") -> list[tuple[str, str]]:
    """The same course said to last ``length``, the child's age given in answer (the
    course confirmed as ``confirmed``)."""
    return [
        (f"I'd like a place on the Monday-morning toddler swimming course that lasts {length}.",
         "Of course. How old is your child?"),
        ("Two.",
         f"Noted: a two-year-old on the {confirmed}Monday-morning toddler swimming course."),
    ]  # fmt: skip


def meals(count: str) -> list[tuple[str, str]]:
    """Boxed lunches ordered in one turn, the count written ``count``."""
    return [
        (f"土曜日の昼に、幕の内弁当を{count}届けてもらえますか？",
         f"承知しました。土曜日の昼に、幕の内弁当{count}ですね。"),
    ]  # fmt: skip


def meals_asked(count: str) -> list[tuple[str, str]]:
    """The same lunches, the count given in answer to the assistant."""
    return [
        ("土曜日の昼に幕の内弁当を届けてほしいです。", "ありがとうございます。何人前でしょうか？"),
        (f"{count}でお願いします。", f"土曜日の昼に、幕の内弁当{count}ですね。"),
    ]  # fmt: skip


PROBES = [
    ("en-hour-and-a-half", "reworded", 1, massage_in_one("an hour and a half"),
     massage_asked("ninety")),
    ("en-hour-for-ninety", "entity", 0, massage_in_one("an hour"), massage_asked("ninety")),
    ("en-two-hours-for-ninety", "entity", 0, massage_in_one("two hours"),
     massage_asked("ninety")),
    ("en-hour-and-a-half-for-sixty", "entity", 0, massage_in_one("an hour and a half"),
     massage_asked("sixty")),
    ("en-month-and-a-half-as-six-weeks", "reworded", 1, swimming_in_one(),
     swimming_asked("a month and a half", "six-week ")),
    ("en-two-months-for-six-weeks", "entity", 0, swimming_in_one(),
     swimming_asked("two months")),
    ("en-a-month-for-six-weeks", "entity", 0, swimming_in_one(), swimming_asked("a month")),
    ("ja-twenty-in-kanji", "reworded", 1, meals("二十人前"), meals_asked("20人前")),
    ("ja-thirty-in-kanji", "entity", 0, meals("三十人前"), meals_asked("20人前")),
    ("ja-twelve-in-kanji", "entity", 0, meals("十二人前"), meals_asked("20人前")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_a_half_is_part_of_the_length() -> None:
    assert spans("an hour and a half") == {("minute", 90.0)}
    assert spans("a class that lasts a month and a half") == {("month", 1.5)}
    assert spans("一時間半のコース") == {("minute", 90.0)}
    assert spans("two hours") == {("minute", 120.0)}
    assert span_halves("an hour and a half") == {"half"}
    assert span_halves("half an hour") == frozenset()  # the half is the count itself
    assert span_halves("half the price for two hours") == frozenset()


def test_lengths_in_days_and_months() -> None:
    assert same_length(("day", 42.0), ("month", 1.5))  # six weeks, a month and a half
    assert not same_length(("month", 2.0), ("day", 42.0))
    assert same_length(("day", 365.0), ("month", 12.0))
    assert same_length(("minute", 90.0), ("day", 1.0)) is None  # scales that do not compare


def test_an_age_is_no_length() -> None:
    assert spans("a two-year-old collie on the six-week course") == {("day", 42.0)}
    assert spans("she is two years old") == frozenset()
    assert spans("for two years") == {("month", 24.0)}


def test_a_kanji_numeral_in_pieces() -> None:
    assert {"二", "十人", "二十"} <= said_otherwise(["二十人前を送ってください"], {20.0})
    assert said_otherwise(["三十人前を送ってください"], {20.0}) == set()
    assert "一緒" not in said_otherwise(["一緒に行きます"], {1.0})  # 緒 counts nothing
