"""Does a multi-threaded HNSW build lose exact best matches? (usearch, small partitions)

    python benchmarks/bench_hnsw_threads.py [--data ../shared/data/pairs/qqp-dev.jsonl]

Stores 600 real Quora questions, asks 150 real paraphrases plus 200 perturbed copies, and
counts, over 5 builds per setting, the queries whose HNSW top-1 is worse than the exact best.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from usearch.index import Index

from yamabiko.embedders import USEMultilingual, normalize_rows
from yamabiko.stores.vector_index import CONNECTIVITY, EXPANSION_ADD, EXPANSION_SEARCH

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "pairs" / "qqp-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()[:3000]]
    texts = list(dict.fromkeys(r["a"] for r in rows))[:600]
    questions = [r["b"] for r in rows if r["label"] == 1][:150]
    model = USEMultilingual()
    stored = normalize_rows(model.embed_sync(texts))
    queries = normalize_rows(
        np.vstack([model.embed_sync(questions), normalize_rows(stored[::3] * 0.94 + 0.01)])
    )
    exact = (queries @ stored.T).argmax(axis=1)
    best = (stored[exact] * queries).sum(axis=1)
    print(f"{'dtype':>5} {'threads':>7} {'worse top-1 over 5 builds':>26}")
    for dtype in ("f16", "f32"):
        for threads in (1, 2):
            worse = 0
            for _ in range(5):
                graph = Index(
                    ndim=stored.shape[1], metric="ip", dtype=dtype, connectivity=CONNECTIVITY,
                    expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH,
                )  # fmt: skip
                graph.add(np.arange(len(stored), dtype=np.uint64), stored, threads=threads)
                top = graph.search(queries, 4, threads=1).keys[:, 0].astype(int)
                worse += int(((stored[top] * queries).sum(axis=1) < best - 2e-3).sum())
            print(f"{dtype:>5} {threads:>7} {worse:>14} of {5 * len(queries)}")


if __name__ == "__main__":
    main()
