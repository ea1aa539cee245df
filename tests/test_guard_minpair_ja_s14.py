"""Session-14 Japanese minimal pairs: a compound that differs in a part although SudachiPy
splits only one of the two (兜飾り / 鎧 + 飾り), words the embedder does not know (their word
vectors collapse into one and say nothing), a verb of its own that SudachiPy tags as
possibly dependent (しまう, 出す, 置く after を or as the prompt's last verb), and a count
restricted by だけ / のみ against a totality word.

Every example is written here for the test (none is taken from an evaluation file); the
paraphrases beside each rule must still pass. ``IN_BAND`` candidates are decided by the rules
and the trees, ``ABOVE_BAND`` ones by the rules alone.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import compare_texts, wordvec
from yamabiko.guard.units import units


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        # a compound whose first part changed: SudachiPy keeps 雛飾り whole, splits 正月飾り
        ("雛飾りはいつ片付けますか？", "正月飾りはいつ片付けますか？",
         "substitution:雛飾り->正月+飾り"),
        # two words the embedder does not know: one collapsed vector, no equivalence
        ("鰤の塩焼きは予約できますか？", "鯖の塩焼きは予約できますか？", "substitution:鰤->鯖"),
        # verbs of their own after を, tagged 非自立可能: no longer dropped as filler
        ("雛人形をしまう時期はいつですか？", "雛人形を出す時期はいつですか？",
         "substitution:しまう->出す"),
        ("冬服をしまう場所はありますか？", "冬服を置く場所はありますか？",
         "substitution:しまう->置く"),
        # ... or the prompt's last verb
        ("こたつはいつしまいますか？", "こたつはいつ出しますか？", "substitution:しまい->出し"),
    ],
)  # fmt: skip
def test_substitutions_are_rejected(guard, cached, query, reason) -> None:
    """The rules name the changed words; above the band nothing overturns them."""
    assert compare_texts(cached, query, "ja").reason == reason
    assert guard.check(query, cached, "ja", ABOVE_BAND).reason == reason


@pytest.mark.parametrize(
    ("cached", "query", "reason"),
    [
        ("窓は全部交換してもらえますか？", "窓は二枚だけ交換してもらえますか？", "scope:全部->二"),
        ("本棚の本を全て売りたいです", "本棚の本を3冊のみ売りたいです", "scope:全て->3"),
    ],
)  # fmt: skip
def test_a_restricted_count_against_the_whole_is_firm(guard, cached, query, reason) -> None:
    """A count with だけ / のみ asks about a part; the trees may not serve it in the band."""
    assert compare_texts(cached, query, "ja").reason == reason
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, "ja", cosine).reason == reason


@pytest.mark.parametrize(
    ("cached", "query"),
    [
        # しまう after て is the auxiliary (finished, regrettably), not a verb of its own
        ("パスワードを忘れてしまいました", "パスワードを忘れました"),
        # verbs of giving and receiving stay filler: one request in two registers, or said
        # with another verb
        ("領収書をもらえますか？", "領収書をいただけますか？"),
        ("ポイントはいつもらえますか？", "ポイントはいつ受け取れますか？"),
        # a light verb inside a clause after another particle stays filler
        ("机に置いてある書類は持ち帰れますか？", "机の上の書類は持ち帰れますか？"),
        # a restricted count with no totality word on the other side: a least amount
        ("写真を一枚だけ印刷できますか？", "写真は一枚から印刷できますか？"),
        # a compound and a spelling of it that SudachiPy splits: one part inside the other
        ("サーフィンボードは借りられますか？", "サーフボードは借りられますか？"),
        # a compound and its head, said in full or not
        ("会員登録は無料ですか？", "新規会員登録は無料ですか？"),
    ],
)  # fmt: skip
def test_paraphrases_stay_served(guard, cached, query) -> None:
    """What the new rules must not reject (above the band: the rules alone)."""
    assert compare_texts(cached, query, "ja").accept
    assert guard.check(query, cached, "ja", ABOVE_BAND).accept


def test_collapsed_word_vectors_are_left_out() -> None:
    """Words whose vector another word shares to the last bit are unknown to the table;
    words the embedder knows keep theirs."""
    assert wordvec.vector_index("兜") is None and wordvec.vector_index("鎧") is None
    assert wordvec.vector_index("鰤") is None
    known = [wordvec.vector_index(w) for w in ("人形", "飾る", "料金")]
    assert None not in known
    assert wordvec.similarity(known[0], known[1]) < 0.99


def test_units_mark_whole_compounds_and_restricted_counts() -> None:
    """The marks the rules read: the keys of a split compound, a count's だけ, and a verb
    after を kept as a content unit (not after て, nor a verb of giving)."""
    by_key = {u.key: u for u in units("玄関飾りを一つだけ買いたい", "ja")}
    assert by_key["玄関"].whole == by_key["飾り"].whole == "玄関飾り"
    number = next(u for u in by_key.values() if u.kind == "number")
    assert number.limit == "only"
    assert "仕舞う" in {u.key for u in units("人形をしまう", "ja")}
    assert "仕舞う" not in {u.key for u in units("人形を忘れてしまう", "ja")}
    assert "貰う" not in {u.key for u in units("領収書をもらう", "ja")}
