"""Counts exchanged between the nouns they count (the guard's ``roles`` step, through
:func:`.modality.frame_changed`): 大人2人と子供1人でいくらですか (two adults, one child)
against 大人1人と子供2人でいくらですか (one adult, two children), 2人の大人と1人の子供 /
1人の大人と2人の子供. Both prompts say the same nouns and the same numbers, so the word
checks and the number check (which compare what each side says, not what it is said of) see
nothing, and the embedder puts them at 0.99; the party, the price and the answer differ.

:func:`counts_exchanged` reads SudachiPy's long units: a count is a unit that starts with a
numeral (``2人``, ``3枚``; SudachiPy keeps a digit and its counter as one noun) or a numeral
(数詞) and the counter after it (二 + 名); it counts the noun written straight before it
(大人2人) or the noun after its の (2人の大人). A pair differs when each side counts the same
nouns with the same counts, yet a noun has another count (reason ``count:大人:2人->1人``,
the cached prompt's count first). A numeral is read by its value (２人 = 2人, 二名 = 2名).
The grammar of counters, not words that failed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .ja_doers import _units

#: the kanji numerals a count may start with, and their digits
_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
#: a numeral in a text (a substring gate; digits of either width, kanji numerals)
_NUMERAL = re.compile("[0-9０-９〇一二三四五六七八九十百千万]+")


def counts_exchanged(query: str, cached: str) -> str:
    """``"N:X->Y"`` when both prompts count the same nouns with the same counts but the noun
    ``N`` is counted ``X`` in ``cached`` and ``Y`` in ``query``; empty otherwise."""
    numerals = _numerals(query)
    if len(set(numerals)) < 2 or numerals != _numerals(cached):
        return ""  # (a cheap test first: two numerals or more, the same on both sides)
    mine, theirs = _counts(query), _counts(cached)
    if len(mine) < 2 or mine.keys() != theirs.keys():
        return ""
    if Counter(mine.values()) != Counter(theirs.values()):
        return ""  # (another count: the number check's, not an exchange)
    for noun in sorted(mine):
        if mine[noun] != theirs[noun]:
            return f"{noun}:{theirs[noun]}->{mine[noun]}"
    return ""


def _numerals(text: str) -> list[str]:
    """The numerals ``text`` says, as written but for the width of digits, in sorted order
    (equal lists: the same numerals as often; session 23: no Counter built per text)."""
    return sorted(_NUMERAL.findall(unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=1024)
def _counts(text: str) -> dict[str, str]:
    """Each noun of ``text`` that one count counts: ``noun -> count`` (a noun counted twice
    is left out)."""
    morphemes: Sequence[Any] = _units(text)
    found: dict[str, str] = {}
    twice: set[str] = set()
    count = len(morphemes)
    i = 0
    while i < count:
        shown, width = _count_at(morphemes, i)
        if not shown:
            i += 1
            continue
        noun = ""
        if i > 0 and _is_noun(morphemes[i - 1]):
            noun = morphemes[i - 1].normalized_form()  # 大人2人
        elif i + width + 1 < count and morphemes[i + width].surface() == "の":
            after = morphemes[i + width + 1]
            noun = after.normalized_form() if _is_noun(after) else ""  # 2人の大人
        if noun:
            if noun in found:
                twice.add(noun)
            found[noun] = shown
        i += width
    return {noun: shown for noun, shown in found.items() if noun not in twice}


def _count_at(morphemes: Sequence[Any], i: int) -> tuple[str, int]:
    """The count that starts at ``i`` (its digits and counter) and how many units it takes;
    ``("", 0)`` when none starts there."""
    m = morphemes[i]
    pos = m.part_of_speech()
    if pos[0] != "名詞":
        return "", 0
    surface = unicodedata.normalize("NFKC", m.surface()).translate(_KANJI_DIGITS)
    if pos[1] == "数詞":
        if i + 1 < len(morphemes) and _is_counter(morphemes[i + 1]):
            return surface + morphemes[i + 1].surface(), 2  # 二 + 名
        return "", 0
    digits = len(surface) - len(surface.lstrip("0123456789"))
    if 0 < digits < len(surface):
        return surface, 1  # 2人, 3枚 (one long unit)
    return "", 0


def _is_counter(m: Any) -> bool:
    """``m`` may be a counter after a numeral (名, 枚, 泊): a noun or suffix, no numeral."""
    pos = m.part_of_speech()
    return pos[0] in ("名詞", "接尾辞") and pos[1] != "数詞"


def _is_noun(m: Any) -> bool:
    """``m`` is a noun that a count may count (not a numeral, a pronoun or a counter)."""
    pos = m.part_of_speech()
    if pos[0] != "名詞" or pos[1] in ("数詞", "代名詞") or pos[2] == "助数詞可能":
        return False
    return not m.surface()[:1].isdigit()
