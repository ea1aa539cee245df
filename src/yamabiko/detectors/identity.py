"""Government identifiers: Japanese My Number, US Social Security numbers, passport and
driver's licence numbers (US, UK, Japan); national identity numbers are in :mod:`.national`.
Number rules and check digits where they exist; a keyword nearby where a bare number could be
anything."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, count_digits, digits_of, keyword_hint, near
from .checksums import my_number_ok, ssn_ok

_MY_NUMBER = r"(?<![0-9.,\-])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9]|[.,\-][0-9])"


def _my_number(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    # All-same digits (000000000000) pass the arithmetic but are placeholders, not numbers.
    return len(set(number)) > 2 and my_number_ok(number)


# -- US Social Security numbers ------------------------------------------------------------------

_SSN_WORDS = re.compile(
    r"(?ai)\bssns?\b|\bss#|\bss ?(?:no|num|number)\b|social[ _\-]?security|soc\.? ?sec|\bsocial\b"
    r"|\bW-?2\b|\b1099\b|\b1040\b|\bIRS\b|taxpayer|\bI-?9\b|\bITIN\b|\bTIN\b"
    r"|社会保障番号|ソーシャル・?セキュリティ"
)
_SSN_FORMATTED = r"(?<![0-9\-.])[0-9]{3}([\- .–])[0-9]{2}\1[0-9]{4}(?![0-9]|[\-.][0-9])"
_SSN_BARE = r"(?<![0-9\-.])[0-9]{9}(?![0-9]|[\-.][0-9])"


def _itin_ok(number: str) -> bool:
    """A US Individual Taxpayer Identification Number: 9XX, then 50-65, 70-88, 90-92, 94-99."""
    group = int(number[3:5])
    return number[0] == "9" and (50 <= group <= 65 or 70 <= group <= 88 or group in (90, 91, 92)
                                 or group >= 94)  # fmt: skip


def _ssn_formatted(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not ssn_ok(number) and not _itin_ok(number):
        return False
    # "123-45-6789" is the SSN layout (an ITIN when it starts with 9); with spaces or dots it
    # needs the word nearby
    return match.group(1) in "-–" or near(match, _SSN_WORDS, 48, 16)


def _ssn_bare(match: re.Match[str]) -> bool:
    return ssn_ok(match.group()) and near(match, _SSN_WORDS, 48, 16)


# "the last four of my SSN are 8765": a partial SSN with the person's own words
_SSN_LAST_FOUR = (
    r"(?ai)\blast (?:4|four)(?: digits)?(?: of)?(?: my| his| her| their)? (?:ssn|social(?:"
    r" security)?(?: number)?)(?: is| are|:)?\s*[0-9]{4}(?![0-9])"
)


# -- passports -----------------------------------------------------------------------------------

_PASSPORT_WORDS = re.compile(
    r"(?ai)passport|\bpp ?(?:no|num|number|#)|reisepass|pasaporte|passeport|passaporto|paspoort"
    r"|旅券|パスポート"
)
# US: 9 digits or 1 letter + 8 digits; UK: 9 digits; Japan: 2 letters + 7 digits; Germany,
# France, …: 9 letters and digits
_PASSPORT = (
    r"(?<![A-Za-z0-9])(?:[A-Za-z0-9]{8,9}|[A-Za-z]{0,2}[0-9]{2,4}(?: [0-9]{2,5}){1,3})"
    r"(?![A-Za-z0-9])"
)


def _passport(match: re.Match[str]) -> bool:
    token = match.group().replace(" ", "")
    if not 8 <= len(token) <= 9:
        return False
    digits = count_digits(token)
    if token.isalpha() or (digits < 6 and not (token.isupper() and digits >= 1)):
        return False  # a word, or a mixed-case identifier
    return near(match, _PASSPORT_WORDS, 60, 30)


# -- driver's licences ---------------------------------------------------------------------------

_LICENCE_WORDS = re.compile(
    r"(?ai)driver[’']?s?[ -]?licen[cs]e|driving[ -]licen[cs]e|\bDL\b|\blicen[cs]e\b|\blic\b"
    r"|\bDLN\b|\bDMV\b|\bDVLA\b|permit|運転免許|免許"
)
_DRIVING_WORDS = re.compile(
    r"(?ai)driver|driving|\bDL\b|\bDLN\b|\bDMV\b|\bDVLA\b|\bstate\b|permit|\bmy\b.{0,12}licen[cs]e"
    r"|\b[A-Z]{2} licen[cs]e|運転免許|免許"
)
# US states: 1-2 letters then 4-14 digits, in groups or not (A1234567, S530-460-73-291-0);
# Japan: 12 digits
_LICENCE = r"(?<![A-Za-z0-9])[A-Za-z]{0,2}[0-9]{3,14}(?:[\- ][0-9]{1,6}){0,4}(?![A-Za-z0-9])"


def _licence(match: re.Match[str]) -> bool:
    return 6 <= count_digits(match.group()) <= 16 and near(match, _LICENCE_WORDS, 60, 30)


# Letters and digits mixed (Washington's WDLDEW6NOECR, New Hampshire's 12ABC34567): an
# upper-case code of 8-16 characters with a digit, next to a word about driving
_LICENCE_CODE = r"(?<![A-Za-z0-9])(?=[A-Z]*[0-9])[A-Z0-9]{8,16}(?![A-Za-z0-9])"


_LICENCE_HINT = keyword_hint(_LICENCE_WORDS)
_DRIVING_HINT = keyword_hint(_DRIVING_WORDS)


def _licence_code(match: re.Match[str]) -> bool:
    code = match.group()
    if sum(c.isalpha() for c in code) < 2:
        return False
    return near(match, _DRIVING_WORDS, 60, 30)


# UK: 5 letters of the surname (9-padded), decade, month (+50 for women), day, year digit,
# 2 initials (9-padded), a digit, 2 check letters (and an optional 2-digit issue number)
_UK_LICENCE = (
    r"(?<![A-Za-z0-9])[A-Z][A-Z9]{4} ?[0-9]{6} ?[A-Z9]{2}[0-9][A-Z]{2}(?: ?[0-9]{2})?"
    r"(?![A-Za-z0-9])"
)


def _uk_licence(match: re.Match[str]) -> bool:
    birth = match.group().replace(" ", "")[5:11]
    month, day = int(birth[1:3]), int(birth[3:5])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


def identity_detectors() -> list[PatternDetector]:
    """The government-identifier detectors, in the order they are tried."""
    return [
        PatternDetector("my_number", _MY_NUMBER, _my_number, min_digits=12),
        AnyOf(
            "ssn",
            [
                PatternDetector("ssn", _SSN_FORMATTED, _ssn_formatted),
                PatternDetector("ssn", _SSN_BARE, _ssn_bare, hint=keyword_hint(_SSN_WORDS)),
                PatternDetector("ssn", _SSN_LAST_FOUR, hint=keyword_hint(_SSN_WORDS)),
            ],
            min_digits=9,
        ),
        PatternDetector(
            "passport", _PASSPORT, _passport, hint=keyword_hint(_PASSPORT_WORDS), min_digits=1
        ),
        AnyOf(
            "drivers_licence",
            [
                PatternDetector(
                    "drivers_licence", _LICENCE, _licence, hint=_LICENCE_HINT, min_digits=6
                ),
                PatternDetector("drivers_licence", _UK_LICENCE, _uk_licence),
                PatternDetector(
                    "drivers_licence", _LICENCE_CODE, _licence_code, hint=_DRIVING_HINT
                ),
            ],
            min_digits=1,
        ),
    ]
