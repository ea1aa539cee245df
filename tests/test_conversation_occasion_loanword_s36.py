"""Session 36 (lateConvo): a katakana loanword of the occasion a request is for (ツアー, コース,
イベント) lost on one side only is no name.

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`) held every
katakana common noun one side's users state and the other side never says for a changed name
(``history:facts-named``), and the same word said back by an assistant for a changed fact
(``history:facts-fact``). A thread said in other words names the outing or the class it books
by a native word (見学, 催し, 講座) or by none: the loanword of the occasion is then lost on
that side only. :func:`~yamabiko.conversation.glosses.occasion_loanword` reads it through its
English source (the word vectors) and WordNet: a first tagged noun sense that is *event* itself
or lies in noun.act / noun.event. A loanword of a thing (マンション, プラスチック, マグカップ)
stays a name, and a loanword lost on both sides still differs.

Probes written for these tests (a sake brewery tour and a pottery class, domains no held-out
set has), with the real default embedder, WordNet, SudachiPy and matcher, decided both ways
round: main a2adab2 refuses the reworded tour (``history:facts-named:ツアー``), this branch
serves it; the twin with another party size and the pottery thread that loses a thing
(マグカップ) stay refused on both.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.glosses import abstract_loanword, occasion_loanword


def brewery_tour() -> list[tuple[str, str]]:
    """A brewery tour booked in two exchanges, the loanword ツアー said by both speakers."""
    return [
        ("9月3日の酒蔵見学ツアーに、大人二人で申し込みたいです。",
         "ありがとうございます。試飲は付けますか？"),
        ("はい、試飲付きでお願いします。",
         "承知しました。9月3日の酒蔵見学ツアー、大人二名さま、試飲付きで受け付けました。"),
    ]  # fmt: skip


def brewery_visit(count: str = "二") -> list[tuple[str, str]]:
    """The same booking in one turn, the tour said by native words only."""
    return [
        (f"九月三日に酒蔵を見学して回る会に、大人{count}人で行きたいです。試飲もお願いします。",
         f"かしこまりました。三日の酒蔵見学、大人{count}名さま、試飲付きですね。"),
    ]  # fmt: skip


def pottery_class() -> list[tuple[str, str]]:
    """A pottery class booked in two exchanges."""
    return [
        ("9月3日の陶芸体験に、大人二人で申し込みたいです。",
         "ありがとうございます。作品の郵送は付けますか？"),
        ("はい、郵送でお願いします。",
         "承知しました。9月3日の陶芸体験、大人二名さま、作品の郵送付きで受け付けました。"),
    ]  # fmt: skip


def pottery_mugs() -> list[tuple[str, str]]:
    """The class said in one turn, naming a thing the other side never says (マグカップ)."""
    return [
        ("九月三日に焼き物を作る会に、大人二人で行きたいです。マグカップを作って、できたら送って"
         "ください。", "かしこまりました。三日の陶芸体験、大人お二人、郵送付きですね。"),
    ]  # fmt: skip


PROBES = [
    ("ja-brewery-tour-reworded", "reworded", 1, brewery_tour(), brewery_visit()),
    # twin: another party size
    ("ja-brewery-tour-three", "entity-reworded", 0, brewery_tour(), brewery_visit("三")),
    # a loanword of a thing lost on one side stays a name
    ("ja-pottery-mugs", "entity-reworded", 0, pottery_class(), pottery_mugs()),
]  # fmt: skip

REASONS = {
    "ja-brewery-tour-reworded": "history:same",
    # 大人二人 is the number 2 since partyfix (session 36), lost there before the counts differ
    "ja-brewery-tour-three": "history:facts-named:二人",
    "ja-pottery-mugs": "history:facts-named:マグカップ",
}


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_brewery_and_pottery_probes(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize("word", ["ツアー", "コース", "イベント"])
def test_a_loanword_of_an_occasion(word: str) -> None:
    assert occasion_loanword(word)
    assert not abstract_loanword(word)


@pytest.mark.parametrize("word", ["マンション", "プラスチック", "マグカップ", "タイプ", "ツアー券"])
def test_no_occasion(word: str) -> None:
    """Things, a kind of something, and a word not all katakana are no occasion."""
    assert not occasion_loanword(word)
