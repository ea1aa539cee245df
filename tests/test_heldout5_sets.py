"""The held-out sets of session 11 (``benchmarks/data/faq-heldout5.jsonl`` and
``benchmarks/data/conversations-heldout5.jsonl``): their shape, their counts per language,
label, kind and detail, that minimal pairs are minimal and role swaps keep the same words, that
they share no text with any older set of ``benchmarks/data``, and that the generators rewrite
their files byte for byte (the checks are those of ``heldout_checks.py``).

Reads the data only: no cache, guard or embedder runs on these sets here (they are held out).
"""

from __future__ import annotations

import heldout_checks as checks
import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

FAQ5 = checks.DATA_DIR / "faq-heldout5.jsonl"
CONVERSATIONS5 = checks.DATA_DIR / "conversations-heldout5.jsonl"


def test_faq_heldout5_shape_and_counts() -> None:
    rows = checks.rows(FAQ5)
    assert len(load_pairs(FAQ5)) == len(rows) >= 240
    checks.check_faq_shape(rows, paraphrases=60, minimal=45, role_swaps=12)


def test_faq_heldout5_minimal_pairs_change_little_and_role_swaps_keep_the_words() -> None:
    checks.check_minimal_and_role_swaps(checks.rows(FAQ5))


def test_conversations_heldout5_shape_and_counts() -> None:
    rows = checks.rows(CONVERSATIONS5)
    assert len(load_conversation_pairs(CONVERSATIONS5)) == len(rows) >= 132
    checks.check_conversations(rows, per_kind=11)


def test_heldout5_sets_share_no_text_with_older_sets() -> None:
    faq, conversations = checks.rows(FAQ5), checks.rows(CONVERSATIONS5)
    checks.check_no_shared_text(faq, conversations, "heldout5")


@pytest.mark.parametrize("script", ["heldout5_faq.py", "heldout5_conversations.py"])
def test_heldout5_generator_reproduces_its_file(script: str) -> None:
    checks.check_generator(script)
