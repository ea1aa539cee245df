"""The boosted trees' part of a check on its own, two source trees side by side: for every pair
of the files that reaches the trees (the default guard at cosine 0.85, as ``bench_guard.py``),
the thread CPU time of ``BoostedModel.verdict`` (its features, then the scoring), the cached
prompt's text facts dropped before each call and the query's kept (as ``Guard.prepare`` keeps
them: the ``fresh`` scenario), and whether both trees give every candidate the same feature
row, to the last bit, and the same verdict.

Each tree runs in a child process (``PYTHONPATH``) that first checks every pair once, which
records the arguments the guard passes to the trees; the timed calls then alternate between the
children, candidate by candidate, so that both see the same load. The per-word caches are warm
by then (the pair was checked once): this is the trees' own work, not a cold check's
(``bench_guard.py --scenario cold`` / ``fresh`` measure those).

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_trees_ab.py OLD_SRC NEW_SRC \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import numpy as np
from bench_guard import ServeProcess

SIMILARITY = 0.85  # inside the trees' band, above their pivot (bench_guard.py's default)


def serve(path: str, rows: int, repeat: int) -> None:
    """``--serve``: this tree's trees, driven on stdin (``one I``: time candidate I)."""
    from yamabiko.guard import Guard, boosted, treefeatures

    guard = Guard()
    guard.warm_up()
    calls: list[tuple] = []
    verdict = boosted.BoostedModel.verdict

    def record(self: boosted.BoostedModel, *args: Any) -> Any:
        calls.append((self, args))
        return verdict(self, *args)

    boosted.BoostedModel.verdict = record  # type: ignore[method-assign]
    with open(path, encoding="utf-8") as handle:
        for line in list(handle)[:rows]:
            row = json.loads(line)
            guard.check(row["b"], row["a"], row.get("lang"), SIMILARITY)
    boosted.BoostedModel.verdict = verdict  # type: ignore[method-assign]
    print(json.dumps(len(calls)), flush=True)
    for line in sys.stdin:
        model, args = calls[int(line.split()[1])]
        cached, query, first, second, a, b, similarity, minpair, alignment = args[:9]
        best = None
        for _ in range(repeat):
            treefeatures._FACTS.clear()
            treefeatures.text_facts(query)  # prepared, as a lookup's query
            begin = time.thread_time_ns()
            found = model.verdict(*args)
            spent = time.thread_time_ns() - begin
            best = spent if best is None else min(best, spent)
        features = treefeatures.features(cached, query, first, second, a, b, similarity,
                                         minpair.reason, alignment)  # fmt: skip
        reason = found.reason if found is not None else "none"
        print(json.dumps([best / 1000, reason, features]), flush=True)


class Child(ServeProcess):
    """A ``--serve`` process of this script running one source tree."""

    def __init__(self, source: str, path: str, rows: int, repeat: int) -> None:
        argv = [sys.executable, __file__, "--serve", path, "--rows", str(rows),
                "--repeat", str(repeat)]  # fmt: skip
        super().__init__(argv, source)
        self.found: list[list] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=5000, help="the first N pairs of each file")
    parser.add_argument("--repeat", type=int, default=1,
                        help="the least time of N calls per candidate")  # fmt: skip
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.paths[0], args.rows, args.repeat)
        return
    old, new, *paths = args.paths
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        children = [Child(source, path, args.rows, args.repeat) for source in (old, new)]
        size = min(child.size for child in children)
        for i in range(size):
            for child in children if i % 2 == 0 else children[::-1]:
                child.found.append(child.ask(f"one {i}"))
        for source, child in zip((old, new), children, strict=True):
            child.close()
            spent = np.array([found[0] for found in child.found])
            print(f"{name} trees {source}: {len(spent)} candidates  thread CPU µs p50 "
                  f"{np.percentile(spent, 50):.1f} p99 {np.percentile(spent, 99):.1f} "
                  f"mean {spent.mean():.1f}")  # fmt: skip
        first, second = (child.found for child in children)
        same_rows = sum(x[2] == y[2] for x, y in zip(first, second, strict=True))
        same = sum(x[1] == y[1] for x, y in zip(first, second, strict=True))
        print(f"{name} trees: candidates {children[0].size} / {children[1].size}, the same "
              f"feature row for {same_rows} and the same verdict for {same} of {size}")  # fmt: skip


if __name__ == "__main__":
    main()
