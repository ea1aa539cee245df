"""Sensitive-data detectors: small, named, fast and conservative.

A detector is any callable ``(text: str) -> bool``. The built-in ones are
:class:`PatternDetector` objects: one precompiled regular expression finds candidates, and a
validator (Luhn, the My Number check digit, the IBAN mod-97 checksum, an IP address parser, a
JWT header decode) drops the ones that only look right. They answer *whether* a text holds
sensitive data, never *what* it is, so nothing downstream can log the value by accident.

Text is folded first: when it is not pure ASCII it is NFKC-normalised, so full-width digits
and letters (``０９０－１２３４－５６７８``, ``ｔａｒｏ＠example.jp``) match like ASCII ones.

Built-in detectors (name: what it finds):

- ``email``: addresses like ``name@example.co.jp``.
- ``phone``: international numbers with ``+`` and a country code, North-American
  ``(555) 123-4567`` style, and Japanese numbers (``03-1234-5678``, ``090-1234-5678``,
  ``0120-123-456``, ``09012345678``).
- ``card``: payment card numbers, 13-19 digits with a known issuer prefix and a valid Luhn
  check digit.
- ``my_number``: Japanese Individual Number (12 digits) with a valid check digit.
- ``iban``: IBANs with the right length for their country and a valid mod-97 checksum.
- ``private_key``: PEM / OpenSSH / PGP private key blocks.
- ``jwt``: JSON Web Tokens whose header decodes to JSON with an ``alg``.
- ``bearer_token``: ``Bearer <token>`` credentials.
- ``api_key``: well-known key formats (AWS access key ids, ``sk-…`` keys of OpenAI and
  Anthropic, GitHub, Slack, Google, Stripe tokens) and ``api_key = …`` / ``password: …``
  assignments with a non-trivial value.
- ``ipv4`` / ``ipv6``: IP addresses (parsed by :mod:`ipaddress`).
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

#: A detector takes a text and returns True if it contains that kind of sensitive data.
Detector = Callable[[str], bool]


_DIGIT = re.compile(r"[0-9]")


def count_digits(text: str) -> int:
    """How many ASCII digits ``text`` holds."""
    return len(_DIGIT.findall(text))


def fold(text: str) -> str:
    """NFKC-normalise non-ASCII text so that full-width forms match like ASCII ones."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


class PatternDetector:
    """A regular expression that finds candidates and a validator that confirms them.

    Two cheap pre-checks keep a scan to a few microseconds: ``hint`` (e.g. "holds an ``@``")
    and ``min_digits`` (the ASCII digits the text must hold); when either fails, the regex is
    not run at all.
    """

    def __init__(
        self,
        name: str,
        pattern: str,
        validate: Callable[[re.Match[str]], bool] | None = None,
        *,
        hint: Callable[[str], bool] | None = None,
        min_digits: int = 0,
        flags: int = 0,
    ) -> None:
        self.name = name
        self.regex = re.compile(pattern, flags)
        self.validate = validate
        self.hint = hint
        self.min_digits = min_digits

    def match_folded(self, text: str, digits: int | None = None) -> bool:
        """Like calling the detector, for text already passed through :func:`fold`;
        ``digits`` is :func:`count_digits` of it, when the caller has it."""
        if self.min_digits:
            if digits is None:
                digits = count_digits(text)
            if digits < self.min_digits:
                return False
        if self.hint is not None and not self.hint(text):
            return False
        if self.validate is None:
            return self.regex.search(text) is not None
        return any(self.validate(m) for m in self.regex.finditer(text))

    def __call__(self, text: str) -> bool:
        return self.match_folded(fold(text))

    def __repr__(self) -> str:
        return f"PatternDetector({self.name!r})"


# -- validators -----------------------------------------------------------------------------

_NOT_DIGIT = re.compile(r"[^0-9]")


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


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


def _card_prefix_ok(number: str) -> bool:
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


def _card(match: re.Match[str]) -> bool:
    number = _digits(match.group())
    return 13 <= len(number) <= 19 and _card_prefix_ok(number) and luhn_ok(number)


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


