"""A Japanese child's age said as a school year: 八歳 / 小学二年.

A thread said in other words names the same child by age on one side and by school year on
the other (八歳の子 / 小学二年の娘, 十歳 / 小4). The number of each (八, 二) is then a number
the other side never says, yet both name one child: in Japan's school system a pupil of year
N of elementary school (小学, 小) is N + 5 or N + 6 years old over the school year, of
junior high school (中学, 中) N + 11 or N + 12, of high school (高校, 高) N + 14 or N + 15.
:func:`age_in_school_year` reads that correspondence; an age outside the year's two (七十歳
/ 小学三年生, 十二歳 / 小学二年) or a side that states an age and a school year of its own
still differs. The school itself said back (the 小学 of 小学四年生) is then said there too
(:func:`school_word_said`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .calendar import ja_value

__all__ = ["age_in_school_year", "school_ages", "school_word_said"]

_NUMERAL = r"[0-9０-９〇一二三四五六七八九十]+"
#: an age in years: 八歳, 10才
_AGE = re.compile(rf"({_NUMERAL})\s*(?:歳|才)")
#: a school year: 小学二年(生), 小学校三年生, 小4, 中学1年, 高2 (a school of one kanji only as a
#: word of its own, after no kanji: not the 中 of 途中1回)
_YEAR = re.compile(
    r"(小学校?|中学校?|高校|(?<![\u4e00-\u9fff])[小中高])([1-6１-６一二三四五六])"
    r"(?:年生?|(?![0-9０-９〇一二三四五六七八九十]))"
)
#: the age in years of a pupil of year 1 at each school when the school year starts (one more
#: by its end)
_FIRST_YEAR_AGE = {"小": 6, "中": 12, "高": 15}


def school_ages(text: str, number: float | None = None) -> set[float]:
    """Every age in years a school year of ``text`` allows (小学二年: 7 and 8); with
    ``number``, only the school years of that number."""
    ages: set[float] = set()
    for m in _YEAR.finditer(text):
        year = ja_value(m[2])
        if year is not None and number in (None, year):
            first = _FIRST_YEAR_AGE[m[1][0]] + year - 1
            ages |= {first, first + 1}
    return ages


def _ages(text: str) -> set[float]:
    """The ages in years ``text`` states (八歳: 8)."""
    return {v for m in _AGE.finditer(text) if (v := ja_value(m[1])) is not None}


def _years(text: str) -> set[float]:
    """The numbers of the school years ``text`` states (小学二年: 2)."""
    return {v for m in _YEAR.finditer(text) if (v := ja_value(m[2])) is not None}


def age_in_school_year(value: float | None, mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """``value``, a number my texts (``mine``) state and the other side's (``theirs``) do not,
    is an age in years my side states where the other side states a school year that age is
    in and no age of its own (八歳 / 小学二年), or the number of a school year my side states
    where the other side states an age in that year and no school year of its own (小学二年 /
    七歳). Any other number, or a side that states both, is left lost."""
    if value is None:
        return False
    mine, theirs = list(mine), list(theirs)
    their_ages = {a for text in theirs for a in _ages(text)}
    their_years = {y for text in theirs for y in _years(text)}
    if any(value in _ages(text) for text in mine) and not their_ages:
        return any(value in school_ages(text) for text in theirs)
    if any(value in _years(text) for text in mine) and not their_years:
        my_ages = {a for text in mine for a in school_ages(text, value)}
        return bool(their_ages) and their_ages <= my_ages
    return False


def school_word_said(word: str, mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """``word`` is the school of a school year my texts state (the 小学 of 小学四年生, said back
    by the assistant) where the other side states an age in that year and no school year of
    its own (十歳 / 小学四年): the child is said there by age."""
    if not _YEAR.fullmatch(word + "1"):
        return False
    mine, theirs = list(mine), list(theirs)
    if any(_years(text) for text in theirs):
        return False
    their_ages = {a for text in theirs for a in _ages(text)}
    my_ages = {
        a for text in mine for m in _YEAR.finditer(text) if m[1] == word
        for a in school_ages(m[0])
    }  # fmt: skip
    return bool(their_ages) and their_ages <= my_ages
