"""Session 35 (lateConvo): an answer that picks an option of the assistant's choice question.

The assistant asks "just A, or A and B?"; one user answers "Both, please." and the other "Just
A.", and each recap lists what was picked ("the A and B leagues" / "the A league"). B is
said on the second side only in the question, an option offered and not taken, so it is no
fact of that side (:func:`~yamabiko.conversation.items.stated`); the first side's recap joins
it to the list: ``history:added-item:B``. A size or code of digits round letters (5v5, 2x4) is
one word, and the list's noun agreeing with its count (league / leagues) still aligns.
Japanese recaps join the item by と / や (5v5と7v7のリーグ / 5v5のリーグ).

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher and SudachiPy, decided both ways round with the follow-up a lookup hands over; the
readers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.history import Exchange
from yamabiko.conversation.items import added_item, recap_item_ja, stated
from yamabiko.conversation.smalltalk import offers
from yamabiko.embedders import CachedEmbedder, USEMultilingual


@pytest.fixture(scope="module")
def matcher() -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(CachedEmbedder(USEMultilingual()))


FUTSAL = (
    "I'd like to sign our office team up for the winter futsal season starting Monday 12 January.",
    "Great! Which leagues - just the 5v5, or the 5v5 and the 7v7?",
)
SIGNED_ONE = "Signed up: your office team, the 5v5 league, from Monday 12 January."
FUTSAL_BOTH = (
    "Both leagues, please.",
    "Signed up: your office team, the 5v5 and 7v7 leagues, from Monday 12 January.",
)
FUTSAL_ONE = ("Just the 5v5.", SIGNED_ONE)
FUTSAL_ONE_AGAIN = ("Only the 5v5, thanks.", SIGNED_ONE)
EN_QUESTION = "What's the fee, and when is the first match?"

JA_FUTSAL = (
    "1月12日の月曜日から始まる冬のフットサルシーズンに会社のチームを登録したいです。",
    "ありがとうございます。5v5だけにしますか、それとも5v5と7v7の両方にしますか？",
)
JA_BOTH = (
    "両方でお願いします。",
    "登録しました：会社のチーム、5v5と7v7のリーグ、1月12日月曜日から。",
)
JA_BOTH_AGAIN = ("5v5と7v7の両方で。", JA_BOTH[1])
JA_ONE = ("5v5だけでお願いします。", "登録しました：会社のチーム、5v5のリーグ、1月12日月曜日から。")
JA_ONE_AGAIN = ("5v5のみでお願いします。", JA_ONE[1])
JA_QUESTION = "参加費はいくらで、最初の試合はいつですか？"

SALON = (
    "Can I book my daughter in at the salon on Friday 9 May at 4pm?",
    "Of course. A cut only, or a cut and a colour?",
)

#: (name, label, a, b, follow-up): label 1 = the same context
PROBES = [
    ("en both / just", 0, [FUTSAL, FUTSAL_BOTH], [FUTSAL, FUTSAL_ONE], EN_QUESTION),
    ("en just / only", 1, [FUTSAL, FUTSAL_ONE], [FUTSAL, FUTSAL_ONE_AGAIN], EN_QUESTION),
    ("ja 両方 / だけ", 0, [JA_FUTSAL, JA_BOTH], [JA_FUTSAL, JA_ONE], JA_QUESTION),
    ("ja 両方 / AとBの両方", 1, [JA_FUTSAL, JA_BOTH], [JA_FUTSAL, JA_BOTH_AGAIN], JA_QUESTION),
    ("ja だけ / のみ", 1, [JA_FUTSAL, JA_ONE], [JA_FUTSAL, JA_ONE_AGAIN], JA_QUESTION),
    ("en both / the two named", 1,
     [SALON, ("Both, please.", "Booked: a cut and colour for your daughter, Friday 9 May at 4pm.")],
     [SALON, ("The cut and the colour, please.",
              "Booked: a cut and colour for your daughter, Friday 9 May at 4pm.")],
     "How much will it cost?"),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
async def test_an_option_picked_against_another(matcher, probe) -> None:
    """Both ways round: a list one recap adds an offered option to is another order; the same
    pick said in other words is one context."""
    _name, label, a, b, question = probe
    for accept, reason in await both_ways(matcher, turns(*a), turns(*b), question):
        assert accept == bool(label), reason
        if not label:
            assert reason == "history:added-item:7v7", reason


def test_offers_is_a_question_naming_its_options() -> None:
    """An alternative question offers; a question of which without options, a statement with
    "or", and a yes/no offer do not."""
    assert offers("Which leagues - just the 5v5, or the 5v5 and the 7v7?")
    assert offers("5v5だけにしますか、それとも5v5と7v7の両方にしますか？")
    assert not offers("Which day are you planning to visit?")
    assert not offers("You can pay by card or cash.")
    assert not offers("Would you like a nail clip too?")


def test_stated_leaves_out_the_offer_only() -> None:
    """A side states its user turns and its replies but the sentences offering a choice."""
    side = [Exchange(*FUTSAL, vector=None), Exchange(*FUTSAL_ONE, vector=None)]
    told = " ".join(stated(side))
    assert "Great!" in told and "the 5v5 league" in told
    assert "7v7" not in told


def test_an_added_code_item_in_a_recap() -> None:
    """A code of digits round a letter is one item word; the plural noun still aligns; an
    item the other side states is no addition."""
    one, both = FUTSAL_ONE[1], FUTSAL_BOTH[1]
    assert added_item(one, both, [FUTSAL[0], one], [both]) == "7v7"
    assert added_item(both, one, [both], [FUTSAL[0], one]) == "7v7"
    assert added_item(one, both, [FUTSAL[0], one, "Add the 7v7 as well."], [both]) == ""


def test_a_japanese_recap_joins_an_item() -> None:
    """と joins 7v7 to 5v5 in one recap; the other side's offer does not state it, its
    answer would; an offer of a choice in the recap's own reply joins nothing."""
    assert recap_item_ja(JA_BOTH[1], JA_ONE[1], [JA_FUTSAL[0], *JA_ONE]) == "7v7"
    assert recap_item_ja(JA_BOTH[1], JA_ONE[1], [*JA_BOTH_AGAIN]) == ""
    assert recap_item_ja(JA_FUTSAL[1], JA_FUTSAL[1], [JA_FUTSAL[0]]) == ""
    assert recap_item_ja(FUTSAL_BOTH[1], FUTSAL_ONE[1], []) == ""
