"""One number said as a clock time on one side and as a length of time on the other (session
35, wrongja): *The tour runs from 1 till 4pm* / *The tour runs four hours starting at 1pm*.

The guard's ``number`` check compares the values two prompts say, not what they count, so the
two prompts above say 1 and 4 on both sides and pass it; the boosted trees served the pair
(``learned-accept:0.91``), though one tour ends at four and the other lasts four hours (three
hours against four, ends at four against five). Another length (*three hours starting at 1pm*)
was refused ``number`` already: only the coincidence of a clock's hour and a length's count
got through.

:func:`clock_length_changed` reads, in English prompts, the clock times (a number of one or two
digits, minutes after a colon allowed, then *am* / *pm* / *a.m.* / *p.m.* / *o'clock*, or the
first end of a range *from* / *between* N *to* / *till* / *until* / *and* / a dash M with
such a mark) and the lengths of time (a count in digits or words, then *hour(s)*, *hr(s)*,
*minute(s)*, *min(s)*), and refuses a pair where a value is a length's count on one side and
a clock's hour on the other but not the other way round: ``clock-length:4`` (the value). A
prompt that says the value both ways (*the 4pm tour lasts four hours*) stays out. One regular
expression over each text first; a pair with no digit before a clock's mark costs that.
"""

from __future__ import annotations

import re

from .lexicon import en_number_word

#: the mark that makes a number a time of the clock
_MARK = r"(?:a\.m\.|p\.m\.|am|pm|o'?clock)"
_HOUR = r"(\d{1,2})(?::[0-5]\d)?"
#: a clock time (4pm, 4:30 pm, 4 o'clock) and a range's first end before a marked one (from 1
#: till 4pm: 1)
_CLOCK = re.compile(
    rf"\b(?:(?:from|between)\s+{_HOUR}\s*(?:-|–|to|till|until|and)\s*{_HOUR}\s*{_MARK}"
    rf"|{_HOUR}\s*{_MARK})",
    re.IGNORECASE,
)
#: a length of time: a count in digits or words, then the unit (four hours, 2 hrs, 90 minutes)
_LENGTH = re.compile(
    r"\b(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE
)
#: a cheap first test: a digit before a clock's mark, which every clock time read here has (the
#: search skips to digits, which most prompts lack)
_CLOCK_HINT = re.compile(r"\d\s*(?:[ap]\.?m|o'?clock)", re.IGNORECASE)


def _clock_hours(text: str) -> set[float]:
    """The hours of ``text``'s clock times (see the module docstring)."""
    found: set[float] = set()
    for match in _CLOCK.finditer(text):
        found.update(float(hour) for hour in match.groups() if hour is not None)
    return found


def _length_counts(text: str) -> set[float]:
    """The counts of ``text``'s lengths of time, digits or English number words."""
    found: set[float] = set()
    for match in _LENGTH.finditer(text):
        count = match.group(1).lower()
        value = float(count) if count[0].isdigit() else en_number_word(count)
        if value is not None:
            found.add(float(value))
    return found


def clock_length_changed(query: str, cached: str, lang: str | None) -> str:
    """``"clock-length:4"`` when one English prompt says a value as a length of time's count
    and the other only as a clock's hour (see the module docstring); empty otherwise."""
    if lang != "en" or not (_CLOCK_HINT.search(query) or _CLOCK_HINT.search(cached)):
        return ""
    clocks = _clock_hours(query), _clock_hours(cached)
    if not (clocks[0] or clocks[1]):
        return ""
    lengths = _length_counts(query), _length_counts(cached)
    for mine, theirs in ((0, 1), (1, 0)):
        crossed = (lengths[mine] & clocks[theirs]) - lengths[theirs] - clocks[mine]
        if crossed:
            return f"clock-length:{min(crossed):g}"
    return ""
