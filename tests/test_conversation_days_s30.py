"""Session 30 (lateConvo): three ways one side of a conversation says a date or a length that
the other says otherwise, each once a lost fact of the stated-facts check:

* the 日 of a day in digits where the other side writes the day in kanji numerals (20日 /
  八月二十日): SudachiPy reads 二十日 (はつか) and 十日 (とおか) as one word, so the other
  side's 日 stood alone (``history:facts-fact:日``;
  :func:`~yamabiko.conversation.calendar.day_word_said`);
* a Japanese month where the other side names its season and no month (十月 / 秋:
  ``history:facts-named:十``; :func:`~yamabiko.conversation.calendar.month_in_named_season`),
  as an English month's season already was;
* a length in hours where the other side says it in days (72-hour / three-day:
  ``history:facts-named:72``; :func:`~yamabiko.conversation.lengths.day_counts`), a day
  being 24 hours exactly.

Another day, another season, another length still differ. Probes written for these tests
(domains no held-out set has: a yukata rental for a summer festival, a maple-viewing coach
trip, a museum pass), with the real default embedder, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.calendar import day_word_said, month_in_named_season
from yamabiko.conversation.lengths import day_counts, spans


def yukata_by_day(day: str = "20日") -> list[tuple[str, str]]:
    """A yukata rental on a day given in digits, the assistant repeating it."""
    return [
        (f"{day}に、浴衣を2着と帯をお借りしたいです。",
         f"かしこまりました。{day}に浴衣2着と帯をご用意します。"),
    ]  # fmt: skip


def yukata_dated(date: str = "八月二十日") -> list[tuple[str, str]]:
    """The same rental in two exchanges, its month and day in kanji numerals."""
    return [
        (f"{date}のお祭り用に、浴衣を二着お借りできますか？",
         "ありがとうございます。帯もご一緒にいかがですか？"),
        ("はい、帯もお願いします。",
         f"承知しました。{date}、浴衣二着と帯をご用意します。"),
    ]  # fmt: skip


def maple_trip(when: str = "十月") -> list[tuple[str, str]]:
    """A maple-viewing coach trip for a month or a season, booked in one exchange."""
    return [
        (f"{when}の紅葉狩りの日帰りバスに、大人二人でお弁当付きで申し込みたいです。",
         "承知しました。大人二名様、お弁当付きで承りました。"),
    ]  # fmt: skip


def maple_in_two(when: str = "秋") -> list[tuple[str, str]]:
    """The same trip in two exchanges."""
    return [
        (f"{when}の紅葉狩りの日帰りバスに、大人二人で申し込みたいです。",
         "ありがとうございます。お昼は付けますか？"),
        ("はい、お弁当付きでお願いします。",
         "承知しました。大人二名様、お弁当付きで承りました。"),
    ]  # fmt: skip


def museum_pass(length: str = "72-hour") -> list[tuple[str, str]]:
    """Museum passes of a length for two adults, bought in one exchange."""
    return [
        (f"Could I buy {length} museum passes for two adults?",
         f"Of course: two adult {length} museum passes."),
    ]  # fmt: skip


def museum_in_two(length: str = "three-day") -> list[tuple[str, str]]:
    """The same passes in two exchanges."""
    return [
        (f"We'd like {length} passes for the city museums, please.",
         "Sure. For how many people?"),
        ("Two adults.", f"Done: two adult {length} museum passes."),
    ]  # fmt: skip


PROBES = [
    ("ja-yukata-kanji-day", "reworded", 1, yukata_by_day(), yukata_dated()),
    ("ja-yukata-tenth", "reworded", 1, yukata_by_day("10日"), yukata_dated("七月十日")),
    ("ja-maple-season", "reworded", 1, maple_trip(), maple_in_two()),
    ("en-museum-hours-days", "reworded", 1, museum_pass(), museum_in_two()),
    # twins: another day; another season; another length
    ("ja-yukata-other-day", "entity-reworded", 0, yukata_by_day("21日"), yukata_dated()),
    ("ja-maple-other-season", "entity-reworded", 0, maple_trip(), maple_in_two("春")),
    ("en-museum-other-length", "entity-reworded", 0, museum_pass(), museum_in_two("two-day")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_the_day_word_of_a_kanji_day() -> None:
    """日 is said by a kanji day on the other side, only against a day in digits."""
    assert day_word_said("日", ["20日に伺います"], ["八月二十日に"])
    assert not day_word_said("日", ["20日に伺います"], ["20時に"])  # no day there
    assert not day_word_said("月", ["20日に伺います"], ["二十日に"])  # another word


def test_a_month_in_the_season_named() -> None:
    """A month is said by its season where the other side names no month."""
    assert month_in_named_season(10.0, ["十月の紅葉"], ["秋の紅葉"], ["秋", "紅葉"])
    assert month_in_named_season(1.0, ["1月の旅行"], ["冬の旅行"], ["冬", "旅行"])
    assert not month_in_named_season(10.0, ["十月の紅葉"], ["春の"], ["春"])  # another season
    assert not month_in_named_season(10.0, ["十月"], ["秋、九月に"], ["秋", "九"])  # a month
    assert not month_in_named_season(10.0, ["十本"], ["秋に"], ["秋"])  # 10 is no month here


def test_hours_that_are_whole_days() -> None:
    """A count of hours is said by the same length in days, and the other way round."""
    assert "48" in day_counts("a 48-hour ticket", set(spans("a two-day ticket")))
    assert "two" in day_counts("a two-day ticket", set(spans("a 48-hour ticket")))
    assert "二十四" in day_counts("二十四時間", set(spans("1日")))
    assert not day_counts("a 36-hour ticket", set(spans("a two-day ticket")))
    assert not day_counts("a 48-hour ticket", set(spans("three days")))
