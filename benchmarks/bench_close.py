"""How long the embedded store's ``close`` takes when its inverted file is due to re-train its
centroids (``ann_retrain``; docs/stores.md, session 16): ``yamabiko warm`` is a load and then a
close, and a re-training that ``close`` waited for took 33 s at 300k vectors, minutes at 1M.

Loads ``--entries`` random unit vectors (512 dims) into a fresh store on real files in batches
of 1,000 (the partition converts at the default threshold, 10,000, and is due to re-train at
8x), then closes it either at once (``--when load``: what ``warm`` does) or once the re-training
runs (``--when running``: its change log is on). Prints the load and close times, the vectors
the centroids were trained on before/after, re-trainings given up, and Python threads left::

    PYTHONPATH=src python benchmarks/bench_close.py --entries 100000 --when load
"""

from __future__ import annotations

import _thread
import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import numpy as np

from yamabiko.models import Entry
from yamabiko.stores.local import LocalStore

DIMS = 512


def vectors(count: int, seed: int = 0) -> np.ndarray:
    """``count`` random unit vectors around 256 centres (some structure for k-means)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((256, DIMS)).astype(np.float32)
    x = centres[rng.integers(0, 256, count)] + rng.standard_normal((count, DIMS)).astype(
        np.float32
    )
    return x / np.linalg.norm(x, axis=1, keepdims=True)


async def run(count: int, when: str, directory: Path) -> str:
    """Load, close as asked; one line of figures."""
    data, now = vectors(count), time.time()
    threads = _thread._count()  # (Python threads before the store starts any)
    store = LocalStore(directory / "cache.sqlite3")
    await store.open("bench-close", DIMS)
    start = time.perf_counter()
    for s in range(0, count, 1000):
        entries = [
            Entry(id=f"e{i}", partition="p", context_id="ctx", namespace="default", user=None,
                  lang="en", prompt=f"prompt {i}", response="answer", created_at=now,
                  expires_at=None)
            for i in range(s, min(count, s + 1000))
        ]  # fmt: skip
        await store.put_many(entries, data[s : s + len(entries)])
    load_s = time.perf_counter() - start
    part = store._index._partitions["p"]
    if when == "running":
        while part._log is None and time.perf_counter() - start < 600:
            await asyncio.sleep(0.01)
    before = part._trained_on
    start = time.perf_counter()
    await store.close()
    close_s = time.perf_counter() - start
    time.sleep(0.05)  # (a thread that ended a moment ago leaves the count)
    return (
        f"entries {count:,} close at {when}: load {load_s:.1f} s, close {close_s:.2f} s, "
        f"trained on {before:,} -> {part._trained_on:,}, given up "
        f"{getattr(part, 'abandoned', 'n/a')}, threads left {_thread._count() - threads}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--when", choices=("load", "running"), default="load")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        print(asyncio.run(run(args.entries, args.when, Path(directory))))


if __name__ == "__main__":
    main()
