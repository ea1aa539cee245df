"""Session-23 (after the record run) Japanese probes: four general causes of heldout17's misses.

* A noun + 用 compound whose first part differs (私用 / 娘 + 用): SudachiPy keeps 私用 as one
  word and splits 娘用, and the word vectors put 私用 next to the bare 用 (0.89), so 娘 was
  left over as added detail. A part of a compound of its own that the compound test does not
  join to the longer word (``compounds.other_compound``) is no longer paired by the vectors.
* A concession on one side and a condition on the other about different events
  (保証書をなくしても / 保証書があれば): ``ja_concession`` compared only the same event, and
  its cheap test skipped every pair where both sides said ても, which the request てもらう
  says on both. Reason ``clause:有る:ば->なくす:ても``.
* A topic said after the question (色あせしませんか、のれんは？): the question's ending was
  read from the topic, so the negative question was not recognised as one and the pair was
  refused as ``negation``.
* A negative question after ても (さしても傷みませんか): the ても was taken for the frame of
  permission (撮っても構いませんか) whatever verb followed; now only the words of permission
  and obligation close such a frame.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones; each list says what the code before this change did.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.compounds import other_compound
from yamabiko.guard.ja_concession import concession_changed
from yamabiko.guard.ja_doers import _units
from yamabiko.guard.ja_words import before_ending
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: a topic moved after the question and a negative question after ても
#: (the first two refused as ``negation`` before), 子供 / 子ども before 用 and a topic moved
#: with the same negative question on both sides (served before and after)
SERVED = [
    ("この傘は外に干しても色あせしませんか？", "外に干しても色あせしませんか、この傘は？", "ja"),
    ("着物を雨の日に着ても縮みませんか？", "着物を雨の日に着ても縮みますか？", "ja"),
    ("子供用の浴衣はありますか？", "子ども用の浴衣はありますか？", "ja"),
    ("この財布は毎日使っても傷みませんか？", "毎日使っても傷みませんか、この財布は？", "ja"),
]

#: whom the thing is for, and a concession against a condition: served before, refused now
REFUSED = [
    (
        "祖母の着物を私用に仕立て直せますか？",
        "祖母の着物を娘用に仕立て直せますか？",
        "ja",
        "substitution:私用->娘+用",
    ),
    (
        "父の時計を私用に直せますか？",
        "父の時計を息子用に直せますか？",
        "ja",
        "substitution:私用->息子+用",
    ),
    (
        "保証書をなくしても時計を修理してもらえますか？",
        "保証書があれば時計を修理してもらえますか？",
        "ja",
        "clause:なくす:ても->有る:ば",
    ),
    (
        "レシートをなくしても返品してもらえますか？",
        "レシートがあれば返品してもらえますか？",
        "ja",
        "clause:なくす:ても->有る:ば",
    ),
]

#: a paraphrase the compound test now refuses: 私 / 自分 before 用 are 0.65 apart by the word
#: vectors, under the bar at which two compounds' other parts are one (served before)
KNOWN_MISSES = [("私用の数珠を直せますか？", "自分用の数珠を直せますか？", "ja")]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_a_part_of_another_compound_is_not_the_longer_word() -> None:
    mine = {u.key: u for u in units("数珠を私用に直せますか", "ja")}
    theirs = {u.key: u for u in units("数珠を娘用に直せますか", "ja")}
    assert other_compound(mine["私用"], theirs["用"])
    assert not other_compound(mine["数珠"], theirs["数珠"])  # the same word
    assert not other_compound(mine["私用"], theirs["娘"])  # neither inside the other


def test_concession_against_condition_on_other_events() -> None:
    lost, kept = "保証書をなくしても修理してもらえますか", "保証書があれば修理してもらえますか"
    assert concession_changed(lost, kept) == "有る:ば->なくす:ても"
    assert concession_changed(kept, lost) == "なくす:ても->有る:ば"
    # the ても of a request on both sides and no clause: nothing changed
    assert concession_changed("修理してもらえますか", "直してもらえますか") == ""
    # 場合でも is a concession: two concessions, no change
    assert (
        concession_changed(
            "保証書がなくても修理できますか", "保証書を紛失した場合でも修理できますか"
        )
        == ""
    )


def test_a_topic_after_the_question_is_not_its_ending() -> None:
    said_after = _units("外に干しても色あせしませんか、この傘は？")
    said_first = _units("この傘は外に干しても色あせしませんか？")
    # the last predicate is the same morpheme (し of 色あせし) either way
    assert before_ending(said_after) == before_ending(said_first) - 3  # (この傘は in front)
    assert said_after[before_ending(said_after)].surface() == "し"
    plain = _units("はい、そうですか？")  # a comma with no question before it
    assert [m.surface() for m in plain][before_ending(plain)] == "そう"
