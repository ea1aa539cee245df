"""Checks shared by the tests of the hand-written held-out sets of ``benchmarks/data`` from
session 11 on (``test_heldout5_sets.py`` and ``test_heldout_sets.py`` for sets 6 to 9):
the rows of a JSON Lines set, their texts, the shape of an FAQ set and of a conversation set,
exact counts per kind, detail and language, that minimal pairs change few words and role swaps
keep the same words, that paraphrases and reworded threads really use other words, that every
conversation pair ends with the same question, that a set shares no text with the older ones,
and that a generator reproduces its file.

Reads the data only: no cache, guard or embedder runs on the held-out sets.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
SAME_KINDS = {"reworded", "small-talk", "unrelated"}
DIFFERENT_KINDS = {"entity", "entity-reworded", "intent"}
SLOTS = {"product", "plan", "account", "amount", "date", "place", "person", "intent"}
MINIMAL_DETAILS = ("opposite-action", "relation", "time", "quantity", "unit", "plan", "product",
                   "person", "place", "insertion", "deletion", "audience", "direction", "scope",
                   "negation", "comparative")  # fmt: skip
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def rows(path: Path) -> list[dict]:
    """The rows of the JSON Lines file ``path``."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def texts(row: dict) -> set[str]:
    """Every prompt or message text of a row of any data set in the folder."""
    out: set[str] = set()
    for key in ("a", "b", "text"):
        value = row.get(key)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list):
            out |= {m["content"] for m in value}
    return out


def older_texts(own: str) -> set[str]:
    """The texts of every JSON Lines set in ``benchmarks/data`` whose name does not hold
    ``own`` (the tag of the set under test, e.g. ``"heldout6"``)."""
    older: set[str] = set()
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        if own not in path.name:
            for row in rows(path):
                older |= texts(row)
    return older


def words(text: str) -> list[str]:
    """The lower-case words and numbers of an English text (a possessive ``'s`` dropped)."""
    return re.findall(r"[a-z0-9]+", text.lower().replace("'s ", " "))


