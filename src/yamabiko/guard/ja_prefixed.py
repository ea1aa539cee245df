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

A compound verb's potential is cut so too (session 31): SudachiPy reads 貸し切れますか as 貸し
(貸す) + 切れ (切れる, a possibly dependent verb: *can finish*), so the analysis heard 貸す
(*lend*) where 貸し切りにしていただけますか says 貸し切る (*charter*), and the ``predicate``
check refused the two as two acts. A godan verb's potential is an ichidan verb whose stem ends
in the e-row kana of the verb's own row (切る / 切れる, 込む / 込める); :func:`joined_potential`
takes the second verb back to that godan form and joins it to the first (貸し + 切る), and when
the dictionary reads the text alone as one godan verb, the analysis reads that verb in the first
one's place. No verb is listed: 食べ切れますか stays 食べる (+ 切れる), the dictionary having no
食べ切る, and 貸し切れる is read as 貸し切る because the dictionary has it.
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


#: an ichidan potential's e-row kana before its る -> the u-row kana of the godan verb it is the
#: potential of, row by row (切れる / 切る, 込める / 込む, 出せる / 出す)
_GODAN_ENDING = dict(zip("えけげせてねべめれ", "うくぐすつぬぶむる", strict=True))


def joined_potential(morphemes: Sequence[Any], i: int, tokenize: Callable[[str], Any]) -> str:
    """The normalized form of the compound godan verb whose potential the verb at ``i`` (in
    its 連用形) and the possibly dependent ichidan verb right after it say (貸し + 切れ: 貸し切る,
    read alone by ``tokenize``); "" when the two are no such pair, or the first's 連用形 and
    the second's godan form, joined, are not one godan verb of the dictionary."""
    if i + 1 >= len(morphemes):
        return ""
    first, second = morphemes[i], morphemes[i + 1]
    one, two = first.part_of_speech(), second.part_of_speech()
    if one[0] != "動詞" or not one[5].startswith("連用形") or two[:2] != ("動詞", "非自立可能"):
        return ""
    plain = second.dictionary_form()
    if not two[4].startswith("下一段") or len(plain) < 2 or plain[-2] not in _GODAN_ENDING:
        return ""
    if len(tokenize(first.surface() + plain)) == 1:
        return ""  # (the two are a verb of the dictionary as they stand: 取り付ける)
    found = tokenize(first.surface() + plain[:-2] + _GODAN_ENDING[plain[-2]])
    if len(found) != 1 or tuple(found[0].part_of_speech()[:2]) != ("動詞", "一般"):
        return ""
    return found[0].normalized_form() if found[0].part_of_speech()[4].startswith("五段") else ""
