"""Session 21 review of conversation matching with the real default embedder: the reviewer's
own probes (:mod:`review_conversation_probes_s21`: intents withdrawn without a negation,
corrections, a second item, another account / person / place named by the assistant, an
intent switched in a later turn, a quantity changed, a condition given; same-context twins;
English and Japanese), each decided both ways round, then the two readings the review added
on their own: a remark after the thread that the assistant acts on
(:mod:`yamabiko.conversation.tails`) and what one side's answer adds to a paired exchange
(:mod:`yamabiko.conversation.additions`).
"""

from __future__ import annotations

import numpy as np
import pytest
from conversation_turns import assert_probe, both_ways, turns
from review_conversation_probes_s21 import PROBES

from yamabiko.conversation.additions import compare_additions
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.tails import compare_tails, promised_acts, reported_acts
from yamabiko.guard.analysis import AnalysisCache

#: different-context probes still served at least one way round (docs/quality.md, "Session
#: 21: conversation review"): a question after the thread that the assistant acts on (a piano
#: added, a rental extended: the tuning sets label such side requests the same context), a
#: condition whose reply the comparison of replies drops as chatter (en-tap-neighbour, a
#: withdrawal whose reply names no act, "you can forget about it" / "the visit is off", is
#: refused since session 29: a clause that declines the whole request, conversation.declined)
STILL_SERVED = frozenset({
    "en-passport-name", "en-van-piano", "ja-move-piano", "ja-car-extend",
})  # fmt: skip

#: same-context probes still refused at least one way round: verbs no resource at hand
#: joins here (rent / hire, sign up / enrol, switch / move onto, なくす / 紛失, 借りる /
#: レンタル, 入る / 入会), another word order or an added word (a birthday cake / a cake for a
#: birthday, deflating / going flat, 来月15日 / 15日), a reply's question worded otherwise
#: (glasses or contact lenses / glasses or contacts), *removal van* read as an intent, 予約
#: read as a role
STILL_REFUSED = frozenset({
    "en-cake-reworded", "en-vet-reworded", "en-bike-reworded", "en-card-reworded",
    "en-flight-reworded", "en-car-reworded", "en-carpet-reworded", "en-swim-reworded",
    "en-tariff-reworded", "en-eyes-asks", "en-roses-reworded", "en-gp-asks", "en-van-reworded",
    "ja-move-reworded", "ja-card-reworded", "ja-car-reworded",
    "ja-clinic-asks", "ja-gym-reworded", "ja-fan-reworded",
    "ja-water-reworded",
})  # fmt: skip

#: probes main served (a506a8d, and 11ecc45 with convo's session-21 work) and this review
#: refuses, by the reason's prefix (en-swim-sunday and en-bike-forget, served at a506a8d too,
#: are refused on 11ecc45 by convo's rules: ``history:facts-date``, ``history:act:dropped:tub``)
FIXED = {
    "en-vet-hold-off": "history:tail-act:take_off",
    "en-vet-nails": "history:tail-act:change",
    "en-card-found": "history:tail-act:call_off",
    "en-broadband-leave": "history:tail-act:cancel",
    "en-paper-weekends": "history:tail-act:update",
    "ja-salon-miokuru": "history:tail-act:取り消す",
    "ja-card-found": "history:tail-act:取り消す",
    "ja-gym-zenjitsu": "history:tail-act:変更",
    "ja-gym-miawase": "history:tail-act:中止",
    "ja-phone-konomama": "history:tail-act:取り消す",
    "ja-fan-ii": "history:tail-act:取り消す",
    "ja-car-nago": "history:answer-named:名護",
    "ja-flowers-grandma": "history:reply-count:2",
    "ja-gym-wife": "history:reply-count:2",
}
_KNOWN = STILL_SERVED | STILL_REFUSED


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] not in _KNOWN], ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, FIXED)


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] in _KNOWN], ids=lambda p: p[0])
async def test_known_miss_is_still_a_miss(matcher, probe) -> None:
    """Each known miss is still decided wrongly at least one way round (a probe decided
    rightly both ways must leave the lists)."""
    name, _kind, label, a, b = probe
    assert (name in STILL_SERVED) == (label == 0)
    decisions = [accept for accept, _ in await both_ways(matcher, turns(*a), turns(*b))]
    assert any(decisions) if label == 0 else not all(decisions), decisions


def test_probes_cover_the_review_kinds() -> None:
    names = [p[0] for p in PROBES]
    assert len(set(names)) == len(names) and set(FIXED) <= set(names) - _KNOWN
    assert all(p[2] == 0 for p in PROBES if p[0] in FIXED)
    different = [p for p in PROBES if p[2] == 0]
    assert len(different) >= 70 and sum(p[2] == 1 for p in PROBES) >= 50
    kinds = {(p[1], p[0][:2]) for p in different}
    for kind in ("withdrawn", "correction", "second-item", "intent-later", "quantity",
                 "condition", "person-reply", "account-reply"):  # fmt: skip
        assert (kind, "en") in kinds and (kind, "ja") in kinds, kind
    same = {p[1] for p in PROBES if p[2] == 1}
    assert {"reworded", "small-talk", "unrelated", "reply-question"} <= same


