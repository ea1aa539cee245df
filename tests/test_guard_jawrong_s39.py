"""Session 39 (jawrong): Japanese pairs the boosted trees served although one noun was
replaced by a noun of another meaning.

契約の見直しはできますか？ / 契約の見落としはありますか？ (a review against an oversight, cosine
0.829) was served both ways as ``learned-accept:0.82``: the minimal-pair check refused
``substitution:見直し->見落とし`` and the trees, weighing the reworded rest of the question,
served it. Both nouns are the nominal forms of compound verbs on one first verb (見直す, 見落とす:
SudachiPy's dictionary lists each spelling as a noun and as a verb's form), and the second
verb carries the act, so :func:`yamabiko.guard.ja_noun_acts.nominal_acts_apart` keeps such a
substitution from the trees (the check's own reason stands).

The pairs below are written for the test; the guard, its trees, SudachiPy and the embedder
are the real ones, and each pair's cosine reaches the default threshold. 大統領 / 主席 (served
one way on main, ``learned-accept:0.74``) is not read by this change: no shipped resource was
found to keep two titles apart (docs/quality.md, session 39, jawrong).
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_noun_acts import acts_replaced, nominal_acts_apart

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): served by the trees before this session (the first two)
#: or refused by the check already; refused whichever prompt is cached
REFUSED = [
    ("契約の見直しはできますか？", "契約の見落としはありますか？", "ja",
     "substitution:見直し->見落とし"),
    ("契約の見直しをお願いできますか？", "契約の見落としを教えてもらえますか？", "ja",
     "substitution:見直し->見落とし"),
    ("見積もりの見直しはできますか？", "見積もりの見落としはありますか？", "ja",
     "substitution:見直し->見落とし"),
    ("お弁当の持ち帰りはできますか？", "お弁当の持ち込みはできますか？", "ja",
     "substitution:持ち帰り->持ち込み"),
    ("荷物の受け取りはどこですか？", "荷物の受け付けはどこですか？", "ja",
     "substitution:受け取り->受け付け"),
    ("電車の乗り換えはどこでできますか？", "電車の乗り越しはどこでできますか？", "ja",
     "substitution:乗り換え->乗り越し"),
    ("料金の払い込みはどこでできますか？", "料金の払い戻しはどこでできますか？", "ja",
     "substitution:払い込み->払い戻し"),
    ("家賃の引き落としはいつですか？", "家賃の引き取りはいつですか？", "ja",
     "substitution:引き落とし->引き取り"),
    ("工事の立ち入りはできますか？", "工事の立ち会いはできますか？", "ja",
     "substitution:立ち入り->立ち会い"),
]  # fmt: skip

#: (cached, query, lang): one act said two ways, served whichever prompt is cached
SERVED = [
    ("契約の見直しはできますか？", "契約の再検討はできますか？", "ja"),
    ("契約の見直しはできますか？", "契約の見直しをお願いできますか？", "ja"),
    ("料金の払い戻しはできますか？", "料金の返金はできますか？", "ja"),
    ("講座の申し込みはいつまでですか？", "講座の申込みはいつまでですか？", "ja"),
    ("お弁当の持ち帰りはできますか？", "お弁当のテイクアウトはできますか？", "ja"),
    ("荷物の受け取りはどこですか？", "荷物の受取はどこですか？", "ja"),
]

cosines = cosines_fixture(REFUSED, SERVED)


def test_two_acts_said_as_nouns_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_one_act_said_two_ways_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_the_reading_of_two_nouns() -> None:
    """Compound verbs' nouns on one first kanji with other verbs are apart; a noun of no verb
    (再検討, 返金), another first kanji, or one verb spelt two ways is not."""
    assert nominal_acts_apart("見直し", "見落とし")
    assert nominal_acts_apart("持ち帰り", "持ち込み")
    assert not nominal_acts_apart("見直し", "再検討")
    assert not nominal_acts_apart("払い戻し", "返金")
    assert not nominal_acts_apart("申し込み", "申込み")
    assert not nominal_acts_apart("受け取り", "受取")
    assert acts_replaced("substitution:見直し->見落とし") == "見直し->見落とし"
    assert acts_replaced("substitution:見直し+でき->見落とし+あり") == ""
    assert acts_replaced("category") == ""
