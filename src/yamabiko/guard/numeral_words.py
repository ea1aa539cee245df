"""Japanese words that are a number and its counter written as one word (二十歳 / 20歳).

SudachiPy reads a few numbers with their counter as one word of their own (二十歳: はたち,
三十路, 十五夜), while the same number written in digits is a number and a counter
(20 + 歳). The minimal-pair alignment would leave the word on one side and the number on
the other (``substitution:二十歳->20``). :func:`numeral_words` pairs them when the word is
a kanji numeral followed by just the counter that follows the other side's number, of the
same value: the other prompt says the number the word spells, in the same unit. A word
that only starts with a numeral (一般, 八百屋, 一流) pairs with nothing: nobody writes its
rest as the counter of that number.

SudachiPy also splits a numeral where a dictionary word starts inside it: 二十人 is 二 and
十人 (じゅうにん, "ten people"), so the number reads 2 with the counter 十人. Against 20人 the
alignment would leave 二 and 十人 on one side and 20 on the other (``number``).
:func:`_split_numeral` joins the numeral with the word it was cut from and pairs the run when
it spells the other side's number with the same counter (二 + 十人 / 20 + 人); 二十人 against
10人 or 2人 spells another number, and stays apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING

from ..models import Verdict
from .ja_words import _KANJI_NUMBER, kanji_number
from .japanese import short_units
from .spelling import drop_matched
from .unit_record import number_key

if TYPE_CHECKING:
    from .minpair import Alignment
    from .units import Unit


_KIND = attrgetter("kind")
#: the key of a number unit of one (:func:`.unit_record.number_key`)
_ONE = number_key(1)  # (a unit's kind, read in C: no Python step per unit)


def numeral_words(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each Japanese word of one side that spells a number and
    its counter (二十歳) and the number unit of the other side it spells (20, counter 歳)."""
    left, right = list(left), list(right)
    numbers = "number" in map(_KIND, left) or "number" in map(_KIND, right)
    if not numbers or not (left and right):
        return left, right
    left, right = drop_matched(left, right, _split_numeral)
    cut = {u.counter for u in (*left, *right) if u.kind == "number" and _cut_short(u)}
    return drop_matched(left, right, partial(_spelt_number, cut=frozenset(cut)))


def _spelt_number(unit: Unit, others: list[Unit], cut: frozenset[str] = frozenset()) -> list[Unit]:
    """The number unit of ``others`` that the content word ``unit`` spells with its counter
    (二十歳 / 20 + 歳), as a list of one, or []; not a word of ``cut``, the words a numeral
    was cut short by (十人 of 二 + 十人 spells 20 with the numeral, not 10)."""
    if unit.kind != "content" or unit.text.isascii() or unit.text in cut:
        return []
    numeral = _KANJI_NUMBER.match(unit.text)
    value = kanji_number(unit.text) if numeral else None
    counter = unit.text[numeral.end() :] if numeral else ""
    if value is None or not counter:
        return []
    key = number_key(value)
    return next(([u] for u in others if u.kind == "number" and u.key == key
                 and u.counter == counter), [])  # fmt: skip


def _split_numeral(unit: Unit, others: list[Unit]) -> list[Unit]:
    """The run of ``others`` (a kanji numeral cut short, 二 with the counter 十人, and the
    word 十人 it was cut from) that spells the number unit ``unit`` (20, counter 人) with
    its counter, or []."""
    if unit.kind != "number" or not unit.counter or not unit.key.startswith("#"):
        return []
    for cut in others:
        if cut.kind != "number" or not _cut_short(cut):
            continue
        joined = cut.text + cut.counter  # 二 + 十人: 二十人
        numeral = _KANJI_NUMBER.match(joined)
        value = kanji_number(joined)
        if numeral is None:
            continue
        if value is None or number_key(value) != unit.key:
            continue
        if joined[numeral.end() :] != unit.counter:
            continue
        word = [u for u in others if u.kind == "content" and u.text == cut.counter][:1]
        return [cut, *word]
    return []


def _cut_short(number: Unit) -> bool:
    """A kanji numeral unit whose counter starts with a numeral (二 with the counter 十人):
    SudachiPy cut the numeral where a dictionary word starts."""
    return bool(_KANJI_NUMBER.fullmatch(number.text) and _KANJI_NUMBER.match(number.counter))


def counted_word(unit: Unit) -> bool:
    """``unit`` is a Japanese count of more than one said as one word (二人, ふたり: SudachiPy
    reads 三人 as 三 + 人 but 二人 as one noun): a kanji numeral of a value other than 1 before
    a rest that SudachiPy reads as a suffix after a numeral in digits (3 + 人), the word itself
    a noun that may stand as an adverb, as counts do (SudachiPy's 副詞可能: 二人で); not a word
    that only starts with a numeral (八百屋, 一般, 両親, 四季). Session 34 review: a count
    said on one side only (lateJA) missed 二人."""
    if unit.kind != "content" or unit.text.isascii():
        return False
    numeral = _KANJI_NUMBER.match(unit.text)
    value = kanji_number(unit.text) if numeral else None
    rest = unit.text[numeral.end() :] if numeral else ""
    if value is None or value == 1 or not rest:
        return False
    word = short_units(unit.text, keep=False) or ()
    if len(word) != 1 or word[0].part_of_speech()[2] != "副詞可能":
        return False
    read = short_units("3" + rest, keep=False) or ()
    return len(read) == 2 and read[1].part_of_speech()[0] == "接尾辞"


def count_added(verdict: Verdict, aligned: Alignment, lang: str) -> bool:
    """Does ``verdict`` judge a Japanese prompt that adds (or drops) numbers and nothing else:
    a numeral and its counter (三枚, 二名, 五つ, 3人), which the units read as one number
    (``#3``), or a count said as one word (二人: :func:`counted_word`, session
    34 review, which the check reads as a detail added and the trees served)? A count said on
    one side only asks for so many, another question whatever the trees score: ``insertion:三``
    / ``deletion:三`` stands (session 33). A count of one is left to the trees: a bare Japanese
    noun is one thing as often as not, and 一本いくら asks the price of one (包丁研ぎの料金は一本
    いくら / 包丁研ぎ 料金)."""
    if lang != "ja" or not verdict.reason.startswith(("insertion:", "deletion:", "detail-added")):
        return False
    added = aligned.rest_right or aligned.rest_left
    return bool(added) and all(
        (u.kind == "number" and u.key != _ONE) or counted_word(u) for u in added
    )


def as_count_refusal(verdict: Verdict, aligned: Alignment) -> Verdict:
    """``verdict``, or the refusal a detail added stands for (``insertion:二人``)."""
    if not verdict.accept:
        return verdict
    kind = "insertion" if aligned.rest_right else "deletion"
    added = aligned.rest_right or aligned.rest_left
    return Verdict(False, f"{kind}:{'+'.join(u.text for u in added)}")
