"""Money: payment card numbers (Luhn), IBANs (mod 97) and bank accounts (UK sort code +
account, US routing number with the ABA checksum + account, Japanese 支店 / 口座番号)."""

from __future__ import annotations

import re

from .base import AnyOf, PatternDetector, digits_of, keyword_hint, near
from .checksums import IBAN_LENGTHS, aba_ok, card_prefix_ok, iban_ok, luhn_ok

_CARD = (
    r"(?<![0-9.,])[0-9](?:[ \-]?[0-9]){12,18}(?![0-9]|[.,][0-9])"
    r"|(?<![0-9.])[0-9]{4}\.[0-9]{4}\.[0-9]{4}\.[0-9]{1,7}(?![0-9]|\.[0-9])"
)
_IBAN = r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?"


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
    """Valid at the country's length, cut where a group ends: "ES91 2100 … 1332 is" took the
    next short word too, "DE89370400440532013000," did not."""
    text = match.group()
    length = IBAN_LENGTHS.get(text[:2].upper())
    if length is None:
        return False
    seen = 0
    for i, ch in enumerate(text):
        if ch != " ":
            seen += 1
        if seen == length:
            after = match.string[match.start() + i + 1 : match.start() + i + 2]
            glued = after.isascii() and after.isalnum()
            return not glued and iban_ok(text[: i + 1].replace(" ", ""))
    return False


# -- bank accounts -------------------------------------------------------------------------------

_ACCOUNT_WORDS = re.compile(
    r"(?ai)\baccount(?:s|[_\-]?(?:number|no|num|id))?\b|\bacc(?:t|ount)?s?\b|\ba/c\b|\bbank"
    r"|routing|\baba\b|\brtn\b|\bwire\b|\bach\b|deposit|sort[ _\-]?code|\bs/c\b|\bbsb\b"
    r"|\bifsc\b|\bswift\b|\bbic\b|transit|checking"
    r"|savings|payroll|refund|transfer|payee|standing order|direct debit|kontonummer|monzo"
    r"|starling|lloyds|barclays|natwest|hsbc|santander|halifax|nationwide|revolut|chase"
    r"|wells fargo|citibank"
    r"|口座|支店|普通|当座|預金|振込|振り込|送金|入金|引き落とし|銀行|信金|信用金庫|店番|ゆうちょ"
    r"|記号|名義"
)
_BANKISH = keyword_hint(_ACCOUNT_WORDS)


# UK: sort code 12-34-56 and an 8-digit account number, either way round
def _sort_code(group: int) -> str:
    return rf"[0-9]{{2}}([\- ]?)[0-9]{{2}}\{group}[0-9]{{2}}"


_UK_ACCOUNT = r"(?:[0-9]{8}|[0-9]{4} [0-9]{4})"
_GAP = r"(?P<gap>[^0-9\n]{0,30}?)"
_UK_PAIR = (
    rf"(?<![0-9\-.])(?:{_sort_code(1)}{_GAP}{_UK_ACCOUNT}"
    rf"|{_UK_ACCOUNT}[^0-9\n]{{0,30}}?{_sort_code(2)})(?![0-9]|[\-.][0-9])"
)
_JUST_SEPARATORS = re.compile(r"[ ,;/:|]*")


def _uk_account(match: re.Match[str]) -> bool:
    if len(digits_of(match.group())) != 14:
        return False
    # "12-34-56 12345678" is a sort code and account as printed on a card or statement
    dashed = (match.group(1) or match.group(2)) == "-"
    if dashed and _JUST_SEPARATORS.fullmatch(match.group("gap") or "-"):
        return True
    return _ACCOUNT_WORDS.search(match.string) is not None


# US: a routing number that passes the ABA checksum, next to a bank word
_ROUTING = r"(?<![0-9\-.])[0-9]{9}(?![0-9]|[\-.][0-9])"


_ACCOUNT_AFTER = re.compile(r"[ ,;/:|\-]{1,3}[0-9]{6,17}(?![0-9])")


def _us_routing(match: re.Match[str]) -> bool:
    return aba_ok(match.group()) and near(match, _ACCOUNT_WORDS, 80, 80)


def _routing_then_account(match: re.Match[str]) -> bool:
    """ "021000021 3847261950": a routing number with the account number right after it."""
    return _ACCOUNT_AFTER.match(match.string, match.end()) is not None and aba_ok(match.group())


# ゆうちょ銀行: 記号 (5 digits from 1) and 番号 (up to 8 digits), "記号 12340 番号 87654321",
# "14130-29384751"
_YUCHO = (
    r"(?<![0-9])1[0-9]{3}0?[^0-9\n。？?]{0,12}?番号[^0-9\n。？?]{0,6}?[0-9]{5,8}(?![0-9])"
    r"|(?<![0-9\-])1[0-9]{4}[\- ][0-9]{5,8}(?![0-9]|-[0-9])"
)


def _yucho(match: re.Match[str]) -> bool:
    return near(match, re.compile("ゆうちょ|郵便|記号|振替|貯金"), 40, 16)


# An account number after the words that name one: "account number 12345678", "口座番号1234567",
# "普通 1234567", "支店 123 ... 1234567"
_ACCOUNT_LABEL = re.compile(
    r"(?ai)(?:account[ _\-]?(?:number|no\.?|num|#)|acct\.?[ _]?(?:no\.?|#)?|a/c (?:no\.?|#)?"
    r"|bank[ _]?account"
    r"|checking account|savings account|current account|account ending in|\bbsb\b|\bifsc\b"
    r"|transit (?:number|no)|kontonummer|口座番号|口座|普通預金|普通|当座|支店(?:番号)?|店番"
    r"|記号|ゆうちょ|[(（]普[)）]|総合|貯蓄)"
    r"[^0-9\n]{0,24}\Z"
    r"|\b(?:account|acc|konto)\b[ :#.]{0,3}\Z"  # "account 48291734": the word right before
)
# the number is found first (cheap), then the words before it
_NUMBERED_ACCOUNT = r"(?<![0-9])[0-9][0-9 \-]{4,20}[0-9](?![0-9])"


def _numbered_account(match: re.Match[str]) -> bool:
    number = digits_of(match.group())
    if not 6 <= len(number) <= 17 or len(set(number)) <= 2:
        return False
    # a price, a year or a date range is not an account: "account for 2024-2025"
    if re.fullmatch(r"(19|20)[0-9]{2}[\- ](19|20)?[0-9]{2}", match.group()):
        return False
    head = match.string[max(0, match.start() - 48) : match.start()]
    return _ACCOUNT_LABEL.search(head) is not None


def finance_detectors() -> list[PatternDetector]:
    """The money detectors, in the order they are tried."""
    return [
        PatternDetector("card", _CARD, _card, min_digits=12),
        PatternDetector("iban", _IBAN, _iban, min_digits=8),
        AnyOf(
            "bank_account",
            [
                PatternDetector("bank_account", _UK_PAIR, _uk_account, min_digits=14),
                PatternDetector("bank_account", _YUCHO, _yucho, hint=lambda t: not t.isascii()),
                PatternDetector("bank_account", _ROUTING, _us_routing, hint=_BANKISH, min_digits=9),
                PatternDetector("bank_account", _ROUTING, _routing_then_account, min_digits=15),
                PatternDetector(
                    "bank_account",
                    _NUMBERED_ACCOUNT,
                    _numbered_account,
                    hint=_BANKISH,
                    min_digits=6,
                ),
            ],
            min_digits=6,
        ),
    ]
