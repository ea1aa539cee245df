"""Session 36 (samefix): a remark after the thread answered by a comment of the assistant's
own is no aside when it tells a need of the party or changes the request:

- a need of the party's bodies and diet (:mod:`yamabiko.conversation.party_needs`): a diet
  (*vegans*), a state of health (*pregnant*, 妊娠, *diabetics*), an aid for one
  (*wheelchairs*, 車椅子), whatever number the remark holds (*A quarter of our group*,
  何人かは), before a follow-up whose answer it decides (a choice, the way there);
- an English date in a remark that points back at the request's thing (*We'd sooner bring
  it in during October.*) is the request's, told in no past;
- a Japanese remark whose verb or noun glosses as the thread's (切る / カット) tells of the
  request's thing: a length in it stays a value.

Probes written for these tests (none of the sets' nor the review's texts), through the real
default embedder, matcher, WordNet and SudachiPy, both ways round with the follow-up a lookup
hands over; each refused probe has a twin with a remark of no need that is still served.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.party_needs import party_need
from yamabiko.conversation.stories import glossed_again, request_dates
from yamabiko.embedders import CachedEmbedder, USEMultilingual


@pytest.fixture(scope="module")
def matcher() -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(CachedEmbedder(USEMultilingual()))


SUPPER = (
    "Could we have a table for nine on Thursday at 8?",
    "All set: nine people, Thursday at 8pm.",
)
GARDENS = (
    "We'd like to book the botanic gardens tour for fourteen on Wednesday.",
    "Booked: fourteen people, Wednesday.",
)
PIANO = (
    "Can you tune our upright piano?",
    "Yes, we can arrange a piano tuning for you.",
)
JA_DINNER = (
    "日曜日の昼、三名で予約をお願いします。",
    "日曜日の昼、三名様でご予約を承りました。",
)
JA_WALK = (
    "金曜日の町歩きツアーを八名で予約したいです。",
    "金曜日、八名様で承りました。",
)
JA_TRIM = (
    "明後日、犬のトリミングをお願いします。",
    "明後日、トリミングで承りました。",
)

#: (thread, remark and its reply, follow-up, served)
PROBES = [
    ((SUPPER,), ("A quarter of our group are vegans.", "How lovely!"),
     "What would you suggest we have?", False),
    ((SUPPER,), ("My daughter is pregnant.", "Congratulations to her!"),
     "What would you suggest we have?", False),
    ((SUPPER,), ("A quarter of our group are retired engineers.", "How lovely!"),
     "What would you suggest we have?", True),
    ((GARDENS,), ("Several of them use wheelchairs.", "Wonderful, see you then!"),
     "How long is the tour?", False),
    ((GARDENS,), ("Several of them are keen gardeners.", "Wonderful, see you then!"),
     "How long is the tour?", True),
    ((PIANO,), ("We'd sooner bring it in during October.", "Lovely."),
     "How much will that cost?", False),
    ((PIANO,), ("We're off to Portugal in October.", "Lovely."),
     "How much will that cost?", True),
    ((JA_DINNER,), ("娘は妊娠中です。", "それはおめでとうございますね。"),
     "おすすめの料理は何ですか？", False),
    ((JA_DINNER,), ("娘は大学生です。", "それは楽しみですね。"),
     "おすすめの料理は何ですか？", True),
    ((JA_WALK,), ("四分の一は車椅子を使っています。", "素敵なグループですね。"),
     "どのルートを回りますか？", False),
    ((JA_WALK,), ("四分の一は元銀行員です。", "素敵なグループですね。"),
     "どのルートを回りますか？", True),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[1][0]} / {p[2]}" for p in PROBES])
async def test_a_remark_that_tells_a_need_or_a_change(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    thread, remark, follow_up, served = probe
    plain, with_remark = turns(*thread), turns(*thread, remark)
    for accept, reason in await both_ways(matcher, plain, with_remark, follow_up):
        assert accept is served, reason


async def test_a_need_is_named_in_the_reason(matcher: ConversationMatcher) -> None:
    plain = turns(SUPPER)
    with_remark = turns(SUPPER, ("A quarter of our group are vegans.", "How lovely!"))
    for _, reason in await both_ways(matcher, plain, with_remark, "What do you suggest?"):
        assert reason == "history:need:vegans"


def test_the_needs_of_a_party_by_wordnet() -> None:
    assert party_need("vegans") == "diet"
    assert party_need("pregnant") == "health"
    assert party_need("diabetics") == "health"
    assert party_need("wheelchairs") == "aid"
    # a job, a taste or a thing of no ill health names none; *patient* said as the
    # adjective ("was really patient with me") is no sick person
    for word in ("engineers", "gardeners", "summer", "bed", "patient"):
        assert party_need(word) == "", word


def test_a_date_the_request_takes() -> None:
    october = frozenset({"oct"})
    assert request_dates("We'd sooner bring it in during October.", october, "en")
    assert request_dates("We'll drop them off in October.", october, "en")
    # a story, a plan of no thing of the request, *it* as a subject, after a preposition or
    # a verb of feeling
    assert not request_dates("We had it tuned in October.", october, "en")
    assert not request_dates("We're off to Portugal in October.", october, "en")
    assert not request_dates("It's our anniversary in October.", october, "en")
    assert not request_dates("We'll grow tomatoes in it in October.", october, "en")
    assert not request_dates("We love it in October.", october, "en")


def test_a_japanese_word_of_the_thread_in_other_words() -> None:
    thread = ["来月、前髪のカットをお願いします。"]
    assert glossed_again("四か月切っていないので、すごく伸びました。", thread)
    assert not glossed_again("四年この町に住んでいます。", thread)
