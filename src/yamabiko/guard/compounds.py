"""Japanese compounds for the minimal-pair check: which words can be parts of one, whether a
word inside a compound belongs with a longer word (:func:`same_compound`: 兜飾り and 鎧 + 飾り
are two compounds, not a compound and its head), a person a compound describes
(:func:`other_person_ja`), a potential verb with its plain verb (:func:`potential_of`), and a
compound verb with its parts said apart (:func:`verb_parts`: 持ち帰る / 持って帰る)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from . import wordvec
from .japanese import short_units
from .kana_rows import HIRAGANA, HIRAGANA_ONLY, U_ROW

if TYPE_CHECKING:
    from .units import Unit


#: the word-vector cosine from which the parts two compounds do not share are one part (the
#: minimal-pair check's own bar for two words)
COMPOUND_PART = 0.75


def same_compound(a: Unit, b: Unit) -> bool:
    """Japanese, one key inside the other (飾り / 兜飾り): the shorter word is part of the
    longer one together with the rest of its own compound (SudachiPy splits 鎧飾り, not
    兜飾り): its compound is inside the longer word or holds it (会員登録 / 新規会員登録), or
    the parts they do not share are one: one inside the other (サーフィン + ボード /
    サーフボード) or by the word vectors (at least :data:`COMPOUND_PART`). Else the two
    compounds differ in a part: 兜飾り / 鎧 + 飾り; and a word SudachiPy could not split, with
    an unknown front part (:func:`_unknown_glued`), is none of the shorter word's family."""
    short, long = (a, b) if len(a.key) <= len(b.key) else (b, a)
    whole = short.whole
    if not whole and _unknown_glued(long, short.key):
        return False  # タンクレストイレ / トイレ: an unknown word in front narrows the noun
    if not whole or whole in long.key or long.key in whole:
        return True
    mine, theirs = whole.replace(short.key, "", 1), long.key.replace(short.key, "", 1)
    if mine in theirs or theirs in mine:  # サーフ + ボード / サーフィン + ボード
        return True
    i, j = wordvec.vector_index(mine), wordvec.vector_index(theirs)
    return i is not None and j is not None and wordvec.similarity(i, j) >= COMPOUND_PART


def other_compound(a: Unit, b: Unit) -> bool:
    """Japanese, one key inside the other and the shorter a part of a compound of its own
    (用 of 娘用 against 私用; 飾り of 鎧飾り against 兜飾り) that :func:`same_compound` does not
    join to the longer word: two compounds that differ in their other part. The word vectors
    must not pair them then (私用 / 用: 0.89), or the part that differs (娘) is left as
    added detail while it names whom the thing is for. A longer word that adds only kana is
    the shorter one inflected, not another compound (青 of 青色 against 青い: the demo's
    空が青色なのはなぜですか / 空はなぜ青いのですか)."""
    short, long = (a, b) if len(a.key) <= len(b.key) else (b, a)
    if not short.whole or short.key == long.key or short.key not in long.key:
        return False
    rest = long.key.replace(short.key, "", 1)
    if HIRAGANA_ONLY.fullmatch(rest):  # kana of an inflection: 青 (青色) / 青い
        return False
    return not long.key.isascii() and not same_compound(a, b)


def _unknown_glued(long: Unit, key: str) -> bool:
    """``long`` is one word SudachiPy does not know (no word vector, its reading its text),
    ``key`` at its end and at least three characters in front of it (タンクレス + トイレ): a
    word the dictionary could not split, whose front part is a modifier of its own. Two
    characters are as often a short prefix naming the same thing (ポリ + タンク: a
    container said two ways), so they are left to the other tests."""
    return (
        long.vector is None
        and long.reading == long.key
        and long.key.endswith(key)
        and len(long.key) - len(key) >= 3
    )


def compound_part(text: str) -> bool:
    """Whether ``text`` can be part of a Japanese compound noun: not ASCII, no hiragana."""
    return not text.isascii() and HIRAGANA.search(text) is None


#: the word vectors relate two words from this cosine on (隣人 / 近所 0.60): below it one does
#: not describe the other (祖父母 / 近所 0.16)
RELATED = 0.5


def other_person_ja(word: Unit, phrase: Sequence[Unit]) -> bool:
    """Japanese: ``phrase`` is a person that nouns describe, X の 人 (人, the general noun for
    a person, its head; X kanji or katakana), and ``word`` a plain noun (SudachiPy: 普通名詞
    一般, not a verbal or adverbial one: 変更) that the word vectors relate to none of them:
    another person (祖父母 / 近所の人), not a rewording of the same one (隣人 / 近所の人)."""
    if len(phrase) < 2 or phrase[-1].key != "人" or word.key.isascii():
        return False
    if not all(compound_part(u.text) for u in phrase[:-1]):
        return False  # スケートボードに乗っている人: a clause, not a noun, describes the person
    found = short_units(word.text, keep=False)  # (a word: the prompts stay kept)
    if not found or len(found) != 1 or found[0].part_of_speech()[1:3] != ("普通名詞", "一般"):
        return False
    return word.vector is None or all(
        u.vector is None or wordvec.similarity(word.vector, u.vector) < RELATED for u in phrase[:-1]
    )


def potential_of(a: Unit, b: Unit) -> bool:
    """Japanese, one verb the potential form of the other, as SudachiPy lemmatises it to a
    verb of its own (取れる / 取る, 使える / 使う, 行ける / 行く: "can take" asks what
    "take" does): the e-row kana before る turned into the u-row ending gives the other's
    dictionary form, and the readings start alike (トレ / トリ: one stem)."""
    for p, plain in ((a, b), (b, a)):
        key = p.key
        if len(key) < 3 or key[-1] != "る" or key[-2] not in U_ROW or key[:-2].isascii():
            continue
        if plain.key == key[:-2] + U_ROW[key[-2]]:
            return p.reading[:1] == plain.reading[:1]
    return False


@lru_cache(maxsize=4096)
def _parts(verb: str) -> tuple[str, ...]:
    """The normalised forms of a Japanese compound verb's short units when it has two or more
    and each is a verb (持ち帰る: 持つ + 帰る, 申し込む: 申す + 込む); else ()."""
    found = short_units(verb, keep=False)  # (a word: the check's prompts stay kept)
    if not found or len(found) < 2 or any(m.part_of_speech()[0] != "動詞" for m in found):
        return ()
    return tuple(m.normalized_form() for m in found)


def verb_parts(verb: str, theirs: Collection[str]) -> tuple[str, ...]:
    """Japanese: the parts of the compound verb ``verb`` when the other prompt says every
    one of them as a verb of its own (``theirs``: its predicates), in the same order is not
    asked (持ち帰る / 持って帰る: 持つ + 帰る; 持ち込む / 持って入る: 込む is not said);
    else ()."""
    parts = _parts(verb) if not verb.isascii() else ()
    return parts if parts and all(p in theirs for p in parts) else ()
