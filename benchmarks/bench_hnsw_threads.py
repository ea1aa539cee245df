"""Does a multi-threaded HNSW build lose exact best matches? (usearch, small partitions)

    python benchmarks/bench_hnsw_threads.py [--data ../shared/data/pairs/qqp-dev.jsonl]

Stores 600 real Quora questions, asks 150 real paraphrases plus 200 perturbed copies, and
counts, over 5 builds per setting, the queries whose HNSW top-1 is worse than the exact best.

``--build-sweep SIZE`` instead builds int8 graphs (as the embedded store does) of SIZE vectors
of ``bench_scale.py``'s data with several (connectivity, expansion_add, threads[, graphs])
settings, in batches of 1,024 (``graphs``: SIZE split into that many graphs, filled one after
the other and searched together, as the store's segments), and prints per setting the insert
rate, the build's CPU time per vector, and recall@1 on hittable queries at several search-time
ef values (10 candidates of every graph re-scored exactly, as the store does) with the CPU time
per query. The settings run one after the other in one process, so on a shared machine
compare them as ratios (CPU times are less inflated by the load than wall times)::

    python benchmarks/bench_hnsw_threads.py --build-sweep 300k \
        --settings 16:128:2:1,16:128:2:3,24:48:2:1,24:48:2:3 --efs 32,48,64,96,128

``--pauses`` measures what can stall a lookup while a graph grows: how fast a pure-Python loop
runs while another thread inserts into a usearch graph (near its speed alone: usearch
releases the GIL), and the longest single insert into a plain dict and into the store's
sharded dict (``stores/id_map.py``) as they grow to 1.2M string keys (a plain dict's resize
holds the GIL for the whole rehash).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np
from usearch.index import Index

from yamabiko.embedders import USEMultilingual, normalize_rows
from yamabiko.stores.vector_index import CONNECTIVITY, EXPANSION_ADD, EXPANSION_SEARCH

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "pairs" / "qqp-dev.jsonl"


def int8_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to ±127 and rounded (the store's int8 graphs, see ann_partition.py)."""
    peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    return np.rint(vectors * (127.0 / peak)).astype(np.int8)


def build_sweep(n: int, settings: list[tuple[int, ...]], efs: list[int]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_scale import make_data
    from bench_store import entry_id, is_correct

    data = make_data(n, 1000, 4000)
    vectors, queries = data["vectors"], data["queries"]
    stored, asked = int8_rows(vectors), int8_rows(queries)
    print("| M | ef_add | threads | graphs | insert /s | build CPU ms / vector | "
          + " | ".join(f"recall@1 ef {ef} (CPU ms / query)" for ef in efs) + " |")  # fmt: skip
    print("|" + "---|" * (6 + len(efs)))
    hittable = [q for q in range(len(queries)) if data["truth_score"][q][0] >= 0.90]
    for connectivity, expansion_add, threads, *more in settings:
        segments = more[0] if more else 1  # graphs of n / segments vectors, searched together
        bounds = np.linspace(0, n, segments + 1).astype(int)
        graphs = []
        cpu, start = time.process_time(), time.perf_counter()
        for first, end in itertools.pairwise(bounds):
            graph = Index(ndim=vectors.shape[1], metric="cos", dtype="i8",
                          connectivity=connectivity, expansion_add=expansion_add)  # fmt: skip
            for s in range(first, end, 1024):
                keys = np.arange(s, min(end, s + 1024), dtype=np.uint64)
                graph.add(keys, stored[s : s + len(keys)], threads=threads)
            graphs.append(graph)
        rate = n / (time.perf_counter() - start)
        cpu = (time.process_time() - cpu) / n * 1e3
        cells = []
        for ef in efs:
            for graph in graphs:
                graph.expansion_search = ef
            correct = 0
            t = time.thread_time()  # CPU time: a loaded machine does not inflate it
            for q in hittable:  # 10 candidates of every graph, re-scored exactly
                rows = np.concatenate([g.search(asked[q], 10, threads=1).keys for g in graphs])
                best = rows.astype(np.int64)[np.argmax(vectors[rows.astype(np.int64)] @ queries[q])]
                top = entry_id(int(best))
                correct += is_correct(top, data["truth"][q], data["truth_score"][q])
            spent = (time.thread_time() - t) / len(hittable) * 1e3
            cells.append(f"{correct / len(hittable):.4f} ({spent:.2f})")
        print(f"| {connectivity} | {expansion_add} | {threads} | {segments} | {rate:,.0f} | "
              f"{cpu:.3f} | " + " | ".join(cells) + " |", flush=True)  # fmt: skip


def pauses() -> None:
    import threading

    from yamabiko.stores.id_map import ShardedDict

    rng = np.random.default_rng(0)
    stored = int8_rows(rng.standard_normal((10_000, 512)).astype(np.float32))

    def spin(seconds: float) -> int:
        count, end = 0, time.perf_counter() + seconds
        while time.perf_counter() < end:
            count += 1
        return count

    alone = spin(2.0)
    graph = Index(ndim=512, metric="cos", dtype="i8", connectivity=CONNECTIVITY,
                  expansion_add=EXPANSION_ADD)  # fmt: skip
    keys = np.arange(len(stored), dtype=np.uint64)
    inserter = threading.Thread(target=graph.add, args=(keys, stored), kwargs={"threads": 1})
    inserter.start()
    during = spin(2.0)
    still = inserter.is_alive()
    inserter.join()
    print(f"python loop during a usearch insert: {during / alone:.2f} of its speed alone "
          f"(insert still running at the end: {still})")  # fmt: skip
    ids = [f"entry-{i:08d}-{'x' * 20}" for i in range(1_200_000)]
    for name, table in (("dict", {}), ("ShardedDict", ShardedDict())):
        worst, at = 0.0, 0
        for i, key in enumerate(ids):
            t = time.thread_time()  # CPU time: a preempted insert on a busy machine is not slow
            table[key] = i
            spent = time.thread_time() - t
            if spent > worst:
                worst, at = spent, i
        print(f"{name}: longest single insert {worst * 1e3:.1f} ms of CPU (at {at:,} keys)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--build-sweep", metavar="SIZE", help="insert rate and recall per setting")
    parser.add_argument("--settings", default="16:128:1,16:128:2,16:64:2",
                        help="M:ef_add:threads[:graphs], comma separated")  # fmt: skip
    parser.add_argument("--efs", default="96,192,256", help="search-time ef values")
    parser.add_argument("--pauses", action="store_true", help="GIL and dict-resize pauses")
    args = parser.parse_args()
    if args.pauses:
        pauses()
        return
    if args.build_sweep:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_store import parse_size

        settings = [tuple(int(x) for x in s.split(":")) for s in args.settings.split(",")]
        efs = [int(ef) for ef in args.efs.split(",")]
        build_sweep(parse_size(args.build_sweep), settings, efs)  # type: ignore[arg-type]
        return
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