# -- the readings on their own ------------------------------------------------------------------

_ANALYSES: AnalysisCache = AnalysisCache(256)


def _analyse(text: str):
    return _ANALYSES.get(text, None)


def _side(*pairs: tuple[str, str]) -> list[Exchange]:
    return [Exchange(user, reply, np.zeros(1)) for user, reply in pairs]


def test_a_reply_reports_an_act() -> None:
    """A past verb after *I* / *we* or opening a sentence before a colon (phrasal verbs
    joined), a Japanese ます / ました ending after a verb or a サ変 noun; not chatter, not a
    verb of knowing or saying, not an acknowledgment that opens the reply, not a promise."""
    assert reported_acts("Understood, I've taken the booking off for now.", "en") == {"take_off"}
    assert reported_acts("Great, I've called off the replacement then.", "en") == {"call_off"}
    assert reported_acts("Updated: weekends only.", "en") == {"update"}
    assert reported_acts("Okay, we moved it to Sunday.", "en") == {"move"}
    assert reported_acts("Your class has been moved to Sunday.", "en") == {"move"}
    for chatter in ("We'll take good care of it.", "Noted: thanks for letting me know.",
                    "Sorry you're stuck outside - let's get you sorted quickly.",
                    "Always satisfying once it's done.", "I understood that.",
                    "The shop is closed on Sundays.", "You've been booked in."):  # fmt: skip
        assert not reported_acts(chatter, "en"), chatter
    thread = frozenset({"an", "engineer", "will", "visit", "on", "friday"})
    assert promised_acts("Okay, I'll cancel the visit then.", thread) == {"cancel"}
    assert promised_acts("No problem, we'll call off the engineer.", thread) == {"call_off"}
    for chatter in ("We'll take good care of it.", "I'll be there on Friday."):
        assert not promised_acts(chatter, thread), chatter
    assert reported_acts("承知しました。ご予約を取り消しました。", "ja") == {"取り消す"}
    assert reported_acts("承知しました。手続きを中止します。", "ja") == {"中止"}
    assert reported_acts("再発行の受付は取り消しておきます。", "ja") == {"取り消す"}
    for chatter in ("承知しました。", "かしこまりました。", "ありがとうございます！",
                    "それは大変ですね、早めに伺います。", "お気持ちわかります。",
                    "きっとすぐに慣れますよ。"):  # fmt: skip
        assert not reported_acts(chatter, "ja"), chatter


def test_a_remark_acted_on_after_the_thread_differs() -> None:
    """A statement after the thread answered with an act the thread never named refuses; a
    question there, an answer to the assistant's question, or an act the other side says
    too does not."""
    thread = ("Can I book my cat in for his vaccinations on Thursday?", "Booked: Thursday.")
    remark = ("Let's hold off until he's over his cold.", "Okay, I've cancelled it for now.")
    found = compare_tails(_side(thread, remark), _side(thread), {0: 0}, _analyse)
    assert not found.accept and found.reason == "history:tail-act:cancel"
    aside = ("He hates the car, honestly.", "Poor thing, we'll be gentle with him.")
    assert compare_tails(_side(thread, aside), _side(thread), {0: 0}, _analyse).accept
    question = ("Can I update my email while I'm here?", "Yes, I've changed it for you.")
    assert compare_tails(_side(thread, question), _side(thread), {0: 0}, _analyse).accept
    # the other side cancels too, in other words
    other = ("Please cancel it, actually.", "Done, it's cancelled.")
    assert compare_tails(_side(thread, remark), _side(thread, other), {0: 0}, _analyse).accept


def test_an_answer_adds_a_count_or_a_name() -> None:
    """One confirmation counts two where the other counts nothing; a named answer against a
    yes. A number the other side says, a reply that asks, or a yes on both sides: nothing."""
    ask = ("ジムに入りたいです。", "平日だけのご利用ですか？")
    answer = ("はい、平日だけです。", "平日会員で入会手続きを進めます。")
    one = _side(ask, answer)
    added = ("はい、平日だけです。妻も一緒に入ります。", "平日会員2名で入会手続きを進めます。")
    two = _side(ask, added)
    found = compare_additions(two, one, {0: 0, 1: 1}, _analyse)
    assert not found.accept and found.reason == "history:reply-count:2"
    said = _side(("ジムに2名で入りたいです。", "平日だけのご利用ですか？"), answer)
    assert compare_additions(two, said, {0: 0, 1: 1}, _analyse).accept
    back = ("Will you return it to the same place?",)
    yes = _side(("I'd like to rent a car.", back[0]), ("Yes.", "Booked."))
    elsewhere = _side(("I'd like to rent a car.", back[0]), ("I'll drop it in Glasgow.", "Booked."))
    found = compare_additions(elsewhere, yes, {0: 0, 1: 1}, _analyse)
    assert not found.accept and found.reason.startswith("history:answer-named:")
    reworded = _side(("I'd like to rent a car.", back[0]), ("That's right.", "Booked."))
    assert compare_additions(reworded, yes, {0: 0, 1: 1}, _analyse).accept
