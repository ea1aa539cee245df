"""A cached prompt's trees' text facts kept in its stored form (session 23; a Japanese
prompt's too since session 24: making them was ~25 µs of a cold check of jsts-train, reading
them ~7 µs).

The boosted trees compare the character 3- and 4-gram sets, the word sets and the capitalised
names of the two prompts (:func:`~.treefeatures.rich_features`), each made from one text alone
(:class:`~.treefeatures.TextFacts`). A cold check made both prompts' sets; for the cached
prompt, whose entry keeps its analysis (:mod:`.stored`), this was the largest part of the
text facts of the checks that set the p99 of long English prompts. :func:`row` writes those
facts with the analysis when the entry is written (each set's items sorted, joined by a tab,
which none holds; the six fields joined by :data:`SEP`, which none holds either: the n-grams
come from the text with its white space made spaces, the words and names hold none); at
lookup :func:`offer` hands them to :func:`~.treefeatures.text_facts`, which reads them
(:func:`parse`) only when the trees ask, instead of making them from the text.

The sets are read as :class:`Distinct` items, not rebuilt as sets: the features only count
what the two sides share and what each has alone, and the query's side is a set, so the
count is the query's set intersected with the stored items, in C. The counts, and so every
feature and verdict, are those of the sets made from the text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

__all__ = ["SEP", "Distinct", "offer", "parse", "row", "taken"]

#: the separator of the six fields (a character of Unicode's white space: no item holds it)
SEP = "\x1f"
#: the separator of a set's items (white space too)
_ITEM = "\t"
_per_thread = threading.local()


class Distinct(tuple):
    """Distinct strings read from a stored form, in place of a frozenset of them: the set
    operations the trees' features use (``&``, ``-`` on either side, ``len``) answer as the
    frozenset would, each by one C call on the other side's set, without building this one."""

    __slots__ = ()

    def __and__(self, other: Any) -> frozenset[str]:
        return frozenset(other).intersection(self)

    __rand__ = __and__

    def __sub__(self, other: Any) -> frozenset[str]:
        return frozenset(self).difference(other)

    def __rsub__(self, other: Any) -> frozenset[str]:
        return frozenset(other).difference(self)


def _joined(items: Iterable[str]) -> str:
    return _ITEM.join(sorted(items))


def row(facts: Any) -> str | None:
    """The text :func:`parse` reads of ``facts`` (a :class:`~.treefeatures.TextFacts`), or
    None when an item holds a separator (none does as the trees make them)."""
    grams3, grams4, words, first, qword, names = facts
    fields = [_joined(grams3), _joined(grams4), _joined(words), first, qword, _joined(names)]
    if any(SEP in field or "\n" in field for field in fields) or _ITEM in first + qword:
        return None  # (the stored form's parts are separated by newlines)
    return SEP.join(fields)


def _items(field: str) -> Distinct:
    return Distinct(field.split(_ITEM)) if field else _EMPTY


_EMPTY = Distinct()


def parse(text: str) -> tuple[Distinct, Distinct, Distinct, str, str, Distinct] | None:
    """The six text facts :func:`row` wrote (the sets as :class:`Distinct`), or None when
    ``text`` is not of that layout."""
    fields = text.split(SEP)
    if len(fields) != 6:
        return None
    grams3, grams4, words, first, qword, names = fields
    return _items(grams3), _items(grams4), _items(words), first, qword, _items(names)


def offer(text: str, facts: str) -> None:
    """Let :func:`taken` give ``text``'s stored facts (:func:`row`'s text) the next time this
    thread's trees ask for them: the check's cached prompt (one offer per thread is kept)."""
    _per_thread.offered = (text, facts)


def taken(text: str) -> str | None:
    """The facts offered for ``text`` in this thread (:func:`offer`), or None."""
    offered = getattr(_per_thread, "offered", None)
    return offered[1] if offered is not None and offered[0] == text else None
