"""benchmarks/bench_lookup_parts.py ``--trees`` (session 33): the boosted trees' parts timed on
their own inside real guard checks (real qqp-dev pairs at cosine 0.85, the packaged model and
resources) change no verdict, are timed exactly in the checks that reach the trees, and the
guard's time with a family taken out is its parts' sum less that family's."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_lookup_parts
from bench_lookup_guard import read_pairs
from bench_lookup_parts import FAMILIES, GUARD_PARTS, PARTS, TREE_PARTS, without_families
from lookup_rule_parts import timed_checks
from shared_data import PAIRS

ROWS = 60


@pytest.fixture(scope="module")
def timed() -> list[tuple[str, str, dict[str, float]]]:
    """Each pair's reason unwrapped, its reason with the trees' parts wrapped, and the parts."""
    rows = read_pairs(str(PAIRS / "qqp-dev.jsonl"), ROWS)
    with pytest.MonkeyPatch.context() as patch:
        return timed_checks(rows, lambda: bench_lookup_parts.instrument_trees(patch.setattr), PARTS)


def test_the_wrapped_parts_change_no_verdict(timed):
    assert [plain for plain, _, _ in timed] == [wrapped for _, wrapped, _ in timed]


def test_the_trees_parts_are_timed_in_the_checks_that_reach_them(timed):
    scored = [parts for _, _, parts in timed if "trees: score" in parts]
    assert 0 < len(scored) < len(timed)  # (some checks reach the trees, some stop before)
    for parts in scored:  # the features are made before every score
        assert {"trees: verdict (own)", "trees: rich features (own)", "trees: text facts",
                "trees: overlaps (_jaccard)"} <= set(parts)  # fmt: skip
    for _, _, parts in timed:
        assert all(value >= 0 for value in parts.values())
        if "trees: score" not in parts:
            assert not any(name.startswith("trees:") for name in parts)


def test_every_tree_part_is_in_the_trees_family():
    assert set(FAMILIES["the trees"]) == {name for _, _, name in TREE_PARTS}
    for names in FAMILIES.values():
        assert set(names) <= set(FAMILIES["the trees"])


def test_the_guard_less_a_family_is_its_parts_less_that_family():
    parts = [
        {"guard check": 0.5, "trees: score": 0.2, "trees: text facts": 0.1, "matcher (own)": 9.0},
        {"guard prepare": 0.3, "stored load": 0.1, "trees: rich features (own)": 0.2},
    ]
    checked = np.array([1.0, 2.0])
    guard = np.array([0.8, 0.6 / 2])  # (the matcher is no part of the guard)
    lines = without_families(parts, checked)
    assert lines[0].endswith(bench_lookup_parts.cut(guard))
    less = {"the trees": guard - [0.3, 0.1], "the rich features": guard - [0.1, 0.1],
            "the n-gram and word sets": guard - [0.1, 0.0],
            "the mean-vector cosine": guard, "the score": guard - [0.2, 0.0]}  # fmt: skip
    for line, (family, values) in zip(lines[1:], less.items(), strict=True):
        assert f"less {family}" in line
        assert line.endswith(bench_lookup_parts.cut(values))
    assert set(GUARD_PARTS) >= {"guard check", "guard prepare", "stored load"}
