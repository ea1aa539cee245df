"""benchmarks/bench_lookup_parts.py ``--rules`` (session 34, ``lookup_rule_parts.py``): the
guard's stages timed on their own inside real guard checks (real qqp-dev pairs at cosine 0.85,
the packaged model and resources) change no verdict, each stage is timed in the checks that
reach it, and the guard's time with a family of stages taken out is its parts' sum less that
family's."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_lookup_parts
from bench_lookup_guard import read_pairs
from bench_lookup_parts import GUARD_PARTS, PARTS, timed_sync, without_families
from lookup_rule_parts import RULE_FAMILIES, RULE_PARTS, instrument_rules, timed_checks
from shared_data import PAIRS

ROWS = 60


@pytest.fixture(scope="module")
def timed() -> list[tuple[str, str, dict[str, float]]]:
    """Each pair's reason unwrapped, its reason with the stages wrapped, and the parts."""
    rows = read_pairs(str(PAIRS / "qqp-dev.jsonl"), ROWS)
    with pytest.MonkeyPatch.context() as patch:
        return timed_checks(rows, lambda: instrument_rules(timed_sync, patch.setattr), PARTS)


def test_the_wrapped_stages_change_no_verdict(timed):
    assert [plain for plain, _, _ in timed] == [wrapped for _, wrapped, _ in timed]


def test_each_stage_is_timed_in_the_checks_that_reach_it(timed):
    for reason, _, parts in timed:
        assert all(value >= 0 for value in parts.values())
        if reason != "identical":
            assert "cached prompt's analysis (own)" in parts  # (every check reads it)
        if reason.startswith(("learned", "guard-ok", "substitution", "insertion", "deletion")):
            assert {"rules: roles step (contrasts)", "rules: the other rules (agree)",
                    "minimal-pair stage (own)"} <= set(parts)  # fmt: skip
    stopped = [parts for reason, _, parts in timed if reason in ("negation", "number")]
    assert stopped  # (some checks end at a rule before the roles step and the stage)
    for parts in stopped:
        assert "minimal-pair stage (own)" not in parts


def test_every_family_is_made_of_timed_parts():
    names = {name for _, _, name in RULE_PARTS} | set(
        bench_lookup_parts.FAMILIES["the trees"]
    )
    for family in RULE_FAMILIES.values():
        assert set(family) <= names


def test_the_guard_less_a_family_of_stages_is_its_parts_less_that_family():
    parts = [
        {"guard check": 0.5, "rules: roles step (contrasts)": 0.2, "trees: score": 0.1,
         "minimal-pair stage (own)": 0.1, "matcher (own)": 9.0},
        {"guard prepare": 0.3, "stored load": 0.1, "rules: the other rules (agree)": 0.2},
    ]  # fmt: skip
    checked = np.array([1.0, 2.0])
    guard = np.array([0.9, 0.6 / 2])  # (the matcher is no part of the guard)
    lines = without_families(parts, checked, RULE_FAMILIES, "its stages")
    assert lines[0].endswith(bench_lookup_parts.cut(guard))
    less = {"the roles step": guard - [0.2, 0.0], "every rule but the minimal-pair stage":
            guard - [0.2, 0.1], "the minimal-pair stage, the trees in it": guard - [0.2, 0.0]}
    for line in lines[1:]:
        family = next(name for name in RULE_FAMILIES if line.split("less ", 1)[1].startswith(name))
        if family in less:
            assert line.endswith(bench_lookup_parts.cut(less[family]))
    assert len(lines) == 1 + len(RULE_FAMILIES)
    assert set(GUARD_PARTS) >= {"guard check", "guard prepare", "stored load"}
