"""A condition of the asker told in a story before a question of price, permission,
suitability or eligibility is refused against the bare question (session 28); background that
changes nothing stays served. Pairs written for this test, both orders, the real guard."""

from __future__ import annotations

import pytest

from yamabiko.focus import story_split
from yamabiko.guard import Guard

#: (story prompt, bare question, the condition the reason names)
CONDITIONS = [
    ("I'm seventy and live just down the road - how much is a season pass?",
     "How much is a season pass?", "seventy"),
    ("I'm diabetic and my friends booked a table for Friday - can I order the tasting menu?",
     "Can I order the tasting menu?", "diabetic"),
    ("We're members of the rowing club in town - is there a discount on boat hire?",
     "Is there a discount on boat hire?", "members"),
    ("My husband has epilepsy and loves fast rides - is the big dipper suitable?",
     "Is the big dipper suitable?", "epilepsy"),
    ("実は先月から妊娠中なのですが、岩盤浴は利用できますか？", "岩盤浴は利用できますか？", "妊娠"),
    ("息子が来月で6歳になるのですが、幼児料金で乗れますか？", "幼児料金で乗れますか？", "6歳"),
    # a noun a clause describes states its clause: the clause's noun is the condition (s36)
    ("先月から足を骨折している状態です。ヨガ教室に参加できますか？", "ヨガ教室に参加できますか？",
     "骨折"),
    ("医者に運動を止められている状態です。ジムは利用できますか？", "ジムは利用できますか？",
     "運動"),
    ("来年娘が小学生になるのですが、入館料はいくらですか？", "入館料はいくらですか？", "小学生"),
]  # fmt: skip

#: (story prompt, bare question): the story gives background or only restates the question
BACKGROUND = [
    ("My brother gave me a bonsai for my birthday last month - how often does a bonsai need "
     "repotting?", "How often does a bonsai need repotting?"),
    ("I'm vegan and cook for the family every night - do you sell oat milk?",
     "Do you sell oat milk?"),
    ("We are driving up from the coast for the weekend - what time does the market open?",
     "What time does the market open?"),
    ("友達と週末に遊びに行く予定なのですが、駐車場は何台停められますか？",
     "駐車場は何台停められますか？"),
    # a clause that names no noun before the noun it describes states no condition (s36)
    ("習い事を始めようか迷っていて、まだ何も決めていない状態です。体験レッスンは予約できますか？",
     "体験レッスンは予約できますか？"),
    ("週末に友人と行こうか話していて、まだ何も分からない状態です。入場料はいくらですか？",
     "入場料はいくらですか？"),
]  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard."""
    return Guard()


@pytest.mark.parametrize(("story", "bare", "condition"), CONDITIONS)
def test_condition_in_story_refused(guard: Guard, story: str, bare: str, condition: str) -> None:
    """Refused both ways at a cosine in the serving band, naming the condition."""
    for query, cached in ((story, bare), (bare, story)):
        verdict = guard.check(query, cached, similarity=0.8, threshold=0.75)
        assert not verdict.accept
        assert verdict.reason.startswith("story-condition:")
        assert condition in verdict.reason


@pytest.mark.parametrize(("story", "bare"), BACKGROUND)
def test_background_story_kept(guard: Guard, story: str, bare: str) -> None:
    """A story without a condition of the asker, or before a question no condition changes,
    is not refused for it."""
    for query, cached in ((story, bare), (bare, story)):
        verdict = guard.check(query, cached, similarity=0.8, threshold=0.75)
        assert not verdict.reason.startswith("story-condition:")


def test_story_split() -> None:
    """The story and the question of a prompt with a preamble; none for a bare question."""
    split = story_split("I'm seventy and live just down the road - how much is a season pass?")
    assert split == ("I'm seventy and live just down the road", "How much is a season pass?",
                     False)  # fmt: skip
    assert story_split("How much is a season pass?") is None
