"""Inverted-file index (faiss IVF, int8 codes) against the HNSW segments, side by side.

The data and queries are ``bench_scale.py``'s (one partition, paraphrase-like queries, recall@1
on hittable queries, the 10 best candidates re-scored with their exact vectors as the store
does). For each IVF setting (``--nlists``): k-means training time on a sample, insert rate
(batches of 256, as ``put_many`` gives them), and search p50 / p99 (one query at a time, one
thread) with recall@1 at several ``--nprobes``; ``--segments`` adds the store's current graphs
(usearch int8, M 24 / ef_add 48, 125,000 vectors a graph, 2 inserting threads) in the same run::

    python benchmarks/bench_ivf.py --size 1m --nlists 1024,2048,4096 --nprobes 4,8,16,32 --segments

``--pauses`` instead measures what a concurrent lookup waits for while a partition grows: the
longest times one append of the store's background inserter (``IvfPartition._append``, batches
of 1,024) holds the inverted file's lock, up to ``--size`` vectors, with faiss's hash-table
direct map (the store until session 12) and with the store's key-to-list array, alternately in
one process (16 dims: the map's cost does not depend on them, the centroid product does)::

    python benchmarks/bench_ivf.py --pauses --size 1.1m
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scale import make_data  # noqa: E402
from bench_store import entry_id, is_correct, parse_size, pct  # noqa: E402

RESCORE = 10


def recall_of(found: list[np.ndarray], data: dict[str, np.ndarray]) -> float:
    """recall@1 on hittable queries after re-scoring each query's candidates exactly."""
    vectors, hits, correct = data["vectors"], 0, 0
    for q, rows, truth, score in zip(
        data["queries"], found, data["truth"], data["truth_score"], strict=True
    ):
        if score[0] < 0.90:
            continue
        hits += 1
        rows = rows[rows >= 0]
        best = int(rows[np.argmax(vectors[rows] @ q)]) if len(rows) else None
        correct += is_correct(None if best is None else entry_id(best), truth, score)
    return correct / max(1, hits)


