"""Session 10 conversation matching (``conversation/match.py``) with the real default embedder:
asides at the end of a conversation, answers paired by the question they answer (a yes and a
no to it differ), changed words
said elsewhere in the other conversation, names shared by unpaired exchanges, and the facts
each side's assistant repeated back. English and Japanese, served and must-not-serve cases
(the examples are written for this test, not taken from the evaluation sets)."""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, compare, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.match import HistoryComparer
from yamabiko.guard import Guard

ROOM = turns(
    ("I'd like to reserve a sea-view room at your Brighton hotel.",
     "Certainly, a sea-view room in Brighton. Which nights?"),
    ("The 2nd to the 4th of June.", "Lovely, 2 to 4 June."),
)  # fmt: skip
ROOM_ASIDE = ROOM + turns(("By the way, is there a lift?", "Yes, there is a lift to every floor."))
ROOM_MOVED = ROOM + turns(("Make it the 5th to the 7th instead.", "Changed to 5 to 7 June."))
ROOM_TOWN = turns(
    ("I'd like to reserve a sea-view room at your Bournemouth hotel.",
     "Certainly, a sea-view room in Bournemouth. Which nights?"),
    ("The 2nd to the 4th of June.", "Lovely, 2 to 4 June."),
)  # fmt: skip
ROOM_CANCEL = turns(
    ("I'd like to cancel my sea-view room at your Brighton hotel.",
     "Sorry to hear that. Which nights was it for?"),
    ("The 2nd to the 4th of June.", "Found it, 2 to 4 June."),
)  # fmt: skip
GUESTS = turns(
    ("I'd like to reserve a sea-view room at your Brighton hotel.",
     "Certainly. How many guests?"),
    ("2", "Two guests, noted."),
)  # fmt: skip
GUESTS_WORDS = turns(
    ("Can I book a room overlooking the sea at the Brighton hotel?",
     "Of course. How many people?"),
    ("Just the two of us.", "Two guests, noted."),
)  # fmt: skip
GUESTS_FIVE = turns(
    ("Can I book a room overlooking the sea at the Brighton hotel?",
     "Of course. How many people?"),
    ("Five of us.", "Five guests, noted."),
)  # fmt: skip
SMALL_CAR = turns(
    ("Could I rent a small car, collecting it at Leeds station?",
     "Of course, a compact from our Leeds station desk. How many days?"),
    ("3 days please", "Noted, three days."),
)  # fmt: skip
VAN = turns(
    ("Could I rent a van, collecting it at Leeds station?",
     "Of course, a van from our Leeds station desk. How many days?"),
    ("3 days please", "Noted, three days."),
)  # fmt: skip

RYOKAN = turns(
    ("来週の金曜日に京都の旅館を一泊予約したいです。",
     "かしこまりました。京都の旅館、来週金曜から一泊ですね。何名様ですか？"),
    ("二人です。", "二名様で承ります。"),
)  # fmt: skip
RYOKAN_ASIDE = RYOKAN + turns(("駐車場はありますか？", "はい、無料の駐車場がございます。"))
RYOKAN_NARA = turns(
    ("来週の金曜日に奈良の旅館を一泊予約したいです。",
     "かしこまりました。奈良の旅館、来週金曜から一泊ですね。何名様ですか？"),
    ("二人です。", "二名様で承ります。"),
)  # fmt: skip
RYOKAN_CANCEL = turns(
    ("来週の金曜日の京都の旅館の予約をキャンセルしたいです。",
     "承知しました。京都の旅館、来週金曜から一泊のご予約ですね。何名様でしたか？"),
    ("二人です。", "二名様のご予約ですね。"),
)  # fmt: skip
KEI = turns(
    ("福岡空港で軽自動車を借りたいです。", "福岡空港店で軽自動車ですね。何日間ですか？"),
    ("三日間です。", "三日間、承知しました。"),
)  # fmt: skip
KEI_DIGITS = turns(
    ("福岡空港で軽自動車を借りたいです。", "福岡空港店で軽自動車ですね。何日間ですか？"),
    ("3日間で", "三日間ですね。"),
)  # fmt: skip
KEI_FIVE = turns(
    ("福岡空港で軽自動車を借りたいです。", "福岡空港店で軽自動車ですね。何日間ですか？"),
    ("五日間です。", "五日間、承知しました。"),
)  # fmt: skip
WAGON = turns(
    ("福岡空港でワゴン車を一台借りたいんですけど",
     "福岡空港店のワゴン車でございますね。何日間でしょうか？"),
    ("3日間です", "三日間でございますね。"),
)  # fmt: skip


