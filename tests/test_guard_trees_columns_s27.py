"""Session 27 (speed2): the trees' features computed in a check are the columns the packaged
model reads. The replaced-word group (:data:`~yamabiko.guard.treefeatures.SWAP_FEATURES`,
session 26) is made only for a model trained with it; the packaged one is not, so a band
check must not pay for it."""

from __future__ import annotations

import sys
from collections import Counter
from types import FrameType
from typing import Any

from yamabiko.guard import Guard
from yamabiko.guard.boosted import boosted_model
from yamabiko.guard.treefeatures import BEFORE_SWAP, FEATURES

#: pairs of one question asked two ways, in the trees' band (cosine 0.75-0.95)
PAIRS = (
    ("What are some good tips for self study?", "What are the smart tips for self studying?"),
    ("How do I learn to cook rice?", "How can I learn cooking rice?"),
    ("What is the best way to save money?", "What is the best way to save some money?"),
)


def _calls(run: Any) -> Counter[str]:
    """The treefeatures functions called while ``run()`` runs (a profile hook: the real code)."""
    counts: Counter[str] = Counter()

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.endswith("treefeatures.py"):
            counts[frame.f_code.co_name] += 1

    sys.setprofile(hook)
    try:
        run()
    finally:
        sys.setprofile(None)
    return counts


def test_the_packaged_model_reads_the_columns_before_the_swap_group() -> None:
    """The packaged model's columns are a known prefix of :data:`FEATURES`."""
    assert boosted_model().columns in (BEFORE_SWAP, len(FEATURES))


def test_a_band_check_makes_the_swap_group_only_for_a_model_that_reads_it() -> None:
    """Each band pair reaches the trees' features (``features`` is called), and the swap
    group is computed exactly when the packaged model has its columns."""
    guard = Guard()
    model = boosted_model()
    reads_swap = model.columns > BEFORE_SWAP
    for cached, query in PAIRS:
        counts = _calls(lambda c=cached, q=query: guard.check(q, c, "en", 0.85, threshold=0.8))
        assert counts["features"] >= 1, (cached, query)
        assert counts["rich_features"] == counts["features"]
        assert (counts["swap_features"] > 0) == reads_swap, (cached, query, counts)
