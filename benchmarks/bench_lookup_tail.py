"""The slowest guarded lookups, one by one: what happened inside each (session 31).

``bench_lookup_guard.py`` measures what the guard adds to a real lookup per checked candidate
(loop-thread CPU, the guarded lookup minus the unguarded one of the same prompt); its p99 is
~4.5 times its p50, against ~2.2 for ``bench_guard.py``'s bare check. This benchmark looks at
the lookups of that tail. It fills two caches with every default (the guard on, and
``AcceptAll``) with the ``a`` sides of the first N pairs, closes and reopens them (the guard
has analysed no cached prompt), then looks up every ``b`` side in both, alternating which goes
first, as ``bench_lookup_guard.py`` does, with ``bench_lookup_parts.py``'s exclusive part timers
on and, per guarded lookup:

- every garbage collection on the loop thread (``gc.callbacks``): its generation, its thread
  CPU time, what it found to free;
- the misses of the guard's and the library's ``functools.lru_cache`` caches (found once in
  the heap after the warm-up, ``cache_info`` before and after) and of the guard's analysis
  LRUs: the words and prompts seen for the first time;
- the stored analyses read (``stored._load``: a cached prompt's first check since the reopen),
  WordNet data lines read by offset (``data_line``) and SudachiPy ``tokenize`` calls;
- the candidates checked, the prompt's length and language, the lookup's reason.

Printed: the heap after the model and the guard's resources load (``gc.get_count``, tracked
objects, the thresholds), then a table of the slowest ``--tail`` % of the lookups that checked
a candidate against the rest (means), then the slowest lookups one per line.
``--census`` counts by type what each middle and full collection goes through (and the
objects of more than 1,000 referents among them); ``--collect N`` times N full collections,
each right after an embedding. ``--gc freeze`` freezes the process's collector after the
warm-up (what an application may choose, :mod:`yamabiko.collector`; the library does not).

    python benchmarks/bench_lookup_tail.py ../shared/data/pairs/qqp-dev.jsonl --pairs 1000
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from bench_lookup_guard import WARM_LOOKUPS, filled_and_reopened, read_pairs
from bench_lookup_guard import collector as collector_mode
from bench_lookup_parts import CALLS, GUARD_PARTS, PARTS, instrument

from yamabiko import AsyncSemanticCache
from yamabiko.guard import japanese, stored

#: per guarded lookup: what the instruments count (reset before each lookup)
COUNTS: dict[str, float] = {}
#: per guarded lookup: its collections (generation, thread-CPU ms, collected)
COLLECTIONS: list[tuple[int, float, int]] = []
_GC_START = [0.0]


#: --census: what the middle and full collections found to traverse, by generation collected
#: (type -> objects, summed over the collections), and how many of each there were
CENSUS: dict[int, Counter[str]] = {1: Counter(), 2: Counter()}
CENSUS_RUNS: Counter[int] = Counter()
CENSUS_ON = [False]


#: --census: the objects with the most referents the middle collections went through
LARGEST: list[tuple[int, str]] = []


def census(generations: range) -> Counter[str]:
    """The objects of ``generations`` by type (``module.type``); and, in ``LARGEST``, the
    ones with the most referents (each referent is a visit, a memory touch, of the traversal)."""
    found: Counter[str] = Counter()
    for generation in generations:
        for item in gc.get_objects(generation):
            kind = type(item)
            name = f"{kind.__module__}.{kind.__qualname__}"
            found[name] += 1
            if generation < 2 and (size := len(gc.get_referents(item))) > 1000:
                LARGEST.append((size, f"{name} {repr(item)[:60]!r} at {id(item):x}"))
    return found


def collector(phase: str, info: dict) -> None:
    """``gc.callbacks``: each collection on the loop thread during a guarded lookup (with
    ``--census``, a middle or full one's objects are counted by type first, untimed)."""
    if not PARTS.on:
        return
    if phase == "start":
        if CENSUS_ON[0] and info["generation"] >= 1:
            CENSUS[info["generation"]].update(census(range(info["generation"] + 1)))
            CENSUS_RUNS[info["generation"]] += 1
        _GC_START[0] = time.thread_time()
    else:
        spent = (time.thread_time() - _GC_START[0]) * 1000.0
        COLLECTIONS.append((info["generation"], spent, info["collected"]))


def counted(name: str, function: Any) -> Any:
    """``function``, counting its calls under ``name`` while a guarded lookup is timed."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if PARTS.on:
            COUNTS[name] = COUNTS.get(name, 0) + 1
        return function(*args, **kwargs)

    return wrapper


class CountingTokenizer:
    """SudachiPy's tokenizer of the loop thread, counting ``tokenize`` calls."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def tokenize(self, *args: Any) -> Any:
        if PARTS.on:
            COUNTS["sudachi"] = COUNTS.get("sudachi", 0) + 1
        return self.tokenizer.tokenize(*args)


def lru_caches() -> list[Any]:
    """Every ``functools.lru_cache`` of the library in the heap (the guard's word caches)."""
    found = []
    for item in gc.get_objects():
        wrapper = type(item) is functools._lru_cache_wrapper  # type: ignore[attr-defined]
        if wrapper and getattr(item, "__module__", "").startswith("yamabiko"):
            found.append(item)
    return found


def cache_name(cache: Any) -> str:
    """``module.function`` of an LRU (a :func:`~yamabiko.guard.part_caches.per_part` one: the
    function it keeps and the part of speech)."""
    inner = cache.__wrapped__
    if inner.__name__ == "<lambda>" and inner.__closure__:
        function, pos = (cell.cell_contents for cell in inner.__closure__)
        return f"{function.__module__.rsplit('.', 1)[-1]}.{function.__name__}[{pos}]"
    return f"{cache.__module__.rsplit('.', 1)[-1]}.{cache.__qualname__}"


def misses(caches: list[Any]) -> np.ndarray:
    """The caches' misses so far."""
    return np.array([c.cache_info().misses for c in caches], dtype=np.int64)


def count_the_rest(guard: Any) -> None:
    """Count stored reads, WordNet data lines, SudachiPy calls and the prompts ``guard``
    analyses (its analysis LRUs' misses)."""
    stored._load = counted("stored reads", stored._load)
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("yamabiko") and callable(getattr(module, "data_line", None)):
            module.data_line = counted("wordnet lines", module.data_line)  # type: ignore[attr-defined]
    for lru in (guard._cache, guard._units):
        lru._analyser = counted("analyses made", lru._analyser)
    loaded = japanese._sudachi()
    if loaded is not None:
        japanese._per_thread.tokenizer = (CountingTokenizer(loaded[0]), loaded[1])


async def lookup(cache: AsyncSemanticCache, prompt: str, caches: list[Any]) -> dict[str, Any]:
    """One lookup, timed, with what the instruments saw."""
    COUNTS.clear()
    COLLECTIONS.clear()
    PARTS.take()
    before = misses(caches)
    PARTS.on = True
    start = time.thread_time()
    found = await cache.probe(prompt)
    cpu = (time.thread_time() - start) * 1000.0
    PARTS.on = False
    missed = misses(caches) - before
    parts = PARTS.take()
    return {
        "cpu": cpu, "checked": found.timings.candidates_checked, "reason": found.reason,
        "guard": sum(parts.get(k, 0.0) for k in GUARD_PARTS), "parts": parts,
        "gc": list(COLLECTIONS), "counts": dict(COUNTS), "lru misses": int(missed.sum()),
        "missed": {i: int(m) for i, m in enumerate(missed) if m},
    }  # fmt: skip


def heap(label: str, types: bool = False) -> None:
    """The collector's state: objects per generation, tracked objects, thresholds (with
    ``types``, the commonest types of the tracked objects)."""
    print(f"heap {label}: gc.get_count {gc.get_count()}, tracked objects "
          f"{len(gc.get_objects()):,}, thresholds {gc.get_threshold()}, "
          f"frozen {gc.get_freeze_count():,}", flush=True)  # fmt: skip
    if types:
        common = census(range(3)).most_common(12)
        print("  the commonest: " + ", ".join(f"{k} {n:,}" for k, n in common))


async def full_collections(cache: AsyncSemanticCache, prompts: list[str], count: int) -> None:
    """``count`` full collections (``gc.collect()``), each right after the model embeds a
    prompt (the CPU caches as a lookup leaves them): their thread CPU, p50 and max."""
    spent = []
    for prompt in prompts[:count]:
        await cache.embedder.embed([prompt + " ?"])
        start = time.thread_time()
        gc.collect()
        spent.append((time.thread_time() - start) * 1000.0)
    print(f"{count} full collections after an embedding: p50 {np.percentile(spent, 50):.1f}, "
          f"max {max(spent):.1f} ms; tracked objects {len(gc.get_objects()):,}, "
          f"frozen {gc.get_freeze_count():,}")  # fmt: skip


def features(row: dict[str, Any]) -> dict[str, float]:
    """What the table averages for one lookup."""
    gens = [g for g, _, _ in row["gc"]]
    counts = row["counts"]
    return {
        "added CPU / candidate": row["added"] / row["checked"],
        "candidates checked": row["checked"],
        "prompt characters": len(row["prompt"]),
        "Japanese": float(row["lang"] == "ja"),
        "guard parts (ms)": row["guard"],
        "  prepare (ms)": row["parts"].get("guard prepare", 0.0),
        "  check (ms)": row["parts"].get("guard check", 0.0),
        "  stored load (ms)": row["parts"].get("stored load", 0.0),
        "gc young / middle / full (count)": 0.0,  # (filled below as a string)
        "gc time (ms)": sum(ms for _, ms, _ in row["gc"]),
        "gc gen2 time (ms)": sum(ms for g, ms, _ in row["gc"] if g == 2),
        "lru misses": row["lru misses"],
        "analyses made": counts.get("analyses made", 0),
        "stored reads": counts.get("stored reads", 0),
        "wordnet lines": counts.get("wordnet lines", 0),
        "sudachi calls": counts.get("sudachi", 0),
        "refused": float(row["reason"].startswith("rejected")),
        "_gens": gens,  # type: ignore[dict-item]
    }


def table(rows: list[dict[str, Any]], tail: float) -> None:
    """The slowest ``tail`` % of the lookups that checked a candidate, against the rest."""
    checked = [r for r in rows if r["checked"] > 0]
    per = np.array([r["added"] / r["checked"] for r in checked])
    cut = np.percentile(per, 100 - tail)
    groups = {"slowest": [r for r, p in zip(checked, per, strict=True) if p >= cut],
              "rest": [r for r, p in zip(checked, per, strict=True) if p < cut]}  # fmt: skip
    print(f"\n{len(checked)} lookups checked a candidate; added loop CPU per checked candidate "
          f"p50 {np.percentile(per, 50):.3f}, p99 {np.percentile(per, 99):.3f} ms; the slowest "
          f"{tail:g} % (>= {cut:.3f} ms): {len(groups['slowest'])} lookups")  # fmt: skip
    bare = np.array([(r["added"] - sum(g[1] for g in r["gc"])) / r["checked"] for r in checked])
    print(f"  the same less the collector's time inside the guarded lookup: p50 "
          f"{np.percentile(bare, 50):.3f}, p99 {np.percentile(bare, 99):.3f} ms")  # fmt: skip
    feats = {k: [features(r) for r in g] for k, g in groups.items()}
    print(f"  {'mean per lookup':<34} {'slowest':>10} {'rest':>10}")
    for key in feats["rest"][0]:
        if key.startswith("_"):
            continue
        if key.startswith("gc young"):
            cells = []
            for g in ("slowest", "rest"):
                n = len(feats[g])
                gens = [sum(gen == k for f in feats[g] for gen in f["_gens"]) / n for k in range(3)]
                cells.append("/".join(f"{x:.2f}" for x in gens))
            print(f"  {key:<34} {cells[0]:>10} {cells[1]:>10}")
            continue
        values = [np.mean([f[key] for f in feats[g]]) for g in ("slowest", "rest")]
        print(f"  {key:<34} {values[0]:>10.3f} {values[1]:>10.3f}")


def one_by_one(rows: list[dict[str, Any]], count: int, names: list[str]) -> None:
    """The slowest ``count`` lookups (per checked candidate), one a line."""
    checked = sorted((r for r in rows if r["checked"] > 0),
                     key=lambda r: r["added"] / r["checked"], reverse=True)  # fmt: skip
    print(f"\nthe slowest {count}: added/cand ms | cands | chars lang | guard ms (prepare, "
          "check, load) | gc (gen:ms/freed) | lru misses (top caches) | made, stored, wn, "
          "sudachi | reason")  # fmt: skip
    for r in checked[:count]:
        f, p = features(r), r["parts"]
        gcs = " ".join(f"{g}:{ms:.1f}/{c}" for g, ms, c in r["gc"]) or "-"
        top = sorted(r["missed"].items(), key=lambda kv: -kv[1])[:3]
        tops = ",".join(f"{names[i]}={m}" for i, m in top)
        print(f"  {f['added CPU / candidate']:7.3f} | {r['checked']} | {len(r['prompt']):4d} "
              f"{r['lang']} | {r['guard']:.2f} ({p.get('guard prepare', 0):.2f}, "
              f"{p.get('guard check', 0):.2f}, {p.get('stored load', 0):.2f}) | {gcs} | "
              f"{r['lru misses']} ({tops}) | {f['analyses made']:.0f}, "
              f"{f['stored reads']:.0f}, {f['wordnet lines']:.0f}, {f['sudachi calls']:.0f} | "
              f"{r['reason'][:40]}")  # fmt: skip


async def main_async(args: argparse.Namespace) -> None:
    warm = read_pairs(args.path, WARM_LOOKUPS, skip=args.pairs)
    pairs = read_pairs(args.path, args.pairs)
    with tempfile.TemporaryDirectory(prefix="bench-lookup-tail-") as name:
        caches = await filled_and_reopened(Path(name), pairs)
        heap("after the open and the warm-up", args.census)
        CENSUS_ON[0] = args.census
        instrument()
        gc.callbacks.append(collector)
        count_the_rest(caches["guard"].verifier)
        words = lru_caches()
        names = [cache_name(c) for c in words]
        collector_mode(args.gc)
        rows = []
        for i, row in enumerate(warm + pairs):
            CALLS.append([])
            order = ("guard", "none") if i % 2 == 0 else ("none", "guard")
            found = {n: await lookup(caches[n], row["b"], words) for n in order}
            if i < len(warm):
                continue
            on = found["guard"]
            on.update(prompt=row["b"], lang=caches["guard"].request(row["b"]).lang,
                      added=on["cpu"] - found["none"]["cpu"])  # fmt: skip
            rows.append(on)
        heap("after the lookups")
        if args.collect:
            await full_collections(caches["guard"], [row["a"] for row in pairs], args.collect)
        for cache in caches.values():
            await cache.close()
    for generation, found in CENSUS.items() if args.census else ():
        runs = CENSUS_RUNS[generation]
        print(f"gen-{generation} collections ({runs}), objects traversed a collection: "
              f"{sum(found.values()) / max(runs, 1):,.0f}; " + ", ".join(
              f"{k} {n / max(runs, 1):,.0f}" for k, n in found.most_common(10)))  # fmt: skip
    if args.census:
        seen = Counter(LARGEST)
        print("referents of the largest young objects (collections that met them): " + "; ".join(
            f"{n:,} {what} ({seen[n, what]})" for n, what in sorted(seen)[::-1][:8]))  # fmt: skip
    table(rows, args.tail)
    one_by_one(rows, args.show, names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--tail", type=float, default=2.0, help="the slowest share, in %%")
    parser.add_argument("--show", type=int, default=20, help="the slowest lookups listed")
    parser.add_argument("--gc", choices=("python", "freeze"), default="python",
                        help="the collector after the warm-up (python: unchanged)")  # fmt: skip
    parser.add_argument("--collect", type=int, default=0, metavar="N",
                        help="then time N full collections, each after an embedding")  # fmt: skip
    parser.add_argument("--census", action="store_true",
                        help="count what middle and full collections see, by type")  # fmt: skip
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
