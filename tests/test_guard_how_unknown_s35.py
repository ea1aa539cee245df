"""Session 35 (japara): an indirect question of how, V方がわかりません, asks how to V; its 分かる
/ 知る is not the act asked (``guard/japanese.py``: the analysis drops them from the predicates
when ``constructions.ja_negations_explained`` reads such a question).

宅配ボックスの使い方がわかりません / 宅配ボックスはどう使うんですか were refused as ``predicate``
(分かる on one side, 使う on the other) though 使い方を教えてください / どう使うんですか was served.
Another act asked (使い方 / 捨て方) or knowing said as a want (知りません / 知りたい) stays
refused.

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
trees, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard, analyse

GUARD = Guard()
THRESHOLD = 0.75

#: how to do it, as an indirect question and as a direct one (refused as predicate before)
SERVED = [
    ("宅配ボックスの使い方がわかりません。", "宅配ボックスってどう使うんですか？", "ja"),
    ("宅配ボックスの使い方がわかりません。", "宅配ボックスはどう使いますか？", "ja"),
    ("券売機の使い方がわかりません。", "券売機はどうやって使うんですか？", "ja"),
    ("洗濯機の使い方がわかりません。", "洗濯機はどう使うんですか？", "ja"),
]  # fmt: skip

#: another predicate, and a want against a negation (refused before too)
REFUSED = [
    ("宅配ボックスの使い方がわかりません。", "宅配ボックスの捨て方を教えてください。", "ja"),
    ("券売機の使い方を知りません。", "券売機の使い方を知りたいです。", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_an_indirect_question_of_how_is_served_as_the_direct_one(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_another_act_or_a_want_stays_refused(cosines) -> None:
    for cached, query, lang in REFUSED:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            assert not GUARD.check(a, b, lang, cosine, THRESHOLD).accept, (a, b)


def test_knowing_is_no_predicate_of_an_indirect_question_of_how() -> None:
    assert "分かる" not in analyse("宅配ボックスの使い方がわかりません。", "ja").predicates
    assert "知る" not in analyse("駅までの行き方はよく知りません。", "ja").predicates
    # 分かる asked itself (no indirect question of how) stays the predicate
    assert "分かる" in analyse("英語が分かりますか？", "ja").predicates
    assert "分かる" in analyse("結果はいつ分かりますか？", "ja").predicates
