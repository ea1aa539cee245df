"""The held-out personal-data prompt set (``benchmarks/data/personal-data-heldout.jsonl``):
its shape, its counts, that every identifier with a check digit is valid (recomputed here,
independently of the generator), and that the generator rewrites the file byte for byte.

Reads the data only: no detector runs on this set here (the set is held out).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FILE = DATA_DIR / "personal-data-heldout.jsonl"
KINDS = {"us_ssn", "passport", "bank_account", "drivers_licence", "cloud_secret", "phone",
         "email", "credit_card", "my_number", "postal_address", "dob_with_name", "medical",
         "ip_address", "name_with_contact", "national_id"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generator():
    sys.path.insert(0, str(DATA_DIR))
    try:
        yield importlib.import_module("make_personal_data_heldout")
    finally:
        sys.path.remove(str(DATA_DIR))


# ---- validity checks, written from the published rules ------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number][::-1]
    doubled = [d * 2 - 9 if d * 2 > 9 else d * 2 for d in digits[1::2]]
    return (sum(digits[0::2]) + sum(doubled)) % 10 == 0


def ssn_ok(number: str) -> bool:
    area, group, serial = int(number[:3]), int(number[3:5]), int(number[5:])
    return (len(number) == 9 and area not in (0, 666) and area < 900 and group > 0
            and serial > 0)


def aba_ok(number: str) -> bool:
    d = [int(c) for c in number]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7])
                            + d[2] + d[5] + d[8]) % 10 == 0


def iban_ok(number: str) -> bool:
    lengths = {"GB": 22, "DE": 22, "NL": 18, "IE": 22, "FR": 27, "ES": 24}
    moved = number[4:] + number[:4]
    return (lengths.get(number[:2]) == len(number)
            and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1)


def bsn_ok(number: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    total = sum(int(c) * w for c, w in zip(number, weights, strict=True))
    return len(number) == 9 and total % 11 == 0


def tfn_ok(number: str) -> bool:
    weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    total = sum(int(c) * w for c, w in zip(number, weights, strict=True))
    return len(number) == 9 and total % 11 == 0


def dni_ok(value: str) -> bool:
    number = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return len(value) == 9 and "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == value[-1]


def my_number_ok(number: str) -> bool:
    # check digit = 11 - (sum of P_n * Q_n mod 11), 0 when the remainder is 0 or 1;
    # P_n is the n-th digit counting left from the check digit, Q_n = n + 1 (n <= 6), n - 5
    total = 0
    for n in range(1, 12):
        total += int(number[11 - n]) * (n + 1 if n <= 6 else n - 5)
    remainder = total % 11
    return len(number) == 12 and int(number[11]) == (0 if remainder <= 1 else 11 - remainder)


def uk_ni_ok(value: str) -> bool:
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", value) is not None
            and value[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def insee_ok(number: str) -> bool:
    return len(number) == 15 and 97 - int(number[:13]) % 97 == int(number[13:])


VERHOEFF_D = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
              "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"]
VERHOEFF_P = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870",
              "4286573901", "2793806415", "7046913258"]


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = int(VERHOEFF_D[c][int(VERHOEFF_P[i % 8][int(ch)])])
    return c == 0 and len(number) == 12 and number[0] not in "01"


def cpf_ok(number: str) -> bool:
    def digit(body: str) -> int:
        total = sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1), strict=True))
        return 0 if total % 11 < 2 else 11 - total % 11

    return len(number) == 11 and number[9:] == f"{digit(number[:9])}{digit(number[:10])}"


def ean13_ok(number: str) -> bool:
    return len(number) == 13 and sum(int(c) * (1, 3)[i % 2] for i, c in enumerate(number)) % 10 == 0


def corporate_ok(number: str) -> bool:
    # the check digit leads: 9 - (the other 12 weighted 1, 2, 1, 2 ... from the right) mod 9
    weighted = [int(c) * 2 if n % 2 == 0 else int(c) for n, c in enumerate(number[::-1], 1)]
    return len(number) == 13 and int(number[0]) == 9 - (sum(weighted) - weighted[-1]) % 9


def mod7_ok(number: str) -> bool:
    return len(number) == 12 and int(number[:11]) % 7 == int(number[11])


def mrz_check(field: str) -> str:
    values = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def mrz_ok(line: str) -> bool:
    return (len(line) == 44 and line[9] == mrz_check(line[:9])
            and line[19] == mrz_check(line[13:19]) and line[27] == mrz_check(line[21:27])
            and line[42] == mrz_check(line[28:42])
            and line[43] == mrz_check(line[:10] + line[13:20] + line[21:43]))


def uk_dl_ok(value: str) -> bool:
    # surname, decade, month (+50 for women), day, year, initials, 9, two check letters
    month, day = r"(0[1-9]|1[0-2]|5[1-9]|6[0-2])", r"(0[1-9]|[12]\d|3[01])"
    pattern = rf"[A-Z][A-Z9]{{4}}\d{month}{day}\d[A-Z9]{{2}}9[A-Z]{{2}}"
    return re.fullmatch(pattern, value) is not None


VALID = {"luhn": luhn_ok, "ssn": ssn_ok, "aba": aba_ok, "iban": iban_ok, "bsn": bsn_ok,
         "tfn": tfn_ok, "dni": dni_ok, "my_number": my_number_ok, "uk_ni": uk_ni_ok,
         "insee": insee_ok, "verhoeff": verhoeff_ok, "cpf": cpf_ok, "ean13": ean13_ok,
         "corporate": corporate_ok, "mod7": mod7_ok, "mrz": mrz_ok, "uk_dl": uk_dl_ok}


def squeeze(text: str) -> str:
    """Text without the separators people put inside numbers (full-width folded to ASCII)."""
    return re.sub(r"[\s\-.ー]", "", unicodedata.normalize("NFKC", text))


def test_the_checks_accept_published_examples_and_reject_a_changed_digit():
    examples = {"luhn": "79927398713", "aba": "021000021", "iban": "GB82WEST12345698765432",
                "ean13": "9784101010014", "my_number": "123456789018", "tfn": "123456782",
                "bsn": "111222333", "dni": "12345678Z", "cpf": "52998224725",
                "corporate": "7000012050002", "insee": "255081416802538",
                "mrz": "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}
    for scheme, value in examples.items():
        assert VALID[scheme](value), (scheme, value)
        at = 9 if scheme == "mrz" else len(value) - 2 if scheme == "dni" else len(value) - 1
        changed = value[:at] + str((int(value[at]) + 1) % 10) + value[at + 1 :]
        assert not VALID[scheme](changed), (scheme, changed)


# ---- the file -------------------------------------------------------------------------------


def test_rows_have_the_format_of_the_personal_data_sets(rows):
    assert len(rows) >= 300
    for row in rows:
        assert list(row) == ["id", "text", "lang", "label", "kind", "split"], row
        assert re.fullmatch(rf"ph-{row['lang']}-\d{{3}}", row["id"]), row["id"]
        assert row["lang"] in ("en", "ja") and row["label"] in (0, 1), row["id"]
        assert row["split"] == "report", row["id"]
        assert row["text"] == row["text"].strip(), row["id"]
        assert not re.search(r"\{[a-z_0-9]+(:\w*)?\}", row["text"]), row["id"]  # unfilled field
    for lang in ("en", "ja"):
        numbers = [int(r["id"][-3:]) for r in rows if r["lang"] == lang]
        assert numbers == list(range(1, len(numbers) + 1)), lang


def test_ids_and_texts_are_unique(rows):
    assert len({r["id"] for r in rows}) == len(rows)
    texts = Counter(r["text"] for r in rows)
    assert [t for t, n in texts.items() if n > 1] == []


def test_twelve_positives_per_kind_in_both_languages(rows):
    positives = Counter((r["kind"], r["lang"]) for r in rows if r["label"] == 1)
    assert {kind for kind, _ in positives} == KINDS
    for kind in KINDS:
        en, ja = positives[kind, "en"], positives[kind, "ja"]
        assert en + ja == 12, kind
        assert (en, ja) == ((5, 7) if kind == "my_number" else (7, 5)), kind


def test_about_120_hard_negatives_in_both_languages(rows):
    negatives = [r for r in rows if r["label"] == 0]
    assert 120 <= len(negatives) <= 140
    assert Counter(r["lang"] for r in negatives)["ja"] >= 45
    assert not {r["kind"] for r in negatives} & KINDS
    assert len({r["kind"] for r in negatives}) >= 20


def test_every_checked_value_is_valid_and_written_in_its_row(rows, generator):
    by_id = {r["id"]: r for r in rows}
    _, checks = generator.build()
    assert len(checks) >= 60
    for row_id, scheme, value in checks:
        assert VALID[scheme](value), (row_id, scheme, value)
        assert value in squeeze(by_id[row_id]["text"]), (row_id, value)


def test_each_numbered_kind_carries_a_valid_number_in_every_row(rows, generator):
    _, checks = generator.build()
    schemes = {(row_id, scheme) for row_id, scheme, _ in checks}
    needs = {"credit_card": "luhn", "us_ssn": "ssn", "my_number": "my_number"}
    for row in rows:
        if row["label"] == 1 and row["kind"] in needs:
            assert (row["id"], needs[row["kind"]]) in schemes, row["id"]
    seen = {scheme for _, scheme, _ in checks}
    assert seen == set(VALID), set(VALID) - seen


def test_the_generator_rewrites_the_file_byte_for_byte(generator):
    rows, _ = generator.build()
    assert generator.render(rows).encode("utf-8") == FILE.read_bytes()
