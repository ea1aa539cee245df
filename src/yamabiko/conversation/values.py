"""The values a conversation states, read so that the same value said in other words compares
equal: numbers in words or digits (two / 2, 二十 / 20, 250k / 250,000), durations in other
units (a week / seven nights, a fortnight / two weeks / 14 days, 二泊 / 二晩, 半年 / 6ヶ月),
a party given as its parts or as a total (two adults and a child / three of us) and weekday
and month names abbreviated or not (Sat / Saturday, Sept / September).

:func:`values` gives every number a set of texts says, with these equivalents added (the
lengths of time are read by :mod:`yamabiko.conversation.lengths`); :func:`canonical_date`
and :func:`text_dates` the date words of a text by one name each; :func:`counts` what a
text counts ("one bin", "three garden waste bins": the noun after a number) and
:func:`changed_counts` the things two sides both count but never by the same number (one
bin / three bins at 3 Mill Lane: the 3 of the address says no count of bins).
Used by :mod:`yamabiko.conversation.facts` when it compares what two histories state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import combinations

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.ja_words import kanji_number
from .added import JAPANESE
from .lengths import (
    CARDINALS,
    HYPHENED_CARDINAL,
    SPAN_WORDS,
    en_count,
    span_units,
    span_values,
)
from .measures import numeral_value

__all__ = [
    "DATE_ABBREVIATIONS", "ORDINAL_WORDS", "WEEKDAYS", "WEEKEND", "canonical_date",
    "changed_counts", "counts", "ja_people", "name_ordinals", "ordinal_counts", "text_dates",
    "values", "writes_day_month", "year_said",
]  # fmt: skip

#: Abbreviated weekday and month names, by their full name (general English usage).
DATE_ABBREVIATIONS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday", "jan": "january", "feb": "february", "mar": "march",
    "apr": "april", "jun": "june", "jul": "july", "aug": "august", "sep": "september",
    "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip

_THOUSANDS = re.compile(r"(\d+(?:\.\d+)?)\s?k\b", re.IGNORECASE)
_EN_SCALED = re.compile(
    r"\b(" + "|".join(lx.EN_NUMBER_WORDS) + r"|\d+)[\s-]+(hundred|thousand|million)\b",
    re.IGNORECASE,
)
_PM = re.compile(r"\b(\d{1,2})(?::\d\d)?\s?p\.?m\b", re.IGNORECASE)
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")
_CLOCK = re.compile(r"\b(\d{1,2})(?::\d\d)?\s?([ap])\.?m\b", re.IGNORECASE)
#: a 24-hour clock time after noon (14:00 is 2pm) and a whole hour (7pm, seven o'clock: its
#: minutes are the 00 of 19:00)
_AFTERNOON = re.compile(r"\b(1[3-9]|2[0-3]):\d\d\b")
_WHOLE_HOUR = re.compile(r"\b\d{1,2}\s?[ap]\.?m\b|\bo'clock\b", re.IGNORECASE)
#: a range of hours that ends in pm (2-6pm, from 8 till 11pm): its start is pm too
_PM_RANGE = re.compile(
    r"\b(\d{1,2})(?::\d\d)?\s*(?:-|\u2013|to|till|until)\s*(\d{1,2})(?::\d\d)?\s?p\.?m\b",
    re.IGNORECASE,
)
#: English ordinal words from eleventh (the lexicon's number words say first to tenth):
#: the fortieth birthday is the 40th
ORDINAL_WORDS = {
    ("twelfth" if w == "twelve" else w[:-1] + "ieth" if w.endswith("y") else w + "th"): float(v)
    for w, v in lx.EN_NUMBER_WORDS.items()
    if 11 <= v <= 90 and not w.endswith(("th", "nd", "st", "rd")) and w != "dozen"
}
_DATE_SYNONYMS = {
    "midweek": "weekday", "dawn": "morning", "sunrise": "morning", "tonight": "evening",
}  # fmt: skip
#: a 24-hour clock time from 06:00 (14:00 is in the afternoon; 00:30 or 5:00 may be either)
_H24 = re.compile(r"(?<![\d:])(0[6-9]|1\d|2[0-3]):[0-5]\d\b(?!\s?[ap]\.?m)", re.IGNORECASE)
#: AM or PM after a day (Saturday AM, Sat p.m.): that day's morning or afternoon (written in
#: capitals or with dots: "Saturday am I free" is no time)
_DAY_HALF = re.compile(
    r"\b(?i:today|tomorrow|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*)\.?,?\s+"
    r"(AM|PM|[ap]\.m\b)"
)
#: the days of the weekend
WEEKEND = frozenset({"saturday", "sunday"})
#: a part of today (this morning, this afternoon, tonight)
_THIS_PART = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
#: the parts of a day: said on one side only, where the other names no part, they add detail
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})
#: the names of the weekdays (a *weekday* on one side says any of them, read as dates)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday"})
#: the working week said as a range of days (Monday to Friday, Mon-Fri, Monday through
#: Friday): the weekdays, not a Monday and a Friday
_WORKWEEK = re.compile(
    r"\bmon(?:day)?s?\.?[\s-]*(?:-|\u2013|to|through|thru|till|until)[\s-]*fri(?:day)?s?\b",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\b(?:mon|fri)", re.IGNORECASE)
_PAIR = re.compile(r"\b(?:a (?:pair|couple)|pair of|both)\b", re.IGNORECASE)
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z]+")
#: a weekday in the possessive ("Saturday's workshop", "Friday's match"), which the guard's
#: analysis reads as no date: it dates what it owns
_POSSESSIVE_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b", re.IGNORECASE
)
_JA_NUMERAL = re.compile(r"[〇一二三四五六七八九十百千万]+")
#: a Japanese count of people (二人, 2名, 三名様; not 二人前, two servings): the parts of a
#: party may be one number twice
_JA_PEOPLE = re.compile(r"([0-9０-９]+|[〇一二三四五六七八九十]+)(?=[人名](?!前))")
#: one or two people in kana (ひとり, ふたり: the readings of 一人 / 二人; not ふたり前)
_JA_PEOPLE_KANA = {"ひとり": 1.0, "ふたり": 2.0}
_JA_PEOPLE_KANA_WORD = re.compile(r"(ひとり|ふたり)(?!前)")
#: a count and the word after it (one bin, 3 bags, twenty-one days; not 3.5, 10:30, 12/4)
_COUNTED = re.compile(
    rf"(?<![\w.,:/£$€-])(\d+|{HYPHENED_CARDINAL}|"
    + "|".join(sorted(CARDINALS, key=len, reverse=True))
    + r")(?![\w.,:/%])[\s-]+([A-Za-z][a-z'-]*)",
    re.IGNORECASE,
)
#: an ordinal (digits with their ending, or a word) and the word after it
_ORDINAL_WORD = re.compile(
    r"(?<![\w.,:/£$€'’-])(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?=[\s-]+([A-Za-z][a-z'-]*))",
    re.IGNORECASE,
)
#: the largest part a total is made of (party sizes, counts of rooms or items)
_MAX_PART = 20


def canonical_date(word: str) -> str:
    """One name for a date word: the full weekday or month name for an abbreviation."""
    return DATE_ABBREVIATIONS.get(word.lower().rstrip("."), word.lower())


def text_dates(text: str, analysis: Analysis) -> frozenset[str]:
    """The date words of ``text`` (the guard's analysis), each by one name, and capitalised
    abbreviations the analysis does not read as dates (Sat, Tues, Sept), the month of 12/4
    (day first, as British English writes it; a Japanese text's 6/8 is read by its numbers
    only), the weekdays of *Monday to Friday* (no Monday nor Friday of their own), the part
    of the day of a clock time (10am, 09:30: morning; tonight is the evening) and of
    AM or PM after a day (Saturday AM: morning; Sat p.m.: afternoon), today for this
    morning or tonight, the
    weekend of a Saturday and the weekday of a Tuesday; without the night of "seven nights"
    (a length of time)."""
    return _text_dates(text, analysis.dates)


@lru_cache(maxsize=8192)
def _text_dates(text: str, dates: frozenset[str]) -> frozenset[str]:
    found = {canonical_date(d) for d in dates}
    found.update(day.lower() for day in _POSSESSIVE_DAY.findall(text))
    for token in _WORD.findall(text):
        if token[0].isupper() and token.lower() in DATE_ABBREVIATIONS:
            found.add(DATE_ABBREVIATIONS[token.lower()])
    # kana or kanji: a Japanese text, whose dates are written month first (6/8 is 8 June)
    for day, month in [] if JAPANESE.search(text) else _DAY_MONTH.findall(text):
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            found.add(_MONTHS[int(month) - 1])
    hours = [
        int(h) % 12 + (12 if half.lower().startswith("p") else 0)
        for h, half in _CLOCK.findall(text)
    ]
    hours += [int(h) for h in _H24.findall(text)]
    hours += [9 if half[0] in "Aa" else 14 for half in _DAY_HALF.findall(text)]
    found.update("morning" if h < 12 else "afternoon" if h < 17 else "evening" for h in hours)
    found = {_DATE_SYNONYMS.get(d, d) for d in found}
    if _THIS_PART.search(text):
        found.add("today")  # this morning, tonight: today's
    if found & WEEKEND:
        found.add("weekend")
    if found & WEEKDAYS:
        found.add("weekday")
    if _WORKWEEK.search(text):
        found.add("weekday")
        if not _ENDS.search(_WORKWEEK.sub(" ", text)):
            found -= {"monday", "friday"}
    # "seven nights", "3 days": a length of time, not a date
    return frozenset(found - span_units(text))


def values(
    texts: Iterable[str], analyse: Callable[[str], Analysis], *, months: bool = True
) -> set[float]:
    """Every number the texts say, with the equivalents of the module docstring: the
    analysis' numbers, digits inside words (7-nighter, 小４), number words inside compounds
    (three-bedroom), thousands as ``k``, Japanese numerals, lengths of time in the other
    units of their scale, and the sums of two small numbers of one text (a party given by
    its parts; a Japanese count of people said twice, 大人二人と子供二人, sums to 4); with
    ``months``, a month's name says its number too (for a side that writes 12/4:
    :func:`writes_day_month`)."""
    out: set[float] = set()
    for text in texts:
        analysis = analyse(text)
        out.update(_text_values(text, analysis.numbers, analysis.dates, months))
    return out


def writes_day_month(texts: Iterable[str]) -> bool:
    """Some text writes a date as day/month digits (12/4), which a month's name answers."""
    return any(_DAY_MONTH.search(text) for text in texts)


