"""Session 26 (fixCI): a request after the thread that the assistant reports done adds to
the job, however far its wording lies from the thread.

Since surface2 (a Japanese か question gets its ？) the exchange ついでにオイル交換もお願い
できますか。 / はい、オイル交換も追加しました。 lies at 0.449 from the thread's 車検, under the
cosine (0.45) from which step 2 reads an unpaired exchange as related, so it passed as an aside
(``history:same``, label: different). Step 2 now reads it by what it says: the act the user
asks for (交換), reported done by the reply (追加しました), and said nowhere in the thread
changes the thread. A side question answered in the present (Wi-Fiはありますか / 待合室で
使えます) stays an aside."""

from __future__ import annotations

from conversation_turns import both_ways, turns

from yamabiko.conversation.acts import reports_done

SHAKEN = [("来週、車検をお願いしたいです。", "はい、来週の水曜日に車検で承りました。")]
WASH = [
    ("洗車の予約をしたいです。", "ありがとうございます。車種と、ご希望の日時を教えてください。"),
    ("軽自動車で、土曜日の朝9時です。", "軽自動車、土曜日9時の手洗い洗車ですね。"),
]


async def test_a_request_reported_done_after_the_thread_is_refused(matcher) -> None:
    oil = [*SHAKEN, ("ついでにオイル交換もお願いできますか。", "はい、オイル交換も追加しました。")]
    for accept, reason in await both_ways(matcher, turns(*SHAKEN), turns(*oil)):
        assert not accept, reason


async def test_a_side_question_answered_stays_an_aside(matcher) -> None:
    wifi = [*WASH, ("待っている間に使えるWi-Fiはありますか？", "はい、待合室で使えます。")]
    for accept, reason in await both_ways(matcher, turns(*WASH), turns(*wifi)):
        assert accept, reason


def test_reports_done() -> None:
    assert reports_done("はい、オイル交換も追加しました。", "ja")
    assert not reports_done("はい、待合室で使えます。", "ja")
    assert reports_done("Of course, gutter clearing added for Tuesday.", "en")
    assert not reports_done("Noted: coasteering for 6 on Saturday.", "en")  # (a light verb)
    assert not reports_done("Yes, there's a changing hut at the car park.", "en")
