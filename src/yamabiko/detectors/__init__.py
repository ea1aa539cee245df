"""Sensitive-data detectors: small, named, fast and conservative.

A detector is any callable ``(text: str) -> bool``. The built-in ones are
:class:`PatternDetector` objects: one precompiled regular expression finds candidates, and a
validator (a check digit, a number rule, a parser, or a keyword nearby) drops the ones that
only look right. They answer *whether* a text holds sensitive data, never *what* it is, so
nothing downstream can log the value by accident.

Text is folded first: when it is not pure ASCII it is NFKC-normalised, so full-width digits
and letters (``０９０－１２３４－５６７８``, ``ｔａｒｏ＠example.jp``) match like ASCII ones.

Built-in detectors (name: what it finds), one module per family:

- :mod:`.secrets`: ``private_key`` (PEM / OpenSSH / PGP blocks), ``jwt``, ``bearer_token``,
  ``api_key`` (well-known key formats and ``api_key = …`` assignments), ``cloud_secret`` (a
  bare random-looking 30-100 character token, e.g. an AWS secret access key, next to a key
  name), ``password`` ("my password is …", "暗証番号は …" with a non-word value).
- :mod:`.contact`: ``email``, ``phone`` (international, US incl. ``(212) 555 7890``, UK,
  Japanese; bare 10-11 digit runs next to a phone word), ``address`` (US street addresses
  with an address word or a ZIP after them, UK postcodes with a street, Japanese 〒 codes and
  prefecture + block numbers).
- :mod:`.finance`: ``card`` (Luhn), ``iban`` (mod 97), ``bank_account`` (UK sort code +
  account, US routing number with the ABA checksum, "account number …", 口座番号 / 支店).
- :mod:`.identity`: ``my_number`` (check digit), ``ssn`` (area / group / serial rules),
  ``passport`` (US / UK / JP formats near "passport"), ``drivers_licence`` (US and JP numbers
  and letter codes near the word; the UK format with its birth-date fields).
- :mod:`.national`: ``national_id`` (UK NI, SIN, DNI / NIE, BSN, TFN, INSEE, Aadhaar, PAN,
  codice fiscale, Steuer-ID, CPF, NHS, Chinese id, CURP, 在留カード, 基礎年金番号, 保険証
  記号 / 番号; each with its check digit, and a naming word where the check is weak).
- :mod:`.personal`: ``date_of_birth`` (a full date next to "born" / 生まれ / an age word and a
  name or "my", in a date-of-birth field, or right after a name).
- :mod:`.medical`: ``medical`` (the speaker or a named person with a diagnosis, prescription,
  condition or a telling medicine; generic health questions pass).
- :mod:`.network`: ``ipv4``, ``ipv6``.

Opt-in detectors (not built in): :class:`~yamabiko.detectors.remote.RemoteDetector` (asks an
HTTP service such as Presidio) and :class:`~yamabiko.detectors.ner.NerDetector` (person names
and addresses with spaCy / GiNZA, ``pip install 'yamabiko[ner]'``).
"""

from __future__ import annotations

from .base import Detector, PatternDetector, count_digits, fold
from .checksums import (
    IBAN_LENGTHS,
    aba_ok,
    iban_ok,
    luhn_ok,
    my_number_ok,
    sin_ok,
    ssn_ok,
    uk_ni_ok,
)
from .registry import BUILTIN_DETECTOR_NAMES, builtin_detectors, find_sensitive

__all__ = [
    "BUILTIN_DETECTOR_NAMES",
    "IBAN_LENGTHS",
    "Detector",
    "PatternDetector",
    "aba_ok",
    "builtin_detectors",
    "count_digits",
    "find_sensitive",
    "fold",
    "iban_ok",
    "luhn_ok",
    "my_number_ok",
    "sin_ok",
    "ssn_ok",
    "uk_ni_ok",
]
