"""Where the checks that set the guard's p99 spend their time: every stage of a check timed on
its own (thread CPU, ``time.thread_time_ns`` around it; stages nest, so a stage's time includes
those inside it), over the checks of one ``bench_guard.py`` scenario (``cold`` by default) in
one process, reported as the mean over all checks, over the checks between the 98th and the
99.5th percentile of the whole check's time (those that set p99) and over the slowest 1 %. The
last is dominated by the rare gen-2 collection (tens of ms with WordNet in memory, one check
per run): the collector's time is a stage of its own, per generation (``gc.callbacks``).
Session 32 adds the slowest 2 % (the checks above the 98th percentile) as a column and, below
the table, what decided each of them: the kind of its verdict's reason (``guard-ok``,
``learned``, ``substitution``, ...), how many reached the trees and how many the trees decided
(a reason the trees give: ``learned:``, ``learned-accept:``, ``narrowing:<word>:<score>``).
Session 33 adds, inside the rich features, the cached prompt's stored text facts read
(``stored_facts.parse``) and the three overlaps (``_jaccard``).
Session 33 (coldmem) adds ``--evict MIB`` (``bench_guard.py``'s: that much memory written, one
byte per cache line, before each check and outside its timers, as an embedding leaves the CPU
caches) and the stages of the word-vector table (``wordvec.cosines``, ``wordvec.similarity``),
so that a run with and one without show which stages grow when the caches are cold.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_guard_stages.py \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_guard  # (the scenarios, from this directory)

import yamabiko.guard as guard_module
from yamabiko.guard import (
    analysis,
    boosted,
    minpair,
    stored,
    stored_facts,
    treefeatures,
    trees,
    word_equivalence,
    wordvec,
)

#: the module (the package's name ``minpair_stage`` is its function)
stage_module = import_module("yamabiko.guard.minpair_stage")

_clock = time.thread_time_ns
spent: Counter[str] = Counter()  # ns per stage in the current check
reasons: list[str] = []  # the verdict's reason of every check of the last :func:`measure`
EVICT = 0  # --evict: MiB written before each check, outside its timers

#: the trees' stage (a check that reached them has it timed)
TREES = "trees (BoostedModel.verdict)"
#: (owner, attribute, stage name): the functions timed, as the check calls them
STAGES: list[tuple[Any, str, str]] = [
    (guard_module, "contrasts", "roles rule (contrasts)"),
    (guard_module, "agree", "other rules (agree)"),
    (guard_module, "analysis_of", "cached prompt's analysis (analysis_of)"),
    (stage_module, "condition_added", "condition_added"),
    (minpair.MinimalPairCheck, "align", "alignment (align)"),
    (minpair.MinimalPairCheck, "_pair_equivalents", "  equivalent pairs"),
    (word_equivalence, "_may_be_equivalent", "    the screen"),
    (minpair.MinimalPairCheck, "compare", "minimal-pair compare"),
    (boosted.BoostedModel, "verdict", TREES),
    (treefeatures, "pair_features", "  learned check's features"),
    (treefeatures, "rich_features", "  rich features"),
    (treefeatures, "_mean_vector_cosine", "    mean-vector cosine"),
    (stored_facts, "parse", "    cached prompt's stored facts read"),
    (treefeatures, "_jaccard", "    overlaps (_jaccard)"),
    (trees.Trees, "score", "  score"),
    (stored, "_load", "stored form read (_load)"),
    (wordvec, "cosines", "word vectors' cosines (cosines)"),
    (wordvec, "similarity", "word vectors' similarity (similarity)"),
]


def timed(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``function``, its thread CPU added to ``spent[name]`` on every call."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        begin = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += _clock() - begin

    return wrapper


def instrument() -> None:
    """Wrap every stage, the guard's per-text caches (by what they make) and the collector."""
    for owner, attribute, name in STAGES:
        setattr(owner, attribute, timed(getattr(owner, attribute), name))
    made = {analysis.analyse: "query's analysis", guard_module.units: "query's units"}
    get = analysis.AnalysisCache.get

    def cache_get(self: analysis.AnalysisCache, text: str, lang: str | None, keep: bool = True):
        begin = _clock()
        try:
            return get(self, text, lang, keep)
        finally:
            spent[made.get(self._analyser, "text facts (both texts)")] += _clock() - begin

    analysis.AnalysisCache.get = cache_get  # type: ignore[method-assign]
    started: list[int] = []

    def collector(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(_clock())
        elif started:
            spent[f"collector, generation {info['generation']}"] += _clock() - started.pop()

    gc.callbacks.append(collector)


def measure(
    path: str, scenario: str, untimed: Callable[[Counter[str]], int] = lambda _: 0
) -> tuple[np.ndarray, list[dict[str, int]], np.ndarray, np.ndarray]:
    """Every check of ``path`` in ``scenario``, timed whole (µs, less ``untimed(spent)`` ns:
    work a caller's timers repeat inside the check) and by stage (``spent``, ns): the whole
    checks' times, the stages of each, and the masks of the checks between the 98th and the
    99.5th percentile and of the slowest 1 %."""
    bench = bench_guard.Bench(path, "default", scenario)
    evicting = np.zeros(EVICT << 20, np.uint8)
    totals, parts = [], []
    reasons.clear()
    for start in range(0, len(bench.rows), bench_guard.CHUNK):
        bench.prepare(start)
        for i in range(start, min(start + bench_guard.CHUNK, len(bench.rows))):
            if EVICT:  # one write per cache line, before the timers start
                evicting[::64] += 1
            spent.clear()
            begin = _clock()
            reasons.append(bench.one(i)[2])
            totals.append((_clock() - begin - untimed(spent)) / 1000)
            parts.append(dict(spent))
    total = np.array(totals)
    near = (total >= np.percentile(total, 98)) & (total <= np.percentile(total, 99.5))
    slowest = total >= np.percentile(total, 99)
    return total, parts, near, slowest


def run(path: str, scenario: str) -> None:
    """Every check of ``path`` in ``scenario``, then the table."""
    total, parts, near, slowest = measure(path, scenario)
    p50, p99 = np.percentile(total, 50), np.percentile(total, 99)
    evicted = f", {EVICT} MiB written before each" if EVICT else ""
    print(f"{Path(path).name} [{scenario}{evicted}]: {len(total)} checks, thread CPU p50 {p50:.0f} "
          f"p99 {p99:.0f} µs (timers in)")  # fmt: skip
    tail = total >= np.percentile(total, 98)
    print(f"  {'stage (µs)':42} {'all':>8} {'p98-99.5':>9} {'slowest 1 %':>12} {'slowest 2 %':>12}")
    print(f"  {'whole check':42} {total.mean():8.1f} {total[near].mean():9.1f} "
          f"{total[slowest].mean():12.1f} {total[tail].mean():12.1f}")  # fmt: skip
    names = [name for _, _, name in STAGES]
    names += ["query's analysis", "query's units", "text facts (both texts)"]
    names += [f"collector, generation {g}" for g in range(3)]
    for name in names:
        value = np.array([found.get(name, 0) for found in parts]) / 1000
        print(f"  {name:42} {value.mean():8.1f} {value[near].mean():9.1f} "
              f"{value[slowest].mean():12.1f} {value[tail].mean():12.1f}")  # fmt: skip
    print(f"  the slowest 2 % by what decided them: {deciders(parts, tail)}")


def deciders(parts: list[dict[str, int]], tail: np.ndarray) -> str:
    """What decided the checks of the mask ``tail`` (the last :func:`measure`'s
    :data:`reasons`): each kind of reason with its count, how many checks reached the trees
    (their stage was timed) and how many the trees decided (a reason of theirs)."""
    picked = [int(i) for i in np.flatnonzero(tail)]
    kinds = Counter(reasons[i].split(":", 1)[0] for i in picked)
    reached = sum(1 for i in picked if TREES in parts[i])
    decided = sum(1 for i in picked if _by_trees(reasons[i]))
    listed = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common())
    return f"{listed}; reached the trees {reached} of {len(picked)}, decided by them {decided}"


def _by_trees(reason: str) -> bool:
    """Is ``reason`` one the trees give? ``learned:<score>`` (a refusal),
    ``learned-accept:<score>`` (a serve), ``narrowing:<word>:<score>`` (a modifier added below
    its higher cut-off); ``narrowing:<word>`` is the minimal-pair check's."""
    kind, _, rest = reason.partition(":")
    return kind in ("learned", "learned-accept") or (kind == "narrowing" and ":" in rest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--scenario", choices=("cold", "warm", "lookup", "fresh"), default="cold")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--evict", type=int, default=0, metavar="MIB")  # (outside the timers)
    args = parser.parse_args()
    global EVICT
    EVICT = args.evict
    bench_guard.ROWS = args.rows
    instrument()
    for path in args.paths:
        run(path, args.scenario)


if __name__ == "__main__":
    main()
