"""Session 34 (reword): a reworded thread that says a fact with other pieces:

- a length of time said by its ends on one side and as a length on the other (*from 1 till
  4pm* / *three hours*, *from 9pm to midnight* / *three hours of music*, 午後1時から4時まで /
  三時間), not when the length is another one (*five hours*, *two hours*, 五時間);
- a Japanese word the other side's units spell in pieces (the noun 張り替え against the 張り
  + 替え of 張り替えます), not when the thing is another one (障子 for 網戸).

Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round (main refuses every reworded probe: ``history:facts-named:three``,
``:4``, ``:三``, ``history:facts-fact:張り替え``); the readers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.ranges import counts_said, ends_said, range_lengths, range_words
from yamabiko.conversation.spans import said_in_spans


def castle() -> list[tuple[str, str]]:
    """A bouncy castle hired by the clock times."""
    return [
        ("Can I hire a bouncy castle for my son's party on Saturday 12 July from 1 till 4pm?",
         "Yes: the bouncy castle on Saturday 12 July, 1pm to 4pm."),
    ]  # fmt: skip


def castle_reworded(hours: str = "three hours") -> list[tuple[str, str]]:
    """The same hire asked in two turns, by its length."""
    return [
        ("We'd like your bouncy castle for my boy's birthday party - Saturday the twelfth of July.",
         "Lovely. How long would you like it for?"),
        (f"{hours}, starting at 1pm.", f"Noted: the castle for {hours} from 1pm on 12 July."),
    ]  # fmt: skip


def trio(length: str = "three hours") -> list[tuple[str, str]]:
    """A jazz trio booked by the length of its music."""
    return [
        (f"I'd like to book your jazz trio for {length} of music at our anniversary dinner"
         " on 9 August.",
         f"Certainly: {length} of jazz on 9 August."),
    ]  # fmt: skip


def trio_reworded() -> list[tuple[str, str]]:
    """The same booking by the clock times, one of them a word (midnight)."""
    return [
        ("Could your jazz trio play at our anniversary dinner on the ninth of August?",
         "Happily. What times would you like them?"),
        ("From 9pm to midnight, please.", "Noted: 9 August, 9pm until midnight."),
    ]  # fmt: skip


def tent() -> list[tuple[str, str]]:
    """テントを時刻で借りる."""
    return [
        ("八月十日に、庭で食事会をするので、テントを借りたいです。午後1時から4時までお願いします。",
         "承知しました。8月10日、午後1時から4時まで、テント一張りですね。"),
    ]  # fmt: skip


def tent_reworded(length: str = "三時間") -> list[tuple[str, str]]:
    """同じ依頼を長さで."""
    return [
        ("8月10日の庭の食事会用に、テントを借りたいです。",
         "ありがとうございます。ご利用時間はどのくらいですか？"),
        (f"{length}です。", f"かしこまりました。8月10日、テント一張りを{length}ご用意します。"),
    ]  # fmt: skip


def screens(what: str = "網戸") -> list[tuple[str, str]]:
    """張り替えを名詞で."""
    return [
        (f"{what}の張り替えをお願いしたいです。", "ありがとうございます。枚数を教えてください。"),
        ("2枚です。", f"{what}2枚の張り替えですね。"),
    ]  # fmt: skip


def screens_reworded(what: str = "網戸") -> list[tuple[str, str]]:
    """同じ依頼、張り替えを動詞で."""
    return [(f"{what}を2枚、新しくしてもらえますか。", f"承知しました。{what}を2枚張り替えます。")]


PROBES = [
    ("en-castle-range", "reworded", 1, castle(), castle_reworded()),
    ("en-trio-midnight", "reworded", 1, trio(), trio_reworded()),
    ("ja-tent-range", "reworded", 1, tent(), tent_reworded()),
    ("ja-screens-verb", "reworded", 1, screens(), screens_reworded()),
    # twins: another length; another thing re-covered
    ("en-castle-five", "entity-reworded", 0, castle(), castle_reworded("five hours")),
    ("en-trio-two", "entity-reworded", 0, trio("two hours"), trio_reworded()),
    ("ja-tent-five", "entity-reworded", 0, tent(), tent_reworded("五時間")),
    ("ja-screens-shoji", "entity-reworded", 0, screens(), screens_reworded("障子")),
]  # fmt: skip

#: the twins' reasons
REASONS = {
    "en-castle-five": "history:facts-named:",
    "en-trio-two": "history:facts-named:two",
    "ja-tent-five": "history:facts-named:4",
    "ja-screens-shoji": "history:facts-fact:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_range_lengths() -> None:
    """Clock ranges and their minutes; an end without am / pm takes the other's half of the
    day; past midnight; no range without an end marked as a time of day."""
    booth = range_lengths("a photo booth from about 8 till 11pm.")
    assert booth == ((frozenset({"8", "11"}), 180.0),)
    assert range_lengths("from 8pm to midnight") == ((frozenset({"8", "midnight"}), 240.0),)
    assert range_lengths("from 10pm to 2am") == ((frozenset({"10", "2"}), 240.0),)
    assert range_lengths("from eight o'clock until eleven") == (
        (frozenset({"eight", "eleven"}), 180.0),
    )
    assert range_lengths("10am-4pm") == ((frozenset({"10", "4"}), 360.0),)
    assert range_lengths("open 9 to 5") == ()
    assert range_lengths("two to three people") == ()
    assert range_lengths("午後6時から9時まで") == ((frozenset({"6", "9"}), 180.0),)
    assert range_lengths("朝九時半から十二時まで") == ((frozenset({"九", "十二"}), 150.0),)


def test_ends_and_counts_said() -> None:
    """The ends said where the other side states the length, the count said where it states
    the ends; another length says neither."""
    assert ends_said("from about 8 till 11pm", {("minute", 180.0)}) == {"8", "11"}
    assert ends_said("from about 8 till 11pm", {("minute", 240.0)}) == set()
    assert counts_said("four hours of tunes from eight", ["from 8pm to midnight"]) == {"four"}
    assert counts_said("three hours of tunes", ["from 8pm to midnight"]) == set()
    assert counts_said("三時間です", ["午後6時から9時まで"]) == {"三"}
    assert range_words(["From 9pm to midnight."], ["three hours of music"]) == {"9", "midnight"}


def test_said_in_spans_japanese_pieces() -> None:
    """A Japanese word spelt by adjacent pieces of the other side is said there, either way
    round; pieces apart, or holding a numeral, are not."""
    assert said_in_spans(["張り替え"], ["張り", "替え"], [0], [3, 4]) == {0}
    assert said_in_spans(["張り", "替え"], ["張り替え"], [3, 4], [0]) == {0, 1}
    assert said_in_spans(["張り替え"], ["張り", "替え"], [0], [3, 6]) == set()
    assert said_in_spans(["二十"], ["二", "十"], [0], [1, 2]) == set()
