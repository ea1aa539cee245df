"""Session 21 probes of conversation matching with the real default embedder
(:mod:`conversation_probes_s21`): a request withdrawn without a negated request, a value
changed by a user correction after the thread, a plan or product switched mid-thread, and
same-context twins in other words, English and Japanese, each decided both ways round; then
the session's readings on their own: what a text drops (:mod:`yamabiko.conversation.dropped`),
an exchange after the thread that changes it (``Structure._changes``), one act in two verbs
of one WordNet sense (:func:`yamabiko.conversation.equivalents.same_verb`) and a reply's
open questions (:func:`yamabiko.conversation.replies.without_open_questions`).
"""

from __future__ import annotations

import numpy as np
import pytest
from conversation_probes_s21 import PROBES
from conversation_turns import assert_known_miss, assert_probe, text_analysis, turns

from yamabiko.conversation.dropped import compare_dropped, dropped
from yamabiko.conversation.equivalents import same_verb
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.replies import without_open_questions

#: probes still decided wrongly (docs/quality.md, "Session 21: conversations"), tested as
#: misses below: a service added by a question after the thread whose reply names no new
#: value, verbs and nouns of one act no resource at hand pairs (send / transfer, 送金 /
#: 振り込み, the assistant's お取りしました / 承りました; quote / price served since session 37,
#: samectx: its replies differ in the assistant's own words only), なしで read as a
#: negation, a thing dropped or a value corrected on one side only, said directly on the
#: other (the same end state), and a correction in the middle of the thread that no reply
#: restates ("Oh sorry, I meant Tuesday." / "Got it.": refusing a statement with a date
#: between paired exchanges refused 9 same-context pairs of the tuning sets)
WEAK = frozenset({
    "en-transfer-rw", "ja-restaurant-rw", "ja-send-rw",
    "ja-wash-both", "ja-wash-none-plain", "en-table-corrected-direct", "en-taxi-plain-fix",
})  # fmt: skip

#: the reason each probe that main (a506a8d) served is now refused for (a prefix)
REASONS = {
    "en-car-forget": "history:act:dropped:mot",
    "en-quote-skip": "history:act:dropped:sofa",
    "en-table-tuesday": "history:facts-date",
    "en-doctor-switch": "history:whole-named",
    "ja-salon-keep": "history:act:dropped:色",
    "ja-aircon-no": "history:act:dropped:回収",
    "ja-coat-no": "history:act:dropped:コーティング",
    "ja-delivery-none": "history:whole-negation",
    "ja-wash-none": "history:whole-negation",
    "ja-restaurant-fix": "history:facts-fact:土曜",
    "en-branch-leeds": "history:facts-named:Leeds",
    "en-eye-son": "history:facts-person",
    "ja-store-osaka": "history:facts-named:大阪",
}


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] not in WEAK], ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] in WEAK], ids=lambda p: p[0])
async def test_known_miss(matcher, probe) -> None:
    """A known miss is decided against its label both ways round (a different context
    served, a same context refused): when one starts passing, move it out of WEAK."""
    await assert_known_miss(matcher, probe)


def test_probes_cover_both_languages_and_kinds() -> None:
    different = [p for p in PROBES if p[2] == 0]
    same = [p for p in PROBES if p[2] == 1]
    assert len(different) >= 25 and len(same) >= 12
    for lang in ("en", "ja"):
        for group in (different, same):
            assert any(p[0].startswith(lang) for p in group)
    for kind in ("withdrawn", "corrected", "reply-value", "switched"):
        assert any(p[1] == kind for p in different), kind
    for kind in ("reworded", "negated-fact", "reply-question", "small-talk"):
        assert any(p[1] == kind for p in same), kind


# -- the readings on their own ----------------------------------------------------------------


def test_what_a_text_drops() -> None:
    analyse = text_analysis()
    assert dropped("Forget the MOT, just the service.", analyse) == {"mot"}
    assert dropped("Actually, leave the hedge as it is, just the lawn.", analyse) == {"hedg"}
    assert dropped("On reflection I'll skip the sofa.", analyse) == {"sofa"}
    assert dropped("やっぱり回収はいいです。", analyse) == {"回収"}
    assert dropped("色は今のままでいいです。", analyse) == {"色"}
    assert dropped("ワックスは今回はなしでお願いします。", analyse) == {"ワックス"}
    assert dropped("配送なしでお願いします", analyse) == {"配送"}
    # no dropping: a delivery, a question, praise, a report of a state
    assert not dropped("I'll drop the car at 9.", analyse)
    assert not dropped("Can I skip the queue?", analyse)
    assert not dropped("景色はいいですね。", analyse)
    assert not dropped("表示は大丈夫ですが、ガラスにひびが入っています。", analyse)


def _x(user: str, reply: str = "") -> Exchange:
    return Exchange(user, reply, np.zeros(4, dtype=np.float32))


def test_a_thing_dropped_on_one_side_and_stated_on_the_other() -> None:
    analyse = text_analysis()
    both = [_x("Trim the hedge and mow the lawn, please.", "Sure: hedge and lawn, Friday.")]
    leave = [*both, _x("Actually, leave the hedge as it is.", "Okay: the lawn only, Friday.")]
    assert compare_dropped(both, leave, analyse).reason == "history:act:dropped:hedg"
    assert compare_dropped(leave, both, analyse).reason == "history:act:dropped:hedg"
    # asked for again later: no longer dropped
    again = [*leave, _x("Sorry, do the hedge after all.", "Fine: hedge and lawn, Friday.")]
    assert compare_dropped(both, again, analyse).accept
    # the other side never names it: it asked for the rest only
    lawn = [_x("Could you mow the lawn on Friday?", "Sure: the lawn, Friday.")]
    assert compare_dropped(lawn, leave, analyse).accept
    assert compare_dropped(leave, leave, analyse).accept
    assert compare_dropped(lawn, both, analyse).accept  # nothing dropped on either side


async def test_an_exchange_after_the_thread_that_changes_it(matcher) -> None:
    thread = ("Can I book a table for two on Friday?", "Yes, a table for two on Friday at 8pm.")
    moved = ("Sorry, I meant Saturday.", "No problem, moved to Saturday at 8pm.")
    remark = ("It's our anniversary, we're so excited!", "Congratulations to you both!")
    side = ("Is there parking nearby?", "Yes, a car park behind the restaurant.")
    for extra, changes in ((moved, True), (remark, False), (side, False)):
        built = await matcher.build(turns(thread, extra))
        x = built.exchanges
        assert matcher.comparer._changes(x[-1], x[:1]) is changes, extra


def test_one_act_in_two_verbs() -> None:
    assert same_verb("book", "reserve") and same_verb("booked", "reserving")
    assert same_verb("buy", "purchase")
    for a, b in (("book", "cancel"), ("buy", "sell"), ("lend", "borrow"), ("add", "remove")):
        assert not same_verb(a, b), (a, b)


def test_a_reply_without_its_open_questions() -> None:
    analyse = text_analysis()
    assert without_open_questions("Sure, what time works for you?", analyse) == ""
    assert without_open_questions("Booked. Which day suits you?", analyse) == "Booked."
    kept = "Would you like the deluxe valet?"  # a yes / no question: a "yes" confirms it
    assert without_open_questions(kept, analyse) == kept
