"""Session 34 (wrongja): two Japanese words of a part of the day are one time in the
minimal-pair check only when they name one part (``guard/ja_day_parts.py``).

The check paired two words the word vectors put above their floor; 早朝 / 午前 (early morning /
the morning) are such a pair, so the guard served 早朝に荷物を受け取れますか against
午前中に荷物を受け取れますか (``guard-ok``). Now the parts of the day, a closed class the
conversation calendar reads too, decide: 早朝 is a dawn, 午前 a morning, two slots; 昼過ぎ and
午後 both an afternoon, one time (refused before, ``substitution:昼過ぎ->午後``).

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
word table, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.conversation.calendar import ja_parts_of_day
from yamabiko.guard import Guard
from yamabiko.guard.ja_day_parts import JA_PARTS_OF_DAY, same_part_of_day

GUARD = Guard()
THRESHOLD = 0.75

#: one time said with two words of one part of the day (the first and the last two refused
#: before: 夕刻 / 夕方 one kanji apart, 昼下がり / 昼過ぎ one head, read as contrasts)
SERVED = [
    ("昼過ぎに荷物を受け取れますか？", "午後に荷物を受け取れますか？", "ja"),
    ("夜に配達してもらえますか？", "晩に配達してもらえますか？", "ja"),
    ("午前中に荷物を受け取れますか？", "午前に荷物を受け取れますか？", "ja"),
    ("夕刻に到着しますか？", "夕方に到着しますか？", "ja"),
    ("昼下がりのお茶会はありますか？", "昼過ぎのお茶会はありますか？", "ja"),
]  # fmt: skip

#: two parts of the day (the first two served before)
REFUSED = [
    ("早朝に荷物を受け取れますか？", "午前中に荷物を受け取れますか？", "ja",
     "substitution:早朝->午前"),
    ("早朝は営業していますか？", "午前は営業していますか？", "ja", "substitution:早朝->午前"),
    ("夜に配達してもらえますか？", "夕方に配達してもらえますか？", "ja", "substitution:夜->夕方"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_one_part_of_the_day_is_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_another_part_of_the_day_is_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_parts_of_the_day() -> None:
    assert same_part_of_day("夜", "晩") is True
    assert same_part_of_day("昼過ぎ", "午後") is True
    assert same_part_of_day("夕刻", "夕方") is True
    assert same_part_of_day("早朝", "午前") is False
    assert same_part_of_day("夕方", "夜") is False
    assert same_part_of_day("夜", "配達") is None  # (one word of no part: not this rule's)
    assert same_part_of_day("週末", "平日") is None


def test_the_conversation_calendar_reads_the_same_table() -> None:
    assert ja_parts_of_day("早朝と午前中") == {JA_PARTS_OF_DAY["早朝"], JA_PARTS_OF_DAY["午前"]}
    assert ja_parts_of_day("昼過ぎに") == {"afternoon"}
