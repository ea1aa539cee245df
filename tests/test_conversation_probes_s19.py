"""Session 19 probes of conversation matching with the real default embedder
(:mod:`conversation_probes_s19`): intents stated in an earlier turn and confirmed by the
assistant (keep / change, buy / sell, sell to them / buy from them, move in / out), other
slots, and same-context twins, English and Japanese; then the session's rules on their own:
a verb of trade asked of the other party (:mod:`yamabiko.conversation.requests`), keeping
things as they are (:func:`yamabiko.conversation.intent.continuations`) and a fact said by a
WordNet synonym (:mod:`yamabiko.conversation.facts`).
"""

from __future__ import annotations

import pytest
from conversation_probes_s19 import PROBES
from conversation_turns import assert_probe, both_ways, turns

from yamabiko.conversation.intent import continuations
from yamabiko.conversation.requests import own_acts
from yamabiko.guard.analysis import AnalysisCache

#: same-context probes still refused (docs/quality.md, "Session 19: conversations"): a
#: reply's question worded otherwise ("which network are you joining" / "which network
#: will that be") is compared strictly
WEAK = frozenset({"en-phone-replies"})

#: the reason each probe that main (36fbd4e) served or refused for another part is refused for
REASONS = {
    "en-phone-keep": "history:intent:stay",
    "en-school-keep": "history:intent:remain",
    "en-school-rw-keep": "history:intent:keep",
    "ja-ins-switch": "history:intent:継続",
    "en-laptop-you-buy": "history:opposite:",
    "ja-book-ask-buy": "history:opposite:",
    "ja-book-rw-ask-buy": "history:opposite:",
}

#: same-context probes main refused: two paired turns of one trade said from the two
#: parties' sides (sell / "would you buy", 売りたい / 買い取ってもらいたい, 買いたい / 売ってほしい)
MAIN_REFUSED = ("en-laptop-sell-you-buy", "ja-book-ask", "ja-book-buy-sell-me")


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] not in WEAK], ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_the_trades_main_refused_are_probes() -> None:
    names = {p[0]: p[2] for p in PROBES}
    assert all(names[n] == 1 for n in MAIN_REFUSED)


def test_probes_cover_both_languages_and_kinds() -> None:
    kinds = {(p[1], p[0][:2]) for p in PROBES}
    for kind in ("intent", "amount", "date", "product"):
        assert (kind, "en") in kinds and (kind, "ja") in kinds, kind
    for kind in ("greeting", "small-talk", "unrelated", "replies", "reworded"):
        assert any(k == kind for k, _ in kinds), kind
    assert sum(p[2] == 0 for p in PROBES) >= 20 and sum(p[2] == 1 for p in PROBES) >= 12


# -- the rules on their own -------------------------------------------------------------------


def test_a_verb_of_trade_asked_of_the_other_party_is_the_users_converse_act() -> None:
    dropped, added = own_acts("中古のプリウスを買い取ってほしいです。", "ja")
    assert added == {"売る"} and {"買う", "買い取る"} <= dropped  # I sell
    assert own_acts("漫画を売ってもらえますか。", "ja")[1] == {"買う"}  # I buy
    assert own_acts("本を貸していただけますか。", "ja")[1] == {"借りる"}
    assert own_acts("漫画を買いたいです。", "ja") == (frozenset(), frozenset())
    # a doer named with が is not the other party of the trade
    assert own_acts("母が送ってくれた荷物を受け取りたい。", "ja") == (frozenset(), frozenset())
    assert own_acts("Would you buy my old laptop?", "en")[1] == {"sell"}
    assert own_acts("I'd like you to sell me a laptop.", "en")[1] == {"buy"}
    # the generic "you" asks what anyone can do
    assert own_acts("Can you buy tickets at the door?", "en") == (frozenset(), frozenset())


def test_keeping_things_as_they_are() -> None:
    analyses = AnalysisCache(64)

    def kept(text: str) -> frozenset[str]:
        return continuations(text, analyses.get(text, None))

    assert kept("娘は今の学校に通い続けさせたいです。") == {"続ける"}
    assert kept("保険を今の会社で継続したいです。") == {"継続"}
    assert kept("I'd like to keep my current plan.") == {"keep"}
    assert kept("He will remain at his school.") == {"remain"}
    assert not kept("I don't want to keep my current plan.")  # negated: a change
    assert not kept("娘を転校させたいです。")
    # continuing to do something keeps no thing unless the thing is the same one
    assert not kept("I'm off to Canada next week - how do I keep using my mobile there?")
    assert not kept("カナダでも携帯を使い続けたいです。")
    assert kept("She'll keep going to the same school.") == {"keep"}
    assert kept("I'm staying with my current bank.") == {"stay"}
    assert not kept("We're staying at a hotel near the station.")


LOFT = turns(
    ("I want to apply for the loft insulation grant.", "Of course. What's your postcode?"),
    ("LS6 2QT.", "Thanks: LS6 2QT."),
)  # fmt: skip
ATTIC = turns(
    ("I live at postcode LS6 2QT - can I get help paying to insulate my attic?",
     "Noted: attic insulation grant, LS6 2QT."),
)  # fmt: skip
CELLAR = turns(
    ("I live at postcode LS6 2QT - can I get help paying to insulate my cellar?",
     "Noted: cellar insulation grant, LS6 2QT."),
)  # fmt: skip


async def test_facts_said_in_other_words(matcher) -> None:
    # a fact said back as a WordNet synonym (loft / attic); main: history:facts-fact:attic
    for accept, reason in await both_ways(matcher, LOFT, ATTIC):
        assert accept, reason
    for accept, _reason in await both_ways(matcher, LOFT, CELLAR):
        assert not accept