def bench_ivf(data: dict[str, np.ndarray], nlist: int, nprobes: list[int], train_rows: int) -> None:
    import faiss

    vectors = data["vectors"]
    faiss.omp_set_num_threads(2)
    quantizer = faiss.IndexFlatIP(vectors.shape[1])
    index = faiss.IndexIVFScalarQuantizer(
        quantizer, vectors.shape[1], nlist, faiss.ScalarQuantizer.QT_8bit,
        faiss.METRIC_INNER_PRODUCT, False,
    )  # fmt: skip
    start = time.perf_counter()
    sample = vectors[: min(len(vectors), train_rows)]
    index.cp.niter = 10
    index.train(sample)
    train_s = time.perf_counter() - start
    start = time.perf_counter()
    for s in range(0, len(vectors), 256):
        index.add_with_ids(vectors[s : s + 256], np.arange(s, min(len(vectors), s + 256)))
    add_rate = len(vectors) / (time.perf_counter() - start)
    sizes = np.array([index.invlists.list_size(i) for i in range(nlist)])
    faiss.omp_set_num_threads(1)
    print(f"# IVF nlist {nlist}: trained on {len(sample):,} in {train_s:.1f} s, add "
          f"{add_rate:,.0f}/s, list sizes mean {sizes.mean():.0f} max {sizes.max()}; load "
          f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    for nprobe in nprobes:
        index.nprobe = nprobe
        lat, found = [], []
        for q in data["queries"]:
            t = time.perf_counter()
            _, rows = index.search(q[np.newaxis], RESCORE)
            lat.append(time.perf_counter() - t)
            found.append(rows[0])
        print(f"| IVF {nlist} (trained on {len(sample):,}) | nprobe {nprobe} | "
              f"{add_rate:,.0f} | {pct(lat, 50):.3f} / {pct(lat, 99):.3f} | "
              f"{recall_of(found, data):.4f} |", flush=True)  # fmt: skip


def bench_segments(data: dict[str, np.ndarray], efs: list[int]) -> None:
    from usearch.index import Index

    vectors = data["vectors"]
    peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    stored = np.rint(vectors * (127.0 / peak)).astype(np.int8)
    graphs = []
    start = time.perf_counter()
    for s in range(0, len(vectors), 125_000):
        graph = Index(ndim=vectors.shape[1], metric="cos", dtype="i8", connectivity=24,
                      expansion_add=48)  # fmt: skip
        end = min(len(vectors), s + 125_000)
        for b in range(s, end, 1024):
            rows = np.arange(b, min(end, b + 1024))
            graph.add(rows, stored[rows], threads=2)
        graphs.append(graph)
    add_rate = len(vectors) / (time.perf_counter() - start)
    print(f"# segments: {len(graphs)} graphs, add {add_rate:,.0f}/s; load "
          f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    for ef in efs:
        lat, found = [], []
        for q in data["queries"]:
            query = np.rint(q * (127.0 / np.abs(q).max())).astype(np.int8)
            t = time.perf_counter()
            keys, dists = [], []
            for graph in graphs:
                graph.expansion_search = ef
                hits = graph.search(query, RESCORE, threads=1)
                keys.extend(hits.keys.tolist())
                dists.extend(hits.distances.tolist())
            best = [key for _, key in sorted(zip(dists, keys, strict=True))[:RESCORE]]
            lat.append(time.perf_counter() - t)
            found.append(np.array(best, dtype=np.int64))
        print(f"| segments ({len(graphs)} graphs) | ef {ef} each | {add_rate:,.0f} | "
              f"{pct(lat, 50):.3f} / {pct(lat, 99):.3f} | {recall_of(found, data):.4f} |",
              flush=True)  # fmt: skip


class HoldTimer:
    """A lock that records how long each ``with`` block held it: (wall, the holder's CPU) s.
    The CPU time leaves out the holder's waits for a core (on the busy machine the wall time of
    any hold can be 100 ms)."""

    def __init__(self) -> None:
        self.lock, self.held, self.since = threading.Lock(), [(0.0, 0.0)], (0.0, 0.0)

    def __enter__(self) -> None:
        self.lock.acquire()
        self.since = (time.perf_counter(), time.thread_time())

    def __exit__(self, *exc: object) -> None:
        self.held.append((time.perf_counter() - self.since[0], time.thread_time() - self.since[1]))
        self.lock.release()


def bench_pauses(size: int, batch: int = 1024, dims: int = 16) -> None:
    """The longest lock holds of one append, with and without faiss's hash-table map."""
    import faiss

    from yamabiko.stores.ann_ivf import IvfPartition

    rng = np.random.default_rng(0)

    def unit(count: int) -> np.ndarray:
        x = rng.standard_normal((count, dims)).astype(np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    sample, parts = unit(20_000), {}
    for name in ("faiss hash-table map", "key-to-list array"):
        part = IvfPartition(dims, background=False)
        part._index = part._trained(sample, threads=1)
        if name.startswith("faiss"):
            part._index.set_direct_map_type(faiss.DirectMap.Hashtable)
        part._index_mu = HoldTimer()  # type: ignore[assignment]
        parts[name] = part
    worst: dict[str, list[tuple[float, float, int]]] = {name: [] for name in parts}
    for start in range(0, size, batch):
        vectors, keys = unit(batch), np.arange(start, start + batch, dtype=np.int64)
        for name in sorted(parts, reverse=bool(start // batch % 2)):  # alternate the order
            timer = parts[name]._index_mu
            parts[name]._append(keys, vectors, threads=1)
            wall, cpu = timer.held.pop()  # type: ignore[attr-defined]
            worst[name].append((cpu, wall, start))
    print(f"# {size:,} vectors of {dims} dims in batches of {batch}; load average "
          f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| removal map | lock held per append p50 ms | the 4 longest by the holder's CPU: "
          "CPU / wall ms at vectors in | longest wall ms |")  # fmt: skip
    print("|---|---|---|---|")
    for name, holds in worst.items():
        top = sorted(holds, reverse=True)[:4]
        print(f"| {name} | {pct([wall for _, wall, _ in holds], 50):.3f} | "
              + ", ".join(f"{cpu * 1e3:.1f} / {wall * 1e3:.1f} at {at:,}" for cpu, wall, at in top)
              + f" | {max(wall for _, wall, _ in holds) * 1e3:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="300k")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--nlists", default="1024,2048,4096")
    parser.add_argument("--nprobes", default="4,8,16,32")
    parser.add_argument("--train", default="64k", help="train k-means on the first N vectors")
    parser.add_argument("--segments", action="store_true", help="also the HNSW segments")
    parser.add_argument("--efs", default="64,96", help="search ef per graph (--segments)")
    parser.add_argument("--pauses", action="store_true",
                        help="the inserter's lock holds instead (see the docstring)")  # fmt: skip
    args = parser.parse_args()
    n = parse_size(args.size)
    if args.pauses:
        bench_pauses(n)
        return
    data = make_data(n, args.queries, 4000)
    print(f"# {n:,} vectors, {len(data['queries'])} queries; load average "
          f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| index | search effort | insert /s | search p50 / p99 ms | recall@1 |")
    print("|---|---|---|---|---|")
    nprobes = [int(x) for x in args.nprobes.split(",")]
    for train in args.train.split(","):
        for nlist in [int(x) for x in args.nlists.split(",")]:
            bench_ivf(data, nlist, nprobes, parse_size(train))
    if args.segments:
        bench_segments(data, [int(x) for x in args.efs.split(",")])


if __name__ == "__main__":
    main()
