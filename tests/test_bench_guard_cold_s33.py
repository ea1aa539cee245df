"""Session 33's cold-cache tools: ``bench_guard_stages.py --evict`` (memory written before each
check, outside its timers, and the word-vector table's stages timed) and
``bench_guard_cold_sources.py`` (which memory a cold check misses: the library's code, its
tables, one check before it), on real qqp-dev pairs with the default guard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_guard
import bench_guard_cold_sources as sources
import bench_guard_stages as stages
from shared_data import PAIRS

from yamabiko.guard import Guard, asked_detail, wordnet, wordvec

QQP = str(PAIRS / "qqp-dev.jsonl")
ROWS = 24


def _measured(patch: pytest.MonkeyPatch, evict: int) -> tuple[list[str], list[dict[str, int]]]:
    """Every reason and every check's stages of ``ROWS`` cold qqp-dev checks, ``evict`` MiB
    written before each."""
    patch.setattr(bench_guard, "ROWS", ROWS)
    patch.setattr(stages, "EVICT", evict)
    total, parts, _, _ = stages.measure(QQP, "cold")
    assert len(total) == ROWS and (total > 0).all()
    return list(stages.reasons), parts


def test_memory_written_before_each_check_leaves_every_reason_as_it_was():
    with pytest.MonkeyPatch.context() as patch:
        plain, _ = _measured(patch, 0)
        evicted, _ = _measured(patch, 1)
    assert evicted == plain
    assert len(set(plain)) > 1  # (several kinds of verdict among the pairs)


def test_the_word_vector_stages_are_timed_when_a_check_reaches_them():
    names = {name for owner, attribute, name in stages.STAGES if owner is wordvec}
    assert names == {"word vectors' cosines (cosines)", "word vectors' similarity (similarity)"}
    with pytest.MonkeyPatch.context() as patch:
        for owner, attribute, name in stages.STAGES:  # (what instrument() does, undone after)
            patch.setattr(owner, attribute, stages.timed(getattr(owner, attribute), name))
        _, parts = _measured(patch, 1)
    reached = [found for found in parts if names & found.keys()]
    assert reached  # (qqp-dev's pairs compare word vectors)
    assert all(found[name] > 0 for found in reached for name in names & found.keys())


def test_the_librarys_code_and_tables_are_found():
    guard = Guard()
    guard.check("How do I learn Python fast?", "How can I learn Python quickly?", "en", 0.85)
    codes = {id(code) for code in sources.library_code()}
    assert id(Guard.check.__code__) in codes
    nested = [c for c in Guard.check.__code__.co_consts if hasattr(c, "co_code")]
    assert all(id(code) in codes for code in nested)
    tables = {id(table) for table in sources.library_tables()}
    table = wordvec._table()
    assert table is not None and id(table[0]) in tables  # (the word-vector index, a tuple's part)
    tables_of_wordnet = wordnet.load()  # (a list holding a named tuple holding dicts)
    assert tables_of_wordnet is not None and id(tables_of_wordnet.synsets) in tables
    patterns = {id(pattern) for pattern in sources.library_patterns()}
    assert id(asked_detail._EN_MUCH) in patterns  # (a module's compiled expression)


def test_each_condition_gets_its_share_of_the_checks(capsys):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bench_guard, "ROWS", ROWS)
        sources.run(QQP, ["warm", "evict:1", "+same", "+regex"], 1, None)
    lines = capsys.readouterr().out.splitlines()
    counts = {line.split()[0]: int(line.split()[1]) for line in lines if " checks: p50 " in line}
    assert counts == {"warm": 6, "evict:1": 6, "+same": 6, "+regex": 6}
