"""Side-by-side checks on one kept store of ``bench_scale.py`` (a diagnostic for busy machines).

``build DIR --size 1m`` loads a store once into DIR with ``bench_scale.py``'s data and load
phase (with its concurrent lookups). Then:

* ``query DIR --src A,B --pairs 3 [--cache cold|warm] [--trace MS]`` reopens the store and runs
  ``bench_scale.py``'s query phase with the code of each ``src`` directory in turn (e.g.
  main's ``src`` and a branch's), ``pairs`` times, so both see the same machine. ``cold``
  first evicts the store's files from the page cache (``posix_fadvise(DONTNEED)``, only these
  files), ``warm`` first reads them once;
* ``query ... --after-exit 3 --settle 0,30``: before each query phase a child process touches 3
  GiB and exits (as the load phase's process does in ``bench_scale.py``), then the benchmark
  waits up to 0 or 30 s for the VM to hand that memory back to the hypervisor
  (``bench_scale_host.py``), alternately, so both see the same machine;
* ``load DIR --size 600k --src A,B --pairs 2`` runs ``bench_scale.py``'s load phase (put_many
  with a lookup every 5 ms) into a fresh store under DIR with the code of each ``src`` in
  turn: insert rate and the slowest concurrent lookup, and how many entries were in when it
  started (a faiss hash-table rehash at ~520k paused lookups until session 12), the seconds
  until the index was done (``wait_for_index``: a re-training after the load, session 16) and
  the slowest lookup meanwhile;
* ``threads DIR`` loads the saved inverted file alone and runs every query with 1 and with 2
  OpenMP threads alternately in one process (search latency of faiss alone);
* ``budgets DIR --budgets 0,2,1`` loads the saved inverted file alone and runs every query with
  each scan budget (``ann_ivf.SCAN_BUDGET``; 0: none) alternately in one process: codes scanned,
  the search thread's CPU time, and how often the exact best of a hittable query is among the
  10 candidates (what the store re-scores), and the lengths of the lists;
* ``scans DIR`` loads the saved inverted file alone and runs every query through faiss's own
  scan, the integer scan of every probed list (session 14) and the store's integer scan of
  the lists within reach (``ann_scan.IntegerScan``, session 15) in one process (each on its
  own passes over the queries, in turn): CPU and wall time, codes scanned, and how often the
  exact best is among the 10 candidates;
* ``parts DIR`` opens the store (the ``yamabiko`` on ``PYTHONPATH``) and times the parts of a
  search, each on its own pass over the queries so that none finds another's data in the CPU
  caches: ``store.search`` (with the hand-off to the reader thread), the same on the calling
  thread (``search_here``), faiss's search alone, the SQLite read of the rows, an empty
  hand-off::

    python benchmarks/bench_scale_ab.py build /tmp/scale-1m --size 1m
    python benchmarks/bench_scale_ab.py query /tmp/scale-1m --src ../main/src,src --cache cold
    python benchmarks/bench_scale_ab.py threads /tmp/scale-1m
    python benchmarks/bench_scale_ab.py budgets /tmp/scale-1m --budgets 0,2,1
    python benchmarks/bench_scale_ab.py scans /tmp/scale-1m
    python benchmarks/bench_scale_ab.py parts /tmp/scale-1m
    python benchmarks/bench_scale_ab.py load /tmp/scale-600k --size 600k --src ../main/src,src
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_scale  # noqa: E402
from bench_scale_host import release_memory, settle  # noqa: E402


def build(work: Path, size: str, *, load: bool = True) -> None:
    work.mkdir(parents=True, exist_ok=True)
    data = bench_scale.make_data(bench_scale.parse_size(size), 1000, 4000)
    partition = "v1-" + "5ca1e" * 6 + "00"
    np.savez(work / "data.npz", vectors=data["vectors"], queries=data["queries"],
             partition=partition)  # fmt: skip
    np.savez(work / "queries.npz", queries=data["queries"], truth=data["truth"],
             truth_score=data["truth_score"], partition=partition)  # fmt: skip
    (work / "efs.json").write_text("[]")
    if load:
        print(bench_scale.run_child("load", work / "cache.sqlite3", work))


def phase(name: str, work: Path, src: str, trace: float) -> dict[str, float]:
    """``bench_scale.py``'s ``name`` phase on the store in ``work`` with the code of ``src``."""
    cmd = [sys.executable, str(HERE / "bench_scale.py"), "--child", name,
           "--path", str(work / "cache.sqlite3"), "--work", str(work)]  # fmt: skip
    cmd += ["--trace", str(trace)] if trace else []
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def loads(work: Path, size: str, sources: list[str], pairs: int, trace: float) -> None:
    """The load phase with each ``src`` in turn, each into a fresh store (see the docstring)."""
    build(work, size, load=False)
    for pair in range(pairs):
        for src in sources:
            for path in store_files(work):
                path.unlink()
            r = phase("load", work, src, trace)
            print(f"| {pair + 1} | {src} | {r['insert_rate']:,.0f} | {r['stall_p99']:.1f} | "
                  f"{r['stall_max']:.1f} ({r.get('over100', '-')} over 100) | "
                  f"{r.get('stall_max_at', 0):,} | {r['built_s']:.0f} | "
                  f"{r.get('after_max', 0):.1f} ({r.get('after_over100', '-')} of "
                  f"{r.get('after_count', '-')} over 100) | {os.getloadavg()[0]:.1f} |",
                  flush=True)  # fmt: skip