@lru_cache(maxsize=8192)
def _text_values(
    text: str, numbers: tuple[float, ...], dates: frozenset[str], months: bool = True
) -> frozenset[float]:
    """:func:`values` of one text (remembered: histories are compared again and again)."""
    found = set(numbers)
    found.update(float(d) for d in _DIGITS.findall(text))
    found.update(float(m) * 1000 for m in _THOUSANDS.findall(text))
    found.update(
        float(lx.EN_NUMBER_WORDS[w]) for w in _WORD.findall(text.lower())
        if w in lx.EN_NUMBER_WORDS
    )  # fmt: skip
    found.update(v for m in _JA_NUMERAL.findall(text) if (v := kanji_number(m)))
    found.update(_JA_PEOPLE_KANA[w] for w in _JA_PEOPLE_KANA_WORD.findall(text))
    on_clock = {float(n) for pair in _DAY_MONTH.findall(text) for n in pair}
    on_clock.update(float(h) for h, _ in _CLOCK.findall(text))
    parts = sorted(v for v in found - on_clock if 0 < v <= _MAX_PART and v == int(v))
    found.update(_said_otherwise(text, dates, months))
    found.update(a + b for a, b in combinations(parts, 2))
    people = [v for v in ja_people(text) if v in parts]
    found.update(2 * v for v in people if people.count(v) > 1)  # 大人二人と子供二人: 4
    found.update(span_values(text))
    return frozenset(found)