@pytest.mark.parametrize(("cached", "query"), [(ROOM, ROOM_ASIDE), (RYOKAN, RYOKAN_ASIDE)])
async def test_a_side_question_at_the_end_is_an_aside(matcher, cached, query) -> None:
    assert await both_ways(matcher, cached, query) == [(True, "history:same")] * 2


async def test_a_changed_fact_at_the_end_is_not_an_aside(matcher) -> None:
    for accept, reason in await both_ways(matcher, ROOM, ROOM_MOVED):
        assert not accept and reason in ("history:topic", "history:whole-named")


@pytest.mark.parametrize(
    ("cached", "same", "different", "why"),
    [(GUESTS, GUESTS_WORDS, GUESTS_FIVE, "number"), (KEI, KEI_DIGITS, KEI_FIVE, "number")],
)
async def test_answers_pair_by_the_question_they_answer(matcher, cached, same, different, why):
    # "2" / "Just the two of us." are far apart as sentences but answer the same question
    assert await both_ways(matcher, cached, same) == [(True, "history:same")] * 2
    for accept, reason in await both_ways(matcher, cached, different):
        assert not accept and why in reason


BREAKFAST = ("I'd like to book a double room for Friday.",
             "A double for Friday. Would you like breakfast included?")  # fmt: skip
CHOUSHOKU = ("金曜日にダブルの部屋を予約したいです。",
             "金曜日のダブルですね。朝食はお付けしますか？")  # fmt: skip


@pytest.mark.parametrize(
    ("thread", "yes", "also_yes", "no"),
    [
        (BREAKFAST, "Yes please.", "Yes, please add it.", "No thanks."),
        (BREAKFAST, "Sure.", "Yes please.", "Not this time."),
        (CHOUSHOKU, "はい、お願いします。", "はい、お願いします！", "いいえ、結構です。"),
    ],
)
async def test_a_yes_and_a_no_to_the_same_question_differ(matcher, thread, yes, also_yes, no):
    said_yes = turns(thread, (yes, "Noted."))
    assert await compare(matcher, said_yes, turns(thread, (also_yes, "Noted."))) == (
        True, "history:same",
    )  # fmt: skip
    for accept, reason in await both_ways(matcher, said_yes, turns(thread, (no, "Noted."))):
        assert not accept and reason == "history:answer"


@pytest.mark.parametrize(
    ("cached", "query", "why"),
    [
        (ROOM, ROOM_TOWN, "history:entity"),
        (ROOM, ROOM_CANCEL, "history:intent:cancel"),
        (SMALL_CAR, VAN, "history:substitution:"),
        (RYOKAN, RYOKAN_NARA, "history:entity"),
        (RYOKAN, RYOKAN_CANCEL, "history:"),
        (KEI, WAGON, "history:"),
    ],
)
async def test_another_slot_or_intent_is_never_served(matcher, cached, query, why) -> None:
    for accept, reason in await both_ways(matcher, cached, query):
        assert not accept and reason.startswith(why), reason


# -- single steps, with a guard that checks numbers only, so the step under test decides ------


def _comparer(matcher: ConversationMatcher, **options) -> HistoryComparer:
    only_numbers = Guard(("number",))
    return HistoryComparer(only_numbers, only_numbers, matcher._analyses, **options)


async def test_facts_said_back_must_be_said_on_the_other_side(matcher) -> None:
    crown = turns(("one of my daughter's molars needs a crown", "Certainly, one crown booked."))
    filling = turns(("my girl needs a filling in a back tooth", "OK, a filling it is."))
    also = turns(("my girl needs a crown on a back tooth", "Certainly, one crown booked."))
    comparer = _comparer(matcher, match=0.3)
    first, second, third = [(await matcher.build(t)).exchanges for t in (crown, filling, also)]
    verdict = comparer.compare(second, first)
    assert not verdict.accept and verdict.reason == "history:fact:crown->filling"
    assert comparer.compare(third, first).accept  # the crown is said on both sides


async def test_a_changed_word_said_elsewhere_in_the_other_conversation_is_not_a_change(matcher):
    # "compact" / "small" differ in the user turns, but each is said by the other assistant
    said = turns(("Please hire me a compact car.", "A compact car, certainly: a small one."))
    echoed = turns(("Please hire me a small car.", "Certainly, a small car: a compact."))
    unsaid = turns(("Please hire me a large car.", "Certainly, a large car."))
    comparer = _comparer(matcher)
    first, second, third = [(await matcher.build(t)).exchanges for t in (said, echoed, unsaid)]
    everything = comparer._all_units(first), comparer._all_units(second)
    verdict = comparer._minimal_pair(first[0].user, second[0].user, *everything)
    assert verdict.accept
    everything = comparer._all_units(first), comparer._all_units(third)
    verdict = comparer._minimal_pair(first[0].user, third[0].user, *everything)
    assert not verdict.accept and verdict.reason == "substitution:compact->large"


