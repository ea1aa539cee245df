"""Session-23 readings of the ``negation`` and ``question`` checks (``guard/negation_readings.py``,
``guard/question_words.py``): a negation that only the statement of a situation before the
question carries ("My laptop won't charge - can you replace the battery?"), and question words
that ask what another one asks (how quickly / how soon can you, 何度 / 何回). Where / how and
どちらが / 誰が, read as one kind at first this session, stay refused as earlier reviews decided
(a place is not a way; which of two is not who): see the last test.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet); on the code before session 23 each paraphrase below is
rejected by its check, so each assertion on them fails there. The other side is tested too: a
negation in the question itself, or a situation told on both sides with opposite polarity,
still rejects, and question words of really different kinds still differ.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard

NEGATION = Guard(["negation"], learned=False)  # the negation check alone
QUESTION = Guard(["question"], learned=False)  # the question check alone

#: the negation is in the situation told before the question, which the other side leaves out
BACKGROUND = [
    ("Can you replace my laptop battery?",
     "My laptop won't charge any more - can you replace the battery?"),
    ("Do you clean leather sofas?",
     "Our sofa hasn't been cleaned since we bought it. Do you clean leather sofas?"),
    ("網戸の張り替えはできますか？", "網戸がうまく閉まらないのですが、張り替えはできますか？"),
    ("車検の予約はできますか？", "今月は忙しくて時間が取れないんですが、車検の予約はできますか？"),
]  # fmt: skip
#: the negation is in the question, or both sides tell a situation: a real difference
DIFFERENT = [
    ("Can you replace my laptop battery?",
     "My laptop won't charge - can't you replace the battery?"),
    ("My laptop charges - can you replace the battery?",
     "My laptop won't charge - can you replace the battery?"),
    ("網戸は直せますか？", "網戸が閉まるのですが、張り替えずに直せますか？"),
    ("網戸が閉まるのですが、張り替えはできますか？",
     "網戸が閉まらないのですが、張り替えはできますか？"),
    ("Can I park here?", "Can I park here without a permit?"),
]  # fmt: skip
#: two question words that ask for the same answer
SAME_ASKED = [
    ("How quickly can you deliver a sofa?", "How soon can you deliver a sofa?"),
    ("エアコンの掃除は年に何回すればいいですか？", "エアコンは一年に何度掃除すればいいですか？"),
    ("修理の回数は何回まで無料ですか？", "修理は何度まで無料ですか？"),
]
#: question words of different kinds: still refused
DIFFERENT_ASKED = [
    ("Where is the parking office?", "When is the parking office open?"),
    ("How should I advertise my bakery?", "Where should I advertise my bakery?"),
    ("How quickly can you deliver a sofa?", "Where can I buy a sofa?"),
    ("修理代は誰が払いますか？", "修理はどこでできますか？"),
    ("How do I buy a season ticket?", "Where can I buy a season ticket?"),
    ("修理代は誰が払いますか？", "修理代はどちらが払いますか？"),
]


@pytest.mark.parametrize(("first", "second"), BACKGROUND)
def test_a_negation_in_the_background_is_not_the_question(first: str, second: str) -> None:
    assert NEGATION.check(first, second).accept
    assert NEGATION.check(second, first).accept


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_a_negation_in_the_question_still_rejects(first: str, second: str) -> None:
    verdict = NEGATION.check(first, second)
    assert not verdict.accept
    assert verdict.reason == "negation"


@pytest.mark.parametrize(("first", "second"), SAME_ASKED)
def test_question_words_asking_the_same(first: str, second: str) -> None:
    assert QUESTION.check(first, second).accept
    assert QUESTION.check(second, first).accept


@pytest.mark.parametrize(("first", "second"), DIFFERENT_ASKED)
def test_question_words_asking_differently(first: str, second: str) -> None:
    verdict = QUESTION.check(first, second)
    assert not verdict.accept
    assert verdict.reason == "question"