def ja_people(text: str) -> list[float]:
    """The counts of people a Japanese text says, in order: a numeral before 人 or 名 (二人,
    3名, 三名様; not 二人前, two servings) and ひとり / ふたり."""
    found = [(m.start(), numeral_value(m.group(1))) for m in _JA_PEOPLE.finditer(text)]
    found += [(m.start(), _JA_PEOPLE_KANA[m.group(1)]) for m in _JA_PEOPLE_KANA_WORD.finditer(text)]
    return [v for _, v in sorted(found) if v is not None]


def _said_otherwise(text: str, dates: frozenset[str], months: bool = True) -> set[float]:
    """Numbers said in another form: ten thousand, 2pm (14) and 14:00 (2), the start of
    2-6pm (14), the minutes of a whole hour (7pm says the 00 of 19:00), an ordinal word
    (fortieth), a pair (2: a pair, our pair of cats, both cats), a month's name (its number:
    April -> 4), and the day and month of 12/4."""
    out: set[float] = set()
    for count, scale in _EN_SCALED.findall(text):
        n = en_count(count)
        if n is not None:
            out.add(n * lx.EN_NUMBER_WORDS[scale.lower()])
    out.update(float(h) + 12 for h in _PM.findall(text) if int(h) < 12)
    out.update(float(h) - 12 for h in _AFTERNOON.findall(text))
    out.update(float(a) + 12 for a, b in _PM_RANGE.findall(text) if int(a) < int(b) <= 12)
    if _WHOLE_HOUR.search(text):
        out.add(0.0)
    out.update(ORDINAL_WORDS[w] for w in _WORD.findall(text.lower()) if w in ORDINAL_WORDS)
    if _PAIR.search(text):
        out.add(2.0)
    for day, month in _DAY_MONTH.findall(text):
        out.update((float(day), float(month)))
    for word in _text_dates(text, dates) if months else ():
        if word in _MONTHS:
            out.add(float(_MONTHS.index(word) + 1))
    return out


