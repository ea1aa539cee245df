"""Guard latency per candidate, as the cache sees it: the cached prompt's analysis is in the
LRU (it was seen before), the query is new. Prints p50 / p99 / max in milliseconds, for the
default guard with every candidate at cosine 0.85 (inside the band of its boosted trees, which
then score every candidate the other rules accept: the slowest default path), the same without
the trees (session 7: the learned screen and the rescue), without the rescue either, the rules
alone (``Guard(learned=False)``) and, side by side, the guard without the minimal-pair check;
wall-clock time and the thread's CPU time (which a busy shared machine does not inflate by
preempting the process).

    python benchmarks/bench_guard.py [../shared/data/pairs/jsts-train.jsonl ...]
"""

from __future__ import annotations

import json
import sys
import time

import numpy as np

from yamabiko.guard import Guard

DEFAULT = [
    "../shared/data/pairs/qqp-dev.jsonl",
    "../shared/data/pairs/jsts-train.jsonl",
    "../shared/data/pairs/jsick-train-contradictions.jsonl",
]


def measure(
    rows: list[dict], guard: Guard, similarity: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    guard.warm_up()
    for row in rows:  # the cached side is known to the cache already
        guard.check(row["a"], row["a"] + " ", row["lang"])
    wall, cpu = [], []
    for row in rows:
        start, start_cpu = time.perf_counter(), time.thread_time()
        guard.check(row["b"], row["a"], row["lang"], similarity)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return np.array(wall), np.array(cpu)


def main(paths: list[str]) -> None:
    without = [c for c in Guard.CHECKS if c != "minpair"]
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle][:5000]
        name = path.rsplit("/", 1)[-1]
        for label, checks, similarity, learned, rescue, boosted in (
            ("guard (default) at 0.85: boosted trees in their band", None, 0.85, True, True, True),
            ("guard at 0.85 without the trees (session 7)", None, 0.85, True, True, False),
            ("guard at 0.85 without trees or rescue", None, 0.85, True, False, False),
            ("guard, rules only", None, 1.0, False, False, False),
            ("without minpair", without, 1.0, False, False, False),
        ):
            guard = Guard(checks, learned=learned, rescue=rescue, boosted=boosted)
            wall, cpu = measure(rows, guard, similarity)
            print(
                f"{name} {label}: {len(wall)} candidates  wall p50 {np.percentile(wall, 50):.3f}"
                f" p99 {np.percentile(wall, 99):.3f} max {wall.max():.3f} ms | cpu p50 "
                f"{np.percentile(cpu, 50):.3f} p99 {np.percentile(cpu, 99):.3f} ms"
            )


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
