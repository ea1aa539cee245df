"""Government identifiers: Japanese My Number, US Social Security numbers, passport and
driver's licence numbers (US, UK, Japan), UK National Insurance and Canadian Social Insurance
numbers. Number rules and check digits where they exist; a keyword nearby where a bare number
could be anything."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, digits_of, keyword_hint, near
from .checksums import my_number_ok, sin_ok, ssn_ok, uk_ni_ok

_MY_NUMBER = r"(?<![0-9.,\-])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9]|[.,\-][0-9])"


def _my_number(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    # All-same digits (000000000000) pass the arithmetic but are placeholders, not numbers.
    return len(set(number)) > 2 and my_number_ok(number)


# -- US Social Security numbers ------------------------------------------------------------------

_SSN_WORDS = re.compile(
    r"(?ai)\bssn\b|\bss#|social security|社会保障番号|ソーシャル・?セキュリティ"
)
_SSN_FORMATTED = r"(?<![0-9\-.])[0-9]{3}([\- .–])[0-9]{2}\1[0-9]{4}(?![0-9]|[\-.][0-9])"
_SSN_BARE = r"(?<![0-9\-.])[0-9]{9}(?![0-9]|[\-.][0-9])"


def _ssn_formatted(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not ssn_ok(number):
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

_PASSPORT_WORDS = re.compile(r"(?ai)passport|旅券|パスポート")
# US: 9 digits or 1 letter + 8 digits; UK: 9 digits; Japan: 2 letters + 7 digits; Germany,
# France, …: 9 letters and digits
_PASSPORT = r"(?<![A-Za-z0-9])[A-Za-z0-9]{8,9}(?![A-Za-z0-9])"


def _passport(match: re.Match[str]) -> bool:
    token = match.group()
    digits = sum(c.isdigit() for c in token)
    if token.isalpha() or (digits < 6 and not (token.isupper() and digits >= 1)):
        return False  # a word, or a mixed-case identifier
    return near(match, _PASSPORT_WORDS, 60, 30)


# -- driver's licences ---------------------------------------------------------------------------

_LICENCE_WORDS = re.compile(
    r"(?ai)driver[’']?s?[ -]?licen[cs]e|driving[ -]licen[cs]e|\bDL\b|\blicen[cs]e\b|運転免許|免許"
)
# US states: 1-2 letters then 4-14 digits, in groups or not (A1234567, S530-460-73-291-0);
# Japan: 12 digits
_LICENCE = r"(?<![A-Za-z0-9])[A-Za-z]{0,2}[0-9]{3,14}(?:[\- ][0-9]{1,6}){0,4}(?![A-Za-z0-9])"


def _licence(match: re.Match[str]) -> bool:
    return 6 <= len(digits_of(match.group())) <= 16 and near(match, _LICENCE_WORDS, 60, 30)


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


# -- national insurance / social insurance -------------------------------------------------------

_UK_NI = r"(?<![A-Za-z0-9])[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])"
_SIN_WORDS = re.compile(r"(?a)\bSIN\b|(?i:social insurance|\bNAS\b|assurance sociale)|社会保険番号")
_SIN = r"(?<![0-9\-.])[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{3}(?![0-9]|[\-.][0-9])"


def _uk_ni(match: re.Match[str]) -> bool:
    return uk_ni_ok(match.group().replace(" ", ""))


_NI_WORDS = re.compile(r"(?ai)national insurance|\bNI\b|\bNINO\b")
_UK_NI_ANY_CASE = (
    r"(?i)(?<![A-Za-z0-9])[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])"
)


def _uk_ni_any_case(match: re.Match[str]) -> bool:
    return _uk_ni(match) and near(match, _NI_WORDS, 48, 16)


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_DNI_WORDS = re.compile(r"(?a)\b(?:DNI|NIE|NIF)\b|(?i:documento nacional)")
_DNI = r"(?i)(?<![A-Za-z0-9])[XYZ0-9][0-9]{7}[ \-]?[A-Z](?![A-Za-z0-9])"


def _dni(match: re.Match[str]) -> bool:
    """Spanish DNI / NIE: the letter is the number mod 23 (NIE: X, Y, Z stand for 0, 1, 2)."""
    text = match.group().replace(" ", "").replace("-", "").upper()
    number = str("XYZ".index(text[0])) + text[1:8] if text[0] in "XYZ" else text[:8]
    return _DNI_LETTERS[int(number) % 23] == text[8] and near(match, _DNI_WORDS, 48, 16)


_TFN_WORDS = re.compile(r"(?a)\bTFN\b|(?i:tax file number)")
_TFN = r"(?<![0-9\-.])[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{3}(?![0-9]|[\-.][0-9])"


def _tfn(match: re.Match[str]) -> bool:
    """Australian tax file number: weights 1 4 3 7 5 8 6 9 10, the sum divisible by 11."""
    digits = digits_of(match.group())
    total = sum(int(d) * w for d, w in zip(digits, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=True))
    return total % 11 == 0 and near(match, _TFN_WORDS, 48, 16)


# Any other national number: a number of 6-16 digits (letters allowed around it) right after
# the words that name one.
_ID_WORDS = re.compile(
    r"(?ai)national (?:id|identity|identification)|identity (?:card )?number|\bid (?:number|no)\b"
    r"|tax (?:id(?:entification)? )?number|\b(?:TIN|ITIN|PAN|CPF|BSN|NRIC|PESEL|INSEE|CURP|RUT"
    r"|NHS)\b|aadhaa?r|personnummer|codice fiscale|steuer-?id"
    r"|resident registration|\bRRN\b|sécurité sociale|\bNIR\b|steueridentifikationsnummer"
    r"|주민등록|基礎年金番号|年金番号|在留カード|住民票コード|被保険者番号|保険者番号|保険証の?番号"
    r"|身分証|国民ID|社会保険番号|納税者番号|個人番号"
)
_ID_NUMBER = r"(?<![A-Za-z0-9])[A-Za-z]{0,3}[0-9][0-9\- .]{4,20}[0-9][A-Za-z]{0,3}(?![A-Za-z0-9])"
_PLACEHOLDER_RUNS = ("0123456789", "1234567890", "9876543210")


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID = r"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])"  # noqa: E501
# Italian codice fiscale; Mexican CURP: letters and digits in a fixed layout
_FIXED_LAYOUT_ID = (
    r"(?<![A-Za-z0-9])(?:[A-Z]{6}[0-9]{2}[A-EHLMPRST][0-9]{2}[A-Z][0-9]{3}[A-Z]"
    r"|[A-Z]{4}[0-9]{6}[HM][A-Z]{5}[A-Z0-9][0-9])(?![A-Za-z0-9])"
)


def _cn_id(match: re.Match[str]) -> bool:
    """Chinese resident identity number: ISO 7064 mod 11-2 check character."""
    text = match.group().upper()
    total = sum(int(d) * w for d, w in zip(text[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == text[17]


def _named_id(match: re.Match[str]) -> bool:
    digits = digits_of(match.group())
    if not 6 <= len(digits) <= 16 or len(set(digits)) <= 2:
        return False
    if any(digits in run for run in _PLACEHOLDER_RUNS):
        return False  # 123456789: a format example, not a person's number
    return near(match, _ID_WORDS, 40, 4)


def _sin(match: re.Match[str]) -> bool:
    return sin_ok(digits_of(match.group())) and near(match, _SIN_WORDS, 48, 16)


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
                    "drivers_licence", _LICENCE, _licence, hint=keyword_hint(_LICENCE_WORDS)
                ),
                PatternDetector("drivers_licence", _UK_LICENCE, _uk_licence),
            ],
            min_digits=6,
        ),
        AnyOf(
            "national_id",
            [
                PatternDetector("national_id", _UK_NI, _uk_ni),
                PatternDetector(
                    "national_id", _UK_NI_ANY_CASE, _uk_ni_any_case, hint=keyword_hint(_NI_WORDS)
                ),
                PatternDetector("national_id", _SIN, _sin, hint=keyword_hint(_SIN_WORDS)),
                PatternDetector("national_id", _DNI, _dni, hint=keyword_hint(_DNI_WORDS)),
                PatternDetector("national_id", _TFN, _tfn, hint=keyword_hint(_TFN_WORDS)),
                PatternDetector("national_id", _ID_NUMBER, _named_id, hint=keyword_hint(_ID_WORDS)),
                PatternDetector("national_id", _CN_ID, _cn_id),
                PatternDetector("national_id", _FIXED_LAYOUT_ID),
            ],
            min_digits=6,
        ),
    ]
