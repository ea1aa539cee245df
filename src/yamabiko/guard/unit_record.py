"""A unit of the minimal-pair check (:class:`Unit`) and how one is made: a content unit's
word-vector row and rarity looked up from its forms, a number's key, and the whole word a
unit is part of. Shared by the English units (:mod:`.units`) and the Japanese ones
(:mod:`.units_ja`)."""

from __future__ import annotations

import math
from typing import NamedTuple

from . import wordvec

NO_SYNONYMS: frozenset[int] = frozenset()


class Unit(NamedTuple):
    """One aligned unit: ``key`` decides identity; ``forms`` are looked up in the word-vector
    table (first found wins); ``kind`` is ``content``, ``number`` or ``relation``. Made by
    :func:`.units.units` (a content unit's ``vector`` and ``rarity`` come from its forms:
    :func:`content`); a tuple, immutable and cheap to make (a prompt makes dozens)."""

    key: str
    text: str
    kind: str = "content"
    forms: tuple[str, ...] = ()
    reading: str = ""
    synonyms: frozenset[int] = NO_SYNONYMS
    position: int = -1  # index in the text's token stream (filler included)
    #: the word (Japanese: the long-unit morpheme; English: the run of content tokens with no
    #: filler between them, "and"/"or" included) the unit is part of; -1 when not tracked
    word: int = -1
    #: a bound morpheme that narrows the word it is attached to: a Japanese prefix (準2級,
    #: 副店長, 旧姓) or scope suffix (大型車用, 法人向け); added alone, it is not detail
    bound: bool = False
    #: English: the unit stands where a noun's modifier does, between a determiner, possessive
    #: or preposition and the next content word (the *wireless* charger, at *partner* ATMs);
    #: Japanese: a noun another noun follows at once, the first part of a compound (子ども料金)
    modifier: bool = False
    #: Japanese: a noun of time, frequency or extent (SudachiPy 副詞可能: 深夜, 平日, 一部) or a
    #: noun a restrictive particle follows (夏休みだけ, 会員のみ): it limits what it modifies
    scope: bool = False
    #: the word-vector table row of a content unit (its first form the table knows; None for
    #: numbers, relation words and unknown words), looked up once: every check asks it again
    vector: int | None = None
    #: how much the unit says, from its frequency rank in the word-vector table (which lists
    #: each language's words most frequent first): 0 for the commonest word, 1 for a word
    #: outside the table (names, rare words); numbers and relation words count as common (0.3)
    rarity: float = 0.3
    #: a Japanese number's unit (1本 / 1箱), and what limits a content unit: "all" (the whole
    #: phone, 全部), "only" (just the screen, 土曜日だけ), "with" (for members, シャワー付き),
    #: "clause" (壊れた腕時計) or "" (``limits.py``)
    counter: str = ""
    limit: str = ""
    #: Japanese: the keys of the whole word a content unit is part of, joined (鎧 + 飾り:
    #: 鎧飾り), when that word has more than one unit; else ""
    whole: str = ""


_LOG_VOCABULARY = math.log(30_002)
new_unit = tuple.__new__  # a Unit from its fields in order, without the keyword handling


def looked_up(forms: tuple[str, ...]) -> tuple[int | None, float]:
    """The word-vector row and rarity of a content unit with these ``forms``."""
    vector = wordvec.vector_index(*forms)
    return vector, rarity_of(vector)


def rarity_of(vector: int | None) -> float:
    """The rarity of a content unit whose word-vector row is ``vector`` (:attr:`Unit.rarity`)."""
    return 1.0 if vector is None else math.log(vector % 30_000 + 2) / _LOG_VOCABULARY


def content(
    key: str,
    text: str,
    forms: tuple[str, ...],
    reading: str = "",
    synonyms: frozenset[int] = NO_SYNONYMS,
    position: int = -1,
    word: int = -1,
    bound: bool = False,
    modifier: bool = False,
    scope: bool = False,
    limit: str = "",
) -> Unit:
    """A content unit, its ``vector`` and ``rarity`` looked up from its ``forms``."""
    vector, rarity = looked_up(forms)
    fields = (key, text, "content", forms, reading, synonyms, position, word, bound, modifier)
    return new_unit(Unit, (*fields, scope, vector, rarity, "", limit, ""))


def number_key(value: float) -> str:
    """The key of a number unit of ``value`` (``#20``, ``#2.5``): the one spelling of a
    number's key, for the English and Japanese units and the Japanese numeral words."""
    return f"#{value:g}"


def with_wholes(out: list[Unit]) -> tuple[Unit, ...]:
    """``out`` with each content unit of a word of several units told that word's keys
    (:attr:`Unit.whole`)."""
    wholes: dict[int, list[str]] = {}
    for u in out:
        if u.kind == "content":
            wholes.setdefault(u.word, []).append(u.key)
    joined = {word: "".join(keys) for word, keys in wholes.items() if len(keys) > 1}
    for i, u in enumerate(out):  # (each word's keys joined once: a word of 4,000 units, 猫猫…)
        whole = joined.get(u.word) if u.kind == "content" else None
        if whole is not None:
            out[i] = new_unit(Unit, (*u[:-1], whole))  # (whole=...: the last field)
    return tuple(out)
