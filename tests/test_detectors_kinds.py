"""The detector kinds added for issue 11 (SSN, passports, bank accounts, driver's licences,
national ids, bare cloud secrets, passwords, national phone formats, postal addresses, dates of
birth with a name, medical details): their number rules, and how they are named in config."""

from __future__ import annotations

import pytest

from yamabiko.detectors import (
    BUILTIN_DETECTOR_NAMES,
    aba_ok,
    builtin_detectors,
    find_sensitive,
    sin_ok,
    ssn_ok,
    uk_ni_ok,
)
from yamabiko.errors import ConfigError
from yamabiko.policy import Policy

DETECTORS = builtin_detectors()

#: the kinds of personal data issue 11 found stored, each with a prompt that was stored then
ISSUE_PROMPTS = {
    "phone": ["Call me at (212) 555 7890", "my cell is 4155550132"],
    "date_of_birth": ["Write a birthday message for Emma Lee, born 2 June 1991",
                      "佐藤花子さん（1988年11月3日生まれ）の履歴書を作って"],
    "address": ["Send the contract to 55 Maple Avenue, Boston, MA 02116",
                "〒530-0001 大阪府大阪市北区梅田1-1-3 宛に送って"],
    "cloud_secret": ["aws secret: Zq3T8mR1vW0yK5nB7xC2dF4gH6jL9pQsUaEiOoYt"],
    "passport": ["my passport number is 563918274", "パスポート番号 TK1234567"],
    "bank_account": ["sort code 20-00-00 account 43918265", "routing 021000021 acct 3847261950",
                     "みずほ銀行 渋谷支店 普通預金 口座番号 1234567"],
    "ssn": ["my SSN is 512-34-8765"],
    "drivers_licence": ["driver's license D1234567", "運転免許証番号は301234567890"],
    "medical": ["I was diagnosed with HIV last year", "父が糖尿病と診断されました"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "text"), [(k, t) for k, ts in ISSUE_PROMPTS.items() for t in ts], ids=str
)
def test_the_kinds_issue_11_found_stored_are_now_detected(kind, text):
    assert DETECTORS[kind](text)
    assert Policy().find_sensitive([text]) is not None


@pytest.mark.parametrize(
    "text",
    [
        "What are the symptoms of HIV?",
        "How is type 2 diabetes diagnosed?",
        "Is it safe to take ibuprofen with alcohol?",
        "糖尿病の人が食べてはいけないものは？",
        "What is the SSN format?",
        "Which banks use routing number prefixes 02?",
        "My account was locked, how do I unlock it?",
        "How do I renew my passport?",
        "Who lived at 221B Baker Street?",
        "When was Marie Curie born?",
        "The meeting is on 12/05/2024 in room 4155550132",
        "Order 512-34-87 shipped",
        "I forgot my password, how do I reset it?",
    ],
)
def test_ordinary_prompts_about_those_topics_pass(text):
    assert find_sensitive([text], DETECTORS) is None


def test_number_rules():
    assert ssn_ok("512348765")
    assert not ssn_ok("000348765") and not ssn_ok("666348765") and not ssn_ok("912348765")
    assert not ssn_ok("512008765") and not ssn_ok("512340000") and not ssn_ok("078051120")
    assert aba_ok("021000021") and aba_ok("011000015")
    assert not aba_ok("021000022")  # checksum
    assert not aba_ok("991000021")  # no such Federal Reserve prefix
    assert sin_ok("130692544") and not sin_ok("130692545") and not sin_ok("830692544")
    assert uk_ni_ok("AB123456C") and uk_ni_ok("jk123456a")
    assert not uk_ni_ok("GB123456C")  # never allocated
    assert not uk_ni_ok("DA123456C")  # D is not a first letter
    assert not uk_ni_ok("AB123456E")  # suffix A-D only


def test_check_digits_keep_look_alikes_out():
    assert not DETECTORS["ssn"]("my SSN is 666-34-8765")
    assert not DETECTORS["bank_account"]("routing 021000022 account 55")
    assert not DETECTORS["national_id"]("my SIN is 130 692 545")
    assert not DETECTORS["drivers_licence"]("MORGA713116SM9IJ")  # month 13


def test_every_kind_has_a_name_users_can_turn_off():
    for kind in ISSUE_PROMPTS:
        assert kind in BUILTIN_DETECTOR_NAMES
    policy = Policy.from_config({"disabled_detectors": ["medical", "address"]}, "y.toml")
    assert "medical" not in policy.detectors and "address" not in policy.detectors
    assert policy.find_sensitive(["I was diagnosed with HIV last year"]) is None
    assert policy.find_sensitive(["call 090-1234-5678"]) == "phone"
    only = Policy.from_config({"detectors": ["ssn", "passport"]}, "y.toml")
    assert list(only.detectors) == ["ssn", "passport"]
    with pytest.raises(ConfigError, match="Did you mean 'drivers_licence'"):
        Policy.from_config({"disabled_detectors": ["drivers_license"]}, "y.toml")
    with pytest.raises(ConfigError, match="unknown detector 'ssm'"):
        Policy.from_config({"detectors": ["ssm"]}, "y.toml")
