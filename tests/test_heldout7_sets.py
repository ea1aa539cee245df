"""The held-out sets of session 13 (``benchmarks/data/faq-heldout7.jsonl`` and
``benchmarks/data/conversations-heldout7.jsonl``): the checks of ``heldout_checks.py`` (shape,
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

FAQ7 = checks.DATA_DIR / "faq-heldout7.jsonl"
CONVERSATIONS7 = checks.DATA_DIR / "conversations-heldout7.jsonl"


def test_faq_heldout7_shape_and_counts() -> None:
    rows = checks.rows(FAQ7)
    assert len(load_pairs(FAQ7)) == len(rows) == 248
    checks.check_faq_counts(rows, paraphrases=64, minimal=48, role_swaps=12)


def test_faq_heldout7_minimal_pairs_change_little_and_role_swaps_keep_the_words() -> None:
    checks.check_minimal_and_role_swaps(checks.rows(FAQ7))


def test_faq_heldout7_paraphrases_are_worded_differently() -> None:
    checks.check_paraphrases_reworded(checks.rows(FAQ7))


def test_conversations_heldout7_shape_and_counts() -> None:
    rows = checks.rows(CONVERSATIONS7)
    assert len(load_conversation_pairs(CONVERSATIONS7)) == len(rows) == 132
    checks.check_conversation_counts(rows, per_kind=11)


def test_conversations_heldout7_end_with_the_same_question() -> None:
    checks.check_same_follow_up(checks.rows(CONVERSATIONS7))


def test_conversations_heldout7_reworded_threads_use_other_words() -> None:
    checks.check_reworded_threads(checks.rows(CONVERSATIONS7))


def test_heldout7_sets_share_no_text_with_older_sets() -> None:
    faq, conversations = checks.rows(FAQ7), checks.rows(CONVERSATIONS7)
    checks.check_no_shared_text(faq, conversations, "heldout7")


@pytest.mark.parametrize("script", ["heldout7_faq.py", "heldout7_conversations.py"])
def test_heldout7_generator_reproduces_its_file(script: str) -> None:
    checks.check_generator(script)