async def test_unpaired_exchanges_that_share_a_name_are_the_same_slot_changed(matcher) -> None:
    gold = turns(("What does the Gold card at Oakridge Bank cost?", "95 a year."),
                  ("Can I apply online?", "Yes, online in ten minutes."))  # fmt: skip
    student = turns(("Tell me about Oakridge's student account", "It has no fees."),
                     ("Can I apply online?", "Yes, online in ten minutes."))  # fmt: skip
    weather = turns(("Lovely weather in Leeds today.", "It is!"),
                     ("Can I apply online?", "Yes, online in ten minutes."))  # fmt: skip
    # only names relate the first exchanges; no comparison by stated facts after the miss
    comparer = _comparer(matcher, related=0.99, stated=1.01)
    first, second, third = [(await matcher.build(t)).exchanges for t in (gold, student, weather)]
    assert comparer.compare(second, first).reason == "history:extra"
    assert comparer.compare(third, first).accept


# -- session 11: histories compared as wholes, contractions ----------------------------------

COURT_ONE = turns(
    ("Hi, I'd like to book a tennis court at Elm Park for Sunday at 9am, for two hours.",
     "Booked: Elm Park, Sunday 9 to 11am."),
)  # fmt: skip
COURT_TWO = turns(
    ("Hi, I'd like to book a tennis court at Elm Park for Sunday.",
     "Elm Park on Sunday. What time?"),
    ("9am, for two hours.", "Booked: Elm Park, Sunday 9 to 11am."),
)  # fmt: skip
COURT_ELEVEN = turns(
    ("Hi, I'd like to book a tennis court at Elm Park for Sunday.",
     "Elm Park on Sunday. What time?"),
    ("11am, for two hours.", "Booked: Elm Park, Sunday 11am to 1pm."),
)  # fmt: skip
YAKINIKU_ONE = turns(
    ("土曜日の夜7時に駅前の焼肉屋を4人で予約したいです。", "土曜19時、4名様で承りました。")
)
YAKINIKU_TWO = turns(
    ("土曜日に駅前の焼肉屋を予約したいです。", "土曜日ですね。何時に何名様ですか？"),
    ("夜7時に4人です。", "土曜19時、4名様で承りました。"),
)  # fmt: skip
YAKINIKU_SIX = turns(
    ("土曜日に駅前の焼肉屋を予約したいです。", "土曜日ですね。何時に何名様ですか？"),
    ("夜7時に6人です。", "土曜19時、6名様で承りました。"),
)  # fmt: skip


async def test_a_thread_said_in_one_turn_or_in_two_is_compared_as_a_whole(matcher) -> None:
    assert await both_ways(matcher, COURT_ONE, COURT_TWO) == [(True, "history:same")] * 2
    never = HistoryComparer(
        matcher.guard, matcher.reply_guard, matcher._analyses, whole=1.01, stated=1.01
    )  # fmt: skip
    one, two = [(await matcher.build(t)).exchanges for t in (COURT_ONE, COURT_TWO)]
    assert never.compare(two, one).reason == "history:topic"  # the exchanges do not line up


@pytest.mark.parametrize(
    ("one", "same", "different"),
    [(COURT_ONE, COURT_TWO, COURT_ELEVEN), (YAKINIKU_ONE, YAKINIKU_TWO, YAKINIKU_SIX)],
)
async def test_wholes_agree_on_numbers_and_intent(matcher, one, same, different) -> None:
    # a low cut-off, so that the checks of the wholes decide, not the cosine
    comparer = HistoryComparer(
        matcher.guard, matcher.reply_guard, matcher._analyses, whole=0.5
    )  # fmt: skip
    first, second, third = [(await matcher.build(t)).exchanges for t in (one, same, different)]
    assert comparer.compare(second, first).accept and comparer.compare(first, second).accept
    for verdict in (comparer.compare(third, first), comparer.compare(first, third)):
        assert not verdict.accept and verdict.reason == "history:whole-number"


async def test_a_contracted_pronoun_is_no_changed_word(matcher) -> None:
    comparer = _comparer(matcher)
    verdict = comparer._minimal_pair("I'd like a window seat.", "Like a window seat.", [], [])
    assert verdict.accept
    verdict = comparer._minimal_pair("I'd like a window seat.", "I'd like an aisle seat.", [], [])
    assert not verdict.accept and verdict.reason == "substitution:window->aisle"
