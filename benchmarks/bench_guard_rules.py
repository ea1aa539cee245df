"""Thread CPU of single comparison steps of the guard, per pair, warm (session 21): the
minimal-pair alignment (``MinimalPairCheck.align``, its word-pair screen included), the
English measure rule (``modifiers.en_measure_added``, its kept results left out) and the
Japanese time-clause rule (``ja_time.clause_changed``).
Each pair's figure is the least of ``--least`` calls (the words' caches warm: what the step
itself costs, not the first touch of its data); prints mean, p99 and sum in microseconds.
Run it with ``PYTHONPATH`` on each of two source trees to compare them::

    PYTHONPATH=src python benchmarks/bench_guard_rules.py ../shared/data/pairs/qqp-dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from yamabiko.guard import Guard, analyse
from yamabiko.guard.ja_time import clause_changed
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.modifiers import en_measure_added
from yamabiko.guard.units import units


def least(call: Callable[..., object], args: tuple[Any, ...], times: int) -> float:
    """The least thread CPU of ``times`` calls ``call(*args)``, in microseconds."""
    best = float("inf")
    for _ in range(times):
        begin = time.thread_time()
        call(*args)
        best = min(best, time.thread_time() - begin)
    return best * 1e6


def measure(path: str, rows: int, times: int) -> dict[str, list[float]]:
    """Each step's least CPU for the first ``rows`` pairs of ``path`` (query ``b``, cached
    ``a``, as ``bench_guard.py`` checks them)."""
    found: dict[str, list[float]] = {"align": [], "measure": [], "clause": []}
    with open(path, encoding="utf-8") as lines:
        pairs = [json.loads(line) for line in lines][:rows]
    for pair in pairs:
        query, cached = pair["b"], pair["a"]
        lang = pair.get("lang") or analyse(query, None).lang
        first, second = units(cached, lang), units(query, lang)
        found["align"].append(least(DEFAULT.align, (first, second), times))
        if lang == "en":
            rule = en_measure_added.__wrapped__
            found["measure"].append(least(rule, (query, cached), times))
        elif lang == "ja":
            found["clause"].append(least(clause_changed, (query, cached), times))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--least", type=int, default=5)
    args = parser.parse_args()
    Guard().warm_up()
    for path in args.paths:
        for step, found in measure(path, args.rows, args.least).items():
            if found:
                us = np.array(found)
                print(f"{path.rsplit('/', 1)[-1]} {step:8s} n {len(us)} mean {us.mean():6.1f} us"
                      f"  p99 {np.percentile(us, 99):6.1f} us  sum {us.sum() / 1000:7.1f} ms")


if __name__ == "__main__":
    main()
