"""Two English words for parts of a day that WordNet makes one a part of the other (session 28).

A shop's *Sunday evenings* and *Sunday night* are one time to be open: WordNet files a sense
of *evening* ("the early part of night ... spent in a special way") as a part (``#p``, part
holonym) of *night*'s first sense ("the time after sunset and before sunrise"), itself a
part of the day of twenty-four hours. :func:`part_of_day_within` reads two words so, from
the loaded ``data.noun`` bytes at their senses' offsets. *Morning* and *evening*, or
*afternoon* and *evening*, are parts of the daylight side by side (neither a part of the
other) and stay two times; a day of the week is a part of the week, not of a day
(*Saturday* / *weekend* stay apart).
"""

from __future__ import annotations

from functools import lru_cache

from .en_words import date_key
from .wordnet import load, noun_senses_of
from .wordnet_lines import data_line, line_pointers


def _wholes(offset: int) -> tuple[int, ...]:
    """The synsets (offsets) the noun synset at ``offset`` is a part of (``#p`` pointers)."""
    tables = load()
    if tables is None:
        return ()
    fields = data_line(tables.noun_data, offset)
    return tuple(int(p[1]) for p in line_pointers(fields) if p[0] == "#p" and p[2] == "n")


@lru_cache(maxsize=256)
def part_of_day_within(first: str, second: str) -> bool:
    """One word's noun sense is a part of a sense of the other (evening / night, either
    order) and that whole is itself a part of the 24-hour day (*day*'s first sense, the
    whole WordNet makes *night* and *daytime* parts of); False for any other two words and
    without the data."""
    tables = load()
    days = noun_senses_of("day")[:1]
    if tables is None or not days or first == second:
        return False
    for part, whole in ((first, second), (second, first)):
        theirs = set(noun_senses_of(whole))
        for offset in noun_senses_of(part):
            for parent in _wholes(offset):
                if parent in theirs and days[0] in _wholes(parent):
                    return True
    return False


def one_time_after_date(
    old: str, new: str, cached: tuple[str, ...], query: tuple[str, ...]
) -> bool:
    """``old`` (a word of the cached prompt's lower-cased ``cached``) and ``new`` (of
    ``query``) each said right after the same date word (Sunday, tomorrow) and one time by
    :func:`part_of_day_within`: on Sunday evenings / on Sunday nights."""
    if old not in cached or new not in query:
        return False
    i, j = cached.index(old), query.index(new)
    before = cached[i - 1] if i else ""
    if not before or not j or query[j - 1] != before or not date_key(before):
        return False
    return part_of_day_within(old, new)
