"""Where the embedded store should switch a partition from exact scan to HNSW.

    python benchmarks/bench_switch.py [--sizes 1k,2k,5k,10k,20k] [--queries 2000]

For each partition size, fills an exact partition and an HNSW partition (the classes the
LocalStore's index uses, 512 dimensions) with the same vectors and times ``search(k=4)``
side by side, alternating query by query so that a busy machine slows both alike. Queries are
paraphrase-like: a stored vector plus noise (cosine ~0.93), so recall@1 is reported too.
Prints p50 / p99 per kind and the ratio exact / HNSW.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from yamabiko.embedders.local import limit_blas_threads
from yamabiko.stores.vector_index import AnnPartition, ExactPartition

DIMS = 512


def unit_rows(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def size_of(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * scale)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1k,2k,5k,10k,20k")
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    limit_blas_threads()  # as yamabiko serve does: one BLAS thread per process
    rng = np.random.default_rng(7)
    print(f"# exact scan vs HNSW per partition size ({os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; one run, queries alternate between the two)")  # fmt: skip
    print(f"{'size':>7} {'exact p50':>10} {'exact p99':>10} {'hnsw p50':>9} {'hnsw p99':>9} "
          f"{'exact/hnsw':>11} {'hnsw recall@1':>14}")  # fmt: skip
    for text in args.sizes.split(","):
        n = size_of(text)
        vectors = unit_rows(rng.standard_normal((n, DIMS)))
        ids = [f"e{i}" for i in range(n)]
        exact, ann = ExactPartition(DIMS), AnnPartition(DIMS)
        exact.add_many(ids, vectors)
        ann.add_many(ids, vectors)
        targets = rng.integers(0, n, args.queries)
        noise = unit_rows(rng.standard_normal((args.queries, DIMS)))
        queries = unit_rows(vectors[targets] + 0.4 * noise)
        t_exact, t_ann, found = [], [], 0
        for i, query in enumerate(queries):
            t0 = time.perf_counter()
            exact.search(query, 4)
            t_exact.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            best = ann.search(query, 4)
            t_ann.append((time.perf_counter() - t0) * 1000)
            found += bool(best) and best[0][0] == f"e{targets[i]}"
        ratio = pct(t_exact, 0.5) / pct(t_ann, 0.5)
        print(f"{n:>7} {pct(t_exact, 0.5):>10.3f} {pct(t_exact, 0.99):>10.3f} "
              f"{pct(t_ann, 0.5):>9.3f} {pct(t_ann, 0.99):>9.3f} {ratio:>11.2f} "
              f"{found / len(queries):>14.4f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
