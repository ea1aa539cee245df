"""A Japanese number in kanji that SudachiPy cut inside itself, read whole again.

SudachiPy's dictionary holds words that open with a kanji numeral multiplier, 十分 (enough),
十人 (a name), and its best path may take one right after a numeral: 九十分 is read 九 +
十分, 四十人 四 + 十人, so the number 90 becomes 9 and an adjective. A numeral morpheme in
kanji followed at once by a word (not a numeral) that opens with 十 / 百 / 千 / 万 is one
number cut in two, since a multiplier right after a digit continues the number; the number
and the text after it are tokenized again apart (九十 | 分です), as :func:`.ja_words.unglued`
does (the offsets of a part start at 0: no rule reads them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: a kanji digit or multiplier followed by a multiplier: a text without one has no such cut
_MAY_CUT = re.compile("[〇一二三四五六七八九十百千万][十百千万]")
#: a run of kanji numeral characters that opens with a multiplier (十, 百二十)
_MULTIPLIER_RUN = re.compile("[十百千万][〇一二三四五六七八九十百千万]*")
_KANJI_NUMERAL = re.compile("[〇一二三四五六七八九十百千万]+")
#: the multipliers a number never writes after 一 (十 and 百 alone say ten and a hundred;
#: 一千, 一万 are written)
_NOT_AFTER_ONE = frozenset("十百")


def numerals_rejoined(text: str, morphemes: list[Any],
                      tokenize: Callable[[str], Any]) -> list[Any]:  # fmt: skip
    """``morphemes`` (SudachiPy long units of ``text``) with a kanji number SudachiPy cut
    after a numeral into a word that opens with a multiplier read whole again: 九 + 十分
    becomes 九十 + 分, 四 + 十人 四十 + 人. ``tokenize`` gives a text's long units; the
    numbers are tokenized again, each from its numeral to the end of its kanji, and so is the
    text between and after them; the units before the first number are kept as read. A cut
    is placed by the surfaces before it (not a morpheme's ``begin``: after
    :func:`.ja_words.unglued` the offsets of a second part start at 0), and each part is
    tokenized once (session 38: the rest was tokenized again after each cut, quadratic in a
    text of many numbers)."""
    if _MAY_CUT.search(text) is None:
        return morphemes  # (most texts: no kanji numeral before a multiplier)
    cuts: list[tuple[int, int, int]] = []  # (the numeral's index, its start, the cut)
    offset = 0
    for i, m in enumerate(morphemes):
        surface = m.surface()
        run = _MULTIPLIER_RUN.match(surface) if i else None
        if run is not None and run.end() < len(surface) and _continues(morphemes[i - 1], m):
            start = offset - len(morphemes[i - 1].surface())
            cuts.append((i - 1, start, offset + run.end()))
        offset += len(surface)
    if not cuts or offset != len(text):
        return morphemes  # (no cut; or surfaces that do not spell the text: left as read)
    out = list(morphemes[: cuts[0][0]])
    done = cuts[0][1]
    for _, start, cut in cuts:
        if start > done:
            out += tokenize(text[done:start])
        out += tokenize(text[start:cut])
        done = cut
    return out + list(tokenize(text[done:]))


def _continues(before: Any, m: Any) -> bool:
    """``m``, a word (not a numeral) that opens with a multiplier, continues the kanji
    numeral ``before`` (九 + 十分; not 9 + 十分, 数 + 十分, nor 一 + 十字路: a number is not
    written 一十 or 一百, so 第一十字路 is the first crossroads, session 39)."""
    surface = before.surface()
    return (
        before.part_of_speech()[1] == "数詞"
        and m.part_of_speech()[1] != "数詞"
        and _KANJI_NUMERAL.fullmatch(surface) is not None
        and not (surface.endswith("一") and m.surface()[:1] in _NOT_AFTER_ONE)
    )
