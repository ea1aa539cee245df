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
