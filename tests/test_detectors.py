"""The sensitive-data detectors, on the labelled set and on their validators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from yamabiko.detectors import (
    BUILTIN_DETECTOR_NAMES,
    builtin_detectors,
    find_sensitive,
    fold,
    iban_ok,
    luhn_ok,
    my_number_ok,
)
from yamabiko.policy import Policy

LABELLED = Path(__file__).parent / "data" / "sensitive_examples.jsonl"
ROWS = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
POSITIVES = [row for row in ROWS if row["detector"]]
NEGATIVES = [row for row in ROWS if not row["detector"]]
DETECTORS = builtin_detectors()


def test_the_labelled_set_covers_every_detector_in_both_languages():
    assert {row["detector"] for row in POSITIVES} == set(BUILTIN_DETECTOR_NAMES)
    for name in BUILTIN_DETECTOR_NAMES:
        langs = {row["lang"] for row in POSITIVES if row["detector"] == name}
        assert langs == {"en", "ja"}, name
    assert {row["lang"] for row in NEGATIVES} == {"en", "ja"}


@pytest.mark.parametrize("row", POSITIVES, ids=lambda r: f"{r['detector']}-{r['text'][:30]}")
def test_each_positive_example_is_found_by_its_detector(row):
    assert DETECTORS[row["detector"]](row["text"])


@pytest.mark.parametrize("row", NEGATIVES, ids=lambda r: r["text"][:40])
def test_no_detector_fires_on_negative_examples(row):
    assert find_sensitive([row["text"]], DETECTORS) is None


def test_luhn_check():
    assert luhn_ok("4111111111111111")
    assert luhn_ok("79927398713")  # the classic worked example
    assert not luhn_ok("4111111111111112")
    assert not luhn_ok("79927398710")


def test_my_number_check_digit():
    assert my_number_ok("123456789018")  # the published sample number
    assert not my_number_ok("123456789012")
    assert not my_number_ok("12345678901")  # 11 digits
    assert not my_number_ok("12345678901a")


def test_iban_checksum_and_country_length():
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("de89370400440532013000")  # case does not matter
    assert not iban_ok("GB82WEST12345698765433")  # checksum
    assert not iban_ok("GB82WEST1234569876543")  # length for GB
    assert not iban_ok("ZZ82WEST12345698765432")  # no such country


def test_invalid_check_digits_are_not_reported():
    assert not DETECTORS["card"]("pay with 4111 1111 1111 1112")
    assert not DETECTORS["my_number"]("マイナンバーは123456789012です")
    assert not DETECTORS["iban"]("IBAN GB00WEST12345698765432")


def test_full_width_text_is_folded():
    assert fold("０９０－１２３４－５６７８") == "090-1234-5678"
    assert DETECTORS["phone"]("０９０－１２３４－５６７８")
    assert DETECTORS["email"]("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")


def test_find_sensitive_names_the_first_matching_detector_in_order():
    text = "key sk-proj-4fJ9aQ2xR7mT1vB8nK3pL6sW0dY5hG2cE9uZ, mail a@example.com"
    assert find_sensitive([text], DETECTORS) == "api_key"
    assert find_sensitive(["hello", "mail a@example.com"], DETECTORS) == "email"
    assert find_sensitive(["hello", "world"], DETECTORS) is None


def test_a_plugged_in_detector_runs_with_the_built_in_ones():
    def employee_id(text: str) -> bool:
        return "EMP-" in text

    policy = Policy({**builtin_detectors(), "employee_id": employee_id})
    assert policy.find_sensitive(["Who is EMP-0042?"]) == "employee_id"
    assert policy.find_sensitive(["write to a@example.com"]) == "email"


def test_policy_without_arguments_detects_and_empty_detectors_turn_it_off():
    assert Policy().find_sensitive(["call 090-1234-5678"]) == "phone"
    assert Policy({}).find_sensitive(["call 090-1234-5678"]) is None
