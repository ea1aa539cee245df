"""A length of time said by its ends: *from about 8 till 11pm* / *three hours*, 午後六時から九時まで
/ 三時間.

A thread said in other words gives how long something lasts either as a length (*four hours
of tunes*) or as the clock times it starts and ends (*from 8pm to midnight*). The stated-facts
check (:func:`~yamabiko.conversation.facts.compare_stated`, ``named``) holds every number a
user states for a fact the other side must state too, so the ends' numbers (8, 11) are lost on
one side and the length's count (*four*) on the other. :func:`range_lengths` reads the clock
ranges of a text (English: two clock times joined by *to*, *till*, *until* or a dash, at
least one of them marked as a time of day by *am* / *pm*, *o'clock*, minutes after a colon,
*noon* or *midnight*; Japanese: N時 から M時 まで, 午前 / 午後 / 朝 / 夜 before either) with
their lengths in minutes, an end without *am* / *pm* taking the other's half of the day when
that makes the range run forwards (*8 till 11pm* is 20:00-23:00, three hours), a range past
midnight running into the next day. :func:`ends_said`: the ends' numbers of a range whose
length the other side states as a length of time (:func:`~yamabiko.conversation.lengths.spans`);
:func:`counts_said`: the count of a length that the other side states as a range's ends.
Another length (*three hours* against *8 till midnight*) says neither; a start time on one
side only is then detail, as a part of the day the other side does not name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lengths import _EN_SPAN, _EN_SPANS, _JA_SPAN, _JA_SPANS, CLOCK_HOUR, en_count, spans
from .measures import numeral_value

__all__ = ["counts_said", "ends_said", "range_lengths", "range_words"]

#: minutes in a day: a range whose end comes before its start runs past midnight
_DAY = 24 * 60
#: English words that are a time of day themselves
_EN_NAMED = {"noon": 12, "midday": 12, "midnight": 24}
_EN_HOUR = rf"({CLOCK_HOUR})"
_EN_END = (
    rf"(?:(?:about|around|roughly)\s+)?(?:{_EN_HOUR}(?::([0-5]\d))?\s*(?:([ap])\.?m\.?|(o'clock))?"
    r"|(noon|midday|midnight))"
)
#: two English clock times joined as a range (the first optionally after *from*)
_EN_RANGE = re.compile(
    rf"\b{_EN_END}\s*(?:to|till|til|until|-|–)\s*{_EN_END}(?![\w:])", re.IGNORECASE
)
_JA_HOUR = (
    r"(午前|午後|朝|夜|夕方)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})時(半|[0-9０-９]{1,2}分)?"
)
#: a Japanese range, N時から M時まで
_JA_RANGE = re.compile(rf"{_JA_HOUR}(?:ごろ|頃)?から{_JA_HOUR}(?:ごろ|頃)?まで")
_JA_AFTERNOON = frozenset({"午後", "夜", "夕方"})


@lru_cache(maxsize=4096)
def range_lengths(text: str) -> tuple[tuple[frozenset[str], float], ...]:
    """Each clock range of ``text`` as its ends' words (as written, lower case: 8, 11,
    midnight; 六, 九) and its length in minutes (see the module docstring)."""
    out = []
    for m in _EN_RANGE.finditer(text):
        first, second = _en_time(m.groups()[:5]), _en_time(m.groups()[5:])
        if first is None or second is None or not (first[2] or second[2]):
            continue  # no end marked as a time of day: "2 to 3" people
        length = _length(first, second)
        if length is not None:
            out.append((frozenset(w for w in (first[3], second[3]) if w), length))
    for m in _JA_RANGE.finditer(text):
        first, second = _ja_time(m.groups()[:3]), _ja_time(m.groups()[3:])
        if first is None or second is None:
            continue
        length = _length(first, second)
        if length is not None:
            out.append((frozenset({m.group(2), m.group(5)}), length))
    return tuple(out)


def range_words(texts: Iterable[str], their_texts: Iterable[str]) -> set[str]:
    """The words of ``texts`` (one side's) that the other side says as a length against its
    ends or the other way round: :func:`ends_said` and :func:`counts_said` of each text."""
    theirs = list(their_texts)
    their_spans = {s for text in theirs for s in spans(text)}
    return {w for text in texts for w in ends_said(text, their_spans) | counts_said(text, theirs)}


def ends_said(text: str, their_spans: Iterable[tuple[str, float]]) -> set[str]:
    """The numbers of ``text``'s clock ranges whose length the other side states as a length
    of time (``their_spans``: :func:`~yamabiko.conversation.lengths.spans`)."""
    minutes = {size for scale, size in their_spans if scale == "minute"}
    return {w for words, length in range_lengths(text) if length in minutes for w in words}


def counts_said(text: str, their_texts: Iterable[str]) -> set[str]:
    """The counts (as written, lower case) of ``text``'s lengths in hours or minutes that the
    other side states as a clock range of that length (*four* of *four hours* against *from
    8pm to midnight*)."""
    ranges = {length for t in their_texts for _, length in range_lengths(t)}
    if not ranges:
        return set()
    found = set()
    for m in _EN_SPAN.finditer(text):
        count, unit = m.group(1), m.group(2)
        scale, size = _EN_SPANS.get(unit.lower(), ("", 0)) if unit else ("", 0)
        n = en_count(count) if count and scale == "minute" and not m.group(5) else None
        if n is not None and (n + 0.5 * bool(m.group(4))) * size in ranges:
            found.add(count.lower())
    for m in _JA_SPAN.finditer(text):
        scale, size = _JA_SPANS[m.group(2)]
        n = numeral_value(m.group(1)) if scale == "minute" and m.group(1) != "半" else None
        if n is not None and (n + 0.5 * bool(m.group(3))) * size in ranges:
            found.add(m.group(1))
    return found


def _en_time(
    groups: tuple[str | None, ...],
) -> tuple[float, float | None, bool, str] | None:
    """An English end as its hour, its half of the day (0 am, 12 pm, None unknown), whether it
    is marked as a time of day, and its number or word as written (lower case: 8, midnight)."""
    hour, minutes, half, oclock, named = groups
    if named:
        return float(_EN_NAMED[named.lower()]), 0.0, True, named.lower()
    value = en_count(hour or "")
    if value is None or not 1 <= value <= 12 or not hour:
        return None
    when = None if not half else 0.0 if half.lower() == "a" else 12.0
    at = value % 12 + (int(minutes) / 60 if minutes else 0.0)
    return at, when, bool(half or oclock or minutes), hour.lower()


def _ja_time(groups: tuple[str | None, ...]) -> tuple[float, float | None, bool, str] | None:
    """A Japanese end (午後六時半) as :func:`_en_time` gives an English one."""
    part, hour, extra = groups
    value = numeral_value(hour or "")
    if value is None or not 0 <= value <= 24:
        return None
    minutes = 30.0 if extra == "半" else numeral_value(extra[:-1]) if extra else 0.0
    if minutes is None:
        return None
    when = None if not part else 12.0 if part in _JA_AFTERNOON else 0.0
    at = value % 12 if when is not None and value <= 12 else value
    return at + minutes / 60, when, True, hour or ""


def _length(
    first: tuple[float, float | None, bool, str], second: tuple[float, float | None, bool, str]
) -> float | None:
    """The minutes from ``first`` to ``second``: an end without its half of the day takes
    the other's when that runs forwards; past midnight into the next day; None for none."""
    start, start_half = first[0], first[1]
    end, end_half = second[0], second[1]
    if start_half is None and end_half is not None and end < 24:
        start_half = end_half if start + end_half <= end + end_half else 0.0
    if end_half is None and start_half is not None and end < 12:
        end_half = start_half if end + start_half >= start + start_half else 12.0
    start += start_half or 0.0
    end += end_half or 0.0
    minutes = round((end - start) * 60) % _DAY
    return float(minutes) if minutes else None
