"""Memory a bulk load keeps to count repeated prompts (``store_many``'s ids met so far), measured
with ``tracemalloc`` over a load of ``--rows`` rows (default 100,000: 99,900 distinct prompts, 100
repeated) into a fresh local store, with the real default embedder and guard.

At the last batch's ``progress`` call (the load's bookkeeping is still alive) the script
prints the memory traced to the lines of ``yamabiko/bulk*.py`` and ``yamabiko/partition.py``
(the ids met: the id strings and their set before session 31, the 64-bit digests since; the
id strings the store keeps for its own index are traced there too, in both trees) and the whole
traced memory; the load's counts show that both trees count the same. Run it on each tree::

    nice PYTHONPATH=../base31/src python benchmarks/bench_bulk_memory.py
    nice PYTHONPATH=src python benchmarks/bench_bulk_memory.py
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from yamabiko import AsyncSemanticCache
from yamabiko.bulk import DEFAULT_BATCH, store_many

SUBJECTS = ("password", "invoice", "delivery", "refund", "account", "order", "plan", "card")
VERBS = ("reset", "change", "track", "cancel", "check", "update", "renew", "find")


def rows(count: int) -> Iterator[dict[str, str]]:
    """``count`` rows, made as they are read: row i asks about shop i, except a row i with
    i % 10 == 9 and i >= 1000, which asks about shop i - 1000 (a repeat when that row asked
    about its own shop: rows 1,009 to 1,999, one in ten)."""
    for i in range(count):
        n = i - 1000 if i % 10 == 9 and i >= 1000 else i
        prompt = f"How do I {VERBS[n % 8]} the {SUBJECTS[n // 8 % 8]} of shop {n}?"
        yield {"prompt": prompt, "response": f"Answer {i}."}


def traced_by_file(snapshot: tracemalloc.Snapshot) -> tuple[int, int]:
    """Bytes traced to the bulk modules and partition.py, and in all."""
    stats = snapshot.statistics("filename")
    ours = sum(
        s.size
        for s in stats
        if "yamabiko/bulk" in s.traceback[0].filename
        or s.traceback[0].filename.endswith("yamabiko/partition.py")
    )
    return ours, sum(s.size for s in stats)


async def run(count: int) -> None:
    batches = -(-count // DEFAULT_BATCH)
    calls = 0
    taken: list[tuple[int, int]] = []

    def progress(_: int) -> None:
        nonlocal calls
        calls += 1
        if calls == batches:
            taken.append(traced_by_file(tracemalloc.take_snapshot()))

    with tempfile.TemporaryDirectory() as work:
        async with AsyncSemanticCache(path=Path(work) / "bulk.sqlite3") as cache:
            await cache.embedder.embed(["warm up"])
            tracemalloc.start()
            result = await store_many(cache, rows(count), progress=progress)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    ours, total = taken[0]
    refused = sum(result.skipped.values())
    print(f"{count:,} rows: stored {result.stored:,}, repeated {result.repeated:,}, refused "
          f"{refused:,}, {result.seconds:.0f} s; at the last batch: ids met {ours / 1e6:.2f} MB "
          f"({ours / result.stored:.1f} bytes a stored prompt), all traced {total / 1e6:.1f} MB; "
          f"peak {peak / 1e6:.1f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    asyncio.run(run(parser.parse_args().rows))


if __name__ == "__main__":
    main()
