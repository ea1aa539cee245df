"""The held-out sets of session 12 (``benchmarks/data/faq-heldout6.jsonl`` and
``benchmarks/data/conversations-heldout6.jsonl``): the checks of ``heldout_checks.py`` (shape,
labels, languages, exact counts per kind, detail and language, minimal pairs minimal, role swaps
with the same words, paraphrases and reworded threads really reworded, every conversation pair
ending with the same follow-up question, no text shared with any older set, the generators
reproduce the files byte for byte).

Reads the data only: no cache, guard or embedder runs on these sets here (they are held out).
"""

from __future__ import annotations

import heldout_checks as checks
import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

FAQ6 = checks.DATA_DIR / "faq-heldout6.jsonl"
CONVERSATIONS6 = checks.DATA_DIR / "conversations-heldout6.jsonl"


def test_faq_heldout6_shape_and_counts() -> None:
    rows = checks.rows(FAQ6)
    assert len(load_pairs(FAQ6)) == len(rows) == 248
    checks.check_faq_counts(rows, paraphrases=64, minimal=48, role_swaps=12)


def test_faq_heldout6_minimal_pairs_change_little_and_role_swaps_keep_the_words() -> None:
    checks.check_minimal_and_role_swaps(checks.rows(FAQ6))


def test_faq_heldout6_paraphrases_are_worded_differently() -> None:
    checks.check_paraphrases_reworded(checks.rows(FAQ6))


def test_conversations_heldout6_shape_and_counts() -> None:
    rows = checks.rows(CONVERSATIONS6)
    assert len(load_conversation_pairs(CONVERSATIONS6)) == len(rows) == 132
    checks.check_conversation_counts(rows, per_kind=11)


def test_conversations_heldout6_end_with_the_same_question() -> None:
    checks.check_same_follow_up(checks.rows(CONVERSATIONS6))


def test_conversations_heldout6_reworded_threads_use_other_words() -> None:
    checks.check_reworded_threads(checks.rows(CONVERSATIONS6))


def test_heldout6_sets_share_no_text_with_older_sets() -> None:
    faq, conversations = checks.rows(FAQ6), checks.rows(CONVERSATIONS6)
    checks.check_no_shared_text(faq, conversations, "heldout6")


@pytest.mark.parametrize("script", ["heldout6_faq.py", "heldout6_conversations.py"])
def test_heldout6_generator_reproduces_its_file(script: str) -> None:
    checks.check_generator(script)
