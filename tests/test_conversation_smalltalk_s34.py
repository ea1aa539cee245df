"""Session 34 (smalltalk): a remark naming a food, a vehicle, an allergy or a status is small
talk unless the follow-up asks something it decides. Session 33's needs (a conveyance, an
allergy, a refused food) counted before any question; now an allergy or a refused food counts
before a choice of a thing or a question naming a food (or the thing the remark names), a
conveyance before the way there; a journey told in the past is a story, and a food counts only
as what a negated verb of eating governs.

The probes (:mod:`smalltalk_conversation_probes_s34`, twins of one remark before two
questions) go through the real default embedder and matcher, both ways round, with the
follow-up handed over as a lookup hands its prompt; the readings are checked on their own
with the real WordNet and SudachiPy.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns
from smalltalk_conversation_probes_s34 import FOLLOW_UPS, PROBES

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.bearing import asked, bearings
from yamabiko.conversation.needs import en_past, need_readings, untold_need


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_probe_decided_by_what_the_follow_up_asks(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    name, _kind, label, a, b = probe
    for accept, reason in await both_ways(matcher, turns(*a), turns(*b), FOLLOW_UPS[name]):
        assert accept == bool(label), reason
        if not label:
            assert reason.startswith("history:need:"), reason


async def test_without_a_follow_up_a_planned_journey_still_counts(
    matcher: ConversationMatcher,
) -> None:
    probe = next(p for p in PROBES if p[0] == "en-museum-bus-open")
    _name, _kind, _label, a, b = probe
    for accept, reason in await both_ways(matcher, turns(*a), turns(*b)):
        assert not accept and reason == "history:need:bus"


def test_a_need_counts_only_before_a_question_it_decides() -> None:
    def need(remark: str, question: str, lang: str) -> str | None:
        return untold_need([remark], ["Booked."], lang, asked(question, lang), question)

    assert need("My son has a nut allergy.", "What would you recommend?", "en") == "allergy"
    assert need("My son has a nut allergy.", "What time does it open?", "en") is None
    # a question of no kind the reading knows counts every need (session 34 review: *Is the
    # set course okay for us?* was served after "My wife doesn't eat meat.")
    assert need("My son has a nut allergy.", "Is there parking nearby?", "en") == "allergy"
    # the question names the thing the remark names (a nut), though no food by WordNet
    assert need("My son has a nut allergy.", "Does the cake contain nuts?", "en") == "allergy"
    assert need("We're coming by taxi.", "How far is it from the station?", "en") == "taxi"
    assert need("We're coming by taxi.", "How much is it?", "en") is None
    assert need("実は卵が食べられないんです。", "おすすめは何ですか？", "ja") == "卵"
    assert need("実は卵が食べられないんです。", "料金はいくらですか？", "ja") is None
    assert need("連れはえびのアレルギーがあるんです。", "コースにえびは入っていますか？", "ja")
    # no follow-up known: every need counts, as before
    assert untold_need(["My son has a nut allergy."], ["Booked."], "en") == "allergy"


def test_a_journey_told_in_the_past_is_a_story() -> None:
    assert need_readings("My grandad used to travel everywhere by bus.", "en") == ()
    assert need_readings("We came by train last time.", "en") == ()
    assert need_readings("昔はよくバスで美術館巡りをしたんです。", "ja") == ()
    assert need_readings("We'll come by train.", "en") == (("train", "conveyance"),)
    assert need_readings("当日はバスで行きます。", "ja") == (("バス", "conveyance"),)
    # a perfect or a passive is no story: the journey is still ahead
    assert need_readings("We've decided to come by bus.", "en") == (("bus", "conveyance"),)
    assert bearings("前回は車で行って渋滞したんです。", "ja") == {}
    assert bearings("当日は自転車で行きます。", "ja") == {"way": "自転車"}


def test_en_past_reads_the_tense_of_a_sentence() -> None:
    assert en_past(["last", "year", "we", "took", "a", "taxi"])
    assert en_past(["he", "used", "to", "cycle"])
    assert not en_past(["we", "ve", "booked", "a", "taxi"])
    assert not en_past(["we", "ll", "be", "picked", "up"])
    assert not en_past(["we", "re", "planning", "to", "come", "by", "bus"])


def test_a_food_counts_only_as_what_a_negated_verb_of_eating_governs() -> None:
    assert need_readings("My brother doesn't eat meat.", "en") == (("meat", "food"),)
    assert need_readings("He doesn't drink wine.", "en") == (("wine", "food"),)
    assert need_readings("He couldn't resist the chocolate last time.", "en") == ()
    assert need_readings("We've never made bread before.", "en") == ()
    assert need_readings("娘は牛乳が飲めないんです。", "ja") == (("牛乳", "food"),)
    assert need_readings("卵は食べません。", "ja") == (("卵", "food"),)
    # ない here is the adjective of absence; the negated verb (始まる) governs no food
    assert need_readings("朝はコーヒーがないと始まらないんです。", "ja") == ()
    assert need_readings("家ではケーキを焼いたことがないんです。", "ja") == ()


def test_asked_reads_a_choice_of_a_thing_and_a_food() -> None:
    assert asked("What time does it open?", "en") == {"time"}  # (session 34 review)
    assert asked("Which day suits you?", "en") == frozenset()
    assert asked("What would you recommend?", "en") == {"choice"}
    assert asked("What will we be baking?", "en") == {"choice"}
    assert asked("What kind of wine do you have?", "en") == {"choice", "food"}
    assert asked("Is the soup spicy?", "en") == {"food"}
    assert asked("飲み物は何がありますか？", "ja") == {"choice", "food"}
    assert asked("料理に卵は入っていますか？", "ja") == {"food"}
    assert asked("料金はいくらですか？", "ja") == {"price"}


def test_mid_thread_remarks_bear_only_as_a_predicate_of_now() -> None:
    # a verb of motion as a gerund after a preposition is no way of travelling
    assert bearings("Perfect afternoon for walking, isn't it!", "en") == {}
    assert bearings("We're walking over from the park.", "en") == {"way": "walking"}
    # a status or an age told in the past sets no price now
    assert bearings("母は昔、学生だったんです。", "ja") == {}
    assert bearings("母はまだ学生なんです。", "ja") == {"price": "学生"}
    # *only* in a story told in the past restricts nothing
    assert bearings("She only started school last month.", "en") == {}
    assert bearings("We can only come at weekends.", "en") == {"price": "only"}
    # a what-question of a price asks the price: a liking bears on no choice there
    assert asked("What will the lesson cost?", "en") == {"price"}
