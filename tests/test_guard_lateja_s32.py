"""Session 32 (lateJA): three Japanese constructions the guard read wrongly.

- A noun phrase with の added before a noun both prompts share narrows what is asked (キャラメル
  味の, 手作りの), also where SudachiPy splits the shared noun in another way on each side (a
  katakana compound whole alone, in two after a modifier): ``modifiers.ja_narrowed`` finds
  the added phrase in characters when the morphemes do not line up
  (``_phrase_resegmented``). A pronoun before の (私の) adds no content and is still served.
- The humble benefactive お / ご + a verb's stem + いただく / くださる (お貸しいただけますか: you
  lend me) reads as the converse of the plain verb (借りられますか), as 貸していただけますか did
  (``benefactive.received``); a noun of time before に (日曜日に) names no party.
- A noun written in kana on one side and in kanji on the other, where the kana's only other
  reading in the word table is a name (みさき: 美咲 too, a given name), is one spelling
  (``ja_respelt.kana_spelt``).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. Each pair of SERVED was refused by the code before this change,
and each of NARROWED was served.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.benefactive import received
from yamabiko.guard.ja_respelt import kana_spelt
from yamabiko.guard.modifiers import ja_narrowed

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): a modifier with の added before a shared katakana compound
NARROWED = [
    ("キャラメル味のポップコーンを予約できますか？", "ポップコーンを予約できますか？", "ja",
     "narrowing:キャラメル+味"),
]  # fmt: skip

#: the humble benefactive against the plain converse verb
SERVED = [
    ("傘を借りられますか？", "傘をお貸しいただけますか？", "ja"),
    ("ペンを借りられますか？", "ペンをお貸しくださいますか？", "ja"),
    ("自転車を日曜日に借りられますか？", "自転車を日曜日にお貸しいただけますか？", "ja"),
]  # fmt: skip

#: still refused: the speaker lends on one side (giver), or a party named with に
REFUSED = [
    ("傘を貸せますか？", "傘をお貸しいただけますか？", "ja", "giver:貸す"),
    ("傘を友達に借りられますか？", "傘を友達にお貸しいただけますか？", "ja", "antonym"),
]  # fmt: skip

cosines = cosines_fixture(NARROWED, SERVED, REFUSED)


def test_modifier_before_a_resegmented_noun_narrows(cosines: dict) -> None:
    assert_refused_with_reasons(GUARD, NARROWED, cosines, THRESHOLD, either_side=True)


def test_ja_narrowed_reads_the_phrase_across_another_split() -> None:
    assert ja_narrowed("ポップコーンは持ち込めますか？", "塩味のポップコーンは持ち込めますか？")
    assert ja_narrowed("手作りのポップコーンは持ち込めますか？", "ポップコーンは持ち込めますか？")
    # a pronoun before の adds no content word: nothing narrows
    assert not ja_narrowed("ポップコーンは持ち込めますか？", "私のポップコーンは持ち込めますか？")


def test_humble_benefactive_reads_as_the_converse(cosines: dict) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD)


def test_humble_benefactive_keeps_the_giver_and_a_named_party(cosines: dict) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD)


def test_received_reads_the_prefixed_stem() -> None:
    assert received("本をお貸しいただけますか") == frozenset({"貸す"})
    assert received("切符をお売りくださいますか") == frozenset({"売る"})
    assert received("本を貸していただけますか") == frozenset({"貸す"})
    assert received("本をお貸しできますか") == frozenset()  # the speaker lends


def test_kana_with_a_name_only_homophone_is_one_spelling() -> None:
    assert kana_spelt("みさきの灯台に登れますか", "岬の灯台に登れますか") == ("みさき", "岬")
    assert kana_spelt("いずみの水は飲めますか", "泉の水は飲めますか") == ("いずみ", "泉")
    # a homophone that is a common noun still says another word
    assert kana_spelt("こうえんに行けますか", "公演に行けますか") is None
