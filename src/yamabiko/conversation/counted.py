"""A thing both Japanese histories count, never by the same number (session 27).

The ``count`` check of :func:`yamabiko.conversation.facts.compare_stated` reads English
counts (the noun after a number: one bin / three bins). A Japanese number carries its
counter in the guard's units (二本: 2 with 本, 週3回: 3 with 回), so the same test reads
from them: 2本ずつ on one side against 1本ずつ on the other, 週に3回 against 週2回, is another
order, whatever else both say. A counter that one side counts twice shares a count with
either (三缶, then 18リットルの缶を三缶: one number); a counter only one side uses is left to
the other checks (二人 against 2名), and so is a counter of time (時, 日, 分: SudachiPy's
副詞可能 nouns; 週間, 時間, ヶ月: lengths :func:`~yamabiko.conversation.values.spans` reads),
which the date and span checks compare (夜七時 / 19時 is one hour). A noun counted right
before the number is a thing of its own (session 31): 大人4名と子ども1名 against 大人2名と子ども1名
shares the 1 of 名, not the adults' count (``大人/名``). Only a noun: the units repeat a
number's counter as a content word after it (3回 -> 3, 回), and that counter before the next
number (週に3回、2個ずつ) names no thing counted, nor does a noun SudachiDict marks as a
possible counter (助数詞可能: 週2回, 月1回, 年3回: the span of a rate, not a thing).

A counter is no fact of its own (session 32, :func:`counter_said`): 二十名 said back on one
side, 20人 on the other, count the same people; the fact is the number, which the other
checks compare. A counter said back is said on the other side when a number of the same value
there carries a counter that counts the same things by the guard's table (one class, 人 /
名; a general counter, 一つ / 1個: :func:`~yamabiko.guard.scope.same_counter`), not when it
counts another kind (二十名 / 20組: people against groups). A kanji numeral SudachiPy splits
before its last power of ten (三十人: 三, then 十人 as one word) counts its tens there
(30名 / 三十人分, session 33).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..guard.japanese import short_units
from ..guard.scope import same_counter
from ..guard.units import Unit
from .fact_words import number_value
from .lengths import spans

__all__ = ["changed_ja_counts", "counter_said"]

#: the kanji of a power of ten that continues a kanji numeral (三十, 二百)
_POWERS = {"十": 10, "百": 100, "千": 1000}


def _counted(texts: Sequence[str], units: Callable[[str], Sequence[Unit]]) -> dict[str, set[str]]:
    """Each Japanese counter the texts use after a number, with the numbers it counts, and
    each noun counted right before such a number with its counter (大人4名: ``大人/名``;
    not a counter repeated after its number, 3回, nor a possible counter, 週2回)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        before: Unit | None = None
        counter = ""  # the counter of the number right before ``before``
        for unit in units(text):
            if unit.kind == "number" and unit.counter and not _of_time(unit.counter):
                found.setdefault(unit.counter, set()).add(unit.key)
                if _counted_noun(before, counter):
                    found.setdefault(f"{before.key}/{unit.counter}", set()).add(unit.key)
            counter = before.counter if before is not None and before.kind == "number" else ""
            before = unit
    return found


def _counted_noun(unit: Unit | None, counter: str) -> bool:
    """``unit`` is a noun a number right after it counts: a content word, not the
    ``counter`` of the number right before it (3回、2個: 回), nor a word of time or a possible
    counter (週2回: 週)."""
    if unit is None or unit.kind != "content" or unit.text == counter:
        return False
    return not _of_time(unit.text) and not _possible_counter(unit.text)


@lru_cache(maxsize=512)
def _possible_counter(word: str) -> bool:
    """SudachiDict tags ``word`` a noun that may count (助数詞可能: 週, 月, 回, 袋)."""
    found = short_units(word, keep=False)
    return len(found) == 1 and found[0].part_of_speech()[2] == "助数詞可能"


@lru_cache(maxsize=512)
def _of_time(counter: str) -> bool:
    """A counter of time or no Japanese counter (see the module docstring)."""
    if counter.isascii() or spans(f"3{counter}"):
        return True
    found = short_units(counter, keep=False)
    return bool(found) and found[0].part_of_speech()[2] == "副詞可能"


def changed_ja_counts(
    mine: Sequence[str], theirs: Sequence[str], units: Callable[[str], Sequence[Unit]]
) -> list[str]:
    """The counters both sides' texts use (what each side states) but never with the same
    number: ``["本"]`` for 2本ずつ / 1本ずつ; empty when none."""
    first, second = _counted(mine, units), _counted(theirs, units)
    return sorted(c for c in first.keys() & second.keys() if not first[c] & second[c])


def counter_said(
    word: str,
    mine: Sequence[str],
    theirs: Sequence[str],
    units: Callable[[str], Sequence[Unit]],
) -> bool:
    """``word``, a fact of my side's texts, is only the counter of a number there (二十名's 名)
    and the other side's texts count the same value with a counter of the same things (20人:
    see the module docstring)."""
    values = {
        _count(u)[0] for text in mine for u in units(text)
        if u.kind == "number" and _count(u)[1] == word and _count(u)[0] is not None
    }  # fmt: skip
    if not values or word.isascii():
        return False
    return any(
        u.kind == "number" and _count(u)[0] in values and _count(u)[1]
        and same_counter(word, _count(u)[1])
        for text in theirs for u in units(text)
    )  # fmt: skip


def _count(unit: Unit) -> tuple[float | None, str]:
    """A number unit's value and counter, a power of ten SudachiPy reads into the counter
    given back to the number (三十人: the units' 3 with 十人, which is 30 with 人)."""
    value = number_value(unit)
    counter = unit.counter or ""
    if value is not None and len(counter) > 1 and counter[0] in _POWERS:
        return value * _POWERS[counter[0]], counter[1:]
    return value, counter
