"""Session-27 late round, Japanese: three general causes of refused paraphrases.

- ``guard/benefactive.py`` (:func:`~yamabiko.guard.benefactive.as_received`,
  :func:`~yamabiko.guard.benefactive.converse_received`): a giving verb with an auxiliary of
  receiving (貸していただけますか) is read as its converse (借りられますか) unless a party the
  converse exchanges is named. Any に blocked it, and 受付に傘を貸していただけますか /
  受付で傘を借りられますか was refused ``antonym``. Beside the giving verb with the auxiliary,
  に names the giver (the converse names it with で or から): it no longer blocks there. It
  still does beside the converse said plainly (子供に買えますか: for the child), and が does on
  either side.
- ``guard/ja_words.py`` (:func:`~yamabiko.guard.ja_words.privative`, read by the analysis and
  the units): 抜き right after a noun, which SudachiPy cuts off as a word of its own only in a
  phrase made on the spot (ネギ抜き; 栓抜き stays one word), says *without* the noun as なし
  does: one negation, and the unit of 無し. ネギ抜き / ネギなし was refused ``negation`` or
  ``substitution:抜き->なし``, and 砂糖抜き / 砂糖入り was served guard-ok.
- ``guard/ja_homophones.py`` (:func:`~yamabiko.guard.ja_homophones.verb_noun_forms`): a verb
  of the kana word's prompt speaks for a reading through its noun form, which comes first in
  the dictionary's compounds (かきは干して: 干し柿 is one word of SudachiDict, 干し牡蠣 is not).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. SERVED was refused by the code before this change (all six,
and かきは干して / 柿は干して too); the twins were refused before and after, but for 砂糖抜き /
砂糖入り, which was served guard-ok.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.ja_homophones import verb_noun_forms
from yamabiko.guard.units_ja import units_ja

GUARD = Guard()
THRESHOLD = 0.75

#: paraphrases: に naming the giver beside the auxiliary, 抜き = なし
SERVED = [
    ("受付で傘を借りられますか？", "受付に傘を貸していただけますか？", "ja"),
    ("教室で道具を借りられますか？", "教室に道具を貸してもらえますか？", "ja"),
    ("売店で地図を買えますか？", "売店に地図を売っていただけますか？", "ja"),
    ("ラーメンはネギ抜きにできますか？", "ラーメンのネギなしはできますか？", "ja"),
    ("お寿司をわさび抜きで頼めますか？", "お寿司をわさびなしで頼めますか？", "ja"),
    ("コーヒーは砂糖抜きでお願いできますか？", "コーヒーは砂糖なしでお願いできますか？", "ja"),
]

#: twins: a party the converse exchanges, without against with more or with
REFUSED = [
    ("子供に売ってもらえますか？", "子供に買えますか？", "ja", "antonym"),
    ("友達に貸していただけますか？", "友達が借りられますか？", "ja", "antonym"),
    ("ラーメンはネギ抜きにできますか？", "ラーメンはネギ多めにできますか？", "ja", "negation"),
    ("コーヒーは砂糖抜きでお願いできますか？", "コーヒーは砂糖入りでお願いできますか？", "ja",
     "negation"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_paraphrases_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_twins_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_privative_is_one_negation() -> None:
    """抜き after a noun negates once, as なし does; a set phrase of the dictionary does not."""
    assert analyse("ネギ抜きでお願いします", "ja").negations == 1
    assert analyse("ネギなしでお願いします", "ja").negations == 1
    assert analyse("栓抜きはありますか？", "ja").negations == 0
    assert analyse("釘を抜きたいです", "ja").negations == 0  # the verb 抜く
    keys = [u.key for u in units_ja("ネギ抜きで")]
    assert keys[-1] == "無し", keys


def test_verb_noun_form_reads_the_kana() -> None:
    """A verb's noun form in a dictionary compound with one reading of the kana word decides
    it (干し柿; no 干し牡蠣): the other reading stays apart."""
    dried = GUARD.check("かきは干してありますか？", "柿は干してありますか？", "ja", 0.8, THRESHOLD)
    assert dried.accept, dried.reason
    other = GUARD.check(
        "かきは干してありますか？", "牡蠣は干してありますか？", "ja", 0.8, THRESHOLD
    )
    assert not other.accept and other.reason.startswith("substitution:")
    units = units_ja("干してあります")
    assert "干し" in verb_noun_forms(units[0])
