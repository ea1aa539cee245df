"""Session 34 (review): a need counts before a follow-up whose kind the reading does not know,
and a question of when the party should act is one of the way there.

Session 34's smalltalk counted a remark's need (an allergy, a refused food, a conveyance) only
before a follow-up of a kind it decides (:data:`~yamabiko.conversation.needs.DECIDES`, the
kinds :func:`~yamabiko.conversation.bearing.asked` reads), so before a question of no kind
read at all the need was dropped: 卵アレルギー before おすすめのコースはありますか？, "My wife
doesn't eat meat." before *Is the set course okay for us?*, "We'll be coming by bus." before
*When should we leave the hotel?*, 電車で行きます before 何時ごろ出発すればいいですか？ were all
served against the thread without the remark (``history:same``; main at the session's start
refused them, ``history:need``). Now a follow-up of no kind read counts every need, as no
follow-up does; *when* / *what time* / いつ / 何時 is a kind of its own (``time``: small talk
before "What time does it open?" stays served), and a time the party asks what it should do
at (*should we*, ～ばいい) is the way there, which a conveyance decides.

Probes written for these tests, with the real default embedder and matcher, both ways round,
the follow-up handed over as a lookup hands its prompt.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.bearing import asked

DINNER = [("I'd like to book a table for two on Saturday at 8pm.",
           "Certainly, a table for two on Saturday at 8pm is booked.")]  # fmt: skip
YOYAKU = [("土曜の夜8時に2名で予約したいです。", "承知しました。土曜20時、2名様でご予約しました。")]
TOUR = [("We'd like to book the garden tour for four people next Sunday at 10am.",
         "Booked: the garden tour for four, next Sunday at 10am.")]  # fmt: skip
TSUAA = [("来週日曜の10時に庭園ツアーを4名で予約したいです。",
          "承知しました。来週日曜10時、4名様でご予約しました。")]  # fmt: skip
THANKS = "Thanks for letting us know."

#: (name, label, thread, remark, reply, follow-up); label 0: the remark decides the answer
ROWS = [
    ("ja-egg-course", 0, YOYAKU, "実は卵アレルギーがあるんです。",
     "お知らせいただきありがとうございます。", "おすすめのコースはありますか？"),
    ("en-meat-course", 0, DINNER, "My wife doesn't eat meat.", THANKS,
     "Is the set course okay for us?"),
    ("en-bus-leave", 0, TOUR, "We'll be coming by bus.", "Great, see you then.",
     "When should we leave the hotel?"),
    ("ja-train-leave", 0, TSUAA, "当日は電車で行きます。", "お待ちしております。",
     "何時ごろ出発すればいいですか？"),
    ("en-bus-open", 1, TOUR, "We'll be coming by bus.", "Great, see you then.",
     "What time does it open?"),
    ("ja-train-open", 1, TSUAA, "当日は電車で行きます。", "お待ちしております。",
     "何時から入れますか？"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
async def test_a_need_before_the_follow_up(matcher: ConversationMatcher, row: tuple) -> None:
    _name, label, thread, remark, reply, question = row
    a, b = turns(*thread), turns(*thread, (remark, reply))
    for accept, reason in await both_ways(matcher, a, b, question):
        assert accept == bool(label), reason
        if not label:
            assert reason.startswith("history:need:"), reason


def test_when_is_a_time_and_when_to_act_is_the_way_there() -> None:
    assert asked("What time does it open?", "en") == {"time"}
    assert asked("When should we leave the hotel?", "en") == {"way"}
    assert asked("何時から入れますか？", "ja") == {"time"}
    assert asked("何時ごろ出発すればいいですか？", "ja") == {"way"}
    assert asked("いつ出ればいいですか？", "ja") == {"way"}
    assert asked("Is the set course okay for us?", "en") == frozenset()
