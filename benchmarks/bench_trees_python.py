"""The boosted trees' score (``Trees.score``, numpy) against the same trees compiled into one
pure-Python function, on real feature rows: whether every score is the same to the last bit,
and the thread CPU time of each, warm and with the CPU caches cold (``--evict``); ``--steps``
times each numpy call of ``Trees.score`` on its own, cold; ``--paths`` counts how many rows read
each feature on some tree's path, and how many the score's bounds decide when the features
named by ``--unknown`` are not computed (what a lazy feature could skip). Session 30: measured,
not kept (see docs/quality.md, "Session 30: the trees' score without numpy").

The generated function (:func:`scorer`) holds every tree as nested conditionals (``x > t`` goes
right, as numpy's comparison: a NaN goes left), a node whose test cannot hold (threshold +inf)
or whose two subtrees are alike left out, and adds the leaves' values in the order numpy's
pairwise summation of the 400 values does (:func:`summation`: blocks of at most 128 summed by
eight running sums), so that its score is numpy's to the last bit.

The rows are recorded from the default guard's checks of the files' pairs at cosine 0.85 (as
``bench_guard.py``), in one process:

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_trees_python.py --steps --paths \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np

from yamabiko.guard import Guard, trees
from yamabiko.guard.treefeatures import FEATURES

SIMILARITY = 0.85  # inside the trees' band, above their pivot (bench_guard.py's default)


def recorded_rows(paths: list[str], rows: int) -> list[list[float]]:
    """The feature rows the default guard's trees score in checking the first ``rows`` pairs
    of each file (query ``b``, cached prompt ``a``)."""
    guard = Guard()
    guard.warm_up()
    found: list[list[float]] = []
    score = trees.Trees.score

    def record(self: trees.Trees, row: Sequence[float]) -> float:
        found.append(list(row))
        return score(self, row)

    trees.Trees.score = record  # type: ignore[method-assign]
    try:
        for path in paths:
            with open(path, encoding="utf-8") as handle:
                for line in list(handle)[:rows]:
                    pair = json.loads(line)
                    guard.check(pair["b"], pair["a"], pair.get("lang"), SIMILARITY)
    finally:
        trees.Trees.score = score  # type: ignore[method-assign]
    return found


def summation(n: int, first: int = 0) -> tuple[dict[int, tuple[str, bool]], str, list[str]]:
    """numpy's pairwise sum of ``n`` values from index ``first`` as Python: each value's
    running sum (its name, and whether the value starts it), the expression that joins them,
    and the statements that start the sums of a block shorter than 8 (``-0.0``, as numpy)."""
    if n < 8:
        name = f"s{first}"
        return {first + i: (name, False) for i in range(n)}, name, [f"{name} = -0.0"]
    if n <= 128:
        whole = n - n % 8
        sums = {first + i: (f"r{first + i % 8}", i < 8) for i in range(whole)}
        r = [f"r{first + j}" for j in range(8)]
        quarters = [f"({r[j]} + {r[j + 1]})" for j in range(0, 8, 2)]
        joined = f"(({quarters[0]} + {quarters[1]}) + ({quarters[2]} + {quarters[3]}))"
        for i in range(first + whole, first + n):  # the rest, one by one after the eight
            sums[i] = (f"t{i}", True)
            joined = f"({joined} + t{i})"
        return sums, joined, []
    half = n // 2 - (n // 2) % 8
    low, low_joined, low_start = summation(half, first)
    high, high_joined, high_start = summation(n - half, first + half)
    return {**low, **high}, f"({low_joined} + {high_joined})", low_start + high_start


def _tree_lines(model: trees.Trees, tree: int, name: str, starts: bool) -> list[str]:
    """One tree as nested conditionals adding its leaf's value to the running sum ``name``."""
    feature, threshold, value = model.feature[tree], model.threshold[tree], model.value[tree]
    inner, step = len(feature), "=" if starts else "+="

    def node(i: int, pad: str) -> list[str]:
        if i >= inner:
            return [f"{pad}{name} {step} {float(value[i - inner])!r}"]
        left = node(2 * i + 1, pad + "    ")
        if threshold[i] == math.inf:  # (never right)
            return [line[4:] for line in left]
        right = node(2 * i + 2, pad + "    ")
        if left == right:
            return [line[4:] for line in left]
        test = f"{pad}if x{int(feature[i])} > {float(threshold[i])!r}:"
        return [test, *right, f"{pad}else:", *left]

    return node(0, "    ")


def scorer(model: trees.Trees, columns: int) -> Callable[[Sequence[float]], float]:
    """``model``'s trees as one generated Python function of a row of ``columns`` features:
    :meth:`~yamabiko.guard.trees.Trees.score`'s probability, to the last bit."""
    count = model.feature.shape[0]
    sums, joined, starts = summation(count)
    lines = ["def _score(row):", "    " + ", ".join(f"x{i}" for i in range(columns)) + ", = row"]
    lines += [f"    {start}" for start in starts]
    for tree in range(count):
        lines += _tree_lines(model, tree, *sums[tree])
    lines.append(f"    z = {model.baseline!r} + {joined}")
    lines.append("    return 1.0 / (1.0 + exp(-max(min(z, 30.0), -30.0)))")
    space: dict = {"exp": math.exp}
    exec(compile("\n".join(lines), "<generated trees>", "exec"), space)
    return space["_score"]


