"""Flipped intents in earlier turns (``conversation/intent.py`` and the intent step of
``conversation/match.py``): a user who cancels, quits or moves out is in another conversation
than one who books or stays, however the rest of the turn is worded, and a trailing "cancel
that" is no aside. English and Japanese; the examples are written for this test, not taken
from the evaluation sets."""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation.intent import reversals
from yamabiko.guard import analyse


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I have to cancel my yoga class on Monday.", {"cancel"}),
        ("We're planning to move out in May.", {"mov+out"}),
        ("Please call off the delivery.", {"call+off"}),
        ("I want a refund for the kettle.", {"refund"}),
        ("I don't want to cancel it, just pause it.", set()),  # negated: keeps
        ("Can I move money out of my ISA?", set()),  # the particle does not follow the verb
        ("I'd like to book a yoga class on Monday.", set()),
        ("ヨガ教室の予約を取り消したいです。", {"取り消す"}),
        ("スポーツクラブを退会したいです。", {"退会"}),
        ("We would like to pause our membership over the summer.", {"paus"}),
        ("夏の間、会員を休止したいです。", {"休止"}),
        ("ヨガ教室を予約したいです。", set()),
    ],
)
def test_words_of_reversal_of_a_turn(text: str, found: set[str]) -> None:
    assert set(reversals(text, analyse(text, None))) == found


YOGA = turns(
    ("I'm hoping to get a place on the Monday evening yoga class at Riverside.",
     "Lovely, Monday evening yoga at Riverside. Is it for one person?"),
    ("Just me.", "One place, noted."),
)  # fmt: skip
YOGA_CANCEL = turns(
    ("I have to cancel my spot on the Monday evening yoga class at Riverside.",
     "Sorry to hear that. Is it for one person?"),
    ("Just me.", "One place, noted."),
)  # fmt: skip
YOGA_THEN_CANCEL = YOGA + turns(("Actually, cancel that.", "Alright."))
YOGA_ASIDE = YOGA + turns(("Is there parking nearby?", "Yes, behind the hall."))
STAIN = turns(("How do I remove a red wine stain from a rug?", "Blot it, then use soda water."))

FLAT = turns(
    ("I rent a two-bed flat from your agency.", "Thanks. What can I do for you?"),
    ("I'm going to move out in late summer.", "Understood, you are going."),
)  # fmt: skip
FLAT_STAY = turns(
    ("I rent a two-bed flat from your agency.", "Thanks. What can I do for you?"),
    ("We'd like to stay on and sign for another year.", "Great, a renewal for a year."),
)  # fmt: skip

GYM_JA = turns(
    ("駅前のスポーツクラブに入会したいと思っています。", "駅前店ですね。どのプランにしますか？"),
    ("平日の夜だけのプランで。", "平日夜プランですね。"),
)  # fmt: skip
GYM_JA_QUIT = turns(
    ("駅前のスポーツクラブを退会したいと思っています。", "駅前店ですね。どのプランでしたか？"),
    ("平日の夜だけのプランです。", "平日夜プランですね。"),
)  # fmt: skip
GYM_JA_ASIDE = GYM_JA + turns(("シャワーは使えますか？", "はい、ご利用いただけます。"))


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (YOGA, YOGA_CANCEL, "history:intent:cancel"),
        (FLAT, FLAT_STAY, "history:intent:mov+out"),
        (GYM_JA, GYM_JA_QUIT, "history:intent:退会"),
    ],
)
async def test_a_reversal_on_one_side_only_is_another_intent(matcher, first, second, why):
    for accept, reason in await both_ways(matcher, first, second):
        assert (accept, reason) == (False, why)


async def test_cancelling_at_the_end_is_not_an_aside(matcher) -> None:
    assert await both_ways(matcher, YOGA, YOGA_ASIDE) == [(True, "history:same")] * 2
    for accept, reason in await both_ways(matcher, YOGA, YOGA_THEN_CANCEL):
        assert not accept and reason.startswith("history:"), reason


async def test_a_reversal_in_an_unrelated_exchange_or_on_both_sides_is_no_flip(matcher):
    # the stain is another matter (unpaired, before the thread): it is no intent of the thread
    assert await both_ways(matcher, YOGA, STAIN + YOGA) == [(True, "history:same")] * 2
    assert await both_ways(matcher, GYM_JA, GYM_JA_ASIDE) == [(True, "history:same")] * 2
    comparer = matcher.comparer
    cancel = (await matcher.build(YOGA_CANCEL)).exchanges
    quit_ = (await matcher.build(turns(
        ("I need to pull out of the Monday evening yoga class at Riverside.",
         "Sorry to hear that. Is it for one person?"),
        ("Just me.", "One place, noted."),
    ))).exchanges  # fmt: skip
    assert comparer._intent(cancel, quit_, {0: 0, 1: 1}).accept  # both sides reverse


async def test_the_other_assistant_saying_the_reversal_is_no_flip(matcher) -> None:
    # the user never says "cancel" on the second side, its assistant does: same intent
    said = turns(
        ("Please cancel my Monday evening yoga class at Riverside.", "Is it for one person?"),
        ("Just me.", "One place, noted."),
    )  # fmt: skip
    echoed = turns(
        ("I can't make my Monday evening yoga class at Riverside any more.",
         "Shall I cancel it for you? Is it for one person?"),
        ("Just me.", "One place, noted."),
    )  # fmt: skip
    first, second = [(await matcher.build(t)).exchanges for t in (said, echoed)]
    assert matcher.comparer._intent(first, second, {0: 0, 1: 1}).accept


async def test_a_side_question_about_cancelling_cancels_nothing(matcher) -> None:
    asked = YOGA + turns(("Can I cancel for free if I'm ill?", "Yes, up to two hours before."))
    assert await both_ways(matcher, YOGA, asked) == [(True, "history:same")] * 2
