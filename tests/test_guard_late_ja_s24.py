"""Session-24 (after the record run) Japanese probes: three general causes of heldout18's
refused Japanese paraphrases.

* A kana noun that SudachiPy cuts into a verb and the negative auxiliary (しない, the kana
  spelling of 竹刀: し + ない) was counted as a negation. A hiragana verb + ない right after
  a particle or the text's start, followed at once by は / も / を (which a negated predicate
  cannot take without a nominalizer) is read as one noun with its reading (シナイ), so the
  kanji spelling on the other side pairs with it (``ja_words.kana_noun_split``).
* A kana word against a kanji word that the word-vector table lacks (たこ / 凧): with no
  closeness of its own the context could not pick it, so the two stayed apart. Such a word is
  now read as a listed one is: the kana is taken as it unless another reading of the table
  is close to the prompt's words (``ja_homophones.read_in_context``).
* で + は after a noun (一人では申し込めないですか) was taken for the ては / では of a
  prohibition (読んではいけませんか), so the negative question was not recognised as one
  (``ja_clauses._framed``): only a te-form's て / で (a conjunctive particle) frames now.

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones; each list says what the code before this change did.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.ja_doers import _units
from yamabiko.guard.ja_words import kana_noun_split
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: refused before (``negation`` for しない and では ... ないですか, ``substitution:凧->たこ``
#: and ``substitution:蛸->たこ`` for the kana of a word the table lacks)
SERVED = [
    (
        "剣道部の竹刀は学校で貸してもらえますか？",
        "剣道部のしないは学校で貸してもらえますか？",
        "ja",
    ),
    (
        "剣道教室で竹刀を借りることはできますか？",
        "剣道教室でしないを借りることはできますか？",
        "ja",
    ),
    ("凧の糸は何メートルありますか？", "たこの糸は何メートルありますか？", "ja"),
    (
        "凧揚げ大会に手作りの凧で参加できますか？",
        "凧揚げ大会に手作りのたこで参加できますか？",
        "ja",
    ),
    ("蛸の刺身は予約できますか？", "たこの刺身は予約できますか？", "ja"),
    ("現金でも払えますか？", "現金では払えないですか？", "ja"),
    ("体験は二人でも申し込めますか？", "体験は二人では申し込めないですか？", "ja"),
]

#: refused before and after, with the same reasons: another kanji word for the kana's
#: reading that the table knows (公演 / こうえん), a minimal pair before 竹刀, and a negated
#: condition (しないと) that is no kana noun
REFUSED = [
    (
        "公演のチケットはまだありますか？",
        "こうえんのチケットはまだありますか？",
        "ja",
        "substitution:公演->こうえん",
    ),
    (
        "子供用の竹刀はありますか？",
        "大人用の竹刀はありますか？",
        "ja",
        "substitution:子供->大人",
    ),
    ("練習をすると上達しますか？", "練習をしないと上達しませんか？", "ja", "negation"),
]

#: しない after a verb (使うしない: a relative clause before the noun) or after と (防具と
#: しない, where the items check compares the lists): still refused
KNOWN_MISSES = [
    (
        "剣道の稽古で使う竹刀も店で売っていますか？",
        "剣道の稽古で使うしないも店で売っていますか？",
        "ja",
    ),
    (
        "剣道の防具と竹刀はどこに置けばいいですか？",
        "剣道の防具としないはどこに置けばいいですか？",
        "ja",
    ),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def _split_at(text: str) -> list[bool]:
    morphemes = _units(text)
    return [kana_noun_split(morphemes, i) for i in range(len(morphemes))]


def test_a_kana_noun_cut_before_a_particle_is_no_negation() -> None:
    assert any(_split_at("剣道のしないも売っていますか"))
    assert any(_split_at("しないを買いたいです"))
    assert analyse("剣道のしないも売っていますか？", "ja").negations == 0
    keys = [(u.key, u.reading) for u in units("剣道のしないも売っていますか？", "ja")]
    assert ("しない", "シナイ") in keys
    # a real negation: before a nominalizer (こと), a conjunctive particle (が), a condition
    # (と), or written in kanji (行かない)
    assert not any(_split_at("私のしないことを教えて"))
    assert not any(_split_at("行かないが高い"))
    assert not any(_split_at("練習をしないと上達しませんか"))
    assert not any(_split_at("行かないも"))
    # no negative auxiliary at all: a kana verb and a particle (やめる + に + は)
    assert not any(_split_at("サブスクをやめるにはどうすればいいですか"))
    assert not any(_split_at("手帳を持ってくるのは必要ですか"))
    assert analyse("練習をしないと上達しませんか？", "ja").negations > 0


def test_de_wa_after_a_noun_is_no_prohibition_frame() -> None:
    # the negative question after 一人では asks what 一人でも申し込めますか asks
    assert analyse("体験は一人では申し込めないですか？", "ja").negations == 0
    # ては / では of a te-form still frames: a prohibition asked, not a negative question
    assert analyse("ここで読んではいけませんか？", "ja").negations > 0