def timed(score: Callable, rows: list[list[float]], evict: np.ndarray | None) -> np.ndarray:
    """Thread CPU µs of each call, ``evict`` written before each when given."""
    spent = []
    for row in rows:
        if evict is not None:
            evict[::64] += 1
        begin = time.thread_time_ns()
        score(row)
        spent.append(time.thread_time_ns() - begin)
    return np.array(spent) / 1000


def steps(model: trees.Trees, rows: list[list[float]], evict: np.ndarray) -> None:
    """Each numpy call of ``Trees.score`` (a packed model: depth 4) timed on its own, cold."""
    names = ("array", "take", "compare", "packbits", "view", "leaf table", "offsets",
             "values", "sum", "logistic")  # fmt: skip
    spent: list[list[int]] = []
    clock = time.thread_time_ns
    for row in rows:
        evict[::64] += 1
        t0 = clock()
        x = np.array(row, dtype=np.float64)
        t1 = clock()
        gathered = x.take(model._feature)  # type: ignore[attr-defined]
        t2 = clock()
        right = gathered > model._threshold  # type: ignore[attr-defined]
        t3 = clock()
        packed = np.packbits(right, bitorder="little")
        t4 = clock()
        pattern = packed.view(model._pattern)  # type: ignore[attr-defined]
        t5 = clock()
        leaf = model._lut.take(pattern)  # type: ignore[attr-defined]
        t6 = clock()
        index = model._leaves + leaf  # type: ignore[attr-defined]
        t7 = clock()
        values = model._value.take(index)  # type: ignore[attr-defined]
        t8 = clock()
        z = model.baseline + float(values.sum())
        t9 = clock()
        1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
        t10 = clock()
        ticks = (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10)
        spent.append([b - a for a, b in pairwise(ticks)])
    table = np.array(spent) / 1000
    for i, name in enumerate(names):
        print(f"  {name:10s} cold µs median {np.median(table[:, i]):6.2f} "
              f"mean {table[:, i].mean():6.2f}")  # fmt: skip


def paths(model: trees.Trees, rows: list[list[float]], unknown: set[int]) -> None:
    """How many rows read each feature on some tree's path (the ``unknown`` ones: meet it on
    a path of the bounds), and how many rows the score's
    bounds (every leaf a tree may reach with the ``unknown`` features not computed) place on
    one side of the cut-offs at :data:`SIMILARITY` (``BoostedModel.cutoffs``)."""
    read: Counter[int] = Counter()
    decided = 0
    reject_below, accept_from = model.cutoffs(SIMILARITY)  # type: ignore[attr-defined]
    for row in rows:
        used: set[int] = set()
        low = high = model.baseline
        for f, t, v in zip(model.feature, model.threshold, model.value, strict=True):
            reached, nodes = [], [0]
            while nodes:
                i = nodes.pop()
                if i >= len(f):
                    reached.append(float(v[i - len(f)]))
                elif t[i] == math.inf:
                    nodes.append(2 * i + 1)
                else:
                    used.add(int(f[i]))  # (an unknown one too: a path meets it)
                    if f[i] in unknown:
                        nodes += [2 * i + 1, 2 * i + 2]
                    else:
                        nodes.append(2 * i + 2 if row[f[i]] > t[i] else 2 * i + 1)
            low, high = low + min(reached), high + max(reached)
        read.update(used)
        sides = {
            (p >= reject_below, p >= accept_from)
            for p in (1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) for z in (low, high))
        }
        decided += len(sides) == 1
    print(f"  rows deciding both cut-offs without {sorted(FEATURES[f] for f in unknown)}: "
          f"{decided} of {len(rows)}")  # fmt: skip
    columns = len(rows[0])
    print(
        "  rows reading a feature on a path: "
        + ", ".join(
            f"{FEATURES[f]} {read[f]}" for f in sorted(range(columns), key=read.__getitem__)
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=1500, help="the first N pairs of each file")
    parser.add_argument("--evict", type=int, default=16, metavar="MIB",
                        help="written before each cold call (default 16)")  # fmt: skip
    parser.add_argument("--steps", action="store_true", help="time numpy's calls one by one")
    parser.add_argument("--paths", dest="on_paths", action="store_true",
                        help="the features rows read, the bounds without --unknown")  # fmt: skip
    parser.add_argument("--unknown", default="char3,char4",
                        help="comma-separated features --paths leaves uncomputed")  # fmt: skip
    args = parser.parse_args()
    rows = recorded_rows(args.paths, args.rows)
    model = Guard().boosted
    assert model is not None
    generated = scorer(model, len(rows[0]))
    same = sum(generated(row) == model.score(row) for row in rows)
    print(f"{len(rows)} rows; the generated function's score is numpy's to the last bit for "
          f"{same}; its code {len(generated.__code__.co_code):,} bytes, "
          f"{len(generated.__code__.co_consts):,} constants")  # fmt: skip
    evict = np.zeros(args.evict << 20, np.uint8)
    for label, cold in (("warm", None), (f"cold ({args.evict} MiB written)", evict)):
        for _ in range(2):  # (each twice, alternating: the first pass also warms the code)
            for name, score in (("numpy", model.score), ("python", generated)):
                spent = timed(score, rows, cold)
                print(f"  {label:24s} {name:6s} thread CPU µs p50 {np.percentile(spent, 50):6.1f} "
                      f"p99 {np.percentile(spent, 99):6.1f} mean {spent.mean():6.1f}")  # fmt: skip
    if args.steps:
        steps(model, rows, evict)
    if args.on_paths:
        unknown = {FEATURES.index(name) for name in args.unknown.split(",") if name}
        paths(model, rows, unknown)


if __name__ == "__main__":
    main()
