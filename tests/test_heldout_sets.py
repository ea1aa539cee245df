"""The held-out sets of sessions 12 to 39 (``benchmarks/data/faq-heldout6.jsonl`` to
``faq-heldout33.jsonl`` and ``conversations-heldout6.jsonl`` to ``conversations-heldout33.jsonl``),
one parametrized module for the twenty-eight: the checks of ``heldout_checks.py`` (shape, labels,
languages, exact counts per kind, detail and language, minimal pairs minimal, role swaps with
the same words, paraphrases and reworded threads really reworded, every conversation pair ending
with the same follow-up question, no text shared with any older set, the generators reproduce
the files byte for byte).

Reads the data only: no cache, guard or embedder runs on these sets here (they are held out).
"""

from __future__ import annotations

from pathlib import Path

import heldout_checks as checks
import pytest

from yamabiko.eval.conversations import load_conversation_pairs
from yamabiko.eval.data import load_pairs

TAGS = ["heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
        "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
        "heldout18", "heldout19", "heldout20", "heldout21", "heldout22",
        "heldout23", "heldout24", "heldout25", "heldout26", "heldout27",
        "heldout28", "heldout29", "heldout30", "heldout31", "heldout32",
        "heldout33"]


def faq_path(tag: str) -> Path:
    """The FAQ set of ``tag``."""
    return checks.DATA_DIR / f"faq-{tag}.jsonl"


def conversations_path(tag: str) -> Path:
    """The conversation set of ``tag``."""
    return checks.DATA_DIR / f"conversations-{tag}.jsonl"


@pytest.mark.parametrize("tag", TAGS)
def test_faq_shape_and_counts(tag: str) -> None:
    rows = checks.rows(faq_path(tag))
    assert len(load_pairs(faq_path(tag))) == len(rows) == 248
    checks.check_faq_counts(rows, paraphrases=64, minimal=48, role_swaps=12)


@pytest.mark.parametrize("tag", TAGS)
def test_faq_minimal_pairs_change_little_and_role_swaps_keep_the_words(tag: str) -> None:
    checks.check_minimal_and_role_swaps(checks.rows(faq_path(tag)))


@pytest.mark.parametrize("tag", TAGS)
def test_faq_paraphrases_are_worded_differently(tag: str) -> None:
    checks.check_paraphrases_reworded(checks.rows(faq_path(tag)))


@pytest.mark.parametrize("tag", TAGS)
def test_conversations_shape_and_counts(tag: str) -> None:
    rows = checks.rows(conversations_path(tag))
    assert len(load_conversation_pairs(conversations_path(tag))) == len(rows) == 132
    checks.check_conversation_counts(rows, per_kind=11)


@pytest.mark.parametrize("tag", TAGS)
def test_conversations_end_with_the_same_question(tag: str) -> None:
    checks.check_same_follow_up(checks.rows(conversations_path(tag)))


@pytest.mark.parametrize("tag", TAGS)
def test_conversations_reworded_threads_use_other_words(tag: str) -> None:
    checks.check_reworded_threads(checks.rows(conversations_path(tag)))


@pytest.mark.parametrize("tag", TAGS)
def test_sets_share_no_text_with_older_sets(tag: str) -> None:
    faq, conversations = checks.rows(faq_path(tag)), checks.rows(conversations_path(tag))
    checks.check_no_shared_text(faq, conversations, tag)


@pytest.mark.parametrize("script", [f"{tag}_{kind}.py" for tag in TAGS
                                    for kind in ("faq", "conversations")])  # fmt: skip
def test_generator_reproduces_its_file(script: str) -> None:
    checks.check_generator(script)
