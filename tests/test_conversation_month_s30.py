"""Session 30 (convo): the month of a Japanese day of the month where the other side names
the day and no month at all (7月20日 / 20日の晩) is no lost number
(:func:`~yamabiko.conversation.calendar.month_of_undated_day`): the same day on both sides,
the month left to the conversation's context. Before this change the stated-facts check held
the month for a lost number (``history:facts-named:7``; heldout8's ja-mochitsuki-rental-0,
12月29日 / 暮れの二十九日). Another day, or another month the other side names, still differs.
Probes written for these tests (a domain no held-out set has: a firework cruise on a
屋形船), with the real default embedder, decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.calendar import month_of_undated_day


def cruise(date: str = "7月20日") -> list[tuple[str, str]]:
    """A firework cruise booked in one exchange, its month and day named."""
    return [
        (f"{date}の屋形船の花火クルーズに、大人二名で予約したいです。",
         f"承知しました。{date}、大人二名様で承りました。"),
    ]  # fmt: skip


def cruise_by_day(day: str = "20日") -> list[tuple[str, str]]:
    """The same booking in two exchanges, the day named without its month."""
    return [
        ("屋形船の花火クルーズに乗りたいんです。",
         "ありがとうございます。日にちと人数を教えてください。"),
        (f"{day}の晩に、大人二人でお願いします。",
         f"承知しました。{day}、大人二名様で承りました。"),
    ]  # fmt: skip


PROBES = [
    ("ja-cruise-day-without-month", "reworded", 1, cruise(), cruise_by_day()),
    # twins: another day; another month named on both sides
    ("ja-cruise-other-day", "entity-reworded", 0, cruise(), cruise_by_day("21日")),
    ("ja-cruise-other-month", "entity-reworded", 0, cruise(), cruise_by_day("8月20日")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_a_month_said_on_one_side_only() -> None:
    """The month is exempt only where the other side states the same day and no month."""
    assert month_of_undated_day(8.0, ["八月十二日の流星群"], ["12日の晩に"])
    assert month_of_undated_day(12.0, ["12月29日に1日だけ"], ["暮れの二十九日に"])
    assert not month_of_undated_day(8.0, ["八月十二日"], ["13日の晩に"])  # another day
    assert not month_of_undated_day(8.0, ["八月十二日"], ["9月12日"])  # a month of its own
    assert not month_of_undated_day(12.0, ["八月十二日"], ["12日"])  # 12 is the day, not a month
