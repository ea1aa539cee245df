"""The held-out sets of sessions 8, 9 and 10 (``benchmarks/data/faq-heldout*.jsonl`` and
``benchmarks/data/conversations-heldout*.jsonl``): their shape, their counts per language,
label and kind, that they share no text with the older sets the guard was tuned on (the fourth
sets: with any older set), and that the generators rewrite their files byte for byte.

Reads the data only: no cache or guard runs on these sets here (they are held out).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

DATA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FAQ = DATA_DIR / "faq-heldout.jsonl"
FAQ2 = DATA_DIR / "faq-heldout2.jsonl"
FAQ3 = DATA_DIR / "faq-heldout3.jsonl"
FAQ4 = DATA_DIR / "faq-heldout4.jsonl"
CONVERSATIONS = DATA_DIR / "conversations-heldout.jsonl"
CONVERSATIONS2 = DATA_DIR / "conversations-heldout2.jsonl"
CONVERSATIONS3 = DATA_DIR / "conversations-heldout3.jsonl"
CONVERSATIONS4 = DATA_DIR / "conversations-heldout4.jsonl"
SAME_KINDS = {"reworded", "small-talk", "unrelated"}
DIFFERENT_KINDS = {"entity", "entity-reworded", "intent"}
SLOTS = {"product", "plan", "account", "amount", "date", "place", "person", "intent"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _older_texts() -> set[str]:
    texts: set[str] = set()
    for row in _rows(DATA_DIR / "faq-pairs.jsonl"):
        texts |= {row["a"], row["b"]}
    for name in ("conversations-tune.jsonl", "conversations-report.jsonl"):
        for row in _rows(DATA_DIR / name):
            texts |= {m["content"] for m in row["a"] + row["b"]}
    return texts


def test_faq_heldout_shape_and_counts() -> None:
    rows = _rows(FAQ)
    assert len(load_pairs(FAQ)) == len(rows) >= 200
    counts = Counter((r["lang"], r["label"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert counts[(lang, 1, "paraphrase")] >= 50
        assert counts[(lang, 0, "minimal-pair")] >= 50
        assert counts[(lang, 0, "role-swap")] >= 5
    assert {r["kind"] for r in rows} == {"paraphrase", "minimal-pair", "role-swap"}
    assert len({(r["a"], r["b"]) for r in rows}) == len(rows)
    assert all(r["a"] != r["b"] for r in rows)
    details = Counter(r["detail"] for r in rows if r["label"] == 0)
    for kind in ("opposite-action", "relation", "time", "quantity", "unit", "plan", "insertion",
                 "audience", "place", "direction", "negation", "scope", "product"):  # fmt: skip
        assert details[kind] >= 2, kind


def test_second_faq_heldout_shape_and_counts() -> None:
    rows = _rows(FAQ2)
    assert len(load_pairs(FAQ2)) == len(rows) >= 100
    counts = Counter((r["lang"], r["label"]) for r in rows)
    assert all(counts[(lang, label)] >= 25 for lang in ("en", "ja") for label in (0, 1))
    assert len({(r["a"], r["b"]) for r in rows}) == len(rows)
    first = {t for r in _rows(FAQ) for t in (r["a"], r["b"])}
    assert not {t for r in rows for t in (r["a"], r["b"])} & first


def test_third_faq_heldout_shape_and_counts() -> None:
    rows = _rows(FAQ3)
    assert len(load_pairs(FAQ3)) == len(rows) >= 150
    counts = Counter((r["lang"], r["label"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert counts[(lang, 1, "paraphrase")] >= 45
        assert counts[(lang, 0, "minimal-pair")] >= 45
        assert counts[(lang, 0, "role-swap")] >= 5
    assert all(r["label"] == (r["kind"] == "paraphrase") for r in rows)
    assert len({(r["a"], r["b"]) for r in rows}) == len(rows)
    assert all(r["a"] != r["b"] for r in rows)
    details = Counter(r["detail"] for r in rows if r["label"] == 0)
    for kind in ("opposite-action", "relation", "time", "quantity", "unit", "plan", "insertion",
                 "audience", "place", "direction", "negation", "scope", "product"):  # fmt: skip
        assert details[kind] >= 4, kind
    earlier = {t for path in (FAQ, FAQ2) for r in _rows(path) for t in (r["a"], r["b"])}
    assert not {t for r in rows for t in (r["a"], r["b"])} & earlier


def test_fourth_faq_heldout_shape_and_counts() -> None:
    rows = _rows(FAQ4)
    assert len(load_pairs(FAQ4)) == len(rows) >= 220
    assert set(rows[0]) == {"a", "b", "label", "lang", "kind", "detail"}
    counts = Counter((r["lang"], r["label"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert counts[(lang, 1, "paraphrase")] >= 55
        assert counts[(lang, 0, "minimal-pair")] >= 45
        assert counts[(lang, 0, "role-swap")] >= 10
    assert counts[("en", 0, "role-swap")] + counts[("ja", 0, "role-swap")] >= 20
    assert 0.45 <= sum(r["label"] for r in rows) / len(rows) <= 0.55
    assert all(r["label"] == (r["kind"] == "paraphrase") for r in rows)
    assert len({t for r in rows for t in (r["a"], r["b"])}) == 2 * len(rows)
    assert all(r["a"] != r["b"] for r in rows)
    details = Counter((r["lang"], r["detail"]) for r in rows if r["kind"] == "minimal-pair")
    for kind in ("opposite-action", "relation", "time", "quantity", "unit", "plan", "product",
                 "person", "place", "insertion", "deletion", "audience", "direction", "scope",
                 "negation"):  # fmt: skip
        assert details[("en", kind)] >= 2 and details[("ja", kind)] >= 2, kind
    order = Counter(r["lang"] for r in rows if r["detail"] == "role-order")
    assert order["en"] >= 5 and order["ja"] >= 5  # roles reordered, meaning kept: label 1
    earlier = {t for path in (FAQ, FAQ2, FAQ3) for r in _rows(path) for t in (r["a"], r["b"])}
    assert not {t for r in rows for t in (r["a"], r["b"])} & (earlier | _older_texts())


@pytest.mark.parametrize("script", ["heldout3_faq.py", "heldout4_faq.py",
                                    "heldout2_conversations.py", "heldout3_conversations.py",
                                    "heldout4_conversations.py"])  # fmt: skip
def test_generator_reproduces_its_file(script: str) -> None:
    command = [sys.executable, str(DATA_DIR / script), "--check"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout


@pytest.mark.parametrize(("path", "least", "per_kind"), [(CONVERSATIONS, 150, 12),
                                                         (CONVERSATIONS2, 60, 5),
                                                         (CONVERSATIONS3, 60, 5),
                                                         (CONVERSATIONS4, 96, 8)])  # fmt: skip
def test_conversation_heldout_shape_and_counts(path: Path, least: int, per_kind: int) -> None:
    rows = _rows(path)
    pairs = load_conversation_pairs(path)
    assert len(pairs) == len(rows) >= least
    for row in rows:
        assert row["a"][-1] == row["b"][-1]  # the same follow-up question
        assert row["a"][:-1] != row["b"][:-1]  # earlier turns differ
        assert row["label"] == (1 if row["kind"] in SAME_KINDS else 0)
        assert row["kind"] in SAME_KINDS | DIFFERENT_KINDS
        if row["label"] == 0:
            assert row["slot"] in SLOTS
    counts = Counter((r["lang"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        for kind in SAME_KINDS | DIFFERENT_KINDS:
            assert counts[(lang, kind)] >= per_kind, (lang, kind)
    slots = Counter(r["slot"] for r in rows if r["label"] == 0)
    assert len(slots) >= 6, slots
    assert len({r["id"] for r in rows}) == len(rows)


def test_heldout_sets_share_no_text_with_the_tuned_sets() -> None:
    older = _older_texts()
    faq = {t for path in (FAQ, FAQ2, FAQ3, FAQ4) for r in _rows(path) for t in (r["a"], r["b"])}
    conversation = {
        m["content"]
        for path in (CONVERSATIONS, CONVERSATIONS2, CONVERSATIONS3, CONVERSATIONS4)
        for r in _rows(path)
        for m in r["a"] + r["b"]
    }
    assert not faq & older
    assert not conversation & older


def test_conversation_generator_reproduces_the_file() -> None:
    script = DATA_DIR / "make_conversations_heldout.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout


def test_fourth_conversation_set_is_new_and_balanced() -> None:
    rows = _rows(CONVERSATIONS4)
    kinds = Counter(r["kind"] for r in rows)
    assert all(kinds[kind] >= 16 for kind in SAME_KINDS | DIFFERENT_KINDS), kinds
    assert Counter(r["lang"] for r in rows)["en"] == Counter(r["lang"] for r in rows)["ja"]
    earlier = {
        m["content"]
        for path in (CONVERSATIONS, CONVERSATIONS2, CONVERSATIONS3)
        for r in _rows(path)
        for m in r["a"] + r["b"]
    }
    earlier |= {t for path in (FAQ, FAQ2, FAQ3) for r in _rows(path) for t in (r["a"], r["b"])}
    assert not {m["content"] for r in rows for m in r["a"] + r["b"]} & earlier
