"""Session 31 (lateJA): a Japanese noun written in kana on one side and in kanji on the other,
where SudachiPy cuts the kana into other words (numbers, suffixes, a shorter noun), so the
minimal-pair check found a substitution or the trees refused a detail added.

``guard/ja_respelt.py`` (:func:`~yamabiko.guard.ja_respelt.kana_spelt`): the one span where the
two prompts differ is one noun of SudachiPy's dictionary on one side and, on the other, kana
whose reading is exactly one of that noun's readings, and no other word of the word table has
that reading. ``minpair_stage.py`` then accepts the substitution
(``equivalent-words:reading:<kana>-><noun>``) and serves a trees' refusal on that proof
(``reading:<score>``). A kana word of several homophones (こうえん: 公園, 公演, 講演; かき: 柿,
牡蠣; きかい: 機械, 機会) stays refused, and so does a kana word of another reading.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SERVED was refused by the code before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_respelt import kana_spelt

GUARD = Guard()
THRESHOLD = 0.75

#: a dictionary noun against its reading in kana, which SudachiPy cuts into other words
SERVED = [
    ("しょうぎばんは貸し出していますか？", "将棋盤は貸し出していますか？", "ja"),
    ("ひゃくにんいっしゅの大会は毎年ありますか？", "百人一首の大会は毎年ありますか？", "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): kana of several homophones (公園, 公演, 講演; 柿, 牡蠣; 機械,
#: 機会), each refused whichever prompt is cached
REFUSED = [
    ("こうえんのチケットは当日も買えますか？", "公演のチケットは当日も買えますか？", "ja",
     "substitution:こうえん->公演"),
    ("かきは生で食べられますか？", "牡蠣は生で食べられますか？", "ja", "substitution:かき->牡蠣"),
    ("きかいの修理は予約が必要ですか？", "機械の修理は予約が必要ですか？", "ja",
     "substitution:きかい->機械"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_kana_spelling_of_one_noun_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)
    for cached, query, lang in SERVED:
        reason = GUARD.check(query, cached, lang, cosines[cached, query], THRESHOLD).reason
        assert reason.startswith(("reading:", "equivalent-words:reading:")), (cached, reason)


def test_homophones_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_kana_spelt_finds_the_span_on_either_side() -> None:
    kana, kanji = "ひゃくにんいっしゅの札を買えますか", "百人一首の札を買えますか"
    assert kana_spelt(kana, kanji) == ("ひゃくにんいっしゅ", "百人一首")
    assert kana_spelt(kanji, kana) == ("百人一首", "ひゃくにんいっしゅ")
    # the span (雪 / ゆき) widened to the kanji side's word: the shared だるま is part of it
    spans = kana_spelt("雪だるまは作れますか", "ゆきだるまは作れますか")
    assert spans == ("雪だるま", "ゆきだるま")


def test_kana_spelt_refuses_what_is_not_one_spelling() -> None:
    assert kana_spelt("こうえんに行けますか", "公演に行けますか") is None  # 公園, 講演 too
    assert kana_spelt("はんぷの鞄は洗えますか", "帆布の鞄は洗えますか") is None  # 頒布 too
    assert kana_spelt("じてんしゃを借りられますか", "自動車を借りられますか") is None
    assert kana_spelt("将棋盤を借りられますか", "碁盤を借りられますか") is None  # no kana
    assert kana_spelt("しょうぎを習えますか", "しょうぎばんを買えますか") is None  # two spans
