"""Whether two units are one word by their form: the positive tests of the minimal-pair
check's word equivalence that need no word vectors (one word family, one reading, a spelling
slip or variant, a potential verb and its plain verb, a shared synonym group). The units
themselves are made in :mod:`.units`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from . import wordnet, wordvec
from .compounds import potential_of, same_compound
from .ja_plain import plain_of
from .ja_readings import homophones
from .kana_verbs import one_verb
from .limits import is_kanji
from .names import word_family
from .spelling import en_slip, ja_slip, kana

if TYPE_CHECKING:
    from .units import Unit


def same_family(x: str, y: str) -> bool:
    """Japanese: one word contains the other (登録 / ユーザー登録). English: one word family
    by its endings or a spelling variant (:func:`~.names.word_family`: democrat / democratic,
    colour / color; not sulfasalazine / sulfadiazine); a prefix added in front (order /
    pre-order) makes another word."""
    if len(x) < 2 or len(y) < 2:
        return False
    if not (x.isascii() and y.isascii()):
        return x in y or y in x  # Japanese compounds: 登録 / ユーザー登録
    return word_family(x, y)


def related(a: Unit, b: Unit, synonym_groups: bool = True) -> float | None:
    """The word-form tests of the minimal-pair check's word equivalence (its positive tests
    that need no word vectors): 2.0 for the same word family or the same reading (one in kana
    only when no other word has it: :func:`_homophone`), one word with and without its
    hyphen (e-books / ebooks) or a Japanese potential verb and its plain verb (取れる / 取る:
    :func:`~.compounds.potential_of`), 1.8 for a spelling slip (:mod:`.spelling`: vinyard /
    vineyard, 送量 / 送料) or a spelling variant (:func:`_variant`: paediatric / pediatric),
    1.5 for a shared synonym group (when ``synonym_groups``), else None. A Japanese word
    inside a compound is of the family of a longer word only with its compound
    (:func:`same_compound`)."""
    if a.reading and a.reading == b.reading and not two_kanji_words(a, b):
        return None if _homophone(a, b) else 2.0  # (nor a synonym group's say: こうえん)
    if same_family(a.key, b.key) and (a.key.isascii() or same_compound(a, b)):
        return 2.0
    x, y = a.key, b.key
    if ("-" in x or "-" in y) and x.replace("-", "") == y.replace("-", ""):
        return 2.0  # e-books / ebooks, e-mail / email: one word, hyphenated or not
    if (x[-1:] == "る" or y[-1:] == "る") and potential_of(a, b):
        return 2.0  # 取れる / 取る: "can take" and "take"
    if en_slip(a, b) if a.key.isascii() else ja_slip(a, b):
        return 1.8
    if x.isascii() and _variant(a, b):
        return 1.8  # paediatric / pediatric, analyse / analyze
    if synonym_groups and not a.synonyms.isdisjoint(b.synonyms):
        return 1.5
    if x in lx.JA_NECESSITY and y in lx.JA_NECESSITY:
        return 1.5  # 必要 / 要る: "is it needed", a noun and a verb
    if not x.isascii() and plain_of(x, y):
        return 1.5  # いらっしゃる / 来る: an honorific verb and the plain one it says
    return None


def two_kanji_words(a: Unit, b: Unit) -> bool:
    """Japanese: ``a`` and ``b`` are both written in kanji alone and SudachiPy's dictionary
    gives them two normalised forms (牡蠣 / 柿, 蛸 / 凧, 橋 / 箸, 機会 / 機械): two words that
    share a reading, not one word spelt two ways (the normalised form joins those: 綺麗 /
    奇麗, 附属 / 付属). The reading alone does not make them one word; the other tests still
    may. An inflected word (暖かい / 温かい, 撮る / 取る) keeps the reading's say, as
    :mod:`.ja_homophones` reads kanji alone only."""
    if a.key == b.key or a.key.isascii() or b.key.isascii():
        return False
    return all(map(is_kanji, a.text)) and all(map(is_kanji, b.text))


def _variant(a: Unit, b: Unit) -> bool:
    """English: one word spelt two ways as WordNet lists them (:func:`~.wordnet.variant`:
    paediatric / pediatric, analyse / analyze), not far apart by the word vectors when
    the table has both (at least :data:`~.wordnet.VARIANT_FLOOR`: raise / rise are two)."""
    if a.key[:1] != b.key[:1] or not wordnet.variant(a.text.lower(), b.text.lower()):
        return False
    i, j = a.vector, b.vector
    return i is None or j is None or wordvec.similarity(i, j) >= wordnet.VARIANT_FLOOR


def _homophone(a: Unit, b: Unit) -> bool:
    """One of ``a`` and ``b`` is written in kana and another word of the word table than the
    other's has their reading (こうえん / 公園: 公演, 講演): the kana do not tell which,
    unless both stand in one compound, the rest of it the same (処方箋 / 処方せん), or two verbs
    that are one (:func:`~.kana_verbs.one_verb`: つかえる / 使える; かえる may be 帰る)."""
    kana_a, kana_b = kana(a.text), kana(b.text)
    if kana_a == kana_b:
        return False
    if a.whole and a.whole.replace(a.text, b.text, 1) == b.whole:
        return False  # 処方箋 / 処方せん (交ぜ書き): the rest of one compound tells which
    written, spelt = (b, a) if kana_a else (a, b)
    if not homophones(a.reading, written.text) - {written.key, written.text, *written.forms}:
        return False
    return not one_verb(spelt, written)
