"""Session 36 (lateWrong): the conjunctive と closes a conditional clause as ば / たら / なら /
場合 do. A prompt that adds a clause of that kind in front (a party or a manner: 親子で申し込
むと, 友達と一緒に通うと) asks about a case the other prompt does not ("is there a discount if
X?" / "is there a discount?"): ``condition:`` both ways, in the band and above it. The English
reading (an added *if* clause) already refused it. A paraphrase that keeps the condition in
other words is still served; an obligation (しないといけない) is no condition; a story told
before the question is not read as one.

Every example is written for this test (none is taken from an evaluation file).
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_in_condition
from yamabiko.guard.japanese import short_units


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard()


@pytest.mark.parametrize(
    ("narrower", "wider", "reason"),
    [
        ("陶芸教室は親子で申し込むと割引がありますか？", "陶芸教室は割引がありますか？",
         "condition:親子+申し"),
        ("ヨガ教室は友達と一緒に通うと安くなりますか？", "ヨガ教室は安くなりますか？",
         "condition:友達+一緒+通う"),
        ("Is there a discount if two siblings join?", "Is there a discount?",
         "condition:two+siblings+join"),
    ],
)  # fmt: skip
def test_a_dropped_condition_is_refused_both_ways(guard, narrower, wider, reason) -> None:
    """The clause one side adds narrows the question, whichever side asks first."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(narrower, wider, None, cosine, 0.75).reason == reason
        assert guard.check(wider, narrower, None, cosine, 0.75).reason == reason


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the condition kept on both sides, the words moved
        ("陶芸教室は親子で申し込むと割引がありますか？",
         "親子で陶芸教室に申し込むと割引はありますか？"),
        # an obligation through と is no condition
        ("予約しないといけませんか？", "予約は必要ですか？"),
    ],
)  # fmt: skip
def test_a_kept_condition_or_an_obligation_is_served(guard, first, second) -> None:
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(first, second, None, cosine, 0.75).accept
        assert guard.check(second, first, None, cosine, 0.75).accept


@pytest.mark.parametrize(
    "story",
    [
        "来月から息子が中学生になるので、部活を探している状態です。陶芸教室は割引がありますか？",
        "駅から歩くと遠いので、車で行く予定です。陶芸教室は割引がありますか？",
    ],
)
def test_a_story_before_the_question_is_no_conditional_clause(guard, story) -> None:
    """The words a story adds run past its first と / ので: no clause the question opens with."""
    bare = "陶芸教室は割引がありますか？"
    for query, cached in ((story, bare), (bare, story)):
        assert not guard.check(query, cached, None, IN_BAND, 0.75).reason.startswith("condition:")


def test_only_the_conjunctive_to_after_a_verb_closes_a_clause() -> None:
    """と after a noun (友達と: with) or a quotation opens no condition; 入ると does."""
    with_friend = short_units("友達と教室に通えますか")
    assert not ja_in_condition(with_friend, [0])
    joining = short_units("兄弟で入ると割引がありますか")
    assert ja_in_condition(joining, [0, 2])
    assert not ja_in_condition(joining, [4])  # (割引 stands after the clause)
