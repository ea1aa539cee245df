"""Session 37 (samectx): a paired user turn said with another verb (*ordered* / *bought*,
注文しました / 頼みました) is left to the stated facts when the replies say back the replaced
word and differ only in the assistant's own wording (ご注文を承りました / ご注文、確認いたしました;
:func:`~yamabiko.conversation.words.own_wording`); replies that differ in a user's word, or
in a form made from one (*amend* said back as *an amendment*), still differ.

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher (conftest's ``matcher``), WordNet and SudachiPy, decided both ways round with the
follow-up a lookup hands over; each served probe has a twin whose thread changes the context
and stays refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.words import own_wording
from yamabiko.guard.analysis import AnalysisCache

PAPER = ("I ordered four boxes of printer paper.",
         "Your order for four boxes of printer paper is confirmed.")  # fmt: skip
POTTERY = ("I booked the pottery class for Saturday.",
           "Your booking for the pottery class on Saturday is confirmed.")  # fmt: skip
TAX = ("I need to file my tax return for 2025.", "Okay, your return for the 2025 tax year.")
PENS = ("ボールペンを10本注文しました。", "ボールペン10本のご注文を承りました。")
CLASS = ("来週の土曜に陶芸教室を予約しました。", "土曜の陶芸教室のご予約を承りました。")

#: (cached exchange, query exchange, follow-up, served)
PROBES = [
    (PAPER, ("I bought four boxes of printer paper.",
             "We've received your order of four boxes of printer paper."),
     "When will it ship?", True),
    (PAPER, ("I returned four boxes of printer paper.",
             "We've received your return of four boxes of printer paper."),
     "When will it ship?", False),
    (POTTERY, ("I reserved the pottery class for Saturday.",
               "We've noted your booking for the pottery class on Saturday."),
     "What should I bring?", True),
    (POTTERY, ("I cancelled the pottery class for Saturday.",
               "We've noted your cancellation of the pottery class on Saturday."),
     "What should I bring?", False),
    # the replies differ in a form of a user's word: another act said back, not the wording
    (TAX, ("I need to amend my tax return for 2025.",
           "Okay, an amendment to your return for the 2025 tax year."),
     "When is the deadline?", False),
    (PENS, ("ボールペンを10本頼みました。", "ボールペン10本のご注文、確認いたしました。"),
     "いつ届きますか？", True),
    (PENS, ("ボールペンを10本返品しました。", "ボールペン10本のご返品、確認いたしました。"),
     "いつ届きますか？", False),
    (PENS, ("ボールペンを10本頼みました。", "ボールペン10本の返品、確認いたしました。"),
     "いつ届きますか？", False),
    (CLASS, ("来週の土曜に陶芸教室を申し込みました。",
             "土曜の陶芸教室のご予約、確認いたしました。"),
     "何を持っていけばいいですか？", True),
    (CLASS, ("来週の土曜に陶芸教室をキャンセルしました。",
             "土曜の陶芸教室のキャンセル、確認いたしました。"),
     "何を持っていけばいいですか？", False),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[1][0]} / {p[3]}" for p in PROBES])
async def test_a_verb_said_otherwise_confirmed_alike(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    cached, query, follow_up, served = probe
    for accept, reason in await both_ways(matcher, turns(cached), turns(query), follow_up):
        assert accept is served, reason


def test_the_assistants_own_wording() -> None:
    analyses = AnalysisCache(64)  # (the real guard analysis of each reply)
    users = frozenset({"order", "concert", "tax", "amend", "file", "return", "注文", "頼み"})
    begins = ("The concert on July 12 begins at 7 pm.", "The July 12 concert starts at 7 pm.")
    assert own_wording(analyses, *begins, users)
    accepted = ("ボールペン10本のご注文を承りました。",
                "ボールペン10本のご注文、確認いたしました。")  # fmt: skip
    assert own_wording(analyses, *accepted, users)
    # a word a user said, or a form made from it, is no wording of the assistant's own
    amended = ("Okay, your return for the 2025 tax year.",
               "Okay, an amendment to your return for the 2025 tax year.")  # fmt: skip
    assert not own_wording(analyses, *amended, users)
    other = ("Your order is confirmed.", "Your concert is confirmed.")
    assert not own_wording(analyses, *other, users)
