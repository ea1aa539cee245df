"""The held-out sets of session 12 (``benchmarks/data/faq-heldout6.jsonl`` and
``benchmarks/data/conversations-heldout6.jsonl``): the checks of ``heldout_checks.py`` (shape,
labels, languages, minimal pairs minimal, role swaps with the same words, no text shared with
any older set, the generators reproduce the files byte for byte) and this set's own counts per
kind, detail and language, that paraphrases and reworded threads really differ in wording, and
that every conversation pair ends with the same follow-up question.

Reads the data only: no cache, guard or embedder runs on these sets here (they are held out).
"""

from __future__ import annotations

import re
from collections import Counter

import heldout_checks as checks
import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

FAQ6 = checks.DATA_DIR / "faq-heldout6.jsonl"
CONVERSATIONS6 = checks.DATA_DIR / "conversations-heldout6.jsonl"


def _tokens(text: str, lang: str) -> list[str]:
    """English words, or the Japanese characters that are not punctuation."""
    if lang == "en":
        return checks.words(text)
    return [c for c in text if not re.match(r"[\s、。？！?!,.（）()〜・]", c)]


def test_faq_heldout6_shape_and_counts() -> None:
    rows = checks.rows(FAQ6)
    assert len(load_pairs(FAQ6)) == len(rows) == 248
    checks.check_faq_shape(rows, paraphrases=64, minimal=48, role_swaps=12)
    counts = Counter((r["lang"], r["kind"]) for r in rows)
    for lang in ("en", "ja"):
        assert counts[(lang, "paraphrase")] == 64
        assert counts[(lang, "minimal-pair")] == 48
        assert counts[(lang, "role-swap")] == 12
    details = Counter((r["lang"], r["detail"]) for r in rows if r["kind"] == "minimal-pair")
    assert all(details[(lang, d)] == 3 for lang in ("en", "ja") for d in checks.MINIMAL_DETAILS)
    order = Counter(r["lang"] for r in rows if r["detail"] == "role-order")
    assert order == {"en": 6, "ja": 6}


def test_faq_heldout6_minimal_pairs_change_little_and_role_swaps_keep_the_words() -> None:
    checks.check_minimal_and_role_swaps(checks.rows(FAQ6))


def test_faq_heldout6_paraphrases_are_worded_differently() -> None:
    for r in checks.rows(FAQ6):
        if r["kind"] == "paraphrase":  # more than case and punctuation differs
            assert _tokens(r["a"], r["lang"]) != _tokens(r["b"], r["lang"]), r["a"]


def test_conversations_heldout6_shape_and_counts() -> None:
    rows = checks.rows(CONVERSATIONS6)
    assert len(load_conversation_pairs(CONVERSATIONS6)) == len(rows) == 132
    checks.check_conversations(rows, per_kind=11)
    counts = Counter((r["lang"], r["kind"]) for r in rows)
    assert set(counts.values()) == {11} and len(counts) == 12
    slots = Counter(r["slot"] for r in rows if r["label"] == 0)
    assert slots["intent"] == 22 and {"account", "person", "place", "date", "plan"} <= set(slots)


def test_conversations_heldout6_end_with_the_same_question() -> None:
    for r in checks.rows(CONVERSATIONS6):
        last = r["a"][-1]
        assert last == r["b"][-1] and last["role"] == "user"
        assert last["content"].endswith(("?", "？")), last
    threads = Counter(r["a"][-1]["content"] for r in checks.rows(CONVERSATIONS6))
    assert all(n % 6 == 0 for n in threads.values())  # one follow-up per thread


def test_conversations_heldout6_reworded_threads_use_other_words() -> None:
    """The earlier user turns of a ``reworded`` pair share at most 70 % of their words
    (English) or characters (Japanese): rewritten, not re-punctuated."""
    import difflib

    for r in checks.rows(CONVERSATIONS6):
        if r["kind"] == "reworded":
            a, b = (" ".join(m["content"] for m in side[:-1] if m["role"] == "user")
                    for side in (r["a"], r["b"]))  # fmt: skip
            ta, tb = _tokens(a, r["lang"]), _tokens(b, r["lang"])
            ratio = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio()
            assert ratio <= 0.7, (r["id"], ratio)


def test_heldout6_sets_share_no_text_with_older_sets() -> None:
    faq, conversations = checks.rows(FAQ6), checks.rows(CONVERSATIONS6)
    checks.check_no_shared_text(faq, conversations, "heldout6")


@pytest.mark.parametrize("script", ["heldout6_faq.py", "heldout6_conversations.py"])
def test_heldout6_generator_reproduces_its_file(script: str) -> None:
    checks.check_generator(script)
