"""Japanese: a compound verb after the honorific prefix お / ご, cut in two by SudachiPy.

Read alone, 取り置き is one verb (取り置く, *keep aside for someone*); after the prefix お
SudachiPy cuts お取り置きいただく into お + 取り (取る) + 置き (置く, a possibly dependent
verb). The analysis then heard 取る (*take*) where the plain request 取り置きしてもらえますか says
取り置く, and the ``predicate`` check refused the polite request as another act. The frames
お + 連用形 + いただく / くださる / する are one of the grammar's closed classes (see
:mod:`.ja_honorifics`); what they frame is any verb, so no list of verbs is read here:
:func:`joined_verb` joins two verbs right after お / ご when SudachiPy's dictionary reads their
text, on its own, as one verb, and the analysis (:func:`.japanese._analyse_japanese`) reads
that verb in the first one's place (お取り置きいただく: 取り置く). Two verbs that are no compound
of the dictionary are left as cut, and a single verb after お (お送りいただく) is not asked.
The minimal-pair units are not changed: they split every compound verb into its short units
on both sides alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: the honorific prefixes before a verb's 連用形 (the frames of :mod:`.ja_honorifics`)
_PREFIXES = frozenset({"お", "ご", "御"})


def joined_verb(morphemes: Sequence[Any], i: int, tokenize: Callable[[str], Any]) -> str:
    """The normalized form of the one verb that the two verbs right after the honorific prefix
    at ``i`` (SudachiPy long units) make, read alone by ``tokenize`` (お + 取り + 置き:
    取り置く); "" when ``morphemes[i]`` is no such prefix or the two are not one verb."""
    if i + 2 >= len(morphemes) or morphemes[i].surface() not in _PREFIXES:
        return ""
    first, second = morphemes[i + 1], morphemes[i + 2]
    if first.part_of_speech()[0] != "動詞" or second.part_of_speech()[0] != "動詞":
        return ""
    found = tokenize(first.surface() + second.surface())
    if len(found) != 1 or tuple(found[0].part_of_speech()[:2]) != ("動詞", "一般"):
        return ""
    return found[0].normalized_form()