def changed(a: list[str], b: list[str]) -> int:
    """How many tokens of ``a`` and ``b`` lie outside their longest common blocks."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in matcher.get_opcodes()
               if op != "equal")  # fmt: skip


def tokens(text: str, lang: str) -> list[str]:
    """English words, or the Japanese characters that are not punctuation."""
    if lang == "en":
        return words(text)
    return [c for c in text if not re.match(r"[\s、。？！?!,.（）()〜・]", c)]


def check_faq_shape(faq: list[dict], paraphrases: int, minimal: int, role_swaps: int) -> None:
    """An FAQ set's fields, labels, languages and at least the given counts per language of
    paraphrases, minimal pairs and role swaps (two minimal pairs per detail, five
    ``role-order`` paraphrases)."""
    assert all(set(r) == {"a", "b", "label", "lang", "kind", "detail"} for r in faq)
    counts = Counter((r["lang"], r["kind"]) for r in faq)
    for lang in ("en", "ja"):
        assert counts[(lang, "paraphrase")] >= paraphrases
        assert counts[(lang, "minimal-pair")] >= minimal
        assert counts[(lang, "role-swap")] >= role_swaps
    languages = Counter(r["lang"] for r in faq)
    assert set(languages) == {"en", "ja"} and abs(languages["en"] - languages["ja"]) <= 10
    assert all(r["label"] == int(r["kind"] == "paraphrase") for r in faq)
    assert 0.45 <= sum(r["label"] for r in faq) / len(faq) <= 0.55
    assert len({t for r in faq for t in (r["a"], r["b"])}) == 2 * len(faq)
    assert all(r["a"] != r["b"] for r in faq)
    for r in faq:  # the language field says which language the prompts are in
        assert all(bool(JAPANESE.search(t)) == (r["lang"] == "ja") for t in (r["a"], r["b"]))
    details = Counter((r["lang"], r["detail"]) for r in faq if r["kind"] == "minimal-pair")
    for detail in MINIMAL_DETAILS:
        assert details[("en", detail)] >= 2 and details[("ja", detail)] >= 2, detail
    order = Counter(r["lang"] for r in faq if r["detail"] == "role-order")
    assert order["en"] >= 5 and order["ja"] >= 5  # roles reordered, meaning kept: label 1


def check_minimal_and_role_swaps(faq: list[dict]) -> None:
    """Minimal pairs change at most four English words or twelve Japanese characters; role
    swaps keep the same content words (English) or the same characters (Japanese)."""
    for r in faq:
        if r["kind"] == "minimal-pair":
            if r["lang"] == "en":
                n = changed(words(r["a"]), words(r["b"]))
            else:
                n = changed(list(r["a"]), list(r["b"]))
            assert 1 <= n <= (4 if r["lang"] == "en" else 12), (r["a"], r["b"])
        elif r["kind"] == "role-swap":
            if r["lang"] == "en":  # the content words are the same, their roles exchanged
                same = Counter(w for w in words(r["a"]) if len(w) >= 5) == Counter(
                    w for w in words(r["b"]) if len(w) >= 5
                )
            else:  # the same characters, the particles attached to other nouns
                same = sorted(r["a"]) == sorted(r["b"])
            assert same, (r["a"], r["b"])


def check_faq_counts(faq: list[dict], paraphrases: int, minimal: int, role_swaps: int) -> None:
    """An FAQ set of exactly ``paraphrases``, ``minimal`` pairs and ``role_swaps`` per language
    (with :func:`check_faq_shape`), three minimal pairs per detail and six ``role-order``
    paraphrases per language."""
    check_faq_shape(faq, paraphrases, minimal, role_swaps)
    assert len(faq) == 2 * (paraphrases + minimal + role_swaps)
    counts = Counter((r["lang"], r["kind"]) for r in faq)
    for lang in ("en", "ja"):
        assert counts[(lang, "paraphrase")] == paraphrases
        assert counts[(lang, "minimal-pair")] == minimal
        assert counts[(lang, "role-swap")] == role_swaps
    details = Counter((r["lang"], r["detail"]) for r in faq if r["kind"] == "minimal-pair")
    assert all(details[(lang, d)] == 3 for lang in ("en", "ja") for d in MINIMAL_DETAILS)
    order = Counter(r["lang"] for r in faq if r["detail"] == "role-order")
    assert order == {"en": 6, "ja": 6}


def check_paraphrases_reworded(faq: list[dict]) -> None:
    """Every paraphrase differs in more than case and punctuation."""
    for r in faq:
        if r["kind"] == "paraphrase":
            assert tokens(r["a"], r["lang"]) != tokens(r["b"], r["lang"]), r["a"]


def check_conversations(pairs: list[dict], per_kind: int) -> None:
    """A conversation set's messages, labels, kinds and slots, at least ``per_kind`` pairs of
    each kind per language, and six pairs per thread."""
    for row in pairs:
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
    counts = Counter((r["lang"], r["kind"]) for r in pairs)
    for lang in ("en", "ja"):
        for kind in SAME_KINDS | DIFFERENT_KINDS:
            assert counts[(lang, kind)] >= per_kind, (lang, kind)
    assert Counter(r["lang"] for r in pairs)["en"] == Counter(r["lang"] for r in pairs)["ja"]
    slots = Counter(r["slot"] for r in pairs if r["label"] == 0)
    assert len(slots) >= 7, slots
    assert len({r["id"] for r in pairs}) == len(pairs)
    threads = {r["id"].rsplit("-", 1)[0] for r in pairs}
    assert len(threads) == len(pairs) // 6


def check_conversation_counts(pairs: list[dict], per_kind: int) -> None:
    """A conversation set (:func:`check_conversations`) with exactly ``per_kind`` pairs of each
    kind per language, an ``intent`` slot on every ``intent`` pair and at least one pair
    changing an account, a person, a place, a date and a plan."""
    check_conversations(pairs, per_kind)
    counts = Counter((r["lang"], r["kind"]) for r in pairs)
    assert set(counts.values()) == {per_kind} and len(counts) == 12
    slots = Counter(r["slot"] for r in pairs if r["label"] == 0)
    assert slots["intent"] == 2 * per_kind
    assert {"account", "person", "place", "date", "plan"} <= set(slots)


def check_same_follow_up(pairs: list[dict]) -> None:
    """Both sides of every pair end with the same user question, one per thread."""
    for r in pairs:
        last = r["a"][-1]
        assert last == r["b"][-1] and last["role"] == "user"
        assert last["content"].endswith(("?", "？")), last
    threads = Counter(r["a"][-1]["content"] for r in pairs)
    assert all(n % 6 == 0 for n in threads.values())  # one follow-up per thread


def check_reworded_threads(pairs: list[dict], most: float = 0.7) -> None:
    """The earlier user turns of a ``reworded`` pair share at most ``most`` of their words
    (English) or characters (Japanese): rewritten, not re-punctuated."""
    for r in pairs:
        if r["kind"] == "reworded":
            a, b = (" ".join(m["content"] for m in side[:-1] if m["role"] == "user")
                    for side in (r["a"], r["b"]))  # fmt: skip
            ta, tb = tokens(a, r["lang"]), tokens(b, r["lang"])
            ratio = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()
            assert ratio <= most, (r["id"], ratio)


def check_no_shared_text(faq: list[dict], conversations: list[dict], own: str) -> None:
    """No text of the FAQ or conversation set tagged ``own`` occurs in an older set of the
    folder, nor in both of the two."""
    older = older_texts(own)
    for name in ("faq-pairs.jsonl", "faq-heldout4.jsonl", "conversations-tune.jsonl",
                 "conversations-heldout4.jsonl"):  # fmt: skip
        assert {t for r in rows(DATA_DIR / name) for t in texts(r)} <= older, name
    faq_texts = {t for r in faq for t in texts(r)}
    conversation_texts = {t for r in conversations for t in texts(r)}
    assert not faq_texts & older, sorted(faq_texts & older)[:5]
    assert not conversation_texts & older, sorted(conversation_texts & older)[:5]
    assert not faq_texts & conversation_texts


def check_generator(script: str) -> None:
    """``benchmarks/data/<script> --check`` says its file is up to date."""
    command = [sys.executable, str(DATA_DIR / script), "--check"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout
