"""Japanese words of one SudachiPy synonym group, said apart by the guard's word checks.

The minimal-pair alignment already pairs two units that share a synonym group (its short
units, mode A). The ``entity`` check compares whole words (mode C, long units): クレジット
カード / クレカ, スマートフォン / スマホ, 機種変更 / 機種変 are one word each and share a group
(SudachiDict's synonym dictionary puts an abbreviation with its full form), while their short
units do not. :func:`without_synonyms` drops such pairs from the two sides' unmatched words.

It also drops a word and a katakana compound that holds it in the katakana spelling the
dictionary normalizes to it (焜炉 / ガスコンロ: SudachiPy normalizes コンロ to 焜炉 but keeps the
compound ガスコンロ as written, so the two normalized forms never met and the ``entity`` check
refused 家のコンロ / うちのガスコンロ): :func:`spelt_inside`. The compound says more than the
word, as ユーザー登録 says more than 登録: the other checks weigh the added part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .ja_alone import read_alone

_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")


@lru_cache(maxsize=8192)
def groups(word: str) -> frozenset[int]:
    """The synonym group ids of ``word`` when SudachiPy reads it as one long unit (mode C),
    else none (a phrase, an English word, no SudachiPy)."""
    alone = None if word.isascii() else read_alone(word)
    return alone.synonyms if alone is not None else frozenset()


@lru_cache(maxsize=4096)
def verbal_noun(word: str) -> bool:
    """SudachiPy reads ``word`` alone as one noun that takes する (サ変可能: 予約, 手入れ, not
    棚): a noun that names an act, which a prompt may say as its verb (予約できますか)."""
    alone = None if word.isascii() else read_alone(word)
    return alone is not None and alone.pos[2] == "サ変可能"


def shares_group(word: str, others: Iterable[str]) -> bool:
    """``word`` shares a synonym group with one of ``others`` (色 / カラー)."""
    own = groups(word)
    return bool(own) and any(own & groups(w) for w in others)


@lru_cache(maxsize=8192)
def katakana_spelling(word: str) -> str:
    """The katakana spelling of ``word`` that SudachiPy's dictionary reads back as ``word``
    (焜炉: コンロ, 鞄: カバン), else "": ``word`` is one word with a kanji, read so, and its
    reading alone is one word whose normalized form is ``word`` (位置 is read イチ, but イチ
    alone is 一, so 位置 has none: the reading of a word is not yet its spelling)."""
    if word.isascii() or _KATAKANA.fullmatch(word):
        return ""
    alone = read_alone(word)
    if alone is None:
        return ""
    reading = alone.reading
    if len(reading) < 2 or not _KATAKANA.fullmatch(reading):
        return ""
    back = read_alone(reading)
    return reading if back is not None and back.normalized == word else ""


def spelt_inside(word: str, compound: str) -> bool:
    """``compound`` is a longer katakana word that opens or ends with ``word`` in its
    katakana spelling (:func:`katakana_spelling`): 焜炉 / ガスコンロ, 鞄 / カバンカバー; a
    compound only, not a word that merely shares the sound somewhere inside."""
    return _holds(compound, katakana_spelling(word))


def _holds(compound: str, spelt: str) -> bool:
    """``compound`` is a katakana word longer than the katakana ``spelt`` (not empty) that
    opens or ends with it."""
    return (
        bool(spelt)
        and len(compound) > len(spelt)
        and (compound.startswith(spelt) or compound.endswith(spelt))
        and _KATAKANA.fullmatch(compound) is not None
    )


def _spelt_pair(word: str, theirs: list[str], compounds: list[str]) -> str | None:
    """The first of ``theirs`` that is one word with ``word`` by :func:`spelt_inside`, either
    way round, else None. ``compounds``: those of ``theirs`` that are katakana words of three
    characters or more, the only ones that can hold ``word``'s spelling (no spelling is
    looked up for a word when the other side has none and it is none itself)."""
    if len(word) >= 3 and _KATAKANA.fullmatch(word):  # the compound: their spellings in it
        return next((t for t in theirs if _holds(word, katakana_spelling(t))), None)
    if not compounds:
        return None
    spelt = katakana_spelling(word)
    return next((t for t in compounds if _holds(t, spelt)), None) if spelt else None


def without_synonyms(mine: set[str], theirs: set[str]) -> tuple[set[str], set[str]]:
    """``mine`` and ``theirs`` less each pair of one word from each that share a synonym
    group (クレジットカード / クレカ) or of which one holds the other's katakana spelling
    (焜炉 / ガスコンロ: :func:`spelt_inside`); each word pairs once."""
    if not mine or not theirs:
        return mine, theirs
    mine, theirs = set(mine), set(theirs)
    for word in sorted(mine):
        own = groups(word)
        others = sorted(theirs)
        other = next((t for t in others if not own.isdisjoint(groups(t))), None) if own else None
        if other is None:
            compounds = [t for t in others if len(t) >= 3 and _KATAKANA.fullmatch(t)]
            other = _spelt_pair(word, others, compounds)
        if other is not None:
            mine.discard(word)
            theirs.discard(other)
    return mine, theirs
