"""Dates one side of a conversation gives in more words than the other: the weekday of a
day of the month ("Saturday 5 July" / "the fifth of July") and the season of a month (a
summer fete / 5 July). The other side, which names the day or the month, says them too:
:mod:`yamabiko.conversation.facts` adds them to what it states before comparing dates. And
the month of a Japanese day of the month where the other side names the day and no month at
all (八月十二日 / 12日の晩, 12月29日 / 暮れの二十九日: :func:`month_of_undated_day`): the
other side's day is the same day, its month left to the conversation's context. And the
日 of a day written in digits (10日) where the other side writes its day in kanji (十日,
二十日), which SudachiPy reads as one word (:func:`day_word_said`); and a Japanese month where
the other side names no month but its season (十月 / 秋: :func:`month_in_named_season`), as
the English season of a month is said (a summer fete / 5 July: :func:`seasons`). Since
session 38 the English month and weekday of a day where the other side names neither and
says the day alone (Wednesday 17 February / the 17th: :func:`undated_day_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..guard import lexicon as lx
from ..guard.ja_day_parts import JA_PARTS_OF_DAY
from ..guard.ja_words import kanji_number
from .values import ORDINAL_WORDS, WEEKDAYS, WEEKEND, canonical_date

#: the months by the names :func:`~yamabiko.conversation.values.canonical_date` gives
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip

__all__ = [
    "date_name", "dated_weekdays", "day_word_said", "ja_parts_of_day", "ja_value",
    "month_in_named_season", "month_of_undated_day", "seasons", "undated_day_dates",
]  # fmt: skip

#: the months of each season, as the northern hemisphere's calendar counts them (autumn is
#: also fall)
_SEASONS = {
    "winter": ("december", "january", "february"), "spring": ("march", "april", "may"),
    "summer": ("june", "july", "august"), "autumn": ("september", "october", "november"),
    "fall": ("september", "october", "november"),
}  # fmt: skip
#: the Japanese seasons and their months, counted as :data:`_SEASONS` counts them
_JA_SEASONS = {"冬": (12, 1, 2), "春": (3, 4, 5), "夏": (6, 7, 8), "秋": (9, 10, 11)}
_WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: a Japanese numeral (digits or kanji)
#: the Japanese words of a part of the day, by the English part each names (the guard's table,
#: read by its minimal-pair check too: :data:`~yamabiko.guard.ja_day_parts.JA_PARTS_OF_DAY`;
#: a part that is one end of another, or another slot, names a part of its own, session 33
#: review: 早朝 / 夜明け a dawn, 夜 / 晩 a night, 昼前 none)
_JA_PARTS = JA_PARTS_OF_DAY
#: a Japanese part of the day, the longest word first (夜明け is no 夜), not a count of
#: nights (二晩, 一夜: a length of time)
_JA_PART = re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十])("
    + "|".join(sorted(_JA_PARTS, key=len, reverse=True))
    + ")"
)
_JA_NUMERAL = r"[0-9０-９〇一二三四五六七八九十]+"
#: a Japanese month and day (八月十二日, 12月29日)
_JA_MONTH_DAY = re.compile(rf"({_JA_NUMERAL})月({_JA_NUMERAL})日")
#: a Japanese month (八月, 12月, 十二か月 is no month: a numeral right before 月)
_JA_MONTH = re.compile(rf"({_JA_NUMERAL})月")
#: a Japanese day of the month (12日, 二十九日), not the end of a month-and-day
_JA_DAY = re.compile(rf"(?<![0-9０-９〇一二三四五六七八九十月])({_JA_NUMERAL})日")
#: a day (or a count of days) in digits and 日, which SudachiPy cuts in two (10 / 日)
_DIGITS_DAY = re.compile(r"[0-9０-９]+日")
#: a day in kanji numerals and 日 (十日, 二十日), which SudachiPy may read as one word (とおか,
#: はつか), leaving no 日 of its own
_KANJI_DAY = re.compile(r"[〇一二三四五六七八九十]+日")
#: a weekday and the day of the month it names: Saturday 5 July, Fri the 22nd of August,
#: Wednesday, May 21
_DATED_WEEKDAY = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAME})\.?,?\s+(?:the\s+)?(?:"
    rf"(?P<day>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAME})"
    rf"|(?P<month2>{_MONTH_NAME})\.?\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def dated_weekdays(
    texts: Iterable[str], their_values: set[float], their_dates: set[str] | frozenset[str]
) -> frozenset[str]:
    """The weekdays ``texts`` give a day of the month that the other side states without a
    weekday ("Saturday 5 July" / "the fifth of July": its month among ``their_dates``, its day
    among ``their_values``): that day's weekday is said there too, with the weekend or
    weekday it falls in. None where the other side names a weekday of its own."""
    if their_dates & (WEEKDAYS | WEEKEND):
        return frozenset()
    found: set[str] = set()
    for text in texts:
        for match in _DATED_WEEKDAY.finditer(text):
            weekday = canonical_date(match["weekday"])
            month = canonical_date(match["month"] or match["month2"])
            if month not in their_dates:
                continue
            day = (match["day"] or match["day2"]).lower()
            value = (
                float(day) if day.isdigit() else lx.en_number_word(day) or ORDINAL_WORDS.get(day)
            )
            if value in their_values:
                found.update((weekday, "weekend" if weekday in WEEKEND else "weekday"))
    return frozenset(found)


def seasons(dates: Iterable[str]) -> frozenset[str]:
    """The seasons of the months among ``dates`` (a fete on the fifth of July is a summer
    fete)."""
    return frozenset(season for season, months in _SEASONS.items() for d in dates if d in months)


def ja_value(numeral: str) -> float | None:
    """The value of a Japanese numeral in digits or kanji."""
    digits = numeral.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return float(digits) if digits.isdigit() else kanji_number(numeral)


def month_of_undated_day(value: float | None, mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """``value`` is the month of a Japanese day of the month my texts state (八月十二日) where
    the other side's texts name no month at all and state that day alone (12日): a month
    said on one side only, the same day on both."""
    if value is None:
        return False
    theirs = list(theirs)
    if any(_JA_MONTH.search(text) for text in theirs):
        return False
    days = {ja_value(m[1]) for text in theirs for m in _JA_DAY.finditer(text)}
    return any(
        ja_value(m[1]) == value and ja_value(m[2]) in days
        for text in mine for m in _JA_MONTH_DAY.finditer(text)
    )  # fmt: skip


def day_word_said(word: str, mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """``word`` is the 日 of a day my texts write in digits (10日: the tokenizer's 10 / 日)
    and the other side's texts write a day in kanji numerals (十日, 二十日): the tokenizer
    reads such a day as one word, so its 日 is no word of its own there, yet said. Which day
    each side means is the numbers' to compare (十 / 10 are one value)."""
    return (
        word == "日"
        and any(_DIGITS_DAY.search(text) for text in mine)
        and any(_KANJI_DAY.search(text) for text in theirs)
    )


def month_in_named_season(
    value: float | None, mine: Iterable[str], theirs: Iterable[str], their_words: Iterable[str]
) -> bool:
    """``value`` is the numeral of a month my texts name (十月) where the other side's texts
    name no month at all and their words (``their_words``, the tokenizer's) name that month's
    season (秋): the season said there for the month, as an English date's season is
    (:func:`seasons`). Another season (春 for 十月), or a month the other side names, still
    differs."""
    if value is None:
        return False
    theirs = list(theirs)
    if any(_JA_MONTH.search(text) for text in theirs):
        return False
    named = {month for word in their_words for month in _JA_SEASONS.get(word, ())}
    return value in named and any(
        ja_value(m[1]) == value for text in mine for m in _JA_MONTH.finditer(text)
    )


def ja_parts_of_day(text: str) -> frozenset[str]:
    """The parts of the day (dawn, morning, afternoon, evening, night) the Japanese words of
    ``text`` name (夜明けの6時: dawn; 昼過ぎ: afternoon)."""
    return frozenset(_JA_PARTS[m[1]] for m in _JA_PART.finditer(text))


def date_name(word: str) -> str:
    """One name for a date word: the English part of the day of a Japanese word of one (午後:
    afternoon), else :func:`~yamabiko.conversation.values.canonical_date`'s."""
    return _JA_PARTS.get(word) or canonical_date(word)


#: a day of the month and its month, a weekday before them or not: Wednesday 17 February,
#: 12 December, the twenty-fourth of July, May 21
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY_NAME})\.?,?\s+)?(?:the\s+)?(?:"
    rf"(?P<day>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAME})"
    rf"|(?P<month2>{_MONTH_NAME})\.?\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
#: a day of the month said alone, as an ordinal after *the* (the 17th, the seventeenth, the
#: twenty-fourth), no month after it nor a noun it numbers (the second hour)
_BARE_DAY = re.compile(
    r"\bthe\s+(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\b(?!\s+(?:of\s+)?[A-Za-z])",
    re.IGNORECASE,
)


def _day_value(word: str) -> float | None:
    """The day an English day of the month says (17, 17th, seventeenth, twenty-fourth)."""
    word = word.lower()
    if word[:2].isdigit() or word[:1].isdigit():
        digits = word.rstrip("stndrh")
        return float(digits) if digits.isdigit() else None
    return ORDINAL_WORDS.get(word) or (
        lx.en_number_word(word) if word.endswith(("st", "nd", "rd", "th")) else None
    )


def undated_day_dates(
    texts: Iterable[str], their_texts: Iterable[str], their_dates: set[str] | frozenset[str]
) -> frozenset[str]:
    """The month and the weekday ``texts`` give a day of the month ("Wednesday 17
    February", "Saturday 12 December") where the other side names no month and no weekday
    at all and states that day alone ("the 17th", "on the twelfth"): the same day, its month
    left to the conversation's context (the English reading of
    :func:`month_of_undated_day`; since session 38). The weekday comes with the weekend or
    weekday it falls in."""
    if their_dates & (set(_MONTHS) | WEEKDAYS | WEEKEND):
        return frozenset()
    days = {_day_value(m[1]) for text in their_texts for m in _BARE_DAY.finditer(text)}
    days.discard(None)
    found: set[str] = set()
    for text in texts:
        for match in _DAY_OF_MONTH.finditer(text):
            if _day_value(match["day"] or match["day2"]) not in days:
                continue
            found.add(canonical_date(match["month"] or match["month2"]))
            if match["weekday"]:
                weekday = canonical_date(match["weekday"])
                found.update((weekday, "weekend" if weekday in WEEKEND else "weekday"))
    return frozenset(found)
