"""National identity numbers: UK National Insurance, Canadian SIN, Spanish DNI / NIE, Dutch BSN,
Australian TFN, French INSEE (NIR), Indian Aadhaar and PAN, Italian codice fiscale, German
Steuer-ID, Brazilian CPF, UK NHS, Chinese resident ids, Japanese 在留カード, 基礎年金番号 and
health-insurance card 記号 / 番号, and any number right after the words that name an id.

A number whose check digit or letter rules out most look-alikes (DNI, INSEE, codice fiscale,
CPF, an upper-case NI number or PAN) counts on its own; one whose check passes by chance one
time in ten or eleven (SIN, BSN, TFN, Aadhaar, Steuer-ID, NHS) also needs a word that names it
somewhere in the text."""

from __future__ import annotations

import re

from .base import SEP, AnyOf, PatternDetector, digits_of, keyword_hint, near
from .checksums import (
    aadhaar_ok,
    bsn_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    insee_ok,
    nhs_ok,
    sin_ok,
    steuer_id_ok,
    tfn_ok,
    uk_ni_ok,
)

#: format examples printed everywhere; nobody's number
_SAMPLES = frozenset({"12345678Z", "ABCDE1234F", "ABCPE1234F"})
_PLACEHOLDER_RUNS = ("0123456789", "1234567890", "9876543210")


def _compact(text: str) -> str:
    return re.sub(r"[\s\-./\u2010-\u2015\u2212\u30fc]", "", text).upper()


def _sample(compact: str) -> bool:
    digits = digits_of(compact)
    if compact in _SAMPLES or len(set(digits)) <= 2:
        return True
    # 123456789, 0123456789: a format example (a short run such as 123456 may be real)
    return len(digits) >= 8 and any(digits in run or run in digits for run in _PLACEHOLDER_RUNS)


# -- UK National Insurance: 2 letters, 6 digits, A-D --------------------------------------------

_UK_NI = rf"(?i)(?<![A-Za-z0-9])[A-Z]{{2}}{SEP}?[0-9]{{2}}{SEP}?[0-9]{{2}}{SEP}?[0-9]{{2}}{SEP}?[A-D](?![A-Za-z0-9])"  # noqa: E501
_NI_WORDS = re.compile(
    r"(?ai)national insurance|\bNI\b|\bN\.I\.|\bNINO\b|\bHMRC\b|\bP60\b|\bP45\b|payroll"
    r"|国民保険"
)


def _uk_ni(match: re.Match[str]) -> bool:
    compact = _compact(match.group())
    if not uk_ni_ok(compact) or _sample(compact):
        return False
    letters = match.group()[:2] + match.group()[-1]
    return letters.isupper() or near(match, _NI_WORDS, 60, 30)


# -- nine-digit numbers with a check digit: SIN, TFN, BSN ----------------------------------------

_NINE = r"(?<![0-9\-.])[0-9]{3}([ \-.]?)[0-9]{3}\1[0-9]{3}(?![0-9]|[\-.][0-9])"
_SIN_WORDS = re.compile(
    r"(?a)\bSIN\b|(?i:social insurance|\bNAS\b|assurance sociale|canad|service canada|\bCRA\b"
    r"|\bT4\b)|社会保険番号|カナダ"
)
_SIN_SPOKEN = re.compile(r"(?ai)\bsin\b(?: (?:number|no\.?|#))?(?: is|:|#| )*\Z")
_TFN_WORDS = re.compile(r"(?a)\bTFN\b|(?i:tax file|\bATO\b|australia)|オーストラリア|納税者番号")
_BSN_WORDS = re.compile(
    r"(?ai)\bBSN\b|burgerservice|sofi ?(?:nummer|number)|citizen service number|dutch"
    r"|netherlands|nederland|gemeente|digid|belastingdienst|オランダ"
)