def store_files(work: Path) -> list[Path]:
    files = [p for p in work.glob("cache.sqlite3*") if p.is_file()]
    return files + [p for p in work.glob("cache.sqlite3.index/*") if p.is_file()]


def set_cache(work: Path, cache: str) -> None:
    for path in store_files(work):
        with path.open("rb", buffering=0) as handle:
            if cache == "cold":
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            else:
                while handle.read(8 << 20):
                    pass


def query(work: Path, sources: list[str], pairs: int, cache: str, trace: float,
          after_exit: float = 0, settles: tuple[float, ...] = (0,)) -> None:  # fmt: skip
    for pair in range(pairs):
        for src in sources:
            for wait in settles:
                set_cache(work, cache)
                if after_exit:
                    release_memory(after_exit)
                waited, mib = settle(wait)
                r = phase("query", work, src, trace)
                cells = (f"{waited:.1f} s, {mib:,} MiB | {r['search_p50']:.3f} / "
                         f"{r['search_p99']:.3f} | {r['over2']} ({r['over2_first100']}) | "
                         f"{r['steal_s']:.2f} s, {r['handed_mib']:,} MiB | {r['recall1']:.4f} | "
                         f"{r.get('read_kib', 0):.0f} ({r.get('disk_kib', 0):.0f})")
                print(f"| {pair + 1} | {src} | {cache} | {cells} | {r['open_s']:.2f} | "
                      f"{os.getloadavg()[0]:.1f} |", flush=True)  # fmt: skip


def threads(work: Path) -> None:
    import faiss

    index = faiss.read_index(str(next(work.glob("cache.sqlite3.index/*.ivf"))))
    index.nprobe = 8
    queries = np.load(work / "queries.npz")["queries"].astype(np.float32)
    lat: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(3):
        for i, vector in enumerate(queries):
            for count in (1, 2) if i % 2 else (2, 1):
                faiss.omp_set_num_threads(count)
                start = time.perf_counter()
                index.search(vector.reshape(1, -1), 10)
                lat[count].append(time.perf_counter() - start)
    for count, values in lat.items():
        ms = np.asarray(values) * 1e3
        print(f"| {count} | {len(ms)} | {np.percentile(ms, 50):.3f} / {np.percentile(ms, 99):.3f}"
              f" | {ms.max():.1f} | {(ms > 2).sum()} | {os.getloadavg()[0]:.1f} |")  # fmt: skip


def _saved_ivf(work: Path) -> tuple[Any, np.ndarray, Any, np.ndarray]:
    """The kept store's saved inverted file, its key -> ``bench_scale`` row map, the queries
    (``queries.npz``) and which of them are hittable (exact best at least 0.90)."""
    import faiss

    stem = next(work.glob("cache.sqlite3.index/*.ivf"))
    index = faiss.read_index(str(stem))
    mapping = json.loads(stem.with_name(stem.name[:-4] + ".ids.json").read_text())
    row_of = np.full(max(mapping["keys"]) + 1, -1, dtype=np.int64)  # key -> bench_scale's row
    row_of[mapping["keys"]] = [int(entry_id, 16) for entry_id in mapping["ids"]]
    data = np.load(work / "queries.npz")
    return index, row_of, data, data["truth_score"][:, 0] >= 0.90


