"""benchmarks/bench_guard_stages.py (session 32): what decided the slowest checks. A reason is
read as the trees' (:func:`_by_trees`) exactly when the default guard's boosted trees gave it
(their ``BoostedModel.verdict`` returned it and the check ended on it), over real qqp-dev pairs
checked at cosine 0.85 as ``bench_guard.py`` checks them; :func:`deciders` counts them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_guard_stages
from bench_guard_stages import TREES, _by_trees, deciders
from shared_data import PAIRS

from yamabiko.guard import Guard
from yamabiko.guard.boosted import BoostedModel

ROWS = 80


@pytest.fixture(scope="module")
def checked() -> list[tuple[str, set[str]]]:
    """Each pair's reason and the reasons the trees returned while it was checked."""
    given: list[str] = []
    verdict = BoostedModel.verdict

    def recorded(self: BoostedModel, *args, **kwargs):
        found = verdict(self, *args, **kwargs)
        if found is not None:
            given.append(found.reason)
        return found

    guard = Guard()
    with open(PAIRS / "qqp-dev.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line, _ in zip(handle, range(ROWS), strict=False)]
    found = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BoostedModel, "verdict", recorded)
        for row in rows:
            given.clear()
            reason = guard.check(row["b"], row["a"], row.get("lang"), 0.85).reason
            found.append((reason, set(given)))
    return found


def test_a_reason_is_the_trees_exactly_when_they_gave_it(checked):
    for reason, given in checked:
        assert _by_trees(reason) == (reason in given), reason
    decided = sum(_by_trees(reason) for reason, _ in checked)
    assert 0 < decided < len(checked)  # (both kinds among the pairs: the test reads something)


def test_the_minimal_pair_checks_narrowing_is_not_the_trees():
    assert not _by_trees("narrowing:express")
    assert _by_trees("narrowing:express:0.62")


def test_deciders_counts_the_masked_checks(checked):
    bench_guard_stages.reasons[:] = [reason for reason, _ in checked]
    parts = [{TREES: 1} if given else {} for _, given in checked]
    tail = np.zeros(len(checked), bool)
    tail[:10] = True
    found = deciders(parts, tail)
    kinds = {reason.split(":", 1)[0] for reason, _ in checked[:10]}
    assert all(f"{kind} " in found for kind in kinds)
    decided = sum(_by_trees(reason) for reason, _ in checked[:10])
    assert found.endswith(f"decided by them {decided}")
    assert f"reached the trees {sum(bool(p) for p in parts[:10])} of 10" in found
