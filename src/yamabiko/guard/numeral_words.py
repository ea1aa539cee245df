"""Japanese words that are a number and its counter written as one word (二十歳 / 20歳).

SudachiPy reads a few numbers with their counter as one word of their own (二十歳: はたち,
三十路, 十五夜), while the same number written in digits is a number and a counter
(20 + 歳). The minimal-pair alignment would leave the word on one side and the number on
the other (``substitution:二十歳->20``). :func:`numeral_words` pairs them when the word is
a kanji numeral followed by just the counter that follows the other side's number, of the
same value: the other prompt says the number the word spells, in the same unit. A word
that only starts with a numeral (一般, 八百屋, 一流) pairs with nothing: nobody writes its
rest as the counter of that number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .ja_words import _KANJI_NUMBER, kanji_number
from .spelling import drop_matched

if TYPE_CHECKING:
    from .units import Unit


def numeral_words(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each Japanese word of one side that spells a number and
    its counter (二十歳) and the number unit of the other side it spells (20, counter 歳)."""
    left, right = list(left), list(right)
    numbers = any(u.kind == "number" for u in left) or any(u.kind == "number" for u in right)
    if not numbers or not (left and right):
        return left, right
    return drop_matched(left, right, _spelt_number)


def _spelt_number(unit: Unit, others: list[Unit]) -> list[Unit]:
    """The number unit of ``others`` that the content word ``unit`` spells with its counter
    (二十歳 / 20 + 歳), as a list of one, or []."""
    if unit.kind != "content" or unit.text.isascii():
        return []
    numeral = _KANJI_NUMBER.match(unit.text)
    value = kanji_number(unit.text) if numeral else None
    counter = unit.text[numeral.end() :] if numeral else ""
    if value is None or not counter:
        return []
    key = f"#{value:g}"  # (the key ``units`` gives a number)
    return next(([u] for u in others if u.kind == "number" and u.key == key
                 and u.counter == counter), [])  # fmt: skip
