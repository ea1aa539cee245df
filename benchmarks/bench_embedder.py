"""Latency of the default embedder, alone and next to CPU-bound neighbour processes.

    python benchmarks/bench_embedder.py [--prompts 300] [--busy 0 2]
    python benchmarks/bench_embedder.py --batches [1,4,16,64]

For each number of busy neighbours and each BLAS thread cap (1, 2) it prints p50/p90/p99 of
embedding one prompt, and the per-prompt cost of a batch of 32.

``--batches``: the batch curve of one model call with one BLAS thread (what the gateway's
batcher can gain): for each batch size, the median wall and CPU time per call and the prompts
per second of one core. The CPU column is the steadier one on a shared machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

import numpy as np

from yamabiko.embedders import USEMultilingual

BUSY = "while True: pass"


def measure(threads: int, prompts: int) -> tuple[float, float, float, float]:
    model = USEMultilingual(threads=threads)
    model.embed_sync(["warm up"])
    times = []
    for i in range(prompts):
        start = time.perf_counter()
        model.embed_sync([f"空はなぜ青いのですか? question {i}"])
        times.append((time.perf_counter() - start) * 1000)
    batch = [f"Why is the sky blue? variant {i}" for i in range(32)]
    start = time.perf_counter()
    for _ in range(5):
        model.embed_sync(batch)
    per_prompt = (time.perf_counter() - start) * 1000 / (5 * len(batch))
    p50, p90, p99 = np.percentile(times, [50, 90, 99])
    return p50, p90, p99, per_prompt


def batch_curve(sizes: list[int]) -> None:
    """Prompts/s of one core at each batch size (see the module docstring)."""
    from yamabiko.embedders.local import limit_blas_threads

    limit_blas_threads(1)
    model = USEMultilingual(threads=1)
    model.embed_sync(["warm up"])
    print(f"{'batch':>5} {'wall ms/call':>12} {'cpu ms/call':>11} {'cpu ms/prompt':>13} "
          f"{'prompts/s/core':>14}")  # fmt: skip
    for size in sizes:
        walls, cpus = [], []
        for rep in range(max(512 // size, 12)):
            texts = [
                f"Benchmark question number {rep * size + i}: which mountain is the tallest "
                f"in region {i}?"
                for i in range(size)
            ]
            wall, cpu = time.perf_counter(), time.thread_time()
            model.embed_sync(texts)
            cpus.append(time.thread_time() - cpu)
            walls.append(time.perf_counter() - wall)
        wall_ms, cpu_ms = float(np.median(walls)) * 1000, float(np.median(cpus)) * 1000
        print(f"{size:>5} {wall_ms:>12.2f} {cpu_ms:>11.2f} {cpu_ms / size:>13.3f} "
              f"{size / cpu_ms * 1000:>14.0f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=300)
    parser.add_argument("--busy", type=int, nargs="+", default=[0, 2])
    parser.add_argument(
        "--batches",
        nargs="?",
        const="1,4,16,64",
        help="print the batch curve instead (comma-separated sizes, default 1,4,16,64)",
    )
    args = parser.parse_args()
    if args.batches:
        batch_curve([int(size) for size in args.batches.split(",")])
        return
    print(
        f"{'busy':>4} {'threads':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7} {'batch/prompt':>12}"
    )
    for busy in args.busy:
        neighbours = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(busy)]
        try:
            time.sleep(0.5)
            for threads in (1, 2):
                p50, p90, p99, per = measure(threads, args.prompts)
                print(f"{busy:>4} {threads:>7} {p50:>7.2f} {p90:>7.2f} {p99:>7.2f} {per:>12.2f}")
        finally:
            for proc in neighbours:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    main()
