"""Session 22, reworded histories: one thing written as one word on one side and in several
pieces on the other (:mod:`yamabiko.conversation.spans`), and one measure in two metric units
(:mod:`yamabiko.conversation.measures`), are one context; the same wording with another thing
or another size is not. Probes written for these tests (no evaluation set's wording), with
the real default embedder, each decided both ways round: a hyphenated compound against its
parts (English), a Japanese loanword against a native compound SudachiPy files in one
synonym group, millimetres against centimetres, 1メートル80 against 180センチ; each twin next
to a counterpart that names another thing or size.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.measures import converted, measures
from yamabiko.conversation.spans import said_in_spans, spans

LENSES_HYPHEN = [
    ("I'd like to order some new glasses.", "Sure. What kind of lenses would you like?"),
    ("Single-vision lenses, please, in a thin metal frame.",
     "Noted: single-vision lenses in a thin metal frame."),
]  # fmt: skip
LENSES_SPACED = [
    ("Can I order new specs with single vision lenses and a thin metal frame?",
     "Of course: single vision lenses, thin metal frame."),
]  # fmt: skip
LENSES_OTHER = [
    ("Can I order new specs with varifocal lenses and a thin metal frame?",
     "Of course: varifocal lenses, thin metal frame."),
]  # fmt: skip
CAKE_LOANWORD = [
    ("バースデーケーキを注文したいです。", "ありがとうございます。お受け取りはいつですか？"),
    ("土曜日の午後に取りに行きます。", "土曜日の午後、バースデーケーキのお受け取りですね。"),
]  # fmt: skip
CAKE_NATIVE = [
    ("土曜の午後に受け取れるように誕生日ケーキを頼みたいです。",
     "かしこまりました。土曜午後のお受け取りで、誕生日ケーキですね。"),
]  # fmt: skip
CAKE_OTHER = [
    ("土曜の午後に受け取れるようにウェディングケーキを頼みたいです。",
     "かしこまりました。土曜午後のお受け取りで、ウェディングケーキですね。"),
]  # fmt: skip

MIRROR_MM = [
    ("I'd like a bathroom mirror cut to size, 900mm x 600mm, with polished edges.",
     "Certainly: a 900mm x 600mm mirror with polished edges."),
]  # fmt: skip
MIRROR_CM = [
    ("Do you cut mirrors to measure?", "We do. What size do you need?"),
    ("90 by 60 centimetres, edges polished please.",
     "Noted: mirror 90 by 60 centimetres, polished edges."),
]  # fmt: skip
MIRROR_OTHER = [
    ("Do you cut mirrors to measure?", "We do. What size do you need?"),
    ("90 by 45 centimetres, edges polished please.",
     "Noted: mirror 90 by 45 centimetres, polished edges."),
]  # fmt: skip
SHELF_METRES = [
    ("壁に取り付ける棚を注文したいです。", "ありがとうございます。サイズはお決まりですか？"),
    ("幅1メートル20の棚でお願いします。", "幅1メートル20の棚ですね。"),
]  # fmt: skip
SHELF_CM = [
    ("幅120センチの壁付けの棚を作ってもらえますか。", "承知しました。幅120センチの棚ですね。"),
]  # fmt: skip
SHELF_OTHER = [
    ("幅150センチの壁付けの棚を作ってもらえますか。", "承知しました。幅150センチの棚ですね。"),
]  # fmt: skip

PROBES = [
    ("en-lenses-spaced", "reworded", 1, LENSES_HYPHEN, LENSES_SPACED),
    ("en-lenses-other", "entity", 0, LENSES_HYPHEN, LENSES_OTHER),
    ("ja-cake-native", "reworded", 1, CAKE_LOANWORD, CAKE_NATIVE),
    ("ja-cake-other", "entity", 0, CAKE_LOANWORD, CAKE_OTHER),
    ("en-mirror-cm", "reworded", 1, MIRROR_MM, MIRROR_CM),
    ("en-mirror-other", "amount", 0, MIRROR_MM, MIRROR_OTHER),
    ("ja-shelf-cm", "reworded", 1, SHELF_METRES, SHELF_CM),
    ("ja-shelf-other", "amount", 0, SHELF_METRES, SHELF_OTHER),
]
#: what a counterpart is refused for (the twin's wording is no longer a difference)
REASONS = {
    "en-lenses-other": "history:facts-fact:",
    "ja-cake-other": "history:facts-named:バースデー",
    "en-mirror-other": "history:facts-named:",
    "ja-shelf-other": "history:facts-named:",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_runs_of_words() -> None:
    """English runs are joined by a space, Japanese ones closed up, at most three long."""
    assert spans(["a", "b"]) == [(0, 1, "a"), (0, 2, "a b"), (1, 2, "b")]
    assert (0, 2, "誕生日") in spans(["誕生", "日"])
    assert len(spans(["w", "x", "y", "z"])) == 9


@pytest.mark.parametrize(
    ("mine", "theirs", "said"),
    [
        (["single", "vision", "lenses"], ["single-vision", "lens"], {0, 1}),
        (["single-vision"], ["single", "vision"], {0}),
        (["anti-glare"], ["antiglare"], {0}),
        (["誕生", "日", "ケーキ"], ["バースデー", "ケーキ"], {0, 1}),
        (["バースデー"], ["誕生", "日"], {0}),
        (["double"], ["double-sided"], set()),  # a part is not the whole
        (["single"], ["double", "vision"], set()),
        (["ウェディング"], ["誕生", "日"], set()),
        (["lenses"], ["lenses"], set()),  # one word against one: the alignment's job
        (["1", "80"], ["180"], set()),  # numbers are compared by value, not by letters
    ],
)
def test_said_in_spans(mine, theirs, said) -> None:
    assert said_in_spans(mine, theirs) == said


def test_runs_stop_between_words_apart() -> None:
    """Words not next to each other in their text (a particle between) make no run."""
    assert (0, 2, "東京駅") not in spans(["東京", "駅"], [0, 2])
    assert (0, 2, "誕生日") in spans(["誕生", "日"], [4, 5])
    assert said_in_spans(["single", "vision"], ["single-vision"], [1, 3], [0]) == set()


@pytest.mark.parametrize(
    ("text", "dimension", "values"),
    [
        ("about 600mm x 400mm", "length", [0.6, 0.4]),
        ("60 by 40 centimetres", "length", [0.4, 0.6]),
        ("横1メートル80の板", "length", [1.8]),
        ("180センチ", "length", [1.8]),
        ("a 2.5 kg sack", "mass", [2500.0]),
        ("1.5 litres", "volume", [1.5]),
        ("三メートル", "length", [3.0]),
    ],
)
def test_measures(text, dimension, values) -> None:
    found = measures(text)
    assert [d for _, d, _ in found] == [dimension] * len(values)
    assert [v for _, _, v in found] == pytest.approx(values)


@pytest.mark.parametrize("text", ["5 men", "2000円", "the 3 of us", "a 5-star hotel"])
def test_no_measure(text) -> None:
    assert measures(text) == ()


def test_converted_is_exact() -> None:
    """A value in every unit of its dimension, without the division's float error."""
    assert converted("length", 0.6) == {0.0006, 0.6, 60.0, 600.0}
    assert converted("mass", 2500.0) == {2.5, 2500.0}
