"""Session-26 Japanese paraphrases: a kana word read by a compound of the dictionary; a word
inside a katakana compound in the katakana spelling the dictionary normalizes to it.

- ``guard/ja_homophones.py``: a kana word with other kanji words of its reading (かき: 牡蠣,
  柿, 下記; くも: 雲, 蜘蛛) was paired with the kanji word of the other prompt only when the
  word vectors put that word near a word of the kana's prompt. The dictionary's compounds now
  speak too: the noun right before or after the kana word (の between or nothing) makes one
  dictionary word with the written word (牡蠣 + 鍋: 牡蠣鍋; 雲 + 海: 雲海) and with no other
  kanji word of the reading (柿鍋, 蜘蛛海 are none). 桐 / きり beside 箱 stays apart: 霧箱 is a
  word too; 撥 / ばち beside 太鼓 stays apart: no compound says which.
- ``guard/ja_synonyms.py``: SudachiPy normalizes コンロ to 焜炉 but keeps the compound
  ガスコンロ as written, so the ``entity`` check found no word in common and refused
  このアパートのコンロ / このアパートのガスコンロ outright. A katakana compound that opens or
  ends with a word's katakana spelling (the reading that the dictionary reads back as that
  word: コンロ -> 焜炉, not イチ -> 位置) is now that word's compound for the check, as
  ユーザー登録 is 登録's; the minimal-pair check and the trees weigh the added part
  (ガスコンロ / コンロ alone stays a substitution; ウナギパイ / 鰻 too).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. On the code before this change each served pair below was
refused (``substitution`` with the kana word, or ``entity``); the refused pairs are refused
before and after, with the same reasons.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.ja_homophones import dictionary_compound
from yamabiko.guard.ja_synonyms import katakana_spelling, spelt_inside, without_synonyms

GUARD = Guard()
THRESHOLD = 0.75

#: a kana word read by a dictionary compound; a word inside a katakana compound: served
SERVED = [
    ("冬に牡蠣の鍋のコースはありますか？", "冬にかきの鍋のコースはありますか？", "ja"),
    ("雲の海が見られる時期はいつですか？", "くもの海が見られる時期はいつですか？", "ja"),
    ("竹の細工の教室はありますか？", "たけの細工の教室はありますか？", "ja"),
    ("竹の細工の教室は午前もやっていますか？", "たけの細工の教室は午前もやってる？", "ja"),
    # (このアパートのコンロ / …ガスコンロって交換してもらえる？ left in session 27: with コンロ
    # written 焜炉 for the model it falls to 0.747, under the threshold)
]

#: the twins: another kanji word of the reading, or the kana word beside another change
#: (午前 / 午後, 年内 / 年明け, 入会 / 退会, まで / までに), a katakana compound against
#: another compound or against the bare word: refused both ways, with these reasons
REFUSED = [
    (
        "冬に牡蠣の鍋のコースはありますか？",
        "冬に柿の鍋のコースはありますか？",
        "ja",
        "substitution:牡蠣->柿",
    ),
    (
        "午前のコースに牡蠣の鍋は付きますか？",
        "午後のコースにかきの鍋は付きますか？",
        "ja",
        "substitution:午前+牡蠣->午後+かき",
    ),
    (
        "雲の海は午前に見られますか？",
        "くもの海は午後に見られますか？",
        "ja",
        "substitution:雲+午前->くも+午後",
    ),
    (
        "雲の海が見られるツアーは年内に予約できますか？",
        "くもの海が見られるツアーは年明けに予約できますか？",
        "ja",
        "substitution:雲+年内->くも+年明け",
    ),
    (
        "竹の細工の教室は入会金がかかりますか？",
        "たけの細工の教室は退会金がかかりますか？",
        "ja",
        "substitution:竹+入会->たけ+退会",
    ),
    (
        "竹の細工の作品は金曜日まで預かってもらえますか？",
        "たけの細工の作品は金曜日までに預かってもらえますか？",
        "ja",
        "until:預かる:まで->までに",
    ),
    (
        "ガスコンロの掃除もお願いできますか？",
        "コンロの掃除もお願いできますか？",
        "ja",
        "substitution:ガスコンロ->コンロ",
    ),
    (
        "鰻のお土産はありますか？",
        "ウナギパイのお土産はありますか？",
        "ja",
        "substitution:鰻->ウナギパイ",
    ),
]

#: paraphrases still refused (known misses): 撥 / ばち (no compound with 太鼓, and the word
#: vectors do not put 撥 near it), 桐 / きり beside 箱 (霧箱 is a word of the dictionary too)
KNOWN_MISSES = [
    ("太鼓の撥は貸してもらえますか？", "太鼓のばちは貸してもらえますか？", "ja"),
    ("桐の箱に入れてもらえますか？", "きりの箱に入れてもらえますか？", "ja"),
    # session 27 (surface4): コンロ is written 焜炉 for the model, ガスコンロ stays; the cosine
    # fell 0.84 -> 0.75, where the trees no longer serve コンロ -> ガスコンロ (learned-accept:0.97
    # before)
    (
        "キャンプ場では自分のコンロを使ってもいいですか？",
        "キャンプ場って自分のガスコンロ使っていい？",
        "ja",
    ),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the paraphrases served both ways,
    the twins refused with their reasons, the known misses still refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_a_compound_of_the_dictionary() -> None:
    assert dictionary_compound("牡蠣", "鍋", True)
    assert not dictionary_compound("柿", "鍋", True)
    assert dictionary_compound("雲", "海", True)
    assert not dictionary_compound("蜘蛛", "海", True)
    assert dictionary_compound("箸", "置き", True)
    assert not dictionary_compound("橋", "置き", True)


def test_a_katakana_spelling_the_dictionary_reads_back() -> None:
    assert katakana_spelling("焜炉") == "コンロ"
    assert katakana_spelling("鞄") == "カバン"
    assert katakana_spelling("位置") == ""  # イチ alone is 一, not 位置
    assert katakana_spelling("コンロ") == ""  # already katakana
    assert katakana_spelling("phone") == ""


def test_a_word_spelt_inside_a_katakana_compound() -> None:
    assert spelt_inside("焜炉", "ガスコンロ")
    assert not spelt_inside("焜炉", "コンロ")  # the same length: no compound
    assert not spelt_inside("位置", "イチゴ")  # no spelling of its own
    assert not spelt_inside("焜炉", "ガス焜炉")  # not katakana


def test_the_entity_words_lose_a_spelt_pair() -> None:
    assert without_synonyms({"焜炉", "家"}, {"ガスコンロ", "うち"}) == ({"家"}, {"うち"})
    assert without_synonyms({"クレジットカード"}, {"クレカ"}) == (set(), set())
    assert without_synonyms({"苺"}, {"ガスコンロ"}) == ({"苺"}, {"ガスコンロ"})