def budgets(work: Path, factors: list[float]) -> None:
    import faiss

    from yamabiko.stores.ann_ivf import max_codes

    index, row_of, data, hittable = _saved_ivf(work)
    mean = index.ntotal / index.nlist
    sizes = [index.invlists.list_size(i) for i in range(index.nlist)]
    print(f"# {index.nlist:,} lists of {mean:,.0f} codes on average: p50 / p99 / longest "
          f"{np.percentile(sizes, 50):,.0f} / {np.percentile(sizes, 99):,.0f} / {max(sizes):,}")
    params = {f: faiss.SearchParametersIVF(nprobe=8, max_codes=max_codes(f, 8, index.ntotal,
                                                                    index.nlist) if f else 0)
              for f in factors}
    seen: dict[float, list[tuple[int, int, bool]]] = {f: [] for f in factors}
    stats = faiss.cvar.indexIVF_stats
    faiss.omp_set_num_threads(1)
    for round_ in range(3):
        for i, vector in enumerate(data["queries"].astype(np.float32)):
            for f in factors if (i + round_) % 2 else factors[::-1]:
                stats.reset()
                cpu = time.thread_time_ns()
                _, found = index.search(vector.reshape(1, -1), 10, params=params[f])
                cpu = time.thread_time_ns() - cpu
                if round_:  # the first round warms up
                    seen[f].append((cpu, stats.ndis, data["truth"][i, 0] in row_of[found[0]]))
    for f, rows in seen.items():
        cpu_ms, codes, got = (np.asarray(column) for column in zip(*rows, strict=True))
        cpu_ms = cpu_ms / 1e6
        p50, p99 = np.percentile(cpu_ms, 50), np.percentile(cpu_ms, 99)
        print(f"| {f:g} | {np.percentile(codes, 50):,.0f} / {np.percentile(codes, 99):,.0f} / "
              f"{codes.max():,} | {p50:.3f} / {p99:.3f}"
              f" | {got[np.tile(hittable, 2)].mean():.4f} | {os.getloadavg()[0]:.1f} |")


def scans(work: Path) -> None:
    """faiss's own scan of the saved inverted file, the integer scan of every probed list
    (session 14) and the store's integer scan of the lists within reach (``ann_scan.REACH``,
    session 15), all with the store's probes and scan budget, in one process, each on its own
    pass over the queries (so that none finds another's lists in the CPU caches), in turn: the
    searching thread's CPU time, wall time, codes scanned, and how often the exact best of a
    hittable query is among the 10 candidates."""
    import faiss

    from yamabiko.stores.ann_ivf import NPROBE, SCAN_BUDGET, IntegerScan, max_codes

    index, row_of, data, hittable = _saved_ivf(work)
    budget = max_codes(SCAN_BUDGET, NPROBE, index.ntotal, index.nlist)
    params = faiss.SearchParametersIVF(nprobe=NPROBE, max_codes=budget)
    every, within = IntegerScan(index, reach=float("inf")), IntegerScan(index)
    ways = {
        "faiss's scan (float decode)": lambda q: index.search(q, 10, params=params)[1][0],
        "integer scan, every probed list (reach inf)": lambda q: every.search(q, 10, params)[0],
        f"integer scan, lists within reach {within.reach:g} (session 15)": (
            lambda q: within.search(q, 10, params)[0]
        ),
    }
    seen: dict[str, list[tuple[int, float, int, bool]]] = {name: [] for name in ways}
    queries, stats = data["queries"].astype(np.float32), faiss.cvar.indexIVF_stats
    faiss.omp_set_num_threads(1)
    for round_ in range(5):  # each way on its own pass (cold CPU caches), in turn
        for name in np.roll(list(ways), round_):
            for i in np.random.default_rng(round_).permutation(len(queries)):
                stats.reset()
                cpu, wall = time.thread_time_ns(), time.perf_counter()
                found = np.asarray(ways[name](queries[i : i + 1]), dtype=np.int64)
                cpu, wall = time.thread_time_ns() - cpu, time.perf_counter() - wall
                if round_:  # the first round warms up
                    got = hittable[i] and data["truth"][i, 0] in row_of[found[found >= 0]]
                    seen[name].append((cpu, wall, stats.ndis, got))
    for name, rows in seen.items():
        cpu_ns, wall_s, codes, got = (np.asarray(column) for column in zip(*rows, strict=True))
        cpu_ms, wall_ms = cpu_ns / 1e6, wall_s * 1e3
        print(
            f"| {name} | {np.percentile(cpu_ms, 50):.3f} / {np.percentile(cpu_ms, 90):.3f} / "
            f"{np.percentile(cpu_ms, 99):.3f} | {np.percentile(wall_ms, 50):.3f} / "
            f"{np.percentile(wall_ms, 99):.3f} | {np.percentile(codes, 50):,.0f} / "
            f"{np.percentile(codes, 99):,.0f} | {got.sum() / (4 * hittable.sum()):.4f} | "
            f"{os.getloadavg()[0]:.1f} |"
        )


