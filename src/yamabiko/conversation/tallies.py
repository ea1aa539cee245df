"""A number that counts what both sides list: "three times a week - Monday, Wednesday,
Friday" against "on Mondays, Wednesdays and Fridays", 白とピンクの二色 against 色は白と桃色で.

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`, ``named``)
asks every number a user states to be said on the other side. A side that lists the days or
the colours and also counts them says one number more than a side that only lists them; the
count is no fact of its own when it is the size of the list both sides give. The list is
read by general readers: the weekday names of :func:`~yamabiko.conversation.values.text_dates`
(Mondays / Mon: one name) and the colours of the guard's categories
(:func:`~yamabiko.guard.relations.category_members`: ピンク / 桃色 one member). The number
must count that kind of thing (the word after an English number, the counter of a Japanese
one: *times*, *days*, 回, 日 for days; *colours*, 色 for colours), its own side must list
exactly that many, and the other side the same members and no other: "two colours, red and
blue" is not said by "red and green", nor "three times a week" by "Mondays and Fridays".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..guard.facts import Analysis
from ..guard.relations import category_members
from ..guard.units import Unit
from .values import WEEKDAYS, WEEKEND, text_dates

__all__ = ["tally_said"]

#: the words that count each kind of listed thing: the English word after the number, the
#: counter of a Japanese number
_COUNTING = {
    "day": frozenset({"times", "days", "回", "日"}),
    "colour": frozenset({"colours", "colors", "色"}),
}
_DAYS = WEEKDAYS | WEEKEND


def _members(kind: str, texts: Iterable[str], analyse: Callable[[str], Analysis]) -> set[str]:
    """The days of the week (``day``) or the colours (``colour``) the texts name."""
    if kind == "day":
        return {d for text in texts for d in text_dates(text, analyse(text)) & _DAYS}
    return {
        m for text in texts for m, k in category_members(analyse(text)).items() if k == kind
    }  # fmt: skip


def _counted_kinds(unit: Unit, texts: Sequence[str]) -> set[str]:
    """The kinds of listed thing the number ``unit`` counts in ``texts`` (see the module
    docstring)."""
    words = {unit.counter} if unit.counter else set()
    if unit.text.isascii():
        after = re.compile(rf"(?<![\w-]){re.escape(unit.text)}[\s-]+([A-Za-z]+)", re.IGNORECASE)
        words |= {m.lower() for text in texts for m in after.findall(text)}
    return {kind for kind, counting in _COUNTING.items() if words & counting}


def tally_said(
    unit: Unit,
    value: float | None,
    mine: Sequence[str],
    theirs: Sequence[str],
    analyse: Callable[[str], Analysis],
) -> bool:
    """The number ``unit`` (of ``value``), lost on the other side, counts days of the week
    or colours that my side (``mine``: what it states) lists, exactly ``value`` of them, and
    the other side (``theirs``) lists the same ones and no other."""
    if value is None or value < 2 or value != int(value):
        return False
    for kind in _counted_kinds(unit, mine):
        listed = _members(kind, mine, analyse)
        if len(listed) == value and listed == _members(kind, theirs, analyse):
            return True
    return False
