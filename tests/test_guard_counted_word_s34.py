"""Session 34 (review): a count said as one word is a count added (二人).

Session 33's lateJA refuses a Japanese count said on one side only (入場券を三枚予約 / 入場券を
予約: ``insertion:三``), read from the number units. SudachiPy reads 三人 as 三 + 人 but 二人
(ふたり) as one noun, a content word the check took for a detail added, so 子供二人の料金はいくら
ですか / 子供の料金はいくらですか and 大人二人で泊まれますか / 大人で泊まれますか were served
(0.95, above the trees' band). ``numeral_words.counted_word`` reads such a word (a kanji
numeral other than one, a rest SudachiPy reads as a suffix after a numeral in digits, the word
a noun that may stand as an adverb, 副詞可能) and the minimal-pair stage refuses it as a count
added wherever the pair's cosine is.

Every pair is written for this test; the guard, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.numeral_words import counted_word
from yamabiko.guard.units import units

GUARD = Guard()

SERVED = [  # (the same count on both sides: as before)
    ("子供二人の料金はいくらですか", "子供二人の料金を教えてください", "ja"),
    ("二人で泊まれる部屋はありますか", "二人で泊まれる部屋はございますか", "ja"),
]
REFUSED = [
    ("子供の料金はいくらですか", "子供二人の料金はいくらですか", "ja", "insertion:二人"),
    ("大人で泊まれますか", "大人二人で泊まれますか", "ja", "insertion:二人"),
]


class TestProbes(ProbeFile):
    """A count said as one word, on one side only, refused; counts on both sides served."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_count_said_as_one_word() -> None:
    def counted(text: str) -> list[str]:
        return [u.text for u in units(text, "ja") if counted_word(u)]

    assert counted("子供二人の料金") == ["二人"]
    # a word that only starts with a numeral, a count of one: no count
    for text in ("八百屋", "一般の料金", "両親と行きます", "一番人気", "四季", "一流のホテル"):
        assert counted(text) == [], text
