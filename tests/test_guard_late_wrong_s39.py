"""Session 39 (lateWrong): two compound verbs' nouns the rules themselves joined.

チケットの売り切れはいつですか？ / チケットの売り出しはいつですか？ (sold out against on sale,
cosine 0.981) was served ``guard-ok`` both ways on main: the minimal-pair check's own pairing of
the two changed words (the shared kanji 売, the word vectors) called 売り切れ and 売り出し one
word. Both are nouns SudachiPy's dictionary also lists as forms of two compound verbs (売り切れる,
売り出す), and the second verb carries the act, so
:func:`yamabiko.guard.ja_noun_acts.compound_acts_apart` keeps them from being paired in
:class:`yamabiko.guard.word_equivalence.WordEquivalence` (session 39's jawrong reading, which
kept such pairs from the boosted trees only, now also before the rules accept).

The pairs are written for the test; the guard, SudachiPy and the embedder are the real ones.
講座の申込 / 申請 (one SudachiDict synonym group, 申請 no verb's form) is still served: it has
the shape of 払い戻し / 返金 and 取り消し / キャンセル, real twins (docs/quality.md, session 39,
lateWrong).
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_noun_acts import compound_acts_apart

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): the first four served ``guard-ok`` on main; refused whichever
#: prompt is cached
REFUSED = [
    ("チケットの売り切れはいつですか？", "チケットの売り出しはいつですか？", "ja",
     "substitution:売り切れ->売り出し"),
    ("商品の売り出しはいつからですか？", "商品の売り切れはいつからですか？", "ja",
     "substitution:売り出し->売り切れ"),
    ("申込の締め切りはいつですか？", "申込の締め出しはいつですか？", "ja",
     "substitution:締め切り->締め出し"),
    ("商品の売り込みはどこですか？", "商品の売り出しはどこですか？", "ja",
     "substitution:売り込み->売り出し"),
    ("不用品の引き取りはできますか？", "不用品の引き渡しはできますか？", "ja",
     "substitution:引き取り->引き渡し"),
    ("データの書き込みはできますか？", "データの書き出しはできますか？", "ja",
     "substitution:書き込み->書き出し"),
    ("会議の打ち合わせはいつですか？", "会議の打ち切りはいつですか？", "ja",
     "substitution:打ち合わせ->打ち切り"),
    ("工事現場への立ち入りはできますか？", "工事現場での立ち会いはできますか？", "ja",
     "substitution:立ち入り->立ち会い"),
    ("乗り換えの料金はいくらですか？", "乗り越しの料金はいくらですか？", "ja",
     "substitution:乗り換え->乗り越し"),
    ("料金の払い込みはどこでできますか？", "料金の払い戻しはどこでできますか？", "ja",
     "substitution:払い込み->払い戻し"),
    ("口座の引き出しは何時までですか？", "口座の引き落としは何時までですか？", "ja",
     "substitution:引き出し->引き落とし"),
    ("ゴミの持ち込みはできますか？", "ゴミの持ち出しはできますか？", "ja",
     "substitution:持ち込み->持ち出し"),
    ("試合の見送りはありますか？", "試合の見逃しはありますか？", "ja",
     "substitution:見送り->見逃し"),
    ("切符の買い替えはできますか？", "切符の買い取りはできますか？", "ja",
     "substitution:買い替え->買い取り"),
    ("書類の書き換えはできますか？", "書類の書き込みはできますか？", "ja",
     "substitution:書き換え->書き込み"),
    ("荷物の預け入れはどこですか？", "荷物の預かりはどこですか？", "ja",
     "substitution:預け入れ->預かり"),
]  # fmt: skip

#: (cached, query, lang): one act said two ways (one verb spelt otherwise, or a noun of no
#: verb), served whichever prompt is cached
SERVED = [
    ("講座の申し込みはいつまでですか？", "講座の申込みはいつまでですか？", "ja"),
    ("講座の申し込みはいつまでですか？", "講座の申込はいつまでですか？", "ja"),
    ("料金の払い戻しはできますか？", "料金の返金はできますか？", "ja"),
    ("契約の見直しはできますか？", "契約の再検討はできますか？", "ja"),
    ("予約の取り消しはできますか？", "予約のキャンセルはできますか？", "ja"),
    ("予約の取り消しはできますか？", "予約の取消はできますか？", "ja"),
    ("チケットの売り切れはいつですか？", "チケットの完売はいつですか？", "ja"),
    ("チケットの売り切れはいつですか？", "チケットの売切れはいつですか？", "ja"),
    ("チケットの売り出しはいつですか？", "チケットの売出しはいつですか？", "ja"),
    ("チケットの売り出しはいつですか？", "チケットの販売開始はいつですか？", "ja"),
    ("会議の打ち合わせはいつですか？", "会議の打合せはいつですか？", "ja"),
    ("電車の乗り換えはどこですか？", "電車の乗換えはどこですか？", "ja"),
    ("申込の締め切りはいつですか？", "申込の締切はいつですか？", "ja"),
    ("工事の立ち会いは必要ですか？", "工事の立会いは必要ですか？", "ja"),
    ("口座の引き落としはいつですか？", "口座の引落しはいつですか？", "ja"),
    ("車の買い取りはできますか？", "車の買取はできますか？", "ja"),
    ("漆喰の壁の塗り替えは何日くらいかかりますか？",
     "しっくい壁を塗り直してもらうと、工事は何日ほどですか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(REFUSED, SERVED)


def test_two_compound_acts_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_one_act_said_two_ways_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_compound_acts_apart() -> None:
    """Two nouns of two compound verbs on one first kanji are apart; one verb spelt two ways,
    a noun of no verb, or a verb of one kanji (降り / 降ろし, read by other rules) is not."""
    assert compound_acts_apart("売り切れ", "売り出し")
    assert compound_acts_apart("締め切り", "締め出し")
    assert compound_acts_apart("見直し", "見落とし")
    assert not compound_acts_apart("売り切れ", "売切れ")
    assert not compound_acts_apart("申し込み", "申込")
    assert not compound_acts_apart("申込", "申請")
    assert not compound_acts_apart("払い戻し", "返金")
    assert not compound_acts_apart("降り", "降ろし")
    assert not compound_acts_apart("見", "見え")
