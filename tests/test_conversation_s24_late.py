"""Session 24, after the record run of heldout18: reworded threads that state one fact in
other words, read by the stated-facts check
(:func:`~yamabiko.conversation.facts.compare_stated`). A party counted one way and listed
another (*two adults and one child* / *me, my husband and our son*:
:mod:`yamabiko.conversation.parties`); a compound's last part said alone (絵柄 / 柄:
:func:`~yamabiko.conversation.counterparts.counterparts`); a place the user writes in kana
that the assistant writes in kanji (おおさか / 大阪:
:func:`~yamabiko.conversation.counterparts.spelt_in_kanji`); *half a dozen* for six
(:func:`~yamabiko.conversation.rewordings.phrase_values`). Probes written for these tests (no
evaluation set's wording), with the real default embedder, each decided both ways round, each
next to a twin that changes the fact and stays refused; every served probe is refused by
main's code before this change.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.counterparts import counterparts, spelt_in_kanji
from yamabiko.conversation.parties import listed_people, parties, party_said
from yamabiko.conversation.rewordings import phrase_values, said_otherwise
from yamabiko.guard.units import units

TOUR = [
    ("Can we book the lighthouse tour on Sunday 4 May?", "Of course. How many of you?"),
    ("Two adults and one child.",
     "Noted: the lighthouse tour on Sunday 4 May for two adults and a child."),
]  # fmt: skip


def tour(who: str, count: str) -> list[tuple[str, str]]:
    """The tour asked for in one exchange by the party ``who``, confirmed for ``count``."""
    return [(f"Me, my husband and {who} would like the lighthouse tour on Sunday 4 May.",
             f"Noted: the lighthouse tour on Sunday 4 May for {count}.")]  # fmt: skip


KITES = [
    ("お正月用の凧を三つ注文したいです。", "ありがとうございます。絵柄はどうなさいますか？"),
    ("干支の絵でお願いします。", "干支の絵柄の凧を三つですね。"),
]


def kites(what: str) -> list[tuple[str, str]]:
    """Three kites asked for in one exchange with a pattern of ``what``."""
    return [
        (f"正月用に、{what}の柄の凧を3つほしいです。", f"承知しました。{what}の柄の凧を3つですね。")
    ]


DRIED_FISH = [
    (
        "おおさかに住む叔父へ干物を送りたいです。",
        "承知しました。大阪の叔父さまへ干物をお送りします。",
    )
]


def dried_fish(city: str) -> list[tuple[str, str]]:
    """Dried fish sent to an uncle in ``city``, asked for in two exchanges."""
    return [
        ("干物を送りたいです。", "ありがとうございます。お届け先はどちらですか？"),
        (f"{city}の叔父の家です。", f"{city}の叔父さまへ干物ですね。"),
    ]


POTTERY = [
    ("Can we book the pottery class on Friday 13 June for half a dozen of us?",
     "Yes: six people in the pottery class on Friday 13 June."),
]  # fmt: skip


def pottery(count: str) -> list[tuple[str, str]]:
    """The class asked for in two exchanges for ``count`` people."""
    return [
        ("I'd like to book the pottery class on Friday 13 June.", "Of course. How many of you?"),
        (
            f"{count.capitalize()} of us.",
            f"Noted: the pottery class on Friday 13 June for {count}.",
        ),
    ]


PROBES = [
    ("en-party-listed", "reworded", 1, TOUR, tour("our son", "three")),
    ("en-party-listed-counted", "reworded", 1, TOUR, tour("our son", "two adults and a child")),
    ("en-party-bigger", "entity", 0, TOUR, tour("our two sons", "four")),
    ("ja-pattern-head", "reworded", 1, KITES, kites("干支")),
    ("ja-pattern-other", "entity", 0, KITES, kites("花")),
    ("ja-kana-city", "reworded", 1, DRIED_FISH, dried_fish("大阪")),
    ("ja-kana-other-city", "entity", 0, DRIED_FISH, dried_fish("京都")),
    ("en-half-dozen", "reworded", 1, POTTERY, pottery("six")),
    ("en-half-dozen-eight", "entity", 0, POTTERY, pottery("eight")),
]
#: the refused twins and the reason each gives (a prefix)
REASONS = {name: "history:facts-" for name, _kind, label, *_ in PROBES if not label}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_parties_read_lists_of_people() -> None:
    assert parties("Two adults and our daughter, who's 8.") == (
        ((2.0, 1.0), 3.0, ("adults", "daughter")),
    )
    listed = parties("We'd like photos - me, my partner and our two kids - on a Saturday.")
    assert listed == (((1.0, 1.0, 2.0), 4.0, ("me", "partner", "kids")),)
    assert parties("Noted: a walk for two adults and a child of 8.")[0][1] == 3.0
    assert parties("I need 3 nights and 2 rooms.") == ()  # no people: no party
    assert parties("Our two dogs and a cat.") == ()  # animals are no party of a booking


def test_party_said_both_ways() -> None:
    counted = ["Two adults and one child, please."]
    listed = ["Me, my wife and our little girl."]
    assert party_said(3.0, listed, counted, {2.0, 1.0})  # the total: 2 + 1
    assert party_said(2.0, counted, listed, {3.0})  # a part of a total the other side says
    assert not party_said(2.0, counted, ["Me and my wife and our two boys."], {4.0})
    assert not party_said(1.0, counted, ["Me and my wife and our two boys."], {4.0})
    assert not party_said(3.0, ["Three nights for me, my wife and our girl."], counted, {1.0})
    assert not party_said(None, listed, counted, {3.0})
    assert listed_people(listed, counted, {2.0, 1.0}) == {"me", "wife", "girl"}
    assert listed_people(listed, ["Two adults and two children."], {2.0}) == set()


def test_a_compound_and_its_last_part() -> None:
    lost = [u for u in units("干支の柄の凧", "ja") if u.text == "柄"]
    mine = units("干支の柄の凧", "ja")
    assert counterparts(lost, mine, units("干支の絵柄の凧", "ja")) == {id(lost[0])}
    assert counterparts(lost, mine, units("花の絵の凧", "ja")) == set()


def test_a_kana_word_its_own_side_writes_in_kanji() -> None:
    mine = [*units("おおさかに住む叔父", "ja"), *units("大阪の叔父さまへ", "ja")]
    kana = next(u for u in mine if u.text == "おおさか")
    assert spelt_in_kanji(kana, mine, units("大阪の叔父の家", "ja"))
    assert not spelt_in_kanji(kana, mine, units("京都の叔父の家", "ja"))
    # the kanji only on the other side: the kana could spell another word
    assert not spelt_in_kanji(kana, units("おおさかに住む叔父", "ja"), units("大阪の叔父", "ja"))


def test_dozens() -> None:
    assert {6.0, 24.0, 36.0, 12.0} <= phrase_values(
        ["half a dozen of us", "two dozen roses", "3 dozen eggs", "a dozen"]
    )
    assert said_otherwise(["Half a dozen of us"], {6.0}) == {"half", "a", "dozen"}
    assert said_otherwise(["Half a dozen of us"], {12.0}) == set()
    assert phrase_values(["dozens of people"]) == set()
