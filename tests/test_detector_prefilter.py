"""The detectors' pre-checks (yamabiko.detectors.prefilter) change the work, never the answer:
every rewritten or pre-checked pattern finds exactly the matches of the original."""

from __future__ import annotations

import contextlib
import json
import random
import re
from pathlib import Path

import pytest

from yamabiko.detectors import (
    builtin_detectors,
    contact,
    finance,
    fold,
    identity,
    medical,
    national,
    personal,
    secrets,
)
from yamabiko.detectors.base import AnyOf, PatternDetector
from yamabiko.detectors.prefilter import SHORT, fast_search, first_start, lead_with_class, starts

ROOT = Path(__file__).resolve().parent.parent
MODULES = (contact, finance, identity, medical, national, personal, secrets)
WORDS = (
    "account", "Account", "ACCT", "acc", "each", "bank", "banking", "sort code", "routing",
    "SIN", "sin", "since", "tax file", "BSN", "born", "birthday", "DOB", "d.o.b", "age", "aged",
    "passport", "licence", "driver's license", "DL", "NHS", "id number", "my", "I", "Emma Lee",
    "Mr Patel", "(", ":", ",", "-", ".", "/", " ", " ", " ", "12", "123", "1990", "07700",
    "900123", "4111 1111 1111 1111", "12-34-56", "021000021", "3847261950", "AB123456C",
    "GB82 WEST 1234 5698 7654 32", "1985-03-14", "3/14/85", "14 March 1985", "diagnosed",
    "diabetes", "mg", "口座", "生まれ", "ＡＢＣ", "İ", "ı", "ſ", "K", "é", "\n",
)  # fmt: skip


def texts() -> list[str]:
    """Random texts built from the words the patterns look for, plus the labelled examples."""
    rng = random.Random(20261202)
    out = ["", "x", "account", "ACCOUNT 12345678", "sin 046 454 286"]
    for _ in range(1000):
        words = rng.choices(WORDS, k=rng.randint(1, 40))
        joined = "".join(w + rng.choice(("", " ", " ", ", ", "\n")) for w in words)
        out.append(joined if rng.random() < 0.8 else joined.upper())
    for name in (
        "tests/data/sensitive_examples.jsonl",
        "benchmarks/data/personal-data-prompts.jsonl",
    ):
        with (ROOT / name).open(encoding="utf-8") as f:
            labelled = [json.loads(line)["text"] for line in f if line.strip()]
        out += labelled
        # long texts (the pre-checks skip short ones): the example after and before filler
        filler = "Here is what the answer says about it, in plain words. " * 3
        out += [filler + text if i % 2 else text + " " + filler for i, text in enumerate(labelled)]
    assert sum(len(t) >= SHORT for t in out) > 1000
    return [fold(t) for t in out]


TEXTS = texts()


def module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, str) and name.startswith("_"):
                with contextlib.suppress(re.error):
                    found[f"{module.__name__}.{name}"] = re.compile(value)
    return sorted(found.items())


PATTERNS = module_patterns()


def spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start)]


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pre_checks_find_what_the_pattern_finds(name, pattern):
    first, search = first_start(pattern), fast_search(pattern)
    for text in TEXTS:
        start = first(text)
        expected = spans(pattern, text)
        assert ([] if start is None else spans(pattern, text, start)) == expected, (name, text)
        assert search(text) == bool(expected), (name, text)


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_a_pattern_led_by_a_class_matches_as_before(name, pattern):
    rewritten = re.compile(lead_with_class(pattern.pattern), pattern.flags)
    for text in TEXTS:
        assert spans(rewritten, text) == spans(pattern, text), (name, text)


def test_the_rewrites_and_pre_checks_apply():
    assert (
        lead_with_class(r"(?<![0-9\-.])[0-9]{9}(?![0-9])")
        == r"[0-9](?<![0-9\-.].)[0-9]{8}(?![0-9])"
    )
    assert lead_with_class(r"(?i)(?<![A-Z])[A-Z]{2,5}x") == r"(?i)[A-Z](?<![A-Z].)[A-Z]{1,4}x"
    for unchanged in (r"(?<![0-9])(?=[0-9])x", r"(?<![0-9])[0-9]+", r"(?<![0-9])[^a]b", r"ab"):
        assert lead_with_class(unchanged) == unchanged
    found = starts(re.compile(r"(?ai)\baccount\b|routing|\bach\b|口座"))
    assert found == {("\\b", *"account", "\\b"), tuple("routing"), ("\\b", "a", "c", "h", "\\b")}
    assert starts(re.compile(r"\w+account")) is None  # any character may begin a match
    assert first_start(re.compile("口座"))("account 1234") is None  # cannot match ASCII text
    assert first_start(re.compile("口座"))("口座 1234") == 0  # non-ASCII text: searched whole
    # the built-in detectors use them: a number detector's regex is led by its class
    bank = builtin_detectors()["bank_account"]
    assert isinstance(bank, AnyOf)
    assert any(part.regex.pattern.startswith("[0-9](?<!") for part in bank.parts)


def test_detectors_decide_as_their_original_patterns():
    """Each built-in detector part, rebuilt from its original pattern without any pre-check,
    decides every text alike (hint, then every match validated, from position 0)."""
    for detector in builtin_detectors().values():
        parts = detector.parts if isinstance(detector, AnyOf) else [detector]
        for part in parts:
            if type(part) is not PatternDetector:
                continue  # (the API key detector decides in its own way)
            originals = [
                value
                for module in MODULES
                for value in vars(module).values()
                if isinstance(value, str) and lead_with_class(value) == part.regex.pattern
            ]
            original = re.compile(originals[0] if originals else part.regex.pattern,
                                  part.regex.flags)  # fmt: skip
            for text in TEXTS:
                hint = part.hint is None or part.hint(text)
                validate = part.validate or (lambda m: True)
                expected = hint and any(validate(m) for m in original.finditer(text))
                digits = sum(c.isascii() and c.isdigit() for c in text)
                if digits < part.min_digits:
                    expected = False
                assert part.match_folded(text) == expected, (part.name, text)
