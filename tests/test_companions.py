"""A person described by a relative clause the other prompt leaves bare (session 29,
``guard/companions.py``): refused by the real default guard in both orders; a clause whose
words the other prompt says another way, or no person before *who*, is left alone. Pairs
written for this test (not the adversarial set's, not a held-out set's)."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.companions import described_person

#: (bare prompt, described prompt, the person noun)
DESCRIBED = [
    ("Can I bring my grandmother to the pottery studio?",
     "Can I bring my grandmother, who has dementia, to the pottery studio?", "grandmother"),
    ("Is the escape room okay for my nephew?",
     "Is the escape room okay for my nephew who gets claustrophobic?", "nephew"),
    ("Can my husband join the wine tasting?",
     "Can my husband, who is diabetic, join the wine tasting?", "husband"),
    ("Is the hot spring fine for my guest?",
     "Is the hot spring fine for my guest whose leg is in a cast?", "guest"),
]  # fmt: skip

#: pairs the rule leaves alone: the clause said another way, or no person before *who*
KEPT = [
    ("Do you run sessions for kids who are beginners?", "Do you run beginner sessions for kids?"),
    ("Can I bring my daughter who is 7?", "Can I bring my 7 year old daughter?"),
    ("Is the tour for people who are blind?", "Is the tour for the blind?"),
    ("Who teaches the pottery class?", "Who runs the pottery class?"),
    ("Can I tip the waiter who served us at the bar?", "Can I tip the waiter at the bar?"),
]  # fmt: skip


@pytest.fixture(scope="module")
def guard() -> Guard:
    """The default guard."""
    return Guard()


@pytest.mark.parametrize(("bare", "described", "noun"), DESCRIBED)
def test_described_companion_refused(guard: Guard, bare: str, described: str, noun: str) -> None:
    """Both orders refused, the reason naming the person noun."""
    assert described_person(bare, described, "en") == f"companion-clause:{noun}"
    assert described_person(described, bare, "en") == f"companion-clause:{noun}"
    for query, cached in ((bare, described), (described, bare)):
        assert not guard.check(query, cached, "en").accept, (query, cached)


@pytest.mark.parametrize(("first", "second"), KEPT)
def test_clause_said_otherwise_left_alone(first: str, second: str) -> None:
    """No reason when the clause's words are in the other prompt or no person noun leads it."""
    assert described_person(first, second, "en") == ""
    assert described_person(second, first, "en") == ""


def test_japanese_not_read() -> None:
    """Japanese prompts are not read by this English rule."""
    assert described_person("母と行けますか", "足の悪い母と行けますか", "ja") == ""