def _my_number(match: re.Match[str]) -> bool:
    number = _digits(match.group())
    # All-same digits (000000000000) pass the arithmetic but are placeholders, not numbers.
    return len(set(number)) > 2 and my_number_ok(number)


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


def _iban(match: re.Match[str]) -> bool:
    text = match.group()
    if iban_ok(text.replace(" ", "")):
        return True
    # "ES91 2100 … 1332 is": the pattern also took the next short word; drop it and retry.
    head, _, tail = text.rpartition(" ")
    return bool(head) and len(tail) <= 3 and iban_ok(head.replace(" ", ""))


def _ipv4(match: re.Match[str]) -> bool:
    text = match.group()
    # Four single digits (1.9.2.4) are version and section numbers far more often than hosts;
    # the hosts written that way (1.1.1.1, 8.8.8.8) are public resolvers, not personal data.
    if len(text) == 7:
        return False
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return not address.is_unspecified


def _ipv6(match: re.Match[str]) -> bool:
    text = match.group()
    groups = [g for g in text.split(":") if g]
    if len(groups) < 2 or not any(len(g) >= 3 for g in groups):
        return False  # "a::b", "c::d" are C++ scopes and ratios, not addresses
    if not any(ch.isdigit() for ch in text):
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _jwt(match: re.Match[str]) -> bool:
    header = match.group(1)
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and "alg" in decoded


def _secret_value(match: re.Match[str]) -> bool:
    """An assigned secret must look like one: letters and digits, not a word or a template."""
    value = match.group("value")
    if value.lower() in {"null", "none", "true", "false", "password", "changeme", "example"}:
        return False
    if value.startswith(("$", "{", "<", "%")):  # $ENV, {{template}}, <placeholder>
        return False
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _bearer(match: re.Match[str]) -> bool:
    token = match.group("token")
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


# -- patterns ---------------------------------------------------------------------------------

# Hyphens and spaces people put between digit groups (after NFKC: ASCII hyphen and space, plus
# the dashes and the long-vowel mark that Japanese text often uses).
_SEP = r"[ \-\u2010\u2012\u2013\u2014\u2015\u2212\u30fc.]"

_EMAIL = r"(?<![A-Za-z0-9_.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])"  # noqa: E501

_PHONE = (
    r"(?<![A-Za-z0-9_+])(?:"
    # international: +<country code> then 6-14 more digits in groups
    rf"\+[1-9][0-9]{{0,2}}(?:{_SEP}?\(?0?[0-9]{{1,4}}\)?)(?:{_SEP}?[0-9]{{2,5}}){{1,4}}"
    # North America: (555) 123-4567, 555-123-4567, 555.123.4567
    rf"|\(?[2-9][0-9]{{2}}\)?[ \-.][2-9][0-9]{{2}}[\-.][0-9]{{4}}"
    # Japan mobile / IP phone / toll free, with or without separators: 090-1234-5678
    rf"|0[5-9]0{_SEP}?[0-9]{{4}}{_SEP}?[0-9]{{4}}"
    rf"|0120{_SEP}?[0-9]{{2,3}}{_SEP}?[0-9]{{3,4}}"
    # Japan landline: 03-1234-5678, 06(1234)5678, 0465-12-3456 (10 digits in all)
    rf"|\(?0[1-9][0-9]{{0,3}}\)?(?:{_SEP}|\)|\(){{1,2}}[0-9]{{1,4}}(?:{_SEP}|\)){_SEP}?[0-9]{{4}}"
    r")(?![A-Za-z0-9_])"
)


#: Endings of file names, which look like top-level domains after an ``@`` (``KMS-R@1n.exe``).
_FILE_SUFFIXES = frozenset(
    {
        "exe", "dll", "bin", "bat", "cmd", "sh", "py", "js", "ts", "jpg", "jpeg", "png", "gif",
        "bmp", "svg", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "tar",
        "gz", "mp3", "mp4", "avi", "mov", "txt", "csv", "json", "xml", "html", "htm", "log",
        "tmp", "iso", "apk",
    }
)  # fmt: skip


def _email(match: re.Match[str]) -> bool:
    return match.group().rsplit(".", 1)[1].lower() not in _FILE_SUFFIXES


