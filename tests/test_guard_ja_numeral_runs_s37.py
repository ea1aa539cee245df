"""Session-37 (late round) probes: a Japanese number in kanji that SudachiPy cut inside itself.

SudachiPy's best path may take a dictionary word that opens with a multiplier right after a
numeral: 九十分 was read 九 + 十分 (enough), 百二十分 百二 + 十分, so the number unit said 9
or 102, and 九十分 / 90分 was refused ``number``. A kanji numeral followed at once by a word
(not a numeral) that opens with 十 / 百 / 千 / 万 is now read as one number and the rest
(``ja_numeral_runs.numerals_rejoined``, in ``japanese.long_units``).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones; each list says what the code before this change did.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.ja_numeral_runs import numerals_rejoined
from yamabiko.guard.japanese import long_units

GUARD = Guard()
THRESHOLD = 0.75

#: the first two refused before (``number``: 9 against 90, 102 against 120); the rest served
#: before as now
SERVED = [
    ("体験は九十分かかりますか？", "体験は90分かかりますか？", "ja"),
    ("講座は百二十分ですか？", "講座は120分ですか？", "ja"),
    ("送迎バスは三十分おきに出ますか？", "送迎バスは30分おきに出ますか？", "ja"),
    ("会場には四十人入れますか？", "会場には40人入れますか？", "ja"),
]

#: other numbers, refused before as now (the last: enough against thirty minutes, refused
#: before as ``deletion:三``)
REFUSED = [
    ("体験は九十分かかりますか？", "体験は六十分かかりますか？", "ja", "number"),
    ("講座は百二十分ですか？", "講座は二十分ですか？", "ja", "number"),
    ("送迎バスは三十分おきに出ますか？", "送迎バスは二十分おきに出ますか？", "ja", "number"),
    ("会場には四十人入れますか？", "会場には十人入れますか？", "ja", "number"),
    ("準備時間は十分ですか？", "準備時間は三十分ですか？", "ja", "substitution:十分->三十+分"),
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def _surfaces(text: str) -> list[str]:
    found = long_units(text, keep=False)
    assert found is not None
    return [m.surface() for m in found[1]]


def test_a_number_cut_before_a_multiplier_is_read_whole() -> None:
    assert _surfaces("体験は九十分です")[2:4] == ["九十", "分"]
    assert _surfaces("講座は百二十分です")[2:4] == ["百二十", "分"]
    assert _surfaces("会場に四十人入る")[2:4] == ["四十", "人"]


def test_words_that_open_with_a_multiplier_alone_stay_whole() -> None:
    # 十分 (enough) with no numeral before it is kept, and the text is not tokenized again
    assert "十分" in _surfaces("準備は十分です")
    text = "準備は十分です"
    found = long_units(text, keep=False)
    assert found is not None
    assert numerals_rejoined(found[0], found[1], lambda part: []) == found[1]
