"""Check digits and number rules of the identifiers the detectors find: each answers whether a
string *can* be such a number, so that look-alikes (a wrong digit, an unissued range) drop out."""

from __future__ import annotations

from collections.abc import Mapping


def luhn_ok(number: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_prefix_ok(number: str) -> bool:
    """A known issuer prefix with a plausible length (Visa, Mastercard, Amex, Discover, JCB,
    Diners, UnionPay, Maestro)."""
    n = len(number)
    two, four = int(number[:2]), int(number[:4])
    if number[0] == "4":
        return n in (13, 16, 19)  # Visa
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16  # Mastercard
    if two in (34, 37):
        return n == 15  # Amex
    if 3528 <= four <= 3589:
        return 16 <= n <= 19  # JCB
    if two in (36, 38, 39) or 300 <= int(number[:3]) <= 305:
        return 14 <= n <= 19  # Diners
    if number.startswith(("6011", "65")) or 644 <= int(number[:3]) <= 649:
        return 16 <= n <= 19  # Discover
    if two == 62:
        return 16 <= n <= 19  # UnionPay
    if two in (50, 56, 57, 58, 63, 67):
        return 12 <= n <= 19  # Maestro
    return False


def my_number_ok(number: str) -> bool:
    """True when a 12-digit Japanese Individual Number has the right check digit.

    With P(n) the n-th digit from the right excluding the check digit, and Q(n) = n + 1 for
    n <= 6 and n - 5 for n >= 7: r = sum(P(n) * Q(n)) mod 11; the check digit is 0 when
    r <= 1, else 11 - r.
    """
    if len(number) != 12 or not number.isdigit():
        return False
    body = number[:11]
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(body), 1))
    r = total % 11
    return int(number[11]) == (0 if r <= 1 else 11 - r)


#: IBAN length per country (ISO 13616 registry).
IBAN_LENGTHS: Mapping[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (no spaces) has its country's length and a valid mod-97 checksum."""
    iban = iban.upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
    except ValueError:
        return False


def aba_ok(number: str) -> bool:
    """True when a 9-digit US bank routing number (ABA RTN) has a valid Federal Reserve prefix
    (01-12, 21-32, 61-72, 80) and checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10."""
    if len(number) != 9 or not number.isdigit():
        return False
    prefix = int(number[:2])
    if not (1 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    d = [ord(c) - 48 for c in number]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
    return total % 10 == 0


#: SSNs printed in advertising and examples, never issued to a person.
_SSN_SAMPLES = frozenset({"078051120", "219099999", "123456789"})


def ssn_ok(number: str) -> bool:
    """True when 9 digits can be a US Social Security number: area not 000, 666 or 900-999,
    group not 00, serial not 0000, and not a well-known sample (078-05-1120)."""
    if len(number) != 9 or not number.isdigit() or number in _SSN_SAMPLES:
        return False
    area, group, serial = int(number[:3]), int(number[3:5]), int(number[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


def sin_ok(number: str) -> bool:
    """True when 9 digits can be a Canadian Social Insurance Number: Luhn-valid, not starting
    with 0 or 8 (never issued)."""
    return (
        len(number) == 9
        and number.isdigit()
        and number[0] not in "08"
        and luhn_ok(number)
        and len(set(number)) > 2
    )


_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIQUVO")
_NI_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def uk_ni_ok(number: str) -> bool:
    """True when a UK National Insurance number (2 letters, 6 digits, A-D; no spaces) has an
    allocatable prefix."""
    number = number.upper()
    if len(number) != 9 or not number[2:8].isdigit() or number[8] not in "ABCD":
        return False
    first, second = number[0], number[1]
    return (
        first.isalpha()
        and second.isalpha()
        and first not in _NI_BAD_FIRST
        and second not in _NI_BAD_SECOND
        and number[:2] not in _NI_BAD_PREFIXES
    )


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(text: str) -> bool:
    """Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is the
    number mod 23 (for an NIE, X, Y, Z stand for 0, 1, 2)."""
    text = text.upper()
    if len(text) != 9 or not text[1:8].isdigit() or not text[8].isalpha():
        return False
    if text[0] in "XYZ":
        number = str("XYZ".index(text[0])) + text[1:8]
    elif text[0].isdigit():
        number = text[:8]
    else:
        return False
    return _DNI_LETTERS[int(number) % 23] == text[8]


def tfn_ok(number: str) -> bool:
    """Australian tax file number (9 digits): weights 1 4 3 7 5 8 6 9 10, the sum divisible
    by 11."""
    if len(number) != 9 or not number.isdigit():
        return False
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def bsn_ok(number: str) -> bool:
    """Dutch citizen service number (BSN, 9 digits): the "11-test", 9·d1 + 8·d2 + … + 2·d8
    − d9 divisible by 11, and not zero."""
    if len(number) != 9 or not number.isdigit() or number == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True))
    return (total - int(number[8])) % 11 == 0


def insee_ok(number: str) -> bool:
    """French social security number (NIR / INSEE, 15 characters): sex 1, 2, 7 or 8, a birth
    month 01-12 or 20-99 (unknown), the department (Corsica 2A / 2B), and a key of
    97 − (first 13 digits mod 97)."""
    number = number.upper()
    if len(number) != 15 or number[0] not in "1278" or not number[13:].isdigit():
        return False
    month = number[3:5]
    if not month.isdigit() or not (1 <= int(month) <= 12 or int(month) >= 20):
        return False
    body = number[:13].replace("2A", "19", 1) if number[5:7] == "2A" else number[:13]
    body = body.replace("2B", "18", 1) if number[5:7] == "2B" else body
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(number[13:])


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def aadhaar_ok(number: str) -> bool:
    """Indian Aadhaar number: 12 digits, not starting with 0 or 1, Verhoeff check digit."""
    if len(number) != 12 or not number.isdigit() or number[0] in "01":
        return False
    check = 0
    for i, ch in enumerate(reversed(number)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return check == 0


def steuer_id_ok(number: str) -> bool:
    """German tax identification number (Steuer-ID, 11 digits, first not 0): ISO 7064
    MOD 11,10 check digit."""
    if len(number) != 11 or not number.isdigit() or number[0] == "0":
        return False
    product = 10
    for ch in number[:10]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(number[10])


def cpf_ok(number: str) -> bool:
    """Brazilian CPF (11 digits): two mod-11 check digits; all-same digits are placeholders."""
    if len(number) != 11 or not number.isdigit() or len(set(number)) == 1:
        return False
    d = [ord(c) - 48 for c in number]
    for n in (9, 10):
        total = sum(d[i] * (n + 1 - i) for i in range(n))
        if (total * 10 % 11) % 10 != d[n]:
            return False
    return True


def nhs_ok(number: str) -> bool:
    """UK NHS number (10 digits): weights 10..2 on the first nine, check = 11 − sum mod 11
    (11 → 0; 10 is never issued)."""
    if len(number) != 10 or not number.isdigit() or len(set(number)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(number[9])


_CF_ODD = {
    **dict(zip("0123456789", (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
                25, 24, 23), strict=True)),
}  # fmt: skip


def codice_fiscale_ok(code: str) -> bool:
    """Italian codice fiscale (16 characters): the last letter checks the first fifteen
    (odd positions by a table, even ones by their value, mod 26)."""
    code = code.upper()
    if len(code) != 16 or not code.isalnum():
        return False
    total = 0
    for i, ch in enumerate(code[:15]):
        if i % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + total % 26) == code[15]
