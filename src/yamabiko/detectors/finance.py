"""Money: payment card numbers (Luhn), IBANs (mod 97) and bank accounts (UK sort code +
account, US routing number with the ABA checksum + account, Japanese 支店 / 口座番号)."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, digits_of, keyword_hint, near
from .checksums import aba_ok, card_prefix_ok, iban_ok, luhn_ok

_CARD = (
    r"(?<![0-9.,])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9]|[.,][0-9])"
    r"|(?<![0-9.])[0-9]{4}\.[0-9]{4}\.[0-9]{4}\.[0-9]{1,7}(?![0-9]|\.[0-9])"
)
_IBAN = r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])"  # noqa: E501


def _ean13_ok(number: str) -> bool:
    """The EAN-13 / JAN barcode check digit (weights 1, 3 alternating)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(number[:12]))
    return (10 - total % 10) % 10 == int(number[12])


#: test card numbers published by card networks and payment providers: they pay nobody
TEST_CARDS = frozenset(
    {"4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
     "5555555555554444", "5105105105105100", "2223003122003222", "378282246310005",
     "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000",
     "3566002020360505", "30569309025904", "38520000023237", "6200000000000005"}
)  # fmt: skip
_CARD_WORDS = re.compile(
    r"(?ai)\bcard\b|credit|debit|visa|master ?card|amex|american express|discover|\bjcb\b"
    r"|maestro|unionpay|カード|クレジット|デビット"
)
_GROUPED = re.compile(r"[0-9]{4}([ \-.])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}")


def _card(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not 13 <= len(number) <= 19 or number in TEST_CARDS or not luhn_ok(number):
        return False
    if len(number) == 13 and _ean13_ok(number):
        return False  # a product barcode (JAN / EAN-13); 13-digit Visa cards are long retired
    if card_prefix_ok(number):
        return True
    # another network's prefix (Mir, RuPay, Elo, Troy, …): written like a card or called one
    return _GROUPED.fullmatch(match.group()) is not None or near(match, _CARD_WORDS, 40, 16)


def _iban(match: re.Match[str]) -> bool:
    text = match.group()
    if iban_ok(text.replace(" ", "")):
        return True
    # "ES91 2100 … 1332 is": the pattern also took the next short word; drop it and retry.
    head, _, tail = text.rpartition(" ")
    return bool(head) and len(tail) <= 3 and iban_ok(head.replace(" ", ""))


# -- bank accounts -------------------------------------------------------------------------------

_ACCOUNT_WORDS = re.compile(
    r"(?ai)\baccount\b|\bacct\b|\ba/c\b|\bbank\b|routing|\baba\b|\brtn\b|\bwire\b|\bach\b"
    r"|direct deposit|sort code|\bbsb\b|\bifsc\b|\bswift\b|\bbic\b|transit|kontonummer"
    r"|口座|支店|普通|当座|預金|振込|銀行|店番|ゆうちょ|記号"
)
_BANKISH = keyword_hint(_ACCOUNT_WORDS)

# UK: sort code 12-34-56 then an 8-digit account number (or the other way round)
_UK_SORT_CODE = r"(?<![0-9\-])[0-9]{2}[\- ][0-9]{2}[\- ][0-9]{2}(?![0-9]|-[0-9])"
_EIGHT_DIGITS = re.compile(r"(?<![0-9])[0-9]{8}(?![0-9])")


def _uk_account(match: re.Match[str]) -> bool:
    if not near(match, _ACCOUNT_WORDS, 48, 48):
        return False
    return near(match, _EIGHT_DIGITS, 48, 48)


# US: a routing number that passes the ABA checksum, next to a bank word
_ROUTING = r"(?<![0-9\-.])[0-9]{9}(?![0-9]|[\-.][0-9])"


def _us_routing(match: re.Match[str]) -> bool:
    return aba_ok(match.group()) and near(match, _ACCOUNT_WORDS, 60, 60)


# An account number after the words that name one: "account number 12345678", "口座番号1234567",
# "普通 1234567", "支店 123 ... 1234567"
_NUMBERED_ACCOUNT = (
    r"(?ai)(?:account (?:number|no\.?|#)|acct\.? ?(?:no\.?|#)?|a/c (?:no\.?|#)?|bank account"
    r"|checking account|savings account|current account|account ending in|\bbsb\b|\bifsc\b"
    r"|transit (?:number|no)|kontonummer|口座番号|口座|普通預金|普通|当座|支店(?:番号)?|店番"
    r"|記号|ゆうちょ)"
    r"[^0-9\n]{0,24}?(?P<number>[0-9](?:[0-9 \-]{4,20})[0-9])(?![0-9])"
)


def _numbered_account(match: re.Match[str]) -> bool:
    number = digits_of(match.group("number"))
    if not 6 <= len(number) <= 17 or len(set(number)) <= 2:
        return False
    # a price, a year or a date range is not an account: "account for 2024-2025"
    return not re.fullmatch(r"(19|20)[0-9]{2}[\- ](19|20)?[0-9]{2}", match.group("number"))


def finance_detectors() -> list[PatternDetector]:
    """The money detectors, in the order they are tried."""
    return [
        PatternDetector("card", _CARD, _card, min_digits=12),
        PatternDetector("iban", _IBAN, _iban, min_digits=8),
        AnyOf(
            "bank_account",
            [
                PatternDetector(
                    "bank_account", _UK_SORT_CODE, _uk_account, hint=_BANKISH, min_digits=14
                ),
                PatternDetector("bank_account", _ROUTING, _us_routing, hint=_BANKISH),
                PatternDetector(
                    "bank_account", _NUMBERED_ACCOUNT, _numbered_account, hint=_BANKISH
                ),
            ],
            min_digits=6,
        ),
    ]
