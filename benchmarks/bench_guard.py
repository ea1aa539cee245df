"""Guard latency per candidate, as the cache sees it: the cached prompt's analysis is in the
LRU (it was seen before), the query is new. Prints p50 / p99 / max in milliseconds.

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


def main(paths: list[str]) -> None:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle][:5000]
        guard = Guard()
        guard.warm_up()
        for row in rows:  # the cached side is known to the cache already
            guard._cache.get(row["a"], row["lang"])
        times = []
        for row in rows:
            start = time.perf_counter()
            guard.check(row["b"], row["a"], row["lang"])
            times.append((time.perf_counter() - start) * 1000)
        ms = np.array(times)
        print(
            f"{path.rsplit('/', 1)[-1]}: {len(ms)} candidates  p50 {np.percentile(ms, 50):.3f} ms"
            f"  p99 {np.percentile(ms, 99):.3f} ms  max {ms.max():.3f} ms"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