def _nine_digit(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if _sample(number):
        return False
    if sin_ok(number) and (
        near(match, _SIN_WORDS, 60, 30) or _SIN_SPOKEN.search(match.string, 0, match.start())
    ):
        return True
    if tfn_ok(number) and near(match, _TFN_WORDS, 60, 30):
        return True
    return bsn_ok(number) and near(match, _BSN_WORDS, 60, 30)


_ANY_SIN = re.compile(r"(?ai)\bsin\b")
_NINE_HINTS = tuple(keyword_hint(w) for w in (_ANY_SIN, _SIN_WORDS, _TFN_WORDS, _BSN_WORDS))


def _nine_hint(text: str) -> bool:
    return any(hint(text) for hint in _NINE_HINTS)


# -- Spanish DNI / NIE ---------------------------------------------------------------------------

_DNI = r"(?i)(?<![A-Za-z0-9])[XYZ0-9][0-9]{7}[ \-]?[A-Z](?![A-Za-z0-9])"
_DNI_WORDS = re.compile(r"(?ai)\b(?:DNI|NIE|NIF)\b|documento nacional|spanish|españ|spain|スペイン")


def _dni(match: re.Match[str]) -> bool:
    compact = _compact(match.group())
    if not dni_ok(compact) or _sample(compact):
        return False
    return match.group()[-1].isupper() or near(match, _DNI_WORDS, 48, 24)


# -- French INSEE / NIR: sex, year, month, department, commune, order, key -----------------------

_INSEE = (
    r"(?i)(?<![0-9A-Za-z])[1278] ?[0-9]{2} ?[0-9]{2} ?(?:[0-9]{2}|2[AB]) ?[0-9]{3} ?[0-9]{3}"
    r" ?[0-9]{2}(?![0-9A-Za-z])"
)


def _insee(match: re.Match[str]) -> bool:
    return insee_ok(_compact(match.group()))


# -- India: Aadhaar (12 digits, Verhoeff) and PAN (AAAPA1234A) ----------------------------------

_AADHAAR = r"(?<![0-9\-.])[2-9][0-9]{3}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9]|[\-.][0-9])"
_INDIA_WORDS = re.compile(
    r"(?ai)aadhaa?r|\buid(?:ai)?\b|\bPAN\b|india|e-?kyc|income tax|\bITR\b|आधार|アーダール|インド"
)


def _aadhaar(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    return aadhaar_ok(number) and not _sample(number) and near(match, _INDIA_WORDS, 60, 30)


# 5 letters (the 4th is the holder type: P a person, C a company, …), 4 digits, a letter
_PAN = r"(?i)(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])"


def _pan(match: re.Match[str]) -> bool:
    text = match.group()
    if _sample(text.upper()):
        return False
    if text.isupper() and text[3] == "P":
        return True
    return near(match, _INDIA_WORDS, 48, 24)


# -- Italy, Germany, Brazil, UK NHS, China --------------------------------------------------------

_CODICE_FISCALE = (
    r"(?i)(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
    r"[0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])"
)


def _codice_fiscale(match: re.Match[str]) -> bool:
    return codice_fiscale_ok(match.group())


_STEUER_ID = r"(?<![0-9\-.])[1-9][0-9](?: ?[0-9]{3}){3}(?![0-9]|[\-.][0-9])"
_GERMAN_WORDS = re.compile(
    r"(?ai)steuer|\bidnr\b|\btax ?id\b|tax identification|german|deutsch|finanzamt|elster"
    r"|ドイツ|納税者番号|税務"
)


def _steuer_id(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    return steuer_id_ok(number) and not _sample(number) and near(match, _GERMAN_WORDS, 60, 30)


_CPF = r"(?<![0-9\-.])[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}(?![0-9]|[\-.][0-9])"
_CPF_WORDS = re.compile(r"(?ai)\bCPF\b|brasil|brazil|receita|ブラジル")


def _cpf(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not cpf_ok(number):
        return False
    return match.group().count(".") == 2 or near(match, _CPF_WORDS, 48, 24)


_NHS = r"(?<![0-9\-.])[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{4}(?![0-9]|[\-.][0-9])"
_NHS_WORDS = re.compile(r"(?a)\bNHS\b|(?i:\bGP\b|patient|hospital|health)")


def _nhs(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    return nhs_ok(number) and not _sample(number) and near(match, _NHS_WORDS, 60, 30)


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID = r"(?<![0-9A-Za-z])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])"  # noqa: E501


def _cn_id(match: re.Match[str]) -> bool:
    """Chinese resident identity number: ISO 7064 mod 11-2 check character."""
    text = match.group().upper()
    total = sum(int(d) * w for d, w in zip(text[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == text[17]


# Mexican CURP: letters and digits in a fixed layout
_CURP = r"(?<![A-Za-z0-9])[A-Z]{4}[0-9]{6}[HM][A-Z]{5}[A-Z0-9][0-9](?![A-Za-z0-9])"

# -- Japan ---------------------------------------------------------------------------------------

# 在留カード: 2 letters, 8 digits, 2 letters
_RESIDENCE_CARD = r"(?i)(?<![A-Za-z0-9])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Za-z0-9])"
_RESIDENCE_WORDS = re.compile(r"(?ai)在留|residen(?:ce|t) card|zairyu|特別永住|\bcard\b|カード")


def _residence_card(match: re.Match[str]) -> bool:
    text = match.group()
    return len(set(text[2:10])) > 2 and near(match, _RESIDENCE_WORDS, 48, 24)


# 基礎年金番号: 4 + 6 digits
_PENSION = rf"(?<![0-9\-.])[0-9]{{4}}{SEP}?[0-9]{{6}}(?![0-9]|[\-.][0-9])"
_PENSION_WORDS = re.compile(r"年金|ねんきん|(?i:pension)")


def _pension(match: re.Match[str]) -> bool:
    return not _sample(digits_of(match.group())) and near(match, _PENSION_WORDS, 40, 16)


# A health-insurance card (or a ゆうちょ account): 記号 <digits> … 番号 <digits>
_KIGOU_BANGOU = (
    r"記号[^0-9\n。？?]{0,6}?[0-9][0-9\- ]{0,9}[^0-9\n。？?]{0,10}?番号[^0-9\n。？?]{0,6}?"
    r"[0-9]{1,8}"
)

# -- any other id, right after the words that name it --------------------------------------------

_ID_WORDS = re.compile(
    r"(?ai)national (?:id|identity|identification)|identity (?:card )?(?:number|no)|\bid (?:number"
    r"|no|#)|id card|tax (?:id(?:entification)? )?(?:number|no)|(?-i:\b(?:TIN|ITIN|PAN|CPF|BSN"
    r"|NRIC|PESEL|INSEE|CURP|RUT|DNI|NIE|NIF|NHS|NIR|RRN|HKID)\b)|aadhaa?r"
    r"|personnummer|henkilötunnus|codice fiscale|steuer-?id|carte vitale|sécurité sociale"
    r"|securite sociale|social security|resident registration|steueridentifikationsnummer"
    r"|주민등록|基礎年金番号|年金番号|在留カード|住民票コード|被保険者番号|保険者番号"
    r"|保険証|身分証|国民ID|社会保険番号|納税者番号|個人番号|証明書番号"
)
_ID_NUMBER = r"(?<![0-9])[0-9][0-9\- .]{4,20}[0-9](?![0-9])"


def _named_id(match: re.Match[str]) -> bool:
    digits = digits_of(match.group())
    if not 6 <= len(digits) <= 16 or _sample(digits):
        return False
    return near(match, _ID_WORDS, 40, 4)


def national_detector() -> PatternDetector:
    """The ``national_id`` detector."""
    part = PatternDetector
    return AnyOf(
        "national_id",
        [
            part("national_id", _UK_NI, _uk_ni, min_digits=6),
            part("national_id", _NINE, _nine_digit, hint=_nine_hint, min_digits=9),
            part("national_id", _DNI, _dni, min_digits=7),
            part("national_id", _INSEE, _insee, min_digits=13),
            part("national_id", _AADHAAR, _aadhaar, hint=keyword_hint(_INDIA_WORDS), min_digits=12),
            part("national_id", _PAN, _pan, min_digits=4),
            part("national_id", _CODICE_FISCALE, _codice_fiscale, min_digits=7),
            part(
                "national_id",
                _STEUER_ID,
                _steuer_id,
                hint=keyword_hint(_GERMAN_WORDS),
                min_digits=11,
            ),
            part("national_id", _CPF, _cpf, min_digits=11),
            part("national_id", _NHS, _nhs, hint=keyword_hint(_NHS_WORDS), min_digits=10),
            part("national_id", _CN_ID, _cn_id, min_digits=17),
            part("national_id", _CURP, min_digits=8),
            part("national_id", _RESIDENCE_CARD, _residence_card, min_digits=8),
            part(
                "national_id", _PENSION, _pension, hint=keyword_hint(_PENSION_WORDS), min_digits=10
            ),
            part("national_id", _KIGOU_BANGOU, hint=lambda t: "記号" in t, min_digits=2),
            part("national_id", _ID_NUMBER, _named_id, hint=keyword_hint(_ID_WORDS), min_digits=6),
        ],
        min_digits=2,
    )
