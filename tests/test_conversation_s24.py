"""Session 24: a fact the assistant repeated back, stated on the other side in a word of its
own (:mod:`yamabiko.conversation.counterparts`). The last check of stated facts
(:func:`~yamabiko.conversation.facts.compare_stated`, ``facts-fact``) held *stolen* against
*theft*, 朝 against 午前中, for another fact. A word only one side states now stands for a
fact only the other side states when each is the other's nearest by the embedder's word
vectors (cosine 0.6 or more) or they share a SudachiPy synonym group, unless they name two
things of one kind (road / driveway, apples / pears by WordNet; 小学 / 中学 one kanji apart;
両目 / 片眼 other numerals). Probes written for these tests (no evaluation set's wording), with
the real default embedder, each decided both ways round, each next to a twin that changes the
fact and stays refused. And a verb of leaving or keeping that places a thing with someone
(*leave it with you*, *keep her with us*) reads no intent
(:mod:`yamabiko.conversation.custody`).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.counterparts import another_of_kind, counterparts
from yamabiko.conversation.custody import placed_with
from yamabiko.conversation.intent import continuations, reversals
from yamabiko.guard.units import units

BIKE = [
    ("My bike was stolen outside the station last night, so I need to claim on policy HX-2291.",
     "Sorry to hear that: a claim for the stolen bike on policy HX-2291."),
]  # fmt: skip


def bike(what: str, said: str) -> list[tuple[str, str]]:
    """The claim asked for in two exchanges, the cause told as ``what``, confirmed as ``said``."""
    return [
        ("I'd like to make a claim on policy HX-2291.", "Of course. What happened?"),
        (f"{what} - my bike, outside the station last night.",
         f"Noted: a {said} claim for your bike on policy HX-2291."),
    ]  # fmt: skip


TOFU = [("明日の朝、豆腐を二丁取り置きしてもらえますか。", "明日の朝に豆腐二丁の取り置きですね。")]


def tofu(when: str) -> list[tuple[str, str]]:
    """The tofu put by in two exchanges, for ``when`` tomorrow."""
    return [
        ("豆腐の取り置きをお願いしたいです。", "ありがとうございます。いつ、いくつ用意しますか。"),
        (f"明日の{when}に二丁お願いします。", f"明日{when}、豆腐二丁ですね。"),
    ]


SKIP = [
    ("Can I hire a 4-yard skip for the road outside my house for ten days?",
     "Yes: a 4-yard skip on the road outside, ten days."),
]  # fmt: skip


def skip(where: str) -> list[tuple[str, str]]:
    """The skip asked for in two exchanges, placed on ``where``."""
    return [
        ("I'd like a 4-yard skip, please.", "Sure. Where will it go, and for how long?"),
        (f"On the {where} outside my house, for ten days.",
         f"Noted: a 4-yard skip on your {where}, ten days."),
    ]  # fmt: skip


PROBES = [
    ("en-stolen-theft", "reworded", 1, BIKE, bike("A theft", "theft")),
    ("en-stolen-fire", "entity", 0, BIKE, bike("A fire", "fire")),
    ("ja-asa-gozen", "reworded", 1, TOFU, tofu("午前中")),
    ("ja-asa-yuugata", "entity", 0, TOFU, tofu("夕方")),
    ("en-road-driveway", "entity", 0, SKIP, skip("driveway")),
]
#: the refused twins and the reason each gives (a prefix)
REASONS = {name: "history:facts-fact:" for name, _kind, label, *_ in PROBES if not label}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("road", "driveway", True),  # a driveway is a kind of road
        ("apples", "pears", True),  # two kinds of one fruit
        ("小学", "中学", True),
        ("両目", "片眼", True),
        ("stolen", "theft", False),
        ("jungle", "rainforest", False),
        ("朝", "午前", False),
    ],
)
def test_another_of_kind(first: str, second: str, expected: bool) -> None:
    assert another_of_kind(first, second) is expected
    assert another_of_kind(second, first) is expected


def _en(text: str) -> list:
    return list(units(text, "en"))


def test_counterpart_one_to_one() -> None:
    """*stolen* has its counterpart in *theft*; not in *fire*, and not in *driveway* for
    *road* (near by the vectors, but a kind of road)."""
    mine = _en("My bike was stolen outside the station.")
    stolen = [u for u in mine if u.text == "stolen"]
    theft = _en("A theft of my bike outside the station.")
    fire = _en("A fire burnt my bike outside the station.")
    assert counterparts(stolen, mine, theft) == {id(stolen[0])}
    assert counterparts(stolen, mine, fire) == set()
    road = _en("Put the skip on the road outside my house.")
    lost = [u for u in road if u.text == "road"]
    assert counterparts(lost, road, _en("Put the skip on the driveway outside my house.")) == set()


@pytest.mark.parametrize(
    ("text", "reversal", "keeping"),
    [
        # a thing handed in or kept at home: neither a reversal nor keeping a service
        ("My scooter needs a full service - could I leave it with you on Monday?", [], []),
        ("We'd like to keep her with us, curled up as she used to sleep.", [], []),
        ("Can we leave the spare keys with you while we're away?", [], []),
        # the verbs' intents stay where no thing is placed with someone
        ("I want to leave the climbing club at the end of May.", ["leav"], []),
        ("I'd rather keep my broadband deal with you.", [], ["keep"]),  # with the provider
        ("I'd like to keep my current phone plan.", [], ["keep"]),
    ],
)
def test_placed_with(text: str, reversal: list[str], keeping: list[str]) -> None:
    """*leave it with you*, *keep her with us* (:mod:`yamabiko.conversation.custody`) read no
    intent; *leave the club*, *keep my deal with you* still do."""
    analysis = text_analysis()(text)
    assert sorted(reversals(text, analysis)) == reversal
    assert sorted(continuations(text, analysis)) == keeping


@pytest.mark.parametrize(
    ("words", "k", "keep", "expected"),
    [
        ("could i leave it with you", 2, False, True),
        ("leave the old bike with us", 0, False, True),
        ("keep him with us", 0, True, True),
        ("keep it with you", 0, True, False),  # the provider keeps: a continuation
        ("cancel it with you", 0, False, False),  # no verb of leaving
        ("leave the gym with effect from june", 0, False, False),  # no party
    ],
)
def test_placed_with_words(words: str, k: int, keep: bool, expected: bool) -> None:
    assert placed_with(words.split(), k, keep=keep) is expected
