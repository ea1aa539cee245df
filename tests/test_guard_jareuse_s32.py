"""Session 32 (jaReuse): two Japanese words of one sense by JMdict's English glosses.

``guard/ja_glosses.py`` (:func:`~yamabiko.guard.ja_glosses.shared_gloss`): two words share a
normalised English gloss among the first senses of each in JMdict (the ``jamdict-data``
package's database): 無料 / タダ (*free of charge*), 取り消す / 取り下げる (*to withdraw*),
呼ぶ / 招く (*to invite*). The minimal-pair alignment pairs one such word left each side
(``equivalent-words:jmdict:無料->タダ``), and the ``predicate`` check takes one verb replaced
by such a verb as the same act, both in two questions (two descriptions tell two scenes by
their words: a toilet / a bathroom are both *bathroom* in JMdict). Words of another meaning
share no gloss (午前 / 午後, 入会 / 退会, 売る / 買う), kana that spell several words say none
(こうえん), a pair JMdict marks as antonyms (有料 / 無料) never pairs, and neither do
an adjective's senses (大きい / 派手, both *loud*) nor entries JMdict does not mark common
(着払い / 代引き, both *cash on delivery*): those stay refused with the reasons they had.

Every pair is written here for the test (none is taken from an evaluation file); the guard, the
embedder and the dictionary are the real ones. Each pair of SERVED was refused by the code
before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_glosses import database, shared_gloss
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units
from yamabiko.guard.word_equivalence import glossed_left

GUARD = Guard()
THRESHOLD = 0.75

#: one word said with another of one JMdict sense
SERVED = [
    ("駅前の駐車場は土日も無料ですか？", "駅前の駐車場は土日もタダですか？", "ja"),
    ("結婚式に同僚を呼んでもいいですか？", "結婚式に同僚を招いてもいいですか？", "ja"),
    ("出した申請を取り消せますか？", "出した申請を取り下げられますか？", "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): words of another meaning, refused as before either way round
REFUSED = [
    ("駅前の駐車場は土日も有料ですか？", "駅前の駐車場は土日も無料ですか？", "ja",
     "substitution:有料->無料"),
    ("午前の受付は何時までですか？", "午後の受付は何時までですか？", "ja",
     "substitution:午前->午後"),
    ("ジムの入会はどこで手続きしますか？", "ジムの退会はどこで手続きしますか？", "ja",
     "substitution:入会->退会"),
    ("古本を売りたいのですが", "古本を買いたいのですが", "ja", "antonym"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_the_dictionary_is_installed() -> None:
    assert database() is not None  # jamdict-data, a dependency of the project


def test_words_of_one_sense_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_the_alignment_pairs_the_words_left() -> None:
    pairs = ["無料->タダ", "呼ん->招い", "消せ->下げ"]
    for (cached, query, lang), pair in zip(SERVED, pairs, strict=True):
        first, second = units(cached, lang), units(query, lang)
        aligned = DEFAULT.align(first, second)
        assert glossed_left(aligned.rest_left, aligned.rest_right, first, second) == pair
    first, second = units(REFUSED[0][0], "ja"), units(REFUSED[0][1], "ja")
    aligned = DEFAULT.align(first, second)
    assert glossed_left(aligned.rest_left, aligned.rest_right, first, second) == ""


def test_words_of_another_meaning_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_shared_gloss_reads_the_senses() -> None:
    assert shared_gloss(("無料",), ("只", "タダ")) == "free of charge"
    assert shared_gloss(("取り消す",), ("取り下げる",)) == "to withdraw"
    assert shared_gloss(("招く",), ("呼ぶ",)) == "to invite"
    assert shared_gloss(("午前",), ("午後",)) == ""
    assert shared_gloss(("売る",), ("買う",)) == ""
    assert shared_gloss(("貸す",), ("借りる",)) == ""
    assert shared_gloss(("有料",), ("無料",)) == ""  # JMdict's antonyms
    assert shared_gloss(("大きい",), ("派手",)) == ""  # *loud*: an adjective's sense
    assert shared_gloss(("普通",), ("定期",)) == ""  # *regular*: an adjective's sense
    assert shared_gloss(("着払い",), ("代引き",)) == ""  # entries JMdict marks uncommon
    assert shared_gloss(("こうえん",), ("公演",)) == ""  # 公園, 公演, 講演: kana tell none
    assert shared_gloss(("無料",), ("無料",)) == ""  # one word: no question here
    assert shared_gloss(("無料",), ("free",)) == ""  # Japanese words only
