"""Session 20 probes of conversation matching with the real default embedder
(:mod:`conversation_probes_s20`): intents flipped in the first turn and confirmed by the
assistant in other words, and same-context twins (the same service said otherwise, small talk
holding intent-like words), English and Japanese, each decided both ways round; then the
session's rules on their own: the acts a confirmation names (:mod:`yamabiko.conversation.acts`),
*X but Y instead* and の代わりに (:mod:`yamabiko.conversation.contrast`), and a verb of
keeping whose subject is a thing (:func:`yamabiko.conversation.intent.continuations`).
"""

from __future__ import annotations

import pytest
from conversation_probes_s20 import PROBES
from conversation_turns import assert_probe

from yamabiko.conversation.acts import acts, ja_service
from yamabiko.conversation.contrast import contrasts
from yamabiko.conversation.intent import continuations
from yamabiko.guard.analysis import AnalysisCache

#: same-context probes still refused (docs/quality.md, "Session 20: conversations"): a verb
#: and a noun of one act that the strict comparison of replies or the guard pairs with no
#: resource at hand (*pick it up* / *collection* in a reply, *deliver* / *be brought*); since
#: session 22 also two nouns of one act in the confirmations, *dismantling* / *disassembly*
#: (``history:unexplained-reply``: neither is among WordNet's tagged senses)
WEAK = frozenset({"en-laundry-rw", "en-laundry-rw-smalltalk", "en-sofa-rw", "en-bed-apart-instead"})

#: the reason each probe that main (5d377b5) served is now refused for
REASONS = {
    "en-bed-instead": "history:intent:instead-of:",
    "en-laundry-bring": "history:intent:instead-of:",
    "en-screen-rw-trade": "history:act:instead:",
    "ja-aircon-rw-off": "history:act:",
    "en-laundry-bring-deliver": "history:intent:instead-of:",
    "en-laundry-smalltalk-bring": "history:intent:instead-of:",
    "en-bed-apart": "history:act:",
    "en-screen-trade": "history:act:instead:replace->trade_in",
    "en-broadband-down": "history:act:",
    "en-trousers-long": "history:act:",
    "ja-parcel-pickup": "history:act:取り消す",
}


@pytest.mark.parametrize("probe", [p for p in PROBES if p[0] not in WEAK], ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_probes_cover_both_languages_and_kinds() -> None:
    different = [p for p in PROBES if p[2] == 0]
    same = [p for p in PROBES if p[2] == 1]
    assert len(different) >= 40 and len(same) >= 25
    for lang in ("en", "ja"):
        assert any(p[0].startswith(lang) for p in different)
        assert any(p[0].startswith(lang) for p in same)
    for kind in ("reworded", "small-talk", "greeting", "unrelated"):
        assert any(p[1] == kind for p in same), kind


# -- the rules on their own -------------------------------------------------------------------


def test_the_acts_a_confirmation_names() -> None:
    assert acts("Booked: dismantling a wardrobe, Monday.", "en") == {"dismantle"}
    assert acts("Thanks: trade-in value for your tablet.", "en") == {"trade_in"}
    assert "replace" in acts("Noted: a replacement for the kettle.", "en")
    # a bare verb counts only in what a user asks for
    assert acts("Please assemble the desk.", "en") == set()
    assert "assemble" in acts("Please assemble the desk.", "en", forms_only=False)


def test_the_service_a_japanese_confirmation_names() -> None:
    found = ja_service("承知しました。洗濯機の取り外しですね。")
    assert found == ("取り外し", frozenset({"洗濯機"}))
    assert ja_service("承知しました。明日伺います。") == ("", frozenset())


def test_a_second_thing_said_instead_rejects_the_first() -> None:
    rest, found = contrasts("We ordered the pine desk, but we'd like the oak one instead.", "en")
    assert found == ["We ordered the pine desk"] and "oak" in rest
    rest, found = contrasts("電話の代わりにメールで連絡してほしいです。", "ja")
    assert found == ["電話"] and "メール" in rest
    # "but" without "instead" rejects nothing
    assert contrasts("I booked a table, but we may be late.", "en")[1] == []


def test_a_thing_that_keeps_keeps_nothing_of_the_users() -> None:
    analyses = AnalysisCache(64)

    def kept(text: str) -> frozenset[str]:
        return continuations(text, analyses.get(text, None))

    assert not kept("The traffic outside keeps us awake at night.")
    assert not kept("The printer keeps jamming on the same page.")
    assert kept("We'd like to keep the same tariff.") == {"keep"}
    assert kept("My daughter remains at her current school.") == {"remain"}
    assert kept("Keep my current number, please.") == {"keep"}
