"""A clock time said in words on one side and in digits on the other (session 34, lateConvo):
*half past seven* / *7:30*, *a quarter to nine* / *8:45*, *twenty past ten* / *10.20am*; the
British *half seven* / *7:30* (session 38).

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`) holds every word
of a number a user states (and every word a reply says back) for a fact the other side must
say too: *half* of *half past seven* is said nowhere on a side that writes 7:30, so the same
time read as another fact. :func:`clock_words` gives the words of each English clock time
said in words (minutes as *half*, *a quarter* or a cardinal below sixty, then *past* / *to*,
then an hour one to twelve, in words or digits) whose time the other side writes in digits
(H:MM or H.MM, a 24-hour hour matching its 12-hour reading). Another time (*half past seven*
/ *7:15*, *8:30*) says nothing: the words stay facts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lengths import CARDINALS, CLOCK_HOUR

__all__ = ["clock_times", "clock_words"]

#: the minutes *half* and *quarter* say
_FRACTIONS = {"half": 30, "quarter": 15}
_WORDS = sorted((w for w, v in CARDINALS.items() if 1 <= v < 60), key=len, reverse=True)
_MINUTES = "|".join([*_FRACTIONS, *_WORDS])
#: minutes, *past* / *to*, an hour: half past seven, a quarter to nine, twenty-five past 10
_SAID = re.compile(
    rf"\b(?:an?\s+)?({_MINUTES})(?:[\s-]+minutes?)?[\s-]+(past|to)\s+({CLOCK_HOUR})\b",
    re.IGNORECASE,
)
#: the British *half seven* (half past seven): *half* and an hour, nothing after the hour that
#: makes it a count (*half seven-year-olds*, *half 7 days*)
_HALF = re.compile(
    rf"\bhalf\s+({CLOCK_HOUR})\b(?![-'.:]\w)(?!\s+(?:[a-z]+s|of|and)\b)", re.IGNORECASE
)
#: a clock time in digits: 7:30, 10.20am, 19:45 (not a price, £1.50)
_DIGITS = re.compile(r"(?<![\d.:£$€¥])(\d{1,2})[:.]([0-5]\d)(?![\d.:])")


def _value(word: str) -> int | None:
    """The number a minute or hour word says (*half* 30, *seven* 7, *10* 10)."""
    lower = word.lower()
    if lower.isdigit():
        return int(lower)
    found = _FRACTIONS.get(lower, CARDINALS.get(lower))
    return None if found is None else int(found)


@lru_cache(maxsize=4096)
def clock_times(text: str) -> tuple[tuple[frozenset[str], tuple[int, int]], ...]:
    """The clock times ``text`` says in words, each as its words (lower case) and its time
    (hour 1-12, minute): *half past seven* ({half, past, seven}, (7, 30)); *a quarter to
    nine* (8, 45); an hour past twelve is no clock hour."""
    out = []
    for match in _SAID.finditer(text):
        minutes, way, hour = (
            _value(match.group(1)),
            match.group(2).lower(),
            _value(match.group(3)),
        )
        if minutes is None or hour is None or not 1 <= hour <= 12:
            continue
        if way == "to":
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
        words = frozenset(w.lower() for w in re.split(r"[\s-]+", match.group(0)))
        out.append((words, (hour, minutes)))
    for match in _HALF.finditer(text):  # half seven: 7:30 (session 38)
        hour = _value(match.group(1))
        if hour is not None and 1 <= hour <= 12:
            out.append((frozenset({"half", match.group(1).lower()}), (hour, 30)))
    return tuple(out)


def _written(text: str) -> list[tuple[frozenset[str], tuple[int, int]]]:
    """The clock times ``text`` writes in digits, each as its pieces (7:30: {7:30, 7, 30};
    with what follows up to a space, as the units keep it: 30, of "7:30, please")
    and its time (hour 1-12, minute): 7:30 and 19:30 are both (7, 30)."""
    out = []
    for match in _DIGITS.finditer(text):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 24:
            tails = [text[match.start(k) :].split(None, 1)[0] for k in (0, 2)]
            pieces = frozenset({match.group(0), match.group(1), match.group(2), *tails})
            out.append((pieces, ((hour - 1) % 12 + 1, minute)))
    return out


def clock_words(texts: Iterable[str], their_texts: Iterable[str]) -> set[str]:
    """The words of each clock time ``texts`` say in words (:func:`clock_times`) whose time
    the other side (``their_texts``) writes in digits, and the pieces of each time ``texts``
    write in digits (7, 30 of 7:30) that the other side says in words: they state that time,
    not numbers of their own."""
    texts, their_texts = list(texts), list(their_texts)
    written = [x for text in their_texts for x in _written(text)]
    said = {time for text in their_texts for _, time in clock_times(text)}
    out = {w for text in texts for words, time in clock_times(text) for w in words
           if any(time == theirs for _, theirs in written)}  # fmt: skip
    out.update(
        p for text in texts for pieces, time in _written(text) if time in said for p in pieces
    )
    return out
