"""A part of the day named otherwise on two sides whose clock times agree (session 39).

A reworded thread often names the part of the day in another word while it states the same
time: *seven till eleven* at a birthday *night* against *7 to 11pm* one *evening*, *8 in the
morning to 6 at night* against *8am to 6pm*, *last night* on the *twenty to seven* against
*yesterday evening* on the *18:40*. The stated-facts check
(:func:`~yamabiko.conversation.facts.compare_stated`, ``date``) compares parts of the day as
words: *night* is no *evening*, so the two threads read as two dates.

The clock times are the concrete evidence: :func:`clock_hours` reads the times of a text that
say their hour on the 24-hour clock (*7pm*, *11pm*, *19:30*, the start of *7 to 11pm*, *6 at
night*, *8 in the morning*, *seven in the evening*). When both sides state such times and
they are the same times (:func:`same_clock`), the part of the day each names is what the
clock already says: :data:`DAY_PARTS` lost on one side are detail there
(:func:`clocked_parts`; *night* only where it is the part of a day, *Friday night*, not a
day or an occasion, *the second night*, *a hen night*). Another time on
either side (*7pm* / *8pm*), a time on one side only, or none at all, and the part of the day
stays a fact of its own (*Tuesday night* / *Tuesday evening* with no clock is still refused).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lengths import CARDINALS, CLOCK_HOUR

__all__ = ["DAY_PARTS", "clock_hours", "clocked_parts", "same_clock"]

#: the parts of the day a clock time makes detail (as the date words name them)
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
#: a clock time with am / pm (7pm, 7:30 p.m., 11 pm)
_AM_PM = re.compile(r"\b(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?m\b", re.IGNORECASE)
#: the start of a range of hours that ends in pm (7 to 11pm, 2-6pm): pm too, if it is before
#: the end
_PM_RANGE = re.compile(
    r"\b(\d{1,2})(?::([0-5]\d))?\s*(?:-|\u2013|to|till|until)\s*(\d{1,2})(?::\d\d)?\s?p\.?m\b",
    re.IGNORECASE,
)
#: a 24-hour time (19:30, 08:15), not a price or a ratio
_H24 = re.compile(r"(?<![\d.:£$€¥])([01]?\d|2[0-3]):([0-5]\d)(?![\d.:])(?!\s?[ap]\.?m)")
#: an hour and the part of the day that places it: 6 at night, 8 in the morning, seven in
#: the evening, 3 o'clock in the afternoon
_HOUR_PART = re.compile(
    rf"\b({CLOCK_HOUR})(?::([0-5]\d))?(?:\s+o'clock)?\s+"
    r"(in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b",
    re.IGNORECASE,
)


#: *night* said as a word
_NIGHT = re.compile(r"\bnights?\b", re.IGNORECASE)
#: *night* as the part of a day: after a weekday, *last*, *tomorrow*, *this*, *all*, *every*,
#: *at* (an hour before it or not)
_PART_NIGHT = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|last|tomorrow|this|all|every|at)\s+nights?\b",
    re.IGNORECASE,
)


def _hour(word: str) -> int | None:
    """The hour 1-12 a word says (*7*, *seven*)."""
    lower = word.lower()
    value = int(lower) if lower.isdigit() else CARDINALS.get(lower)
    return int(value) if value is not None and 1 <= value <= 12 else None


@lru_cache(maxsize=4096)
def clock_hours(text: str) -> frozenset[tuple[int, int]]:
    """The clock times of ``text`` that say their hour on the 24-hour clock, as (hour 0-23,
    minute): *7pm* (19, 0), *19:30*, *6 at night* (18, 0), *8 in the morning* (8, 0), the
    start of *7 to 11pm* (19, 0). A bare *at 7* says no half of the day and is left out."""
    out: set[tuple[int, int]] = set()
    for match in _AM_PM.finditer(text):
        hour = _hour(match[1])
        if hour is not None:
            out.add((hour % 12 + (12 if match[3].lower() == "p" else 0), int(match[2] or 0)))
    for match in _PM_RANGE.finditer(text):
        start, end = _hour(match[1]), _hour(match[3])
        if start is not None and end is not None and start % 12 < end % 12:
            out.add((start % 12 + 12, int(match[2] or 0)))
    for match in _H24.finditer(text):
        out.add((int(match[1]), int(match[2])))
    for match in _HOUR_PART.finditer(text):
        hour = _hour(match[1])
        if hour is None:
            continue
        part = (match[4] or match[5]).lower()
        evening = part in ("evening", "night") and hour < 12 and not (part == "night" and hour < 4)
        late = part == "afternoon" and hour < 12
        out.add((hour % 12 + (12 if evening or late else 0), int(match[2] or 0)))
    return frozenset(out)


def same_clock(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Both sides' texts state clock times on the 24-hour clock (:func:`clock_hours`) and
    they are the same times: a part of the day either names is said by the clock."""
    left = frozenset(t for text in mine for t in clock_hours(text))
    right = frozenset(t for text in theirs for t in clock_hours(text))
    return bool(left) and left == right


def clocked_parts(mine: Iterable[str], theirs: Iterable[str]) -> frozenset[str]:
    """The parts of the day that are detail between two sides (:data:`DAY_PARTS`, see
    :func:`same_clock`; empty when their clock times differ). *night* among them only where
    every *night* either side says is a part of a day (:data:`_PART_NIGHT`: *Friday night*,
    *last night*, *all night*, *6 at night*): *the second night*, *a hen night* name a day or
    an occasion, which no clock says."""
    mine, theirs = list(mine), list(theirs)
    if not same_clock(mine, theirs):
        return frozenset()
    texts = [*mine, *theirs]
    nights = sum(len(_NIGHT.findall(text)) for text in texts)
    parted = sum(len(_PART_NIGHT.findall(text)) for text in texts)
    return DAY_PARTS if nights == parted else DAY_PARTS - {"night"}
