"""A Japanese number in kanji that SudachiPy cut inside itself, read whole again.

SudachiPy's dictionary holds words that open with a kanji numeral multiplier, 十分 (enough),
十人 (a name), and its best path may take one right after a numeral: 九十分 is read 九 +
十分, 四十人 四 + 十人, so the number 90 becomes 9 and an adjective. A numeral morpheme in
kanji followed at once by a word (not a numeral) that opens with 十 / 百 / 千 / 万 is one
number cut in two, since a multiplier right after a digit continues the number; the text is
tokenized again in two parts at the end of the number's kanji (九十 | 分です), as
:func:`.ja_words.unglued` does (the offsets of the second part start at 0: no rule reads
them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: a kanji digit or multiplier followed by a multiplier: a text without one has no such cut
_MAY_CUT = re.compile("[〇一二三四五六七八九十百千万][十百千万]")
#: a run of kanji numeral characters that opens with a multiplier (十, 百二十)
_MULTIPLIER_RUN = re.compile("[十百千万][〇一二三四五六七八九十百千万]*")
_KANJI_NUMERAL = re.compile("[〇一二三四五六七八九十百千万]+")


def numerals_rejoined(text: str, morphemes: list[Any],
                      tokenize: Callable[[str], Any]) -> list[Any]:  # fmt: skip
    """``morphemes`` (SudachiPy long units of ``text``) with a kanji number SudachiPy cut
    after a numeral into a word that opens with a multiplier read whole again: 九 + 十分
    becomes 九十 + 分, 四 + 十人 四十 + 人. ``tokenize`` gives a text's long units; the
    text is tokenized again in two parts at the end of the number's kanji."""
    if _MAY_CUT.search(text) is None:
        return morphemes  # (most texts: no kanji numeral before a multiplier)
    for i in range(1, len(morphemes)):
        m = morphemes[i]
        run = _MULTIPLIER_RUN.match(m.surface())
        if run is None or run.end() == len(m.surface()):
            continue  # not a word opening with a multiplier (or a number all through)
        before = morphemes[i - 1]
        if before.part_of_speech()[1] != "数詞" or m.part_of_speech()[1] == "数詞":
            continue
        if not _KANJI_NUMERAL.fullmatch(before.surface()):
            continue  # 9十分 or 数十分: no kanji number to continue
        cut = m.begin() + run.end()
        rest = text[cut:]
        return list(tokenize(text[:cut])) + numerals_rejoined(rest, list(tokenize(rest)),
                                                              tokenize)  # fmt: skip
    return morphemes