async def parts(work: Path) -> None:
    from yamabiko.stores.local import LocalStore
    from yamabiko.stores.local_reads import within_reach

    data = np.load(work / "queries.npz")
    partition, queries = str(data["partition"]), data["queries"].astype(np.float32)
    store = LocalStore(work / "cache.sqlite3")
    await store.open("use-multilingual-v3", bench_scale.DIMS)
    index, now = store._index, time.time()
    part = index._partitions[partition]  # type: ignore[union-attr]
    store.search_here(queries[0], partition, bench_scale.K, now)  # (its thread's connection)
    found = [within_reach(index.search(partition, q, 10), bench_scale.K)[0] for q in queries]

    async def search(i: int) -> None:
        await store.search(queries[i], partition, bench_scale.K, now)

    async def handoff(i: int) -> None:
        await store._read(int)

    steps = {
        "store.search": search,
        "search_here": lambda i: store.search_here(queries[i], partition, bench_scale.K, now),
        "faiss": lambda i: part._search_index(queries[i], 10),
        "rows": lambda i: store._rows(found[i], now),
        "empty hand-off": handoff,
    }
    lat: dict[str, list[float]] = {name: [] for name in steps}
    for round_ in range(3):  # the first round warms up
        for name, step in steps.items():
            for i in np.random.default_rng(round_).permutation(len(queries)):
                start = time.perf_counter()
                result = step(i)
                if asyncio.iscoroutine(result):
                    await result
                if round_:
                    lat[name].append(time.perf_counter() - start)
    await store.close()
    for name, values in lat.items():
        ms = np.asarray(values) * 1e3
        print(f"| {name} | {np.percentile(ms, 50):.3f} / {np.percentile(ms, 90):.3f} / "
              f"{np.percentile(ms, 99):.3f} | {os.getloadavg()[0]:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("build", "query", "load", "threads", "budgets", "parts",
                                         "scans"))
    parser.add_argument("work", type=Path)
    parser.add_argument("--size", default="1m")
    parser.add_argument("--src", default="src", help="comma list of src directories")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--cache", choices=("cold", "warm"), default="warm")
    parser.add_argument("--trace", type=float, default=0)
    parser.add_argument("--after-exit", type=float, default=0, metavar="GIB",
                        help="before each query phase, a process touches GIB GiB and exits")
    parser.add_argument("--settle", default="0", help="comma list of waits (s), alternated")
    parser.add_argument("--budgets", default="0,2", help="comma list of scan budgets (budgets)")
    args = parser.parse_args()
    if args.what == "build":
        build(args.work, args.size)
    elif args.what == "query":
        print("| pair | src | page cache | settle: waited, handed back | search p50 / p99 ms | "
              "searches over 2 ms (first 100) | during them: stolen, handed back | recall@1 | "
              "KiB read per search (from the disk) | open s | load |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        settles = tuple(float(s) for s in args.settle.split(","))
        query(args.work, args.src.split(","), args.pairs, args.cache, args.trace,
              args.after_exit, settles)  # fmt: skip
    elif args.what == "load":
        print("| pair | src | put_many /s | concurrent lookup p99 ms | slowest ms | entries in "
              "when the slowest started | s until indexed | slowest lookup after the load ms "
              "| load |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|")
        loads(args.work, args.size, args.src.split(","), args.pairs, args.trace)
    elif args.what == "parts":
        print("| part | p50 / p90 / p99 ms | load |")
        print("|---|---|---|")
        asyncio.run(parts(args.work))
    elif args.what == "scans":
        print("| scan | CPU ms p50 / p90 / p99 | wall ms p50 / p99 | codes scanned p50 / p99 | "
              "exact best among the candidates (hittable) | load |")  # fmt: skip
        print("|---|---|---|---|---|---|")
        scans(args.work)
    elif args.what == "budgets":
        print("| scan budget | codes scanned p50 / p99 / max | CPU ms p50 / p99 | exact best "
              "among the candidates | load |")  # fmt: skip
        print("|---|---|---|---|---|")
        budgets(args.work, [float(f) for f in args.budgets.split(",")])
    else:
        print("| OpenMP threads | searches | p50 / p99 ms | max ms | over 2 ms | load |")
        print("|---|---|---|---|---|---|")
        threads(args.work)


if __name__ == "__main__":
    main()
