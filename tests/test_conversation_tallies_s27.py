"""Session 27 (convoNum): numbers of a reworded thread that the other side says as a list or
as parts. A party given as two parts of one size (大人二人と子供二人 against 4人: the
sums of :func:`~yamabiko.conversation.values.values` now count a number said twice), and a
count of the weekdays or colours both sides list (three times a week / Tuesdays, Thursdays
and Saturdays; 二色 / 赤と青: :func:`~yamabiko.conversation.tallies.tally_said`).
Probes written for these tests, with the real default embedder, decided both ways round; each
served probe is refused by the code before this change (``history:facts-named``); each
refused twin changes the party, the days or the colours.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.tallies import tally_said
from yamabiko.conversation.values import values
from yamabiko.guard.units import units


def pottery(party: str) -> list[tuple[str, str]]:
    """A pottery class booked in two exchanges, the party said as ``party``."""
    return [
        ("日曜の陶芸教室を予約したいです。", "ありがとうございます。何名様でしょうか？"),
        (f"{party}でお願いします。", "承知しました。日曜の陶芸教室でお待ちしています。"),
    ]  # fmt: skip


def pottery_in_one(party: str) -> list[tuple[str, str]]:
    """The same class asked for in one turn."""
    return [
        (f"今度の日曜、{party}で陶芸をやってみたいんですが、教室に入れますか。",
         f"承知しました。日曜の陶芸教室に{party}ですね。"),
    ]  # fmt: skip


def dog_walks(days: str) -> list[tuple[str, str]]:
    """Dog walks asked for in two exchanges, the days said as ``days``."""
    return [
        ("I'd like someone to walk my spaniel while I'm at work.",
         "Happy to help. Which days do you need?"),
        (f"{days}, please.", f"Noted: walks for your spaniel {days}."),
    ]  # fmt: skip


def dog_walks_in_one(days: str) -> list[tuple[str, str]]:
    """The same walks asked for in one turn (``days``: a count, a dash and the days; the
    reply lists the days)."""
    return [
        (f"Could you walk my spaniel {days} while I'm at work?",
         f"Yes: spaniel walks on {days.split(' - ')[-1]}."),
    ]  # fmt: skip


def balloons(colours: str) -> list[tuple[str, str]]:
    """Balloons for a party ordered in two exchanges, the colours said as ``colours``."""
    return [
        ("誕生会用に風船を三十個注文したいです。",
         "ありがとうございます。色のご希望はありますか？"),
        (f"{colours}でお願いします。", f"風船三十個、{colours}ですね。"),
    ]  # fmt: skip


def balloons_in_one(colours: str) -> list[tuple[str, str]]:
    """The same balloons asked for in one turn."""
    return [
        (f"子どもの誕生会に、{colours}の風船を30個用意してほしいです。",
         f"承知しました。{colours}の風船30個ですね。"),
    ]  # fmt: skip


THREE_DAYS = "three times a week - Tuesday, Thursday and Saturday"
PROBES = [
    ("ja-party-two-and-two", "reworded", 1, pottery("大人二人と子ども二人"),
     pottery_in_one("大人と子どもで4人")),
    ("ja-party-two-and-three", "entity", 0, pottery("大人二人と子ども三人"),
     pottery_in_one("大人と子どもで4人")),
    ("ja-party-two-and-two-of-five", "entity", 0, pottery("大人二人と子ども二人"),
     pottery_in_one("大人と子どもで5人")),
    ("en-walks-three-days", "reworded", 1, dog_walks("on Tuesdays, Thursdays and Saturdays"),
     dog_walks_in_one(THREE_DAYS)),
    ("en-walks-two-of-three-days", "entity", 0, dog_walks("on Tuesdays and Thursdays"),
     dog_walks_in_one(THREE_DAYS)),
    ("en-walks-other-day", "entity", 0, dog_walks("on Tuesdays, Thursdays and Sundays"),
     dog_walks_in_one(THREE_DAYS)),
    ("ja-balloons-two-colours", "reworded", 1, balloons("赤と青"), balloons_in_one("赤と青の二色")),
    ("ja-balloons-one-colour-left-out", "entity", 0, balloons("赤と青"),
     balloons_in_one("赤と青と黄色の三色")),
    ("ja-balloons-other-colour", "entity", 0, balloons("赤と緑"), balloons_in_one("赤と青の二色")),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_party_of_equal_parts() -> None:
    analyse = text_analysis()
    assert 4.0 in values(["大人二人と子ども二人でお願いします。"], analyse)
    assert 6.0 in values(["大人3名様と子ども3名様ですね。"], analyse)
    assert 4.0 not in values(["大人二人と子ども三人でお願いします。"], analyse)
    assert 4.0 not in values(["要介護2で週2回ですね。"], analyse)  # two numbers of no party
    assert 4.0 not in values(["二人前を二つ"], analyse)  # servings, not people


def test_tally_said() -> None:
    analyse = text_analysis()
    mine = ["Walks three times a week - Tuesday, Thursday and Saturday."]
    three = next(u for u in units(mine[0], "en") if u.kind == "number")
    assert tally_said(three, 3.0, mine, ["Walks on Tuesdays, Thursdays and Saturdays."], analyse)
    assert not tally_said(three, 3.0, mine, ["Walks on Tuesdays and Thursdays."], analyse)
    other = ["Three dogs on Tuesday, Thursday and Saturday."]  # counts dogs, not the days
    dogs = next(u for u in units(other[0], "en") if u.kind == "number")
    assert not tally_said(dogs, 3.0, other, ["On Tuesdays, Thursdays and Saturdays."], analyse)
    ja = ["赤と青の二色でお願いします。"]
    two = next(u for u in units(ja[0], "ja") if u.kind == "number")
    assert tally_said(two, 2.0, ja, ["色は赤と青で。"], analyse)
    assert not tally_said(two, 2.0, ja, ["色は赤と緑で。"], analyse)
