"""Session 8 options of conversation matching, measured and left off by default (real model):
with ``acknowledgments=True`` an acknowledgment after a statement is small talk while a short
answer to a question is not; ``small_talk=0.55`` drops plain thanks that 0.7 keeps (since
session 10 the default serves both anyway: an exchange at the end that answers no question is
an aside, ``conversation/match.py``); with
``learned=True`` a reworded earlier turn that the guard's rescue serves is not rejected by the
strict minimal-pair rule, while a replaced slot or a flipped intent still is."""

from __future__ import annotations

from conversation_turns import compare, turns

from yamabiko.conversation import ConversationMatcher

STATEMENT = ("I'm staying at the Grand Hotel in Lisbon in May.",
             "The Grand Hotel in Lisbon is a short walk from the old town.")  # fmt: skip
QUESTION = ("I'd like to renew my library card.",
            "I can renew it for another year. Shall I go ahead?")  # fmt: skip


async def test_an_acknowledgment_after_a_statement_is_small_talk(embedder) -> None:
    thread = turns(STATEMENT)
    acknowledged = turns(STATEMENT, ("Okay, got it.", "Great, enjoy your stay!"))
    on = ConversationMatcher(embedder, acknowledgments=True)
    assert await compare(on, thread, acknowledged) == (True, "history:same")
    # the default keeps the exchange, but at the end of the conversation, after a reply that
    # asked nothing, it is an aside (session 10): the topic is still the same
    default = ConversationMatcher(embedder)
    assert len((await default.build(acknowledged)).exchanges) == 2
    assert await compare(default, thread, acknowledged) == (True, "history:same")


async def test_a_short_answer_to_a_question_stays_a_decision(embedder) -> None:
    asked = turns(QUESTION)
    answered = turns(QUESTION, ("Okay, go ahead.", "Done, your card is renewed."))
    matcher = ConversationMatcher(embedder, acknowledgments=True)
    accept, reason = await compare(matcher, asked, answered)
    # the exchanges do not line up, and compared by what they state, one side says yes
    assert not accept and reason == "history:facts-answer"


async def test_a_softer_small_talk_cut_off_drops_plain_thanks(embedder) -> None:
    thread = turns(STATEMENT)
    thanked = turns(STATEMENT, ("わかりました、どうも。", "はい、いつでもどうぞ。"))
    soft = ConversationMatcher(embedder, small_talk=0.55)
    assert [x.user for x in (await soft.build(thanked)).exchanges] == [STATEMENT[0]]
    default = ConversationMatcher(embedder)  # 0.7 keeps the thanks, as an aside at the end
    assert len((await default.build(thanked)).exchanges) == 2
    assert (await compare(soft, thread, thanked))[0]
    assert (await compare(default, thread, thanked))[0]


async def test_a_rescued_rewording_passes_and_other_slots_still_differ(embedder) -> None:
    joined = turns(("I signed up for the annual gym membership.",
                     "Thanks for joining! Your annual membership starts today."))  # fmt: skip
    bought = turns(("I just bought a yearly membership at the gym.",
                     "Welcome! Your yearly gym membership is active from today."))  # fmt: skip
    monthly = turns(("I signed up for the monthly gym membership.",
                      "Thanks for joining! Your monthly membership starts today."))  # fmt: skip
    ended = turns(("I want to end my annual gym membership.",
                    "Sorry to see you go. Your annual membership ends today."))  # fmt: skip
    matcher = ConversationMatcher(embedder, learned=True)  # the option, off by default
    assert (await compare(matcher, joined, bought))[0]
    default = ConversationMatcher(embedder)
    accept, reason = await compare(default, joined, bought)
    assert not accept and reason.startswith("history:substitution:")
    for other in (monthly, ended):
        accept, reason = await compare(matcher, joined, other)
        assert not accept, reason
