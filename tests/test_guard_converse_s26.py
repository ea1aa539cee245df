"""Session 26 (fixCI): a giving verb said with an auxiliary of receiving and its converse said
plainly are one act, not a contrast the rescue rule keeps from the models.

チケットを売っていただけますか (will you sell me a ticket) asks what チケットを買うことはできますか
(can I buy a ticket) asks: 売る / 買う are the lexicon's opposites, but the auxiliary of
receiving (いただく, もらう, くれる, くださる) makes the speaker the buyer.
``ja_contrasts.substituted_contrast`` refused both session-18 probes as ``contrast:買う->売っ``
until :func:`~yamabiko.guard.benefactive.converse_received` exempted the pair; the same giving
verb with the auxiliary on one side only (``giver:売る``), a doer named with が or に, and the
lead's 大人 / 子供 probe stay refused."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.benefactive import converse_received
from yamabiko.guard.ja_contrasts import substituted_contrast

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): converse verbs with an auxiliary of receiving, served both ways
SERVED = [
    ("チケットを買うことはできますか？", "チケットを売っていただけますか？", "ja"),
    ("車を売っていただけますか？", "車を買えますか？", "ja"),
    ("傘を貸していただけますか？", "傘を借りられますか？", "ja"),
]
#: (cached, query, lang, reason): still refused
REFUSED = [
    ("服を売っていただけますか？", "服を売れますか？", "ja", "giver:売る"),
    # (session 27: コンロ against ガスコンロ fell under the threshold with surface4, 0.79 ->
    # 0.71, where no rule is asked; ガスコンロ on both sides keeps the contrast at 0.89)
    ("キャンプ場では大人がガスコンロを使ってもいいですか？",
     "キャンプ場って子供がガスコンロ使っていい？", "ja", "contrast:大人->子供"),
]  # fmt: skip

cosines = probes.cosines_fixture(SERVED, REFUSED)


def test_converse_with_receiving_served(cosines) -> None:
    probes.assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_giver_and_contrast_still_refused(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_converse_received_reads_the_auxiliary_and_the_converse() -> None:
    sell, buy = "チケットを売っていただけますか？", "チケットを買うことはできますか？"
    assert converse_received("買う", "売っ", sell, buy)  # (old is the cached prompt's word)
    assert converse_received("売っ", "買う", buy, sell)
    # no auxiliary of receiving: selling and buying are two acts
    assert not converse_received("買う", "売り", "チケットを売りたいです", buy)
    # the auxiliary on both sides: 売ってもらう / 買ってもらう still differ
    assert not converse_received("買っ", "売っ", sell, "チケットを買っていただけますか？")
    # a doer named with に: 友達に売ってもらう is 友達から買う, not 友達が買う
    friend_sells, friend_buys = "友達に売っていただけますか？", "友達が買えますか？"
    assert not converse_received("買え", "売っ", friend_sells, friend_buys)
    # words that are not the two verbs
    assert not converse_received("大人", "子供", sell, buy)


def test_the_contrast_rule_asks_it() -> None:
    sell, buy = "チケットを売っていただけますか？", "チケットを買うことはできますか？"
    assert substituted_contrast("substitution:買う->売っ", sell, buy) == ""
    # without the auxiliary the lexicon's opposites contrast
    plain = "チケットを売ることはできますか？"
    assert substituted_contrast("substitution:買う->売る", plain, buy) == "contrast:買う->売る"
