"""Centroids as first trained vs re-trained (``ann_retrain``) on a kept ``bench_scale.py`` store.

Loads the store's saved inverted file (as ``bench_scale_ab.py scans`` does), re-trains it with
the store's own :func:`yamabiko.stores.ann_retrain.rebuild` (a sample of ``TRAIN_MAX`` codes
of all the vectors, the lists re-filled) with each ``--lists`` count, and runs every query
through the store's integer scan (``ann_scan.IntegerScan``, with the store's probes and scan
budget) of each index, each on its own pass over the queries, in turn: the searching
thread's CPU time, codes scanned, the share of lookups that hit the scan budget, and how often
the exact best of a hittable query is among the 10 candidates::

    python benchmarks/bench_scale_ab.py build /tmp/scale-1m --size 1m
    python benchmarks/bench_scale_retrain.py /tmp/scale-1m --lists 1024,2048
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale_ab import _saved_ivf


def retrained(index: Any, lists: int) -> tuple[Any, float]:
    """A copy of ``index`` re-trained by the store's code with ``lists`` lists, and seconds."""
    import faiss

    from yamabiko.stores import ann_ivf, ann_retrain

    part = ann_ivf.IvfPartition(index.d, background=False)
    part._index, part._lists = faiss.clone_index(index), ann_ivf.ListOfKey.of(index)
    ann_retrain.GROWN_AT = 1 << 62  # (this many lists, whatever the size)
    start = time.perf_counter()
    ann_retrain.rebuild(part, iterations=ann_ivf.TRAIN_ITERATIONS, sample_size=ann_ivf.TRAIN_MAX,
                        lists_for=lambda _count: lists, new_map=ann_ivf.ListOfKey)  # fmt: skip
    if part.rebuild_error is not None:
        raise part.rebuild_error
    return part._index, time.perf_counter() - start


def main() -> None:
    import faiss

    from yamabiko.stores.ann_ivf import NPROBE, SCAN_BUDGET, IntegerScan, max_codes

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--lists", default="1024,2048", help="comma list of list counts")
    args = parser.parse_args()
    index, row_of, data, hittable = _saved_ivf(args.work)
    faiss.omp_set_num_threads(1)
    indexes = {f"as first trained ({index.nlist:,} lists)": index}
    for lists in (int(n) for n in args.lists.split(",")):
        new, seconds = retrained(index, lists)
        indexes[f"re-trained, {lists:,} lists ({seconds:.0f} s)"] = new
    print("| centroids | list length p50 / p99 / max (mean) | CPU ms p50 / p90 / p99 | codes "
          "scanned p50 / p90 / p99 | at the scan budget | exact best among the candidates "
          "| load |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    scans = {name: IntegerScan(ix) for name, ix in indexes.items()}
    params = {name: faiss.SearchParametersIVF(nprobe=NPROBE, max_codes=max_codes(
        SCAN_BUDGET, NPROBE, ix.ntotal, ix.nlist)) for name, ix in indexes.items()}  # fmt: skip
    seen: dict[str, list[tuple[int, int, bool]]] = {name: [] for name in indexes}
    queries, stats = data["queries"].astype(np.float32), faiss.cvar.indexIVF_stats
    for round_ in range(5):  # each on its own pass (cold CPU caches), in turn
        for name in np.roll(list(indexes), round_):
            for i in np.random.default_rng(round_).permutation(len(queries)):
                stats.reset()
                cpu = time.thread_time_ns()
                found = np.asarray(scans[name].search(queries[i : i + 1], 10, params[name])[0])
                cpu = time.thread_time_ns() - cpu
                if round_:  # the first round warms up
                    got = hittable[i] and data["truth"][i, 0] in row_of[found[found >= 0]]
                    seen[name].append((cpu, stats.ndis, got))
    for name, rows in seen.items():
        ix = indexes[name]
        sizes = np.array([ix.invlists.list_size(i) for i in range(ix.nlist)])
        cpu_ns, codes, got = (np.asarray(column) for column in zip(*rows, strict=True))
        cpu_ms = cpu_ns / 1e6
        p = [np.percentile(cpu_ms, q) for q in (50, 90, 99)]
        c = [np.percentile(codes, q) for q in (50, 90, 99)]
        print(
            f"| {name} | {np.percentile(sizes, 50):,.0f} / {np.percentile(sizes, 99):,.0f} / "
            f"{sizes.max():,} ({sizes.mean():,.0f}) | {p[0]:.3f} / {p[1]:.3f} / {p[2]:.3f} | "
            f"{c[0]:,.0f} / {c[1]:,.0f} / {c[2]:,.0f} | "
            f"{np.mean(codes >= params[name].max_codes):.3f} | "
            f"{got.sum() / (4 * hittable.sum()):.4f} | {os.getloadavg()[0]:.1f} |"
        )


if __name__ == "__main__":
    main()
