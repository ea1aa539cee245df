"""``yamabiko bench``: time stores and lookups on the configured cache (e.g. your Valkey) in a
scratch namespace that is removed afterwards."""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from typing import Any

from .checks import count_arg
from .common import add_embedder_option, add_store_options, settings_of


def register(sub: Any) -> None:
    """Add ``bench`` to the subcommands."""
    bench = sub.add_parser(
        "bench",
        help="time stores and lookups on the configured cache",
        description="Time stores and lookups (exact repeats and reworded prompts) on the "
        "configured cache, in a scratch namespace that is removed afterwards.",
    )
    add_store_options(bench)
    add_embedder_option(bench)
    bench.add_argument(
        "--entries", type=count_arg, default=1000, help="entries to store (default 1000)"
    )
    bench.add_argument(
        "--queries", type=count_arg, default=200, help="lookups per kind (default 200)"
    )
    bench.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    """Time stores and lookups on the configured cache (e.g. your Valkey) in a scratch namespace."""
    from tqdm import tqdm

    namespace = f"yamabiko-bench-{uuid.uuid4().hex[:8]}"
    context = {"namespace": namespace}
    subjects = ["Python", "Rust", "SQLite", "Valkey", "Kyoto", "Mars", "jazz", "tea", "rice"]
    prompts = [
        f"What is the most useful fact number {i} about {subjects[i % len(subjects)]}?"
        for i in range(args.entries)
    ]

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    async def run() -> None:
        async with settings_of(args).build_cache() as cache:
            await cache.warm_up()
            store_ms = []
            try:
                for prompt in tqdm(prompts, desc="storing", unit="entry", disable=None):
                    t0 = time.perf_counter()
                    await cache.store(prompt, "a benchmark answer " * 20, context=context)
                    store_ms.append((time.perf_counter() - t0) * 1000)
                asked = prompts[: args.queries]
                rows = []
                for label, texts in (
                    ("exact repeat", asked),
                    ("reworded", [p.replace("What is", "Tell me") for p in asked]),
                ):
                    times, hits = [], 0
                    for text in texts:
                        record = await cache.probe(text, context=context)
                        times.append(record.timings.total_ms)
                        hits += record.hit is not None
                    rows.append((label, pct(times, 50), pct(times, 99), hits, len(texts)))
            finally:
                await cache.invalidate(namespace=namespace)
        print(f"store: p50 {pct(store_ms, 50):.2f} ms, p99 {pct(store_ms, 99):.2f} ms")
        for label, p50, p99, hits, total in rows:
            print(f"lookup, {label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms, {hits}/{total} hits")

    asyncio.run(run())
    return 0
