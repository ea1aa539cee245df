"""What question focus costs a lookup and a put, side by side in one run (session 28).

Two caches on two embedded stores, one with ``focus=True`` and one with ``focus=False``, each
with its own embedder (so that neither reuses the other's embedding LRU), are filled with the
same entries: the cached sides of the FAQ pairs used (``--limit`` pairs whose query tells a
story, as many whose query does not). Then every query side is looked up once
in each, alternating which goes first, and the per-lookup times are compared by median and
p90 for prompts without a preamble (the focus costs only its text test) and prompts with one
(one more embedding and one more search). Puts are timed the same way.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_focus.py \\
        benchmarks/data/faq-heldout*.jsonl [--limit 400]

Prints one line per group: n, median and p90 ms with focus off / on, and the ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import numpy as np

from yamabiko import AsyncSemanticCache
from yamabiko.eval.data import load_embedder, load_pairs
from yamabiko.focus import question_focus
from yamabiko.policy import Policy


def _line(name: str, off: list[float], on: list[float]) -> str:
    if not off:
        return f"{name}: none"
    a, b = np.array(off), np.array(on)
    m0, m1 = np.median(a), np.median(b)
    p0, p1 = np.percentile(a, 90), np.percentile(b, 90)
    return (f"{name}: n={len(a)} median {m0:.2f} / {m1:.2f} ms (x{m1 / m0:.2f}), "
            f"p90 {p0:.2f} / {p1:.2f} ms (x{p1 / p0:.2f})")  # fmt: skip


async def _timed(call) -> float:
    start = time.perf_counter()
    await call
    return (time.perf_counter() - start) * 1000.0


async def main() -> None:
    """Fill both caches, time puts and lookups (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--limit", type=int, default=400, help="pairs used per group at most")
    args = parser.parse_args()
    pairs = [p for name in args.files for p in load_pairs(Path(name))]
    told_pairs = [p for p in pairs if question_focus(p.b) is not None][: args.limit]
    plain_pairs = [p for p in pairs if question_focus(p.b) is None][: args.limit]
    cached = list(dict.fromkeys(p.a for p in told_pairs + plain_pairs))
    told = [q for q in dict.fromkeys(p.b for p in told_pairs) if q not in set(cached)]
    plain = [q for q in dict.fromkeys(p.b for p in plain_pairs) if q not in set(cached)]
    folder = Path(tempfile.mkdtemp())
    policy = Policy(presets=False)
    off = AsyncSemanticCache(load_embedder(None), path=folder / "off.sqlite3", policy=policy,
                             focus=False)  # fmt: skip
    on = AsyncSemanticCache(load_embedder(None), path=folder / "on.sqlite3", policy=policy,
                            focus=True)  # fmt: skip
    async with off, on:
        await off.warm_up()
        await on.warm_up()
        puts: dict[str, tuple[list[float], list[float]]] = {"plain": ([], []), "told": ([], [])}
        for i, prompt in enumerate(cached):
            group = puts["told" if question_focus(prompt) is not None else "plain"]
            order = [(off, group[0]), (on, group[1])]
            for cache, times in order if i % 2 else order[::-1]:
                times.append(await _timed(cache.store(prompt, "answer")))
        print(_line("put, no preamble", *puts["plain"]))
        print(_line("put, with a preamble", *puts["told"]))
        for name, group in (("lookup, no preamble", plain), ("lookup, with a preamble", told)):
            times: tuple[list[float], list[float]] = ([], [])
            for i, prompt in enumerate(group):
                order = [(off, times[0]), (on, times[1])]
                for cache, out in order if i % 2 else order[::-1]:
                    out.append(await _timed(cache.probe(prompt)))
            print(_line(name, *times))
        print("counters with focus on: " + str({k: v for k, v in on.counters().items()
                                                if k.startswith("focus")}))  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main())
