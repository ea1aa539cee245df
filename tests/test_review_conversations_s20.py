"""Session 20 review of conversation matching with the real default embedder: the reviewer's
own probes (:mod:`review_conversation_probes_s20`: intents flipped by *instead*, *rather
than*, *not X but Y*, *changed my mind*, ～ではなく, ～の代わりに, やっぱり, the assistant
confirming another action for the same items, other slots, same-context twins; English and
Japanese), each decided both ways round, then the rules the review changed on their own: a
plan given up (*was going to X, but*; 下げるつもりでしたが) and ～の代わりに are contrasts, and
a past verb of reversal after a thing ("my tumble dryer stopped heating") tells what the thing
did, not what the user wants.
"""

from __future__ import annotations

import numpy as np
import pytest
from conversation_turns import assert_probe, both_ways, turns
from review_conversation_probes_s20 import PROBES

from yamabiko.conversation.contrast import contrasts
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.intent import reversals
from yamabiko.conversation.words import TurnWords
from yamabiko.guard.analysis import AnalysisCache
from yamabiko.models import Verdict

#: same-context probes still refused (docs/quality.md, "Session 20: conversation review"): a
#: fact said negated on one side only (stopped heating / isn't getting hot, I won't be in /
#: I'm out all day), verbs no resource at hand calls equivalent here (book / reserve,
#: send / transfer, move / switch, barely / now, collect / pick up and 伺う / 手配 in replies,
#: 振り込みたい / 振り込みで払いたい, 予約したい / 予約をお願い read as
#: roles), chatter that shares a word ("Sorry to hear
#: that." / "I'm sorry."), 集荷ではなく read as a negation against 集荷の代わりに
KNOWN_MISSES = frozenset({
    "en-dryer-reworded", "en-parcel-reworded", "en-table-order", "en-rent-reworded",
    "en-spotify-reworded", "en-laptop-reworded", "en-curtains-reply-pick-up",
    "ja-bed-reply-ukagau", "ja-rent-reworded",
    "ja-redeliver-reworded", "ja-hotel-reworded", "en-claim-reworded", "ja-clean-twin",
})  # fmt: skip

#: probes main decided wrongly (at 5d377b5, and the first four at fd58508 too, after the
#: session's acts rule) and this review decides rightly (1: now served; 0: refused); no
#: different-context probe is served (docs/quality.md)
FIXED = {
    "en-dryer-reply-replace": 0,  # send an engineer to repair / deliver a replacement
    "en-parcel-depot": 0,  # left with your neighbour / held at the depot
    "en-parcel-safe-place": 0,  # left with your neighbour / in your safe place
    "ja-redeliver-kawari": 0,  # 再配達の代わりに営業所で受け取りたい
    "ja-redeliver-eigyosho": 0,  # 明日の午前に再配達 / 営業所で保管しますので、ご来店ください
    "en-freeze-twin": 1,  # was going to freeze but cancel instead / instead of freezing
}


@pytest.mark.parametrize(
    "probe", [p for p in PROBES if p[0] not in KNOWN_MISSES], ids=lambda p: p[0]
)
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] in KNOWN_MISSES], ids=lambda p: p[0])
async def test_known_miss_is_a_refused_twin(matcher, probe) -> None:
    """Every known miss is a same-context twin refused at least one way round (never a
    wrong serve)."""
    _name, _kind, label, a, b = probe
    assert label == 1
    assert not all(accept for accept, _ in await both_ways(matcher, turns(*a), turns(*b)))


def test_probes_cover_the_review_kinds() -> None:
    assert set(FIXED) <= {p[0] for p in PROBES} - KNOWN_MISSES
    assert all(label == p[2] for p in PROBES for name, label in FIXED.items() if p[0] == name)
    different = [p for p in PROBES if p[2] == 0]
    assert len(different) >= 50 and sum(p[2] == 1 for p in PROBES) >= 40
    assert len({p[0] for p in PROBES}) == len(PROBES)
    kinds = {(p[1], p[0][:2]) for p in different}
    for kind in ("intent-instead", "intent-not-but", "intent-changed-mind", "intent-rebook",
                 "intent-reply", "amount", "account", "person", "place"):  # fmt: skip
        assert (kind, "en") in kinds and (kind, "ja") in kinds, kind
    same = {p[1] for p in PROBES if p[2] == 1}
    assert {"reworded", "small-talk-intent-word", "unrelated", "reworded-intent"} <= same