def _phone(match: re.Match[str]) -> bool:
    text = match.group()
    digits = _digits(text)
    if text.startswith("+"):
        return 8 <= len(digits) <= 15
    if text.startswith(("0", "(0")):
        return len(digits) in (10, 11)
    return len(digits) == 10


_CARD = r"(?<![0-9.,])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9]|[.,][0-9])"
_MY_NUMBER = r"(?<![0-9.,\-])[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}(?![0-9]|[.,\-][0-9])"
_IBAN = r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])"  # noqa: E501
_IPV4 = r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])"
_IPV6 = r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])"
_PRIVATE_KEY = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_JWT = r"(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,})\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"
_BEARER = r"(?<![A-Za-z])[Bb]earer\s+(?P<token>[A-Za-z0-9._~+/-]{20,}=*)"
_API_KEY = (
    r"(?<![A-Za-z0-9])(?:"
    r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA)[A-Z0-9]{16}"  # AWS key id
    r"|sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"  # OpenAI / Anthropic
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}"  # GitHub
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe secret / restricted
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r")(?![A-Za-z0-9])"
)
_SECRET_ASSIGNMENT = (
    r"(?i)(?<![a-z])(?:api[_-]?key|apikey|secret[_-]?key|client[_-]?secret|access[_-]?token"
    r"|auth[_-]?token|aws_secret_access_key|passw(?:or)?d|pwd)[\"']?\s*[:=]\s*[\"']?"
    r"(?P<value>[^\s\"',;]{8,})"
)


#: A token of 16+ key characters: every known key format has one.
_LONG_TOKEN = re.compile(r"[A-Za-z0-9_\-]{16}")


class _ApiKeyDetector(PatternDetector):
    """Known key formats, or a secret-looking value assigned to a secret-looking name."""

    def __init__(self) -> None:
        super().__init__("api_key", _API_KEY)
        self.assigned = re.compile(_SECRET_ASSIGNMENT)

    def match_folded(self, text: str, digits: int | None = None) -> bool:
        if _LONG_TOKEN.search(text) is not None and self.regex.search(text) is not None:
            return True
        if "=" not in text and ":" not in text:
            return False
        return any(_secret_value(m) for m in self.assigned.finditer(text))


def builtin_detectors() -> dict[str, Detector]:
    """A fresh dict of every built-in detector, in the order they are tried."""
    detectors: list[PatternDetector] = [
        PatternDetector("private_key", _PRIVATE_KEY, hint=lambda t: "-----BEGIN" in t),
        PatternDetector("jwt", _JWT, _jwt, hint=lambda t: "eyJ" in t),
        PatternDetector("bearer_token", _BEARER, _bearer, hint=lambda t: "earer" in t),
        _ApiKeyDetector(),
        PatternDetector("email", _EMAIL, _email, hint=lambda t: "@" in t),
        PatternDetector("card", _CARD, _card, min_digits=12),
        PatternDetector("my_number", _MY_NUMBER, _my_number, min_digits=12),
        PatternDetector("iban", _IBAN, _iban, min_digits=8),
        PatternDetector("phone", _PHONE, _phone, min_digits=8),
        PatternDetector("ipv4", _IPV4, _ipv4, hint=lambda t: t.count(".") >= 3),
        PatternDetector("ipv6", _IPV6, _ipv6, hint=lambda t: t.count(":") >= 2),
    ]
    return {d.name: d for d in detectors}


#: Names of the built-in detectors, in the order they are tried.
BUILTIN_DETECTOR_NAMES: tuple[str, ...] = tuple(builtin_detectors())


def find_sensitive(texts: Sequence[str], detectors: Mapping[str, Detector]) -> str | None:
    """Name of the first detector that matches any of ``texts``, else None.

    Each text is folded once; built-in detectors reuse the folded text, plug-ins get the text
    as given.
    """
    folded = [fold(text) for text in texts]
    digits = [count_digits(text) for text in folded]
    for name, detector in detectors.items():
        if isinstance(detector, PatternDetector):
            if any(map(detector.match_folded, folded, digits)):
                return name
        elif any(detector(text) for text in texts):
            return name
    return None
