"""What a lookup leaves alive for the garbage collector, by type and allocation site (session 32).

A young collection runs every 700 net allocations of objects the collector may track (tuples,
lists, dicts, sets, instances, weakrefs...), a middle one every ten young ones, and each goes
through what is young at that moment. This benchmark fills two caches as
``bench_lookup_guard.py`` does (the guard on, and ``AcceptAll``; reopened), looks up every
``b`` side in both, alternating, and per lookup (the collector off, a young collection before
each one, :mod:`tracemalloc` on):

- the net allocations of such objects (``gc.get_count()``);
- the tracked objects still alive after it (generation 0), by type and allocation site (the
  innermost frame, and the innermost frame inside ``yamabiko``), split into those the next
  young collection leaves tracked and those it untracks (tuples of atomic values);
- after the run and a full collection: the tracked objects made during the run that live on
  (the caches' new entries), per round of two lookups.

It is slow (tracemalloc) and measures counts, not time.

    python benchmarks/bench_lookup_survivors.py ../shared/data/pairs/qqp-dev.jsonl --pairs 300
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from bench_lookup_guard import WARM_LOOKUPS, filled_and_reopened, read_pairs


def site(item: Any) -> str:
    """``innermost frame <- innermost yamabiko frame`` of where ``item`` was allocated."""
    trace = tracemalloc.get_object_traceback(item)
    if trace is None:
        return "?"
    ours = next((f for f in reversed(trace) if "/yamabiko/" in f.filename), None)

    def place(frame: Any) -> str:
        return "/".join(frame.filename.split("/")[-2:]) + f":{frame.lineno}" if frame else "-"

    return f"{place(trace[-1])} <- {place(ours)}"


def kind(item: Any) -> str:
    return f"{type(item).__module__}.{type(item).__qualname__}"


def show(title: str, found: Counter[Any], per: float, top: int) -> None:
    print(title)
    for (name, where), count in found.most_common(top):
        print(f"    {count / per:6.2f} {name} {where}")


async def main_async(args: argparse.Namespace) -> None:
    warm = read_pairs(args.path, WARM_LOOKUPS, skip=args.pairs)
    pairs = read_pairs(args.path, args.pairs)
    with tempfile.TemporaryDirectory(prefix="bench-lookup-survivors-") as name:
        caches = await filled_and_reopened(Path(name), pairs)
        for row in warm:
            for n in ("guard", "none"):
                await caches[n].probe(row["b"])
        gc.collect()
        gc.disable()
        tracemalloc.start(args.frames)
        net: Counter[str] = Counter()
        alive: dict[str, Counter[str]] = {"guard": Counter(), "none": Counter()}
        tracked: dict[str, Counter[Any]] = {"guard": Counter(), "none": Counter()}
        untracked: dict[str, Counter[Any]] = {"guard": Counter(), "none": Counter()}
        for i, row in enumerate(pairs):
            for n in ("guard", "none") if i % 2 == 0 else ("none", "guard"):
                gc.collect(0)
                await caches[n].probe(row["b"])
                net[n] += gc.get_count()[0]
                found = [(item, kind(item), site(item)) for item in gc.get_objects(0)]
                gc.collect(0)
                for item, name_, where in found:
                    side = tracked if gc.is_tracked(item) else untracked
                    side[n][name_, where] += 1
                    alive[n][name_] += 1
                del found
            if i % 100 == 99:
                gc.collect()
        rounds = len(pairs)
        for n in ("guard", "none"):
            print(f"== {n}: net allocations of collectable objects a lookup {net[n] / rounds:.1f}; "
                  f"tracked objects alive after it {sum(alive[n].values()) / rounds:.1f} "
                  f"(still tracked after a young collection "
                  f"{sum(tracked[n].values()) / rounds:.1f})")  # fmt: skip
            print("  by type: " + ", ".join(f"{t} {c / rounds:.1f}"
                                            for t, c in alive[n].most_common(12)))  # fmt: skip
            show("  still tracked, by type and site:", tracked[n], rounds, args.top)
            show("  untracked by the young collection:", untracked[n], rounds, 12)
        gc.collect()
        kept: Counter[Any] = Counter()
        for item in gc.get_objects():
            if tracemalloc.get_object_traceback(item) is not None:
                kept[kind(item), site(item)] += 1
        total = sum(kept.values()) / rounds
        show(f"== kept (tracked after the run and a full collection): {total:.1f} a round",
             kept, rounds, args.top)  # fmt: skip
        gc.enable()
        for cache in caches.values():
            await cache.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--pairs", type=int, default=300)
    parser.add_argument("--frames", type=int, default=30, help="tracemalloc's frames")
    parser.add_argument("--top", type=int, default=30, help="rows per list")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
