"""Session 34 (review): an earlier year that dates another verb of the sentence does not make
its reversal a story (:func:`~yamabiko.conversation.bygone.bygone_reversals`, ``_dated``).

Session 33's lateConvo left a reversal out of a turn's intent when its sentence names an
earlier year and tells it as having befallen something (*Last year the fireworks were
cancelled*). "I paid for a two-year membership last year, and it was cancelled last month" and
去年購入した年間パスが中止になってしまいました also name an earlier year, but it dates the
buying: the reversal is this year's, and a thread that tells it is no longer the thread that
only tells the purchase. Main served both against their twins (``history:same``), the parent
of lateConvo refused them (``history:intent``). The year now dates the reversal only when, in
English, they share a clause that says no other verb, and in Japanese no verb stands between
them.

Probes written for these tests (no held-out set's wording), with the real default embedder,
decided both ways round by the real matcher.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.bygone import bygone_reversals
from yamabiko.conversation.intent import reversals

SORRY = "I'm sorry to hear that. Let me look at your account."
OWABI = "申し訳ございません。お客様の情報を確認いたします。"
PAID = "I paid for a two-year membership last year"
KATTA = "去年購入した年間パス"

PROBES = [
    ("en-membership-cancelled-now", "intent", 0,
     [(f"{PAID}, and it was cancelled last month.", SORRY)], [(f"{PAID}.", SORRY)]),
    ("ja-pass-cancelled-now", "intent", 0,
     [(f"{KATTA}が中止になってしまいました。", OWABI)], [("去年年間パスを購入しました。", OWABI)]),
    ("en-fireworks-bygone", "small-talk", 1,
     [("Last year the fireworks were cancelled because of rain. I'd like two seats for this "
       "year's show.", "Sure, two seats for this year's show are booked.")],
     [("I'd like two seats for this year's fireworks show.",
       "Sure, two seats for this year's show are booked.")]),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_the_year_must_date_the_reversal() -> None:
    """A year that dates a purchase (a verb in the clause, or one between the year and the
    reversal) leaves the reversal in; a year of the occasion itself leaves it out."""
    analyse = text_analysis()
    for text in (f"{PAID}, and it was cancelled last month.",
                 "The pass I bought last year was cancelled.",
                 f"{KATTA}が中止になってしまいました。",
                 "昨年予約した宿泊がキャンセルされました。"):  # fmt: skip
        assert reversals(text, analyse(text)), text
    for text in ("Last year the fireworks were cancelled because of rain.",
                 "The concert was cancelled last year.",
                 "去年は花火大会が中止になりました。"):  # fmt: skip
        assert not reversals(text, analyse(text)), text
    assert bygone_reversals("The pass I bought last year was cancelled.", {"cancel"}, "en") == (
        frozenset()
    )
    assert bygone_reversals("去年の花火は中止になった。", {"中止"}, "ja") == {"中止"}
