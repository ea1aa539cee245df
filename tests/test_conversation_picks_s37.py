"""Session 37 (lateWrong): the option a user picks from the ones an assistant's statement names
is the request's fact (:func:`~yamabiko.conversation.picks.picked_from`).

"We have oak or walnut." offers a choice without asking; read as a statement it said the
other side's pick too, and two Japanese threads that picked different options were served
(``history:same``). The offering sentence now states no choice; a thread that picks the
same option in other words stays served. Probes written for these tests (none of the sets'
texts), through the real default embedder, matcher (conftest's ``matcher``) and SudachiPy,
both ways round with the follow-up a lookup hands over.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.picks import options, picked_from

ORDER_EN = ("I'd like to order a dining table for my kitchen.", "Thanks. We have oak or walnut.")
WALNUT_JA = "承知しました。ウォールナットのダイニングテーブルを一台承りました。"
ORDER_JA = ("台所用のダイニングテーブルを注文したいです。",
            "ありがとうございます。材はオークとウォールナットから選べます。")  # fmt: skip
LESSON_JA = ("来月の陶芸体験に娘を申し込みたいです。",
             "ありがとうございます。作るものは茶碗か皿をお選びいただけます。")  # fmt: skip


def _thread(opening: tuple[str, str], pick: str, recap: str) -> list[tuple[str, str]]:
    return turns(opening, (pick, recap))


#: (cached pick and recap, query pick and recap, opening, follow-up, served)
PROBES = [
    (("Walnut, please.", "Done: one walnut dining table for your kitchen."),
     ("Oak, please.", "Done: one oak dining table for your kitchen."),
     ORDER_EN, "How long does it take to make, and what does it cost?", False),
    (("ウォールナットでお願いします。", WALNUT_JA),
     ("オークでお願いします。", "承知しました。オークのダイニングテーブルを一台承りました。"),
     ORDER_JA, "納期はどのくらいで、費用はいくらですか？", False),
    (("ウォールナットでお願いします。", WALNUT_JA),
     ("ウォールナットにします。", WALNUT_JA),
     ORDER_JA, "納期はどのくらいで、費用はいくらですか？", True),
    (("茶碗でお願いします。", "承知しました。来月の陶芸体験、茶碗でお申し込みを受け付けました。"),
     ("皿でお願いします。", "承知しました。来月の陶芸体験、皿でお申し込みを受け付けました。"),
     LESSON_JA, "料金はいくらで、何時間かかりますか？", False),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[1][0]} / {p[4]}" for p in PROBES])
async def test_the_option_picked_is_the_requests_fact(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    cached, query, opening, follow_up, served = probe
    found = await both_ways(matcher, _thread(opening, *cached), _thread(opening, *query), follow_up)
    for accept, reason in found:
        assert accept is served, reason


def test_options_and_the_pick() -> None:
    """Two options joined by *or* (と / や / か between nouns); the answer names one of them."""
    assert options("We have oak or walnut.") == (("oak", "walnut"),)
    assert options("材はオークとウォールナットから選べます。") == (("オーク", "ウォールナット"),)
    assert picked_from("We have oak or walnut.", "Walnut, please.")
    assert picked_from("作るものは茶碗か皿をお選びいただけます。", "皿でお願いします。")
    # an answer naming both, or neither, picks nothing; a sentence with no options offers none
    assert not picked_from("We have oak or walnut.", "Either oak or walnut is fine.")
    assert not picked_from("We have oak or walnut.", "How long will it take?")
    assert not picked_from("Your table is booked for Friday.", "Friday, thanks.")
    assert not picked_from("We have oak or walnut.", "")
