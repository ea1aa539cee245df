"""The held-out sets of session 11 (``benchmarks/data/faq-heldout5.jsonl`` and
``benchmarks/data/conversations-heldout5.jsonl``): their shape, their counts per language,
label, kind and detail, that minimal pairs are minimal and role swaps keep the same words, that
they share no text with any older set of ``benchmarks/data``, and that the generators rewrite
their files byte for byte.

Reads the data only: no cache, guard or embedder runs on these sets here (they are held out).
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

DATA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
FAQ5 = DATA_DIR / "faq-heldout5.jsonl"
CONVERSATIONS5 = DATA_DIR / "conversations-heldout5.jsonl"
SAME_KINDS = {"reworded", "small-talk", "unrelated"}
DIFFERENT_KINDS = {"entity", "entity-reworded", "intent"}
SLOTS = {"product", "plan", "account", "amount", "date", "place", "person", "intent"}
MINIMAL_DETAILS = ("opposite-action", "relation", "time", "quantity", "unit", "plan", "product",
                   "person", "place", "insertion", "deletion", "audience", "direction", "scope",
                   "negation", "comparative")  # fmt: skip
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _texts(row: dict) -> set[str]:
    """Every prompt or message text of a row of any data set in the folder."""
    out: set[str] = set()
    for key in ("a", "b", "text"):
        value = row.get(key)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list):
            out |= {m["content"] for m in value}
    return out


def _older_texts() -> set[str]:
    """The texts of every older JSON Lines set in ``benchmarks/data``."""
    older: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        if "heldout5" not in path.name:
            for row in _rows(path):
                older |= _texts(row)
    return older


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'s ", " "))


def test_faq_heldout5_shape_and_counts() -> None:
    rows = _rows(FAQ5)
    assert len(load_pairs(FAQ5)) == len(rows) >= 240
    assert all(set(r) == {"a", "b", "label", "lang", "kind", "detail"} for r in rows)
    counts = Counter((r["lang"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert counts[(lang, "paraphrase")] >= 60
        assert counts[(lang, "minimal-pair")] >= 45
        assert counts[(lang, "role-swap")] >= 12
    languages = Counter(r["lang"] for r in rows)
    assert set(languages) == {"en", "ja"} and abs(languages["en"] - languages["ja"]) <= 10
    assert all(r["label"] == int(r["kind"] == "paraphrase") for r in rows)
    assert 0.45 <= sum(r["label"] for r in rows) / len(rows) <= 0.55
    assert len({t for r in rows for t in (r["a"], r["b"])}) == 2 * len(rows)
    assert all(r["a"] != r["b"] for r in rows)
    for r in rows:  # the language field says which language the prompts are in
        assert all(bool(JAPANESE.search(t)) == (r["lang"] == "ja") for t in (r["a"], r["b"]))
    details = Counter((r["lang"], r["detail"]) for r in rows if r["kind"] == "minimal-pair")
    for detail in MINIMAL_DETAILS:
        assert details[("en", detail)] >= 2 and details[("ja", detail)] >= 2, detail
    order = Counter(r["lang"] for r in rows if r["detail"] == "role-order")
    assert order["en"] >= 5 and order["ja"] >= 5  # roles reordered, meaning kept: label 1


def test_faq_heldout5_minimal_pairs_change_little_and_role_swaps_keep_the_words() -> None:
    rows = _rows(FAQ5)
    for r in rows:
        if r["kind"] == "minimal-pair":
            if r["lang"] == "en":
                a, b = _words(r["a"]), _words(r["b"])
            else:
                a, b = list(r["a"]), list(r["b"])
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            changed = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes()
                          if op != "equal")  # fmt: skip
            assert 1 <= changed <= (4 if r["lang"] == "en" else 12), (r["a"], r["b"])
        elif r["kind"] == "role-swap":
            if r["lang"] == "en":  # the content words are the same, their roles exchanged
                same = Counter(w for w in _words(r["a"]) if len(w) >= 5) == Counter(
                    w for w in _words(r["b"]) if len(w) >= 5
                )
            else:  # the same characters, the particles attached to other nouns
                same = sorted(r["a"]) == sorted(r["b"])
            assert same, (r["a"], r["b"])


def test_conversations_heldout5_shape_and_counts() -> None:
    rows = _rows(CONVERSATIONS5)
    assert len(load_conversation_pairs(CONVERSATIONS5)) == len(rows) >= 132
    for row in rows:
        assert row["a"][-1] == row["b"][-1]  # the same follow-up question
        assert row["a"][:-1] != row["b"][:-1]  # earlier turns differ
        assert row["label"] == (1 if row["kind"] in SAME_KINDS else 0)
        assert row["kind"] in SAME_KINDS | DIFFERENT_KINDS
        assert (row.get("slot") in SLOTS) == (row["label"] == 0)
        for side in (row["a"], row["b"]):
            roles = [m["role"] for m in side]
            assert roles == ["user", "assistant"] * (len(side) // 2) + ["user"]
            assert all(m["content"].strip() == m["content"] != "" for m in side)
            assert all(bool(JAPANESE.search(m["content"])) == (row["lang"] == "ja") for m in side)
    counts = Counter((r["lang"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        for kind in SAME_KINDS | DIFFERENT_KINDS:
            assert counts[(lang, kind)] >= 11, (lang, kind)
    assert Counter(r["lang"] for r in rows)["en"] == Counter(r["lang"] for r in rows)["ja"]
    slots = Counter(r["slot"] for r in rows if r["label"] == 0)
    assert len(slots) >= 7, slots
    assert len({r["id"] for r in rows}) == len(rows)
    threads = {r["id"].rsplit("-", 1)[0] for r in rows}
    assert len(threads) == len(rows) // 6


def test_heldout5_sets_share_no_text_with_older_sets() -> None:
    older = _older_texts()
    for name in ("faq-pairs.jsonl", "faq-heldout4.jsonl", "conversations-tune.jsonl",
                 "conversations-heldout4.jsonl"):  # fmt: skip
        assert {t for r in _rows(DATA_DIR / name) for t in _texts(r)} <= older, name
    faq = {t for r in _rows(FAQ5) for t in _texts(r)}
    conversation = {t for r in _rows(CONVERSATIONS5) for t in _texts(r)}
    assert not faq & older, sorted(faq & older)[:5]
    assert not conversation & older, sorted(conversation & older)[:5]
    assert not faq & conversation


@pytest.mark.parametrize("script", ["heldout5_faq.py", "heldout5_conversations.py"])
def test_heldout5_generator_reproduces_its_file(script: str) -> None:
    command = [sys.executable, str(DATA_DIR / script), "--check"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout
