"""Japanese: a compound verb after the honorific prefix お / ご, cut in two by SudachiPy.

Read alone, 取り置き is one verb (取り置く, *keep aside for someone*); after the prefix お
SudachiPy cuts お取り置きいただく into お + 取り (取る) + 置き (置く, a possibly dependent
verb). The analysis then heard 取る (*take*) where the plain request 取り置きしてもらえますか says
取り置く, and the ``predicate`` check refused the polite request as another act. The frames
お + 連用形 + いただく / くださる / する are one of the grammar's closed classes (see
:mod:`.ja_honorifics`); what they frame is any verb, so no list of verbs is read here:
:func:`prefixed_joined` joins two verbs right after お / ご when SudachiPy's dictionary reads
their text, on its own, as one verb, and gives that verb instead (お取り置きいただく: お +
取り置き + いただく). Two verbs that are no compound of the dictionary (お送りいただく: one verb;
お読み聞かせ: a noun) are left as cut.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: the honorific prefixes before a verb's 連用形 (the frames of :mod:`.ja_honorifics`)
_PREFIXES = frozenset({"お", "ご", "御"})


def prefixed_joined(text: str, morphemes: list[Any], tokenize: Callable[[str], Any]) -> list[Any]:
    """``morphemes`` (SudachiPy long units of ``text``) with each pair of verbs right after an
    honorific prefix replaced by the one verb SudachiPy reads their joined text as, alone
    (取り + 置き after お: 取り置き, 取り置く); ``tokenize`` reads a text in the same mode."""
    if "お" not in text and "ご" not in text and "御" not in text:
        return morphemes  # (a substring gate: most prompts stop here)
    out: list[Any] | None = None
    for i in range(1, len(morphemes) - 1):
        if morphemes[i - 1].surface() not in _PREFIXES:
            continue
        first, second = morphemes[i], morphemes[i + 1]
        if first.part_of_speech()[0] != "動詞" or second.part_of_speech()[0] != "動詞":
            continue
        joined = list(tokenize(first.surface() + second.surface()))
        if len(joined) != 1 or joined[0].part_of_speech()[:2] != ("動詞", "一般"):
            continue
        if out is None:
            out = list(morphemes)
        at = out.index(first)
        out[at : at + 2] = joined
    return morphemes if out is None else out
