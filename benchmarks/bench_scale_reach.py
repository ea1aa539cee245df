"""Does the scan's reach (``ann_scan.REACH``) lose any of a lookup's top k near the serving
threshold? Recall@1 and recall@k of the store's integer scan, by reach, on queries whose exact
best match lies in a similarity band (default 0.75-0.80, around the default threshold).

The store: ``bench_scale.py``'s data (real USE embeddings of the shared data's paraphrase
pairs, ``a`` stored and ``b`` held out, plus synthetic points around them) in one
:class:`~yamabiko.stores.ann_ivf.IvfPartition` built at once (centroids trained on a sample of
all its vectors, as after a re-training). Queries: the held-out ``b`` texts whose exact best
lies in the band (*real*) and perturbed copies of stored real vectors at a cosine in the band
(*perturbed*; their best is usually their source). Recall@k: the share of the exact top ``k``
(float vectors) among the scan's ``k``; the row with reach ``inf`` scans every probed list
(the ceiling the 8-bit codes and probes allow); ``protect k`` takes the scan's bound from the
k-th best of the nearest list instead of the best; CPU: the searching thread's, one thread::

    python benchmarks/bench_scale_reach.py --size 300k --band 0.75,0.80 --k 5
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import real_subset
from bench_store import parse_size, perturbed, synthetic


def data(n: int, band: tuple[float, float], seed: int = 0) -> tuple[np.ndarray, dict]:
    """Stored vectors and the band's queries by kind, each with its exact top rows."""
    rng = np.random.default_rng(seed)
    real, pairs = real_subset(4000)
    held = sorted({b for _, b in pairs})
    stored_real = [i for i in range(len(real)) if i not in set(held)]
    stored = real[stored_real]  # (the synthetic points too: none lies next to a held-out b)
    vectors = np.concatenate([stored, synthetic(stored, n - len(stored), rng)])
    sources = rng.choice(len(stored_real), min(3000, len(stored_real)), replace=False)
    near = perturbed(vectors[sources], rng.uniform(*band, len(sources)), rng)
    kinds = {}
    for kind, queries in (("real", real[held]), ("perturbed", near)):
        picked, tops = [], []
        for start in range(0, len(queries), 256):  # (in blocks: 256 x n scores at a time)
            scores = queries[start : start + 256] @ vectors.T
            top = np.argpartition(-scores, 10, axis=1)[:, :10]
            top = np.take_along_axis(top, np.argsort(-np.take_along_axis(scores, top, 1)), 1)
            best = scores[np.arange(len(scores)), top[:, 0]]
            inside = (best >= band[0]) & (best < band[1])
            picked.append(queries[start : start + 256][inside])
            tops.append(top[inside])
        kinds[kind] = (np.concatenate(picked), np.concatenate(tops))
    return vectors, kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="300k")
    parser.add_argument("--band", default="0.75,0.80")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--reach", default="0.5,1,inf")
    args = parser.parse_args()
    from yamabiko.stores.ann_ivf import IvfPartition
    from yamabiko.stores.ann_scan import IntegerScan

    low, high = (float(x) for x in args.band.split(","))
    start = time.perf_counter()
    vectors, kinds = data(parse_size(args.size), (low, high))
    part = IvfPartition(vectors.shape[1], background=False)
    part.add_many([str(i) for i in range(len(vectors))], vectors, wake=False)
    part.build_now()
    print(f"# {len(vectors):,} vectors, {part.nlist:,} lists, {part.probes()} probes, band "
          f"{low}-{high}, k {args.k}; built in {time.perf_counter() - start:.0f} s")  # fmt: skip
    print(f"| queries | reach | protect | recall@1 | recall@{args.k} | scan CPU ms (mean) |")
    print("|---|---|---|---|---|---|")
    params, k = part._search_params(), args.k
    for kind, (queries, top) in kinds.items():
        for reach in (float(r) for r in args.reach.split(",")):
            for protect in (1, k) if not math.isinf(reach) else (1,):
                scan = IntegerScan(part._index, reach=reach, protect=protect)
                first = every = 0.0
                cpu = 0.0
                for query, truth in zip(queries, top, strict=True):
                    began = time.thread_time()
                    keys, _ = scan.search(query[np.newaxis], k, params)
                    cpu += time.thread_time() - began
                    found = {int(part._id_of[key]) for key in keys}
                    first += int(truth[0]) in found
                    every += len(found & set(truth[:k].tolist())) / k
                n = max(1, len(queries))
                print(f"| {kind} ({len(queries)}) | {reach:g} | {protect} | {first / n:.4f} "
                      f"| {every / n:.4f} | {cpu / n * 1e3:.3f} |")  # fmt: skip


if __name__ == "__main__":
    main()
