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

``--scan`` times the exact scan of a large partition's staged vectors both ways: a BLAS
matrix-vector product (threads that wait for cores on a busy machine) and ``einsum`` on the
calling thread (what ``AnnPartition`` uses), 300 scans each of 1,000 / 8,192 / 16,384 rows.

``--trace-stalls N:SEGMENT:MS`` loads N entries of ``bench_scale.py``'s data into a fresh
``LocalStore`` (HNSW graphs of SEGMENT vectors, so that seals happen early; SEGMENT 0: the
store's default inverted file) with ``put_many`` while a
reader looks up every 5 ms, and each time a lookup has run for MS it records where the reader
thread is (its two innermost frames); prints the put_many and indexed rates, the lookups'
p99 / max and the places counted (run the old and new code side by side)::

    python benchmarks/bench_hnsw_threads.py --trace-stalls 120k:25k:40
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


def scan() -> None:
    rng = np.random.default_rng(0)
    for n in (1_000, 8_192, 16_384):
        matrix = rng.standard_normal((n, 512)).astype(np.float32)
        vector = rng.standard_normal(512).astype(np.float32)
        for name in ("BLAS @", "einsum"):
            spent = []
            for _ in range(300):
                t = time.perf_counter()
                if name == "einsum":
                    np.einsum("ij,j->i", matrix, vector)
                else:
                    matrix @ vector
                spent.append(time.perf_counter() - t)
            spent.sort()
            print(f"{n:>6} rows, {name}: p50 {spent[150] * 1e3:.3f} ms, p99 "
                  f"{spent[296] * 1e3:.3f} ms, max {spent[-1] * 1e3:.1f} ms")  # fmt: skip


def trace_stalls(n: int, segment: int, threshold_ms: float) -> None:
    import asyncio
    import collections
    import os
    import tempfile
    import threading
    import traceback

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_scale import BATCH, PROMPT, RESPONSE, real_subset
    from bench_store import entry_id, synthetic

    from yamabiko.models import Entry
    from yamabiko.stores.local import LocalStore

    real, _ = real_subset(4000)
    rng = np.random.default_rng(0)
    vectors = np.concatenate([real, synthetic(real, max(0, n - len(real)), rng)])[:n]
    queries = vectors[rng.integers(0, n, 2000)]
    current: dict[str, float | None] = {"start": None}
    places: collections.Counter[str] = collections.Counter()

    def watch() -> None:  # where is the reader thread while a lookup runs long?
        seen = None
        while True:
            time.sleep(0.003)
            start = current["start"]
            if start is None or start == seen or time.perf_counter() - start < threshold_ms / 1e3:
                continue
            seen = start
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if (names.get(ident) or "").startswith("yamabiko-sqlite-read"):
                    lines = [f"{f.name}: {f.line}" for f in traceback.extract_stack(frame)[-2:]]
                    places[" <- ".join(reversed(lines))] += 1

    threading.Thread(target=watch, daemon=True).start()

    async def load(path: Path) -> tuple[float, float, list[float]]:
        kind = "hnsw" if segment else "ivf"  # SEGMENT 0: the store's default, the inverted file
        store = LocalStore(path, ann_segment_size=segment or None, ann_index=kind)
        await store.open("use-multilingual-v3", 512)
        done, lookups = asyncio.Event(), []

        async def reader() -> None:
            i = 0
            while not done.is_set():
                current["start"] = t = time.perf_counter()
                await store.search(queries[i % len(queries)], "p", 4, time.time())
                current["start"] = None
                lookups.append(time.perf_counter() - t)
                i += 1
                await asyncio.sleep(0.005)

        task = asyncio.create_task(reader())
        now, start = time.time(), time.perf_counter()
        for s in range(0, n, BATCH):
            rows = range(s, min(n, s + BATCH))
            entries = [Entry(id=entry_id(i), partition="p", context_id="c", namespace="default",
                             user=None, lang="en", prompt=f"{PROMPT}{i}", response=RESPONSE,
                             created_at=now, expires_at=None) for i in rows]  # fmt: skip
            await store.put_many(entries, vectors[s : rows.stop])
        loaded = time.perf_counter() - start
        done.set()
        await task
        await store.wait_for_index()
        indexed = time.perf_counter() - start
        await store.close()
        return n / loaded, n / indexed, sorted(lookups)

    with tempfile.TemporaryDirectory() as tmp:
        rate, indexed, lookups = asyncio.run(load(Path(tmp) / "cache.sqlite3"))
    print(f"put_many {rate:,.0f}/s (indexed {indexed:,.0f}/s); {len(lookups)} lookups: p99 "
          f"{lookups[int(len(lookups) * 0.99)] * 1e3:.1f} ms, max {lookups[-1] * 1e3:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"where the reader was when a lookup passed {threshold_ms:g} ms:")
    for place, count in places.most_common(8):
        print(f"{count:>5}  {place}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--build-sweep", metavar="SIZE", help="insert rate and recall per setting")
    parser.add_argument("--settings", default="16:128:1,16:128:2,16:64:2",
                        help="M:ef_add:threads[:graphs], comma separated")  # fmt: skip
    parser.add_argument("--efs", default="96,192,256", help="search-time ef values")
    parser.add_argument("--pauses", action="store_true", help="GIL and dict-resize pauses")
    parser.add_argument("--scan", action="store_true", help="staged scan: BLAS vs one thread")
    parser.add_argument("--trace-stalls", metavar="N:SEGMENT:MS", help="where lookups wait")
    args = parser.parse_args()
    if args.scan:
        scan()
        return
    if args.trace_stalls:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_store import parse_size

        size, segment, ms = args.trace_stalls.split(":")
        trace_stalls(parse_size(size), parse_size(segment), float(ms))
        return
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
