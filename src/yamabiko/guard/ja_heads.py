"""Japanese: a noun's suffix that is a noun of its own, read as the head of the compound.

SudachiPy cuts 餃子店 into the noun 餃子 and the suffix 店 (接尾辞, 名詞的), and the analysis
gave a case particle after the compound to the noun before the suffix: 餃子店を貸し切りに read
as 餃子を, while 餃子の店を gives を to 店 and makes 餃子 its owner (``ギョーザ>店``). The
roles check then saw 餃子 and 店 exchange their cases (``roles:ギョーザ<->店``) between one
thing said two ways. A compound XY whose suffix Y is, written alone, a common noun (店 is;
屋, 料 and さん are suffixes only) names what X の Y names: :func:`head_suffix` tells the
analysis (:func:`.japanese._analyse_japanese`) to read Y as the head that takes the case,
with X as its owner, as for X の Y. The order stays: 店の餃子 (the shop's dumplings) owns the
other way round, ``店>ギョーザ``, and its exchange with 餃子店 is still a role swap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: a suffix's normalized form -> whether it is a common noun alone (a closed, small set of
#: forms: SudachiPy's nominal suffixes)
_ALONE: dict[str, bool] = {}


def head_suffix(morpheme: Any, tokenize: Callable[[str], Any]) -> bool:
    """``morpheme`` is a nominal suffix (接尾辞, 名詞的) whose normalized form, read alone by
    ``tokenize`` (SudachiPy, mode C), is one common noun of the dictionary (店, 用: not 屋,
    料, さん, whose forms alone are suffixes again)."""
    pos = morpheme.part_of_speech()
    if pos[0] != "接尾辞" or pos[1] != "名詞的" or pos[2] == "助数詞":
        return False  # (二頭, 三台: a counter counts, it heads nothing)
    form = morpheme.normalized_form()
    alone = _ALONE.get(form)
    if alone is None:
        found = tokenize(form)
        alone = len(found) == 1 and tuple(found[0].part_of_speech()[:3]) == _COMMON_NOUN
        if len(_ALONE) < 4096:
            _ALONE[form] = alone
    return alone


_COMMON_NOUN = ("名詞", "普通名詞", "一般")
