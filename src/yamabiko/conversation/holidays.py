"""A holiday named on one side and dated on the other (session 35, reword): *Christmas* /
*18 to 27 December*, *Valentine's Day* / *14 February*, *Guy Fawkes* / *5 November*.

The stated-facts check (:func:`~yamabiko.conversation.facts.compare_stated`) holds every name a
user states for a fact the other side must say too; a thread said in other words names the
day by its holiday on one side and by its date on the other. WordNet's time nouns
(lexicographer file ``noun.time``) date their holidays: a lemma that is a date (Christmas,
Christmas_Day, Xmas, Dec_25; Valentine's_Day, February_14), a hypernym that is one
(Guy_Fawkes_Day is a November_5), or, for a holiday of no one day, the months it is part of
(Christmas, the season from Dec. 24 to Jan. 6, is part of December and of January).
:func:`holiday_words` gives the words of each holiday a text names (a lemma, or a lemma
less its last word *Day* or *Night* when the rest is still a name of several words or a
possessive: *Guy Fawkes*, *Valentine's*, not *Labor* nor *May*; a name of one word
capitalised, *bonfire night* in any case) whose date the other side states: one of its months
among the other side's month names, and, for a holiday of one day only, that day among the
numbers the other side states. Another month, or another day, says nothing: the words stay
names of their own. :func:`holiday_months` and :func:`holiday_days` give the months and the
days of the holidays a side names, which date that side where it says no month (*Guy Fawkes*
on *the fifth* / *5 November*) or no day (*Valentine's Day* / *the 14th of February*).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Set
from functools import lru_cache

from ..guard.wordnet_read import data_dir

__all__ = ["holiday_dates", "holiday_days", "holiday_months", "holiday_words"]

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: a lemma that is a date: February_14, 11_November, Dec_25
_DATE = re.compile(r"^(?:([a-z]+)_(\d{1,2})|(\d{1,2})_([a-z]+))$")
#: the last word a holiday's name may go without (Guy Fawkes for Guy_Fawkes_Day)
_DROPPED = ("_day", "_night")
#: the space between two words of a holiday's name in a text
_SPACE = r"\s+"
#: one holiday's dates: (month 1-12, day or 0 for any day of that month)
Dates = frozenset[tuple[int, int]]

_lock = threading.Lock()
_loaded: list[dict[str, Dates]] = []


def _month(word: str) -> int:
    """The number of a month's name or its three-letter abbreviation (0: no month)."""
    word = word.lower()
    for number, name in enumerate(_MONTHS, 1):
        if word == name or (len(word) == 3 and name.startswith(word)):
            return number
    return 0


def _lemma_date(lemma: str) -> tuple[int, int] | None:
    """The (month, day) a lemma names, None for a lemma that is no date."""
    found = _DATE.match(lemma.lower())
    if not found:
        return None
    month = _month(found.group(1) or found.group(4))
    day = int(found.group(2) or found.group(3))
    return (month, day) if month and 1 <= day <= 31 else None