@lru_cache(maxsize=8192)
def counts(text: str) -> frozenset[tuple[str, float]]:
    """What an English ``text`` counts: each lower-case noun right after a number (its
    WordNet lemma: bins -> bin) with the number's value. Not a capitalised word (3 Mill
    Lane: an address), a function word (three of us, 2 and 3) or a length of time (the
    spans compare those)."""
    found: set[tuple[str, float]] = set()
    for count, word in _COUNTED.findall(text):
        low = word.lower()
        if word[0].isupper() or low in lx.EN_STOPWORDS or low.rstrip("s") in SPAN_WORDS:
            continue  # a name, a function word, a length of time
        if len(low) < 2:
            continue
        n = en_count(count)
        if n is not None:
            found.add(((wordnet.lemmas(low) or (low,))[0], n))
    return frozenset(found)


def _owned(before: str) -> bool:
    """The last word of ``before`` is a possessive determiner (my, our, their...)."""
    words = _WORD.findall(before[-12:].lower())
    return bool(words) and words[-1] in lx.EN_OWNERS


@lru_cache(maxsize=8192)
def ordinal_counts(text: str) -> frozenset[tuple[str, float]]:
    """What an English ``text`` numbers with an ordinal: each lower-case word right after one
    (its WordNet lemma) with the ordinal's value ("our tenth anniversary", "his 40th
    birthday": an occasion of its own, no count of a thing); not a name, a function word or
    a length of time ("the second week": a date), unless a possessive determiner owns the
    ordinal (since session 29: "our first night out", "my second week here": the owner's
    occasion, not a day of the request)."""
    found: set[tuple[str, float]] = set()
    for match in _ORDINAL_WORD.finditer(text):
        ordinal, word = match.group(1), match.group(2)
        low, number = word.lower(), ordinal.lower()
        if word[0].isupper() or low in lx.EN_STOPWORDS:
            continue  # a name, a function word
        if low.rstrip("s") in SPAN_WORDS and not _owned(text[: match.start()]):
            continue  # a date ("the second week")
        if number[:1].isdigit():
            n: float | None = float(number[:-2])
        elif number.endswith(("st", "nd", "rd", "th")):
            n = lx.en_number_word(number) or ORDINAL_WORDS.get(number)
        else:
            n = None
        if n is not None:
            found.add(((wordnet.lemmas(low) or (low,))[0], float(n)))
    return frozenset(found)


def name_ordinals(text: str) -> frozenset[float]:
    """The values of the ordinal words that open an English proper name inside a sentence,
    the ordinal and the word after it both capitalized ("a topic on the Second World War",
    "the First Minister": a part of the name, no number of the speaker's; since session 38);
    not one that opens a sentence ("Second, could you..."), nor digits ("the 2nd Battalion")."""
    found: set[float] = set()
    for match in _ORDINAL_WORD.finditer(text):
        ordinal, word = match.group(1), match.group(2)
        if not (ordinal[0].isupper() and word[0].isupper()) or ordinal[0].isdigit():
            continue
        if not re.search(r"\w[\s,;:]*$", text[: match.start()]):
            continue  # the sentence's first word: capitalized as every first word is
        n = lx.en_number_word(ordinal.lower()) or ORDINAL_WORDS.get(ordinal.lower())
        if n is not None and ordinal.lower().endswith(("st", "nd", "rd", "th")):
            found.add(float(n))
    return frozenset(found)


def changed_counts(mine: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The nouns both sets of texts count (:func:`counts`) but never by the same number: one
    garden waste bin / three garden waste bins (a count said again in other words, two /
    2 tickets, is the same number; a side that counts a thing twice, "2 tickets, make that
    3", shares a count with either)."""
    found: list[dict[str, set[float]]] = [{}, {}]
    for side, texts in zip(found, (mine, theirs), strict=True):
        for text in texts:
            for noun, n in counts(text):
                side.setdefault(noun, set()).add(n)
    first, second = found
    return sorted(n for n in first.keys() & second.keys() if not first[n] & second[n])


def year_said(value: float | None, theirs: set[float] | frozenset[float]) -> bool:
    """A year said with two digits on one side and four on the other ('62 or sixty-two
    Rock-Ola / 1962; 1962 / '62): a year of 1910-2099 (not 2000-2009, whose last digits are
    no year: 0, 5) and its last two digits, where the side with two digits states no four-digit
    year of its own. Another year ('65 / 1962) is lost."""
    if value is None or value != int(value):
        return False
    year = int(value)
    if 1900 <= year < 2100:
        other_years = any(1900 <= t < 2100 for t in theirs)
        return year % 100 >= 10 and year % 100 in theirs and not other_years
    return 10 <= year < 100 and any(t in theirs for t in (1900 + year, 2000 + year))
