"""Session 21, reworded histories: the same facts said in other words are one context, and
the same wording with another fact is not (:mod:`yamabiko.conversation.rewordings`). Probes
written for these tests (no evaluation set's wording), with the real default embedder, each
decided both ways round: a number in words of several parts against its digits, a unit of
measurement written out against its symbol, a Japanese evening hour against the 24-hour
clock; each twin next to a counterpart that states another value.
"""

from __future__ import annotations

import pytest
from conversation_probes_s18 import PROBES as PROBES_S18
from conversation_turns import assert_probe, both_ways, turns

from yamabiko.conversation.rewordings import measure_word, phrase_values, said_otherwise

GUESTS_WORDS = [
    ("We're expecting about four hundred and twenty guests at the reception on Saturday.",
     "Lovely: a buffet for the reception on Saturday."),
]  # fmt: skip
GUESTS_DIGITS = [
    ("Could you do a buffet for our reception this Saturday?",
     "Certainly. How many guests are you expecting?"),
    ("There will be 420 guests.", "Noted: reception buffet for 420 guests, Saturday."),
]  # fmt: skip
GUESTS_OTHER = [
    ("Could you do a buffet for our reception this Saturday?",
     "Certainly. How many guests are you expecting?"),
    ("There will be 240 guests.", "Noted: reception buffet for 240 guests, Saturday."),
]  # fmt: skip
RUG_SYMBOLS = [
    ("I need a wool rug deep-cleaned, it's 3m by 2m.",
     "Sure: deep clean of a 3m x 2m wool rug."),
]  # fmt: skip
RUG_WORDS = [
    ("Can you deep-clean a wool rug for me?", "Certainly. How big is the rug?"),
    ("It measures three metres by two.", "Thanks: a wool rug, three metres by two, deep clean."),
]  # fmt: skip
RUG_OTHER = [
    ("Can you deep-clean a wool rug for me?", "Certainly. How big is the rug?"),
    ("It measures four metres by two.", "Thanks: a wool rug, four metres by two, deep clean."),
]  # fmt: skip
SALON_EVENING = [
    ("明日の夜8時にカットの予約をお願いします。", "明日の夜8時、カットでお取りしました。"),
]  # fmt: skip
SALON_CLOCK = [
    ("カットの予約をしたいです。", "ありがとうございます。ご希望の日時はいつですか？"),
    ("あしたの20時でお願いします。", "明日20時、カットで承りました。"),
]  # fmt: skip
SALON_OTHER = [
    ("カットの予約をしたいです。", "ありがとうございます。ご希望の日時はいつですか？"),
    ("あしたの22時でお願いします。", "明日22時、カットで承りました。"),
]  # fmt: skip

PROBES = [
    ("en-guests-words", "reworded", 1, GUESTS_WORDS, GUESTS_DIGITS),
    ("en-guests-other", "amount", 0, GUESTS_WORDS, GUESTS_OTHER),
    ("en-rug-metres", "reworded", 1, RUG_SYMBOLS, RUG_WORDS),
    ("en-rug-other", "amount", 0, RUG_SYMBOLS, RUG_OTHER),
    ("ja-salon-evening", "reworded", 1, SALON_EVENING, SALON_CLOCK),
    ("ja-salon-other", "date", 0, SALON_EVENING, SALON_OTHER),
]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


async def test_known_miss_a_seller_told_apart_only_by_the_number(matcher) -> None:
    """Session 18's en-car-rw-sell ("could your showroom take my second-hand Golf off my
    hands? about £8,000" against a buyer's "around eight thousand pounds") was refused only
    because eight thousand did not read as 8,000; no rule reads the idiom of selling, so it
    is served now (a known miss: when it is refused, take it off WEAK in the s18 tests)."""
    _name, _kind, label, a, b = next(p for p in PROBES_S18 if p[0] == "en-car-rw-sell")
    assert label == 0
    for accept, reason in await both_ways(matcher, turns(*a), turns(*b)):
        assert accept, reason


def test_numbers_in_words_of_several_parts() -> None:
    found = phrase_values([
        "I paid eight hundred and fifty pounds", "roughly three hundred visitors",
        "two thousand five hundred leaflets", "a hundred and ten", "one or two",
    ])  # fmt: skip
    assert found == {850.0, 300.0, 2500.0, 110.0}


def test_the_words_of_a_number_said_there() -> None:
    text = ["It cost eight hundred and fifty pounds, about fifty more than the last one."]
    assert said_otherwise(text, {850.0}) == {"eight", "hundred", "fifty"}
    assert said_otherwise(text, {800.0, 50.0}) == set()


def test_japanese_evening_hours() -> None:
    assert phrase_values(["あすの夜七時から九時のあいだに"]) == {19.0, 21.0}
    assert phrase_values(["夕方6時で", "午後３時半に"]) == {18.0, 15.0}
    assert phrase_values(["朝7時に", "18時に", "夜12時"]) == set()
    assert said_otherwise(["夜七時から九時"], {19.0}) == {"夜", "七"}


def test_units_of_measurement_by_wordnet() -> None:
    assert all(measure_word(w) for w in ("metres", "gram", "inches", "litre"))
    assert not any(measure_word(w) for w in ("standard", "room", "stone", "in", "メートル"))
