"""The independent personal-data prompt set (benchmarks/data/personal-data-prompts.jsonl).

Checks the file's shape, counts and split, that it is what its generator writes, and that
the fake identifiers carry valid check digits (so a detector that checks them is measured
fairly). Written independently of the detector code; the check-digit functions here are
the test's own.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
SET = DATA_DIR / "personal-data-prompts.jsonl"
POSITIVE_KINDS = {
    "us_ssn", "passport", "bank_account", "drivers_licence", "cloud_secret", "phone", "email",
    "credit_card", "my_number", "postal_address", "dob_with_name", "medical", "ip_address",
    "name_with_contact", "national_id",
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _my_number_ok(number: str) -> bool:
    body, check = number[:11], int(number[11])
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(body), 1))
    r = total % 11
    return check == (0 if r <= 1 else 11 - r)


def _iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _aba_ok(n: str) -> bool:
    d = [int(c) for c in n]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def test_shape_and_ids(rows) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "text", "lang", "label", "kind", "split"}, r
        assert re.fullmatch(rf"pd-{r['lang']}-\d{{3}}", r["id"]), r["id"]
        assert r["lang"] in {"en", "ja"} and r["label"] in {0, 1}, r
        assert r["split"] in {"tune", "report"} and r["text"].strip(), r
        assert "{" not in r["text"] or r["label"] == 0, r  # no unfilled placeholder
    assert len({r["text"] for r in rows}) == len(rows)


def test_counts_and_split(rows) -> None:
    labels = Counter(r["label"] for r in rows)
    assert labels[1] >= 260 and labels[0] >= 160, labels
    for label in (0, 1):
        langs = Counter(r["lang"] for r in rows if r["label"] == label)
        assert 0.3 <= langs["ja"] / (langs["ja"] + langs["en"]) <= 0.5, (label, langs)
    kinds = Counter(r["kind"] for r in rows if r["label"] == 1)
    assert set(kinds) == POSITIVE_KINDS and min(kinds.values()) >= 12, kinds
    groups: dict[tuple, Counter] = {}
    for r in rows:
        groups.setdefault((r["label"], r["kind"], r["lang"]), Counter())[r["split"]] += 1
    for key, c in groups.items():
        assert abs(c["tune"] - c["report"]) <= 1, (key, c)


def test_file_is_what_the_generator_writes(rows, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(DATA_DIR))
    monkeypatch.delitem(sys.modules, "make_personal_data_prompts", raising=False)
    import make_personal_data_prompts as gen

    assert gen.build() == rows


def test_check_digits_are_valid(rows) -> None:
    by_kind: dict[str, list[str]] = {}
    for r in rows:
        if r["label"] == 1:
            by_kind.setdefault(r["kind"], []).append(unicodedata.normalize("NFKC", r["text"]))
    for text in by_kind["credit_card"]:
        cards = [_digits(m) for m in re.findall(r"\d(?:[ -]?\d){12,18}", text)]
        assert cards and all(_luhn_ok(c) for c in cards), text
    for text in by_kind["my_number"]:
        numbers = [_digits(m) for m in re.findall(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)", text)]
        assert numbers and all(_my_number_ok(n) for n in numbers), text
    ibans = [
        m.replace(" ", "")
        for text in by_kind["bank_account"]
        for m in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}", text)
    ]
    assert len(ibans) >= 6 and all(_iban_ok(i) for i in ibans), ibans
    routing = re.compile(r"routing(?: number)?:? (\d{9})", re.IGNORECASE)
    routings = [m for text in by_kind["bank_account"] for m in routing.findall(text)]
    assert len(routings) >= 3 and all(_aba_ok(n) for n in routings), routings
    sin = re.compile(r"(?:SIN|social insurance number)\D{0,10}(\d{3}[ -]?\d{3}[ -]?\d{3})")
    sins = [_digits(m) for text in by_kind["national_id"] for m in sin.findall(text)]
    assert len(sins) >= 3 and all(_luhn_ok(s) for s in sins), sins
