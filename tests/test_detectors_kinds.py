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
    fold,
    sin_ok,
    ssn_ok,
    uk_ni_ok,
)
from yamabiko.detectors.base import words_hint
from yamabiko.detectors.checksums import (
    aadhaar_ok,
    bsn_ok,
    codice_fiscale_ok,
    cpf_ok,
    dni_ok,
    insee_ok,
    nhs_ok,
    steuer_id_ok,
    tfn_ok,
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


def test_national_id_check_digits():
    assert dni_ok("85367557K") and dni_ok("X2068626Y") and not dni_ok("85367557J")
    assert tfn_ok("844074142") and not tfn_ok("844074143")
    assert bsn_ok("178180099") and not bsn_ok("178180098")
    assert insee_ok("255081416802538") and not insee_ok("255081416802539")
    assert not insee_ok("355081416802538")  # sex digit 3 is never issued
    assert aadhaar_ok("234123412346") and not aadhaar_ok("234123412347")
    assert not aadhaar_ok("134123412346")  # never starts with 0 or 1
    assert steuer_id_ok("86095742719") and not steuer_id_ok("86095742718")
    assert cpf_ok("52998224725") and not cpf_ok("52998224726") and not cpf_ok("11111111111")
    assert nhs_ok("9434765919") and not nhs_ok("9434765918")
    assert codice_fiscale_ok("RSSMRA85T10A562S") and not codice_fiscale_ok("RSSMRA85T10A562T")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("national_id", "numéro de sécu 1 61 10 65 408 371 21"),  # INSEE key, no label needed
        ("national_id", "passenger list: Ana Ruiz 85367557K"),  # DNI letter, no label
        ("national_id", "codice fiscale rssmra85t10a562s"),  # lower case, check letter
        ("national_id", "my sin is 288-892-631"),  # "sin" in lower case, Luhn
        ("national_id", "Aadhaar: 2341 2341 2346"),
        ("national_id", "ねんきん定期便の番号 4410-283957"),
        ("national_id", "保険証 記号 801 番号 22"),
        ("bank_account", "44-39-18 00560644"),  # sort code + account as printed
        ("bank_account", "sort code 820997 acc 95991701"),
        ("bank_account", "ゆうちょ 記号14130 番号29384751"),
        ("iban", "pay es13 6925 3778 9094 6179 2020 please"),  # lower case, a word after it
        ("date_of_birth", "Child: Amelia Rowan, DOB 18-Aug-2019"),
        ("date_of_birth", "Compatibility for Olivia Grant (1992-11-30)"),
        ("date_of_birth", "私は平成7年3月14日生まれです"),
        ("date_of_birth", "祖母は昭和十年五月三日生まれです"),
        ("drivers_licence", "my WA license is WDLDEW6NOECR"),
        ("medical", "I've been on sertraline since March"),
        ("medical", "HIV陽性と分かりました"),
        ("address", "deliver to 711 south 4th street, louisville ky 40202"),
        ("address", "flat 2, 14 albert road, manchester m14 5tb"),
        ("address", "住所は横浜市中区山下町12-3 ハイツ山下305号室です"),
    ],
)
def test_formats_without_labels_or_capitals(kind, text):
    assert DETECTORS[kind](text)


@pytest.mark.parametrize(
    "text",
    [
        "sin(x) = 0.5 when x = 288892631",  # the sine, not a SIN
        "Order 85367557J shipped",  # DNI-shaped but the letter is wrong
        "What does the key in 1 61 10 65 408 371 22 mean?",  # INSEE key wrong
        "Invoice 44-39-18 total 00560644 yen",  # no bank word, no sort-code layout
        "IBAN format: ES13 6925 3778 9094 6179 2021",  # mod 97 fails
        "Meeting with Olivia Grant (2024-11-30) about the budget",  # a recent date: not a birth
        "Neil Armstrong (5 August 1930 – 25 August 2012) walked on the Moon",  # a life span
        "I know that the answer is right, 私はその答えが正しいと分かりました",
        "How many days of prep do I need for the exam?",
        "The street is 3 times the same way as before",
        "横浜市中区山下町1-2の天気は？",
    ],
)
def test_look_alikes_of_the_new_formats_pass(text):
    assert find_sensitive([text], DETECTORS) is None


def test_words_hint_finds_any_word_as_a_substring_of_the_lower_cased_text():
    hint = words_hint(["diabet", "dia", "mri", "my doctor", "がん"])
    assert hint("DIABETES") and hint("a diagram") and hint("an MRI scan") and hint("がんの治療")
    assert hint("ask My Doctor") and not hint("my doc") and not hint("hello")


def test_folding_makes_any_dash_between_digits_a_hyphen():
    assert fold("０９０ー１２３４ー５６７８") == "090-1234-5678"  # the long-vowel mark
    assert fold("３４６−７７‐６７３１") == "346-77-6731"  # minus sign, hyphen
    assert fold("ラーメン ー 2杯") == "ラーメン ー 2杯"  # not between digits: left alone
