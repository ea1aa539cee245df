"""The per-text work of a ``cold`` check, two source trees side by side (session 22): for each
pair of a ``bench_guard.py`` set, in its order, the query's analysis, its minimal-pair units
and the read of the cached prompt's stored form, each timed on its own (thread CPU, µs) right
before that pair's whole ``cold`` check, in one child process per tree (``PYTHONPATH``), the
trees alternating which goes first, so that both see the same load and the CPU caches as a
cold check leaves them (the same work timed in a tight loop costs a half to a third of this:
most of a cold check's per-text cost is the first touch of the data and code it reads).
Prints each part's mean and p99 per tree and their ratios (new / old).

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_text_parts.py \\
        ../base/src src ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

import bench_guard  # (the scenarios and the child process, from this directory)
import numpy as np

PARTS = ("query's analysis", "query's units", "stored form read")


def serve(path: str, rows: int) -> None:
    """One tree's child: ``I`` on stdin times pair I's parts, then checks the pair."""
    from yamabiko.guard import english, japanese, stored
    from yamabiko.guard.analysis import analyse

    units = importlib.import_module("yamabiko.guard.units")
    bench_guard.ROWS = rows
    bench = bench_guard.Bench(path, "default", "cold")
    clock = time.thread_time_ns
    print(len(bench.rows), flush=True)
    for line in sys.stdin:
        i = int(line)
        row = bench.rows[i]
        japanese._per_thread.recent = None  # (as new as in the check: nothing kept of it)
        english._en_tokens.cache_clear()
        begin = clock()
        found = analyse(row["b"], row["lang"])
        analysed = clock()
        units.units(row["b"], found.lang)
        made = clock()
        stored._load(row["stored"][0], row["a"])
        read = clock()
        bench.one(i)  # the check: the CPU caches as the next pair's parts find them
        print(json.dumps([analysed - begin, made - analysed, read - made]), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.paths[0], args.rows)
    for path in args.paths:
        argv = [sys.executable, __file__, "--serve", "--rows", str(args.rows), "-", "-", path]
        children = [bench_guard.ServeProcess(argv, source) for source in (args.old, args.new)]
        size = min(child.size for child in children)  # (both read the same rows)
        found: list[list[list[int]]] = [[], []]
        for i in range(size):
            for k in (0, 1) if i % 2 == 0 else (1, 0):
                found[k].append(children[k].ask(str(i)))
        for child in children:
            child.close()
        old, new = (np.array(x) / 1000 for x in found)
        name = Path(path).name
        for j, part in enumerate((*PARTS, "all three")):
            x = old[:, j] if j < len(PARTS) else old.sum(axis=1)
            y = new[:, j] if j < len(PARTS) else new.sum(axis=1)
            p99x, p99y = np.percentile(x, 99), np.percentile(y, 99)
            print(f"{name} {part:18} old mean {x.mean():6.1f} p99 {p99x:6.1f} | new mean "
                  f"{y.mean():6.1f} p99 {p99y:6.1f} µs | new/old mean {y.mean() / x.mean():.3f} "
                  f"p99 {p99y / p99x:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