# -- the rules on their own ---------------------------------------------------------------------

_ANALYSES: AnalysisCache = AnalysisCache(256)


def test_a_plan_given_up_is_a_contrast() -> None:
    """*was going to X, but Y* and 〜つもりでしたが reject X like *rather than X*; ～の代わりに
    like ではなく. A plan kept ("I was going to book it and did") rejects nothing."""
    rest, found = contrasts("I was going to freeze my membership, but I'd like to cancel it.", "en")
    assert found == ["freeze my membership"] and "cancel" in rest
    assert contrasts("I had planned to book the MOT but now want a full service.", "en")[1] == [
        "book the MOT"
    ]
    assert contrasts("I was going to book it and I did.", "en")[1] == []
    found = contrasts("プランを下げるつもりでしたが、今のままにします。", "ja")[1]
    assert found == ["プランを下げる"]
    assert contrasts("再配達の代わりに営業所で受け取りたいです。", "ja")[1] == ["再配達"]
    # 代わりに with nothing before it contrasts nothing
    assert contrasts("代わりに何をすればいいですか？", "ja")[1] == []


def test_a_thing_that_stopped_reverses_nothing() -> None:
    """A past verb of reversal whose subject is a noun phrase of a thing tells what the thing
    did; a person, a company or a name that cancelled still reverses something."""
    for text in ("My tumble dryer stopped heating.", "The garage door has stopped opening."):
        assert not reversals(text, _ANALYSES.get(text, None)), text
    for text in ("I stopped my subscription.", "My wife cancelled the booking.",
                 "The company cancelled my order.", "Sam cancelled my lesson."):  # fmt: skip
        assert reversals(text, _ANALYSES.get(text, None)), text


def _confirmed(user: str, reply_q: str, reply_c: str, user_c: str | None = None) -> Verdict:
    """:meth:`TurnWords._confirmed_otherwise` of two one-exchange sides (chatter kept)."""
    words = TurnWords(_ANALYSES)
    q, c = Exchange(user, reply_q, np.zeros(1)), Exchange(user_c or user, reply_c, np.zeros(1))
    everything_q = [u for text in (q.user, q.reply) for u in words._turn_units(text)]
    everything_c = [u for text in (c.user, c.reply) for u in words._turn_units(text)]
    return words._confirmed_otherwise(q, c, (reply_q, reply_c), everything_q, everything_c)


def test_replies_to_one_turn_that_state_other_things_differ() -> None:
    """The same user turn, replies reworded throughout: each side stating a word the other
    conversation never says differs; a word on one side only, the same words in another
    order, or user turns that differ themselves are left to the other steps."""
    found = _confirmed("TN88213.", "Done: TN88213 will be left with your neighbour.",
                       "Done: TN88213 will be held at the depot for you to collect.")  # fmt: skip
    assert not found.accept and found.reason.startswith("confirmed:")
    assert _confirmed("TN88213.", "Done: TN88213 will be left with your neighbour.",
                      "Done: TN88213 will be left with your neighbour today.").accept  # fmt: skip
    assert _confirmed("A Bosch WTH85.", "Thanks: we'll send an engineer to repair your WTH85.",
                      "Thanks: your WTH85 will be repaired by the engineer we send.").accept
    # a question the assistant asks states nothing here
    assert _confirmed("TN88213.", "Would you like it left with a neighbour?",
                      "Shall we hold it at the depot?").accept  # fmt: skip
    # the user turns differ: their own comparison decides
    assert _confirmed("TN88213.", "Done: TN88213 will be left with your neighbour.",
                      "Done: TN88213 will be held at the depot for you to collect.",
                      "TN88214.").accept  # fmt: skip