def _read() -> dict[str, Dates]:
    """Each holiday name of WordNet's time nouns (lower case, spaces for underscores) with
    the dates its senses give (see the module docstring); empty without the data."""
    folder = data_dir()
    if folder is None:
        return {}
    synsets: dict[str, tuple[list[str], list[str], list[str]]] = {}
    with open(folder / "data.noun", encoding="utf-8") as lines:
        for line in lines:
            fields = line.split(" ", 4)
            if len(fields) < 5 or fields[1] != "28":
                continue
            parts = line.split(" | ", 1)[0].split()
            count = int(parts[3], 16)
            lemmas = parts[4 : 4 + 2 * count : 2]
            rest = parts[4 + 2 * count :]
            pointers = [rest[1 + 4 * k : 5 + 4 * k] for k in range(int(rest[0]))]
            hypernyms = [p[1] for p in pointers if p[0] == "@" and p[2] == "n"]
            wholes = [p[1] for p in pointers if p[0] == "#p" and p[2] == "n"]
            synsets[parts[0]] = (lemmas, hypernyms, wholes)
    months = {
        offset: _month(lemma)
        for offset, (lemmas, _, _) in synsets.items()
        for lemma in lemmas
        if _month(lemma) and len(lemma) > 3
    }
    out: dict[str, set[tuple[int, int]]] = {}
    for lemmas, hypernyms, wholes in synsets.values():
        dated = {d for lemma in lemmas if (d := _lemma_date(lemma))}
        dated |= {
            d for h in hypernyms for lemma in synsets.get(h, ((), (), ()))[0]
            if (d := _lemma_date(lemma))
        }  # fmt: skip
        if not dated:  # a holiday of no one day: any day of the months it is part of
            dated = {(months[w], 0) for w in wholes if w in months}
        if not dated:
            continue
        for lemma in lemmas:
            if _lemma_date(lemma) or _month(lemma) or not lemma[:1].isupper():
                continue  # a date, a month or a common noun (quarter day) names no holiday
            names = {lemma.lower()}
            names |= {
                short
                for e in _DROPPED
                if lemma.lower().endswith(e)
                and ("_" in (short := lemma.lower()[: -len(e)]) or "'" in short)
            }  # Guy Fawkes, Valentine's; not Labor, May
            for name in names:
                out.setdefault(name.replace("_", " "), set()).update(dated)
    return {name: frozenset(dates) for name, dates in out.items()}


def holiday_dates() -> dict[str, Dates]:
    """The holiday names and their dates, read once per process (thread-safe)."""
    if not _loaded:
        with _lock:
            if not _loaded:
                _loaded.append(_read())
    return _loaded[0]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    """One alternation of every holiday name, the longest first: a name of several words
    in any case (bonfire night), a name of one word capitalised (Christmas, not the noel of a
    sentence); None without the data."""
    names = sorted(holiday_dates(), key=len, reverse=True)
    if not names:
        return None
    spelt = "|".join(
        "(?i:" + _SPACE.join(map(re.escape, n.split())) + ")" if " " in n
        else re.escape(n[:1].upper() + n[1:])
        for n in names
    )  # fmt: skip
    return re.compile(rf"(?<![\w'])({spelt})(?:'s)?(?![\w'])")


@lru_cache(maxsize=4096)
def _named(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The holidays ``text`` names, each as its name (lower case) and its words as written
    (lower case)."""
    pattern = _pattern()
    if pattern is None:
        return ()
    return tuple(
        (re.sub(r"\s+", " ", found.group(1)).lower(), tuple(found.group(0).lower().split()))
        for found in pattern.finditer(text)
    )


def holiday_words(
    texts: Iterable[str], their_months: Set[str], their_values: Set[float]
) -> set[str]:
    """The words (lower case, with and without a possessive *'s*) of each holiday ``texts``
    name whose date the other side states: ``their_months``, the month names of the other
    side's dates (lower case); ``their_values``, the numbers it states."""
    table = holiday_dates()
    months = {_month(m) for m in their_months} - {0}
    out: set[str] = set()
    for text in texts:
        for name, words in _named(text):
            if any(
                month in months and (not day or float(day) in their_values)
                for month, day in table.get(name, ())
            ):  # fmt: skip
                out.update(words)
                out.update(w.removesuffix("'s") for w in words)
    return out


def holiday_months(texts: Iterable[str]) -> set[str]:
    """The month names (lower case) of the holidays ``texts`` name: the date a side gives by
    a holiday alone (*Guy Fawkes* on *the fifth* dates it in November)."""
    table = holiday_dates()
    return {
        _MONTHS[month - 1]
        for text in texts for name, _ in _named(text) for month, _ in table.get(name, ())
    }  # fmt: skip


def holiday_days(texts: Iterable[str]) -> set[float]:
    """The days of the month of the one-day holidays ``texts`` name (*Valentine's Day* says
    the 14 of *the 14th of February*)."""
    table = holiday_dates()
    return {
        float(day)
        for text in texts for name, _ in _named(text) for _, day in table.get(name, ()) if day
    }  # fmt: skip
