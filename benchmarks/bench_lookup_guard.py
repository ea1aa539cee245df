"""What the guard adds to a real lookup, end to end through the public API, per candidate.

``bench_guard.py`` times the guard's check of one candidate on its own (``cold``: the query's
analysis charged to every candidate; ``fresh``: the query prepared beforehand, once per
lookup). This benchmark times whole lookups instead: two
:class:`~yamabiko.AsyncSemanticCache` with the defaults (the local embedder, the embedded
store, threshold 0.75, the verified band, question focus), one with the guard (the default
verifier) and one without (``verifier=AcceptAll()``), each filled with the ``a`` sides of the
first N pairs of a public set, then one lookup per ``b`` side in each, alternating which
cache goes first so that both see the same load. Each cache has its own model instance, so
neither warms the other's token caches. By default both caches are closed after the fill and
opened again (``--same-process`` skips it): the guard then has analysed none of the cached
prompts and reads each candidate's analysis from its entry, as a restarted process or
another process of a deployment does (``bench_guard.py --scenario fresh``'s setting).
``--embedder remote`` (session 33) gives both caches an embedder that calls the model in
another process over HTTP (:mod:`embedding_server`: the same vectors, each cache its own
client), as the remote reference stacks do: no model runs in the measured process; ``ahead``
has the local model embed every query before the timed lookups (each cache's own LRU): no
model runs, nor waits, inside a timed lookup.

Per lookup it records the answer's :class:`~yamabiko.Timings` (``embed_ms``, ``search_ms``,
``verify_ms``, ``total_ms``, ``candidates_checked``), the wall time of ``probe`` and the CPU
time of the event loop's thread (``time.thread_time``: the guard runs on that thread, the
model on a worker thread, so the guard's CPU cost is the difference between the two caches,
which a busy machine does not inflate). Then, on a third guard of its own (same load, right
after the two lookups), the CPU time of ``Guard.prepare`` on the same query: what the
lookup's analysis of the query costs (written to show that, before session 30, the analysis
made while the model embedded grew ``embed_ms`` by about that cost: the GIL serialised the two,
so since then a lookup prepares the query right before its first check, inside ``verify_ms``).

Wall time is the latency a caller sees (so it is the measure for "what the guard adds");
thread CPU is the load-independent cost of the guard's own work. Printed: p50 / p99 of each.

    python benchmarks/bench_lookup_guard.py ../shared/data/pairs/qqp-dev.jsonl --pairs 2000

``--budget-ms MS`` (session 38) gives the guarded cache ``Guard(budget_ms=MS)``: its checks
stop and refuse past MS of thread CPU (``rejected:guard-budget``, :mod:`yamabiko.guard.budget`).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lookup_caches
import numpy as np
from lookup_caches import fill, make_cache, open_warm, read_pairs
from lookup_store import Stores

from yamabiko import AsyncSemanticCache, Timings
from yamabiko.guard import Guard

WARM_LOOKUPS = 50  # lookups per cache before the timed ones (not recorded)


@dataclass
class Side:
    """One cache's records: per lookup, its timings, wall and loop-thread CPU milliseconds."""

    name: str
    timings: list[Timings] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    #: whether the best candidate was at or above the verified band's floor (a check possible)
    reach: list[bool] = field(default_factory=list)
    #: the prompts looked up
    prompts: list[str] = field(default_factory=list)
    #: each lookup's reason (``hit``, ``rejected:<guard reason>``, ``below-threshold``, ...)
    reasons: list[str] = field(default_factory=list)
    #: whether the policy bypassed the lookup (no embedding, no search: left out of the figures)
    bypassed: list[bool] = field(default_factory=list)
    #: the collector's loop-thread CPU milliseconds inside each lookup (``gc.callbacks``)
    collector: list[float] = field(default_factory=list)
    hits: int = 0

    def kept(self, rows: list[bool]) -> Side:
        """The records of the lookups where ``rows`` is true."""
        pick = [i for i, keep in enumerate(rows) if keep]
        side = Side(self.name, hits=self.hits)
        for name in ("timings", "wall", "cpu", "reach", "prompts", "reasons", "bypassed",
                     "collector"):  # fmt: skip
            setattr(side, name, [getattr(self, name)[i] for i in pick])
        return side

    def column(self, name: str) -> np.ndarray:
        """A field of every lookup's timings (0 where the code measured has no such field)."""
        return np.array([getattr(t, name, 0) for t in self.timings], dtype=float)


async def filled_and_reopened(
    folder: Path,
    rows: list[dict[str, Any]],
    names: tuple[str, ...] = ("guard", "none"),
    embedder: Callable[[], Any] | None = None,
) -> dict[str, AsyncSemanticCache]:
    """One cache per name in ``folder`` (``"guard"`` guarded, any other :class:`AcceptAll`),
    filled by ``store`` with ``rows``' ``a`` sides, closed, and opened again warm (the guard's
    LRUs empty, as after a restart); ``embedder``: :func:`make_cache`'s."""
    for n in names:
        filling = make_cache(folder, n, n == "guard", embedder)
        await fill(filling, rows, "store")
        await filling.close()
    caches = {n: make_cache(folder, n, n == "guard", embedder) for n in names}
    for cache in caches.values():
        await open_warm(cache)
    return caches


async def timed(cache: AsyncSemanticCache, prompt: str, side: Side) -> None:
    """One lookup, recorded."""
    INSIDE[0] = 0.0
    cpu, wall = time.thread_time(), time.perf_counter()
    lookup = await cache.probe(prompt)
    side.wall.append((time.perf_counter() - wall) * 1000.0)
    side.cpu.append((time.thread_time() - cpu) * 1000.0)
    side.timings.append(lookup.timings)
    floor = cache.min_similarity - cache.verified_band
    side.reach.append(lookup.best_similarity is not None and lookup.best_similarity >= floor)
    side.hits += lookup.hit is not None
    side.bypassed.append(lookup.bypassed)
    side.reasons.append(lookup.reason)
    side.prompts.append(prompt)
    side.collector.append(INSIDE[0])


def prepared_ms(guard: Guard, prompt: str, lang: str | None) -> float:
    """CPU milliseconds of ``guard.prepare`` on a prompt it has not seen; then the guard's
    analysis LRUs are emptied (session 32: kept, this timing guard's 1,000 analyses were young
    objects of the measured process, about half of its collections, in both trees alike)."""
    start = time.thread_time()
    guard.prepare(prompt, lang)
    spent = (time.thread_time() - start) * 1000.0
    guard._cache.clear()
    guard._units.clear()
    return spent


def gate(child: bool, done: bool) -> None:
    """``--child`` (``bench_lookup_ab.py`` drives two trees' processes in turn): say that the
    last row is done (``done``), then wait for the word to look up the next one."""
    if not child:
        return
    if done:
        print("@@ok", flush=True)
    if not sys.stdin.readline().startswith("go"):
        raise SystemExit("bench_lookup_guard --child: stopped by its driver")


#: the collections that start while the timed rows are looked up, by generation (session 32:
#: ``gc.callbacks``, counted only; young, middle, full)
COLLECTIONS = [0, 0, 0]
_COUNTING = [False]
ROUNDS = [0]  # the rows timed
#: the collector's loop-thread CPU (ms) since the current lookup started, and its last start
INSIDE = [0.0, 0.0]
_LOOP_THREAD = threading.get_ident()  # (asyncio.run's loop runs on the main thread)


def counted(phase: str, info: dict[str, Any]) -> None:
    """``gc.callbacks``: count each collection that starts while the rows are timed, and add
    its thread CPU to the current lookup's (:data:`INSIDE`; the loop thread's collections)."""
    if threading.get_ident() != _LOOP_THREAD:  # (the model's worker thread: not in loop CPU)
        return
    if phase == "start":
        COLLECTIONS[info["generation"]] += _COUNTING[0]
        INSIDE[1] = time.thread_time()
    else:
        INSIDE[0] += (time.thread_time() - INSIDE[1]) * 1000.0


def collector(mode: str) -> None:
    """The process's collector after the warm-up (``--gc``): ``python`` leaves it as Python
    sets it; ``freeze`` moves everything loaded so far (the model, the guard's resources, the
    stores) out of its reach (``gc.collect(); gc.freeze()``), what an application may choose."""
    if mode == "freeze":
        gc.collect()
        gc.freeze()


async def measure(
    caches: dict[str, AsyncSemanticCache],
    rows: list[dict[str, Any]],
    warm: list[dict[str, Any]],
    child: bool = False,
    gc_mode: str = "python",
    ahead: bool = False,
) -> tuple[Side, Side, list[float]]:
    """The alternating lookups of every ``b`` side, in the guarded cache and the other, after
    ``warm``'s (not recorded); then the caches are closed. ``child``: each row waits for its
    driver's word (:func:`gate`); ``gc_mode``: :func:`collector`'s; ``ahead``: every query
    embedded first (``--embedder ahead``)."""
    guarded, plain = caches["guard"], caches["none"]
    for cache in (guarded, plain):
        await open_warm(cache)
    alone = Guard()
    alone.warm_up()
    scratch = Side("warm-up")
    for row in warm:
        for cache in (guarded, plain):
            await timed(cache, row["b"], scratch)
        prepared_ms(alone, row["b"], guarded.request(row["b"]).lang)
    on, off, prepare = Side("guard"), Side("none"), []
    for cache in (guarded, plain) if ahead else ():
        await cache.embedder.embed([cache.request(row["b"]).prompt for row in rows])
    collector(gc_mode)
    if child:
        print(f"@@ready {len(rows)}", flush=True)
    gc.callbacks.append(counted)
    _COUNTING[0] = True
    for i, row in enumerate(rows):
        gate(child, i > 0)
        order = ((guarded, on), (plain, off)) if i % 2 == 0 else ((plain, off), (guarded, on))
        for cache, side in order:
            await timed(cache, row["b"], side)
        prepare.append(prepared_ms(alone, row["b"], guarded.request(row["b"]).lang))
    _COUNTING[0] = False
    ROUNDS[0] = len(rows)
    if child:
        print("@@ok", flush=True)
    for cache in (guarded, plain):
        await cache.close()
    rows_kept = [not (a or b) for a, b in zip(on.bypassed, off.bypassed, strict=True)]
    kept = [p for p, keep in zip(prepare, rows_kept, strict=True) if keep]
    return on.kept(rows_kept), off.kept(rows_kept), kept


def cut(values: np.ndarray) -> str:
    """``p50 / p99`` of ``values`` in milliseconds (``-`` when empty)."""
    if len(values) == 0:
        return "-"
    return f"{np.percentile(values, 50):.3f} / {np.percentile(values, 99):.3f}"


def both(wall: np.ndarray, cpu: np.ndarray, rows: np.ndarray) -> str:
    """``cut`` of the selected ``rows`` of two columns, side by side."""
    return f"{cut(wall[rows])}  |  {cut(cpu[rows])}"


def report(label: str, on: Side, off: Side, prepare: list[float]) -> None:
    """The figures: per lookup, per checked candidate, and what the guard adds."""
    checked = on.column("candidates_checked")
    some = checked > 0
    verify = on.column("verify_ms")
    wall_on, wall_off = np.array(on.wall), np.array(off.wall)
    cpu_on, cpu_off = np.array(on.cpu), np.array(off.cpu)
    embed_on, embed_off = on.column("embed_ms"), off.column("embed_ms")
    added_wall, added_cpu = wall_on - wall_off, cpu_on - cpu_off
    added_after = past_embedding(on) - past_embedding(off)
    reach = np.array(on.reach)
    counts = {int(k): int((checked == k).sum()) for k in np.unique(checked)}
    print(f"\n{label}: {len(on.wall)} lookups; hits with the guard {on.hits}, without {off.hits}; "
          f"candidates checked per lookup {counts} (mean {checked.mean():.2f}); best "
          f"candidate within the band's reach in {int(reach.sum())}")  # fmt: skip
    searched = f"{cut(on.column('search_ms'))}  |  {cut(off.column('search_ms'))}"
    apart = np.percentile(wall_on, 99) - np.percentile(wall_off, 99)
    rows = [
        ("lookup wall (probe), guard", cut(wall_on)),
        ("lookup wall (probe), no guard", cut(wall_off)),
        ("  the same prompt, guard minus none", cut(added_wall)),
        ("  p99(guard) minus p99(none)", f"{apart:.3f}"),
        ("loop-thread CPU, guard", cut(cpu_on)),
        ("loop-thread CPU, no guard", cut(cpu_off)),
        ("  the same prompt, guard minus none", cut(added_cpu)),
        ("embed_ms, guard", cut(embed_on)),
        ("embed_ms, no guard", cut(embed_off)),
        ("  the same prompt, guard minus none", cut(embed_on - embed_off)),
        ("Guard.prepare of the query (CPU, own guard)", cut(np.array(prepare))),
        ("search_ms, guard  |  none", searched),
        ("verify_ms per lookup (>= 1 checked)", cut(verify[some])),
        ("verify_ms per checked candidate", cut(verify[some] / checked[some])),
        ("  lookups with exactly 1 checked", cut(verify[checked == 1])),
        ("added wall per checked candidate", cut(added_wall[some] / checked[some])),
        ("  after the embedding (total_ms - embed_ms)", cut(added_after[some] / checked[some])),
        ("added loop CPU per checked candidate", cut(added_cpu[some] / checked[some])),
        ("added wall | loop CPU, nothing in reach", both(added_wall, added_cpu, ~reach)),
        ("added wall | loop CPU, a candidate in reach", both(added_wall, added_cpu, reach)),
    ]  # fmt: skip
    per = 1000.0 / max(ROUNDS[0], 1)
    young, middle, full = (f"{n * per:.1f}" for n in COLLECTIONS)
    rows.append(
        ("collections per 1,000 rounds (young / middle / full)", f"{young} / {middle} / {full}")
    )
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


def past_embedding(side: Side) -> np.ndarray:
    """Each lookup's wall milliseconds after its embedding (``total_ms - embed_ms``: the
    search, the checks, the fetch; session 34: the model's wall, which the load makes vary by
    tens of ms, left out of what the guard adds to the caller's wait)."""
    return side.column("total_ms") - side.column("embed_ms")


def remote_server() -> Any:
    """A started :class:`embedding_server.EmbeddingServer` (``--embedder remote``), imported
    here only: it needs the library's ``fake_embeddings.UNCHANGED`` (session 33), which an
    older tree run by ``bench_lookup_ab.py --ab`` does not have."""
    from embedding_server import EmbeddingServer

    return EmbeddingServer()


async def main_async(args: argparse.Namespace) -> None:
    warm = read_pairs(args.path, WARM_LOOKUPS, skip=args.pairs)
    rows = read_pairs(args.path, args.pairs)
    server = remote_server() if args.embedder == "remote" else None
    embedder = None if server is None else server.embedder
    stores: Stores | None = None
    names = ("guard", "none")
    with tempfile.TemporaryDirectory(prefix="bench-lookup-guard-") as name:
        folder = Path(name)

        def made() -> dict[str, AsyncSemanticCache]:
            assert stores is not None
            return {
                n: make_cache(folder, n, n == "guard", embedder, stores.maker(n)) for n in names
            }

        try:  # (the servers stopped whatever fails: the store's start, the fill too)
            stores = Stores(args.store)
            caches = made()
            for cache in caches.values():
                await fill(cache, rows, args.fill)
            if not args.same_process:  # closed and opened again: the guard's LRUs are empty
                for cache in caches.values():
                    await cache.close()
                caches = made()
            on, off, prepare = await measure(
                caches, rows, warm, args.child, args.gc, args.embedder == "ahead"
            )
        finally:
            if server is not None:
                server.close()
            if stores is not None:
                stores.close()
    if args.summary:  # what bench_lookup_ab.py compares
        checked, some = on.column("candidates_checked"), on.column("candidates_checked") > 0
        added = (np.array(on.cpu) - np.array(off.cpu))[some] / checked[some]
        walls = (np.array(on.wall) - np.array(off.wall))[some] / checked[some]
        after = past_embedding(on) - past_embedding(off)  # (the model's wall left out)
        spent = (np.array(on.collector) - np.array(off.collector))[some] / checked[some]
        with open(args.summary, "w", encoding="utf-8") as out:
            json.dump({"added_cpu_per_checked": added.tolist(),
                       "added_wall_per_checked": walls.tolist(),
                       "added_after_embedding_per_checked": (after[some] / checked[some]).tolist(),
                       "wall_guard": on.wall,
                       "wall_none": off.wall, "verify_ms": on.column("verify_ms").tolist(),
                       "checked": checked.tolist(), "collections": COLLECTIONS,
                       "rounds": ROUNDS[0],
                       "added_less_collector": (added - spent).tolist()}, out)  # fmt: skip
    if args.reasons:  # the guarded cache's outcome per lookup: compare two source trees
        with open(args.reasons, "w", encoding="utf-8") as out:
            for prompt, reason in zip(on.prompts, on.reasons, strict=True):
                out.write(json.dumps({"b": prompt, "reason": reason}, ensure_ascii=False) + "\n")
    setting = "same process as the fill" if args.same_process else "reopened after the fill"
    report(f"{Path(args.path).name}, filled by {args.fill}, {setting}, {args.embedder} "
           f"embedder, {args.store} store", on, off, prepare)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a pairs file (a, b, label, lang): the a sides fill the cache")
    parser.add_argument("--pairs", type=int, default=2000, help="the first N pairs (default 2,000)")
    parser.add_argument("--same-process", action="store_true",
                        help="look up in the caches that were filled (the guard has analysed "
                             "every cached prompt) instead of reopened ones")  # fmt: skip
    parser.add_argument("--fill", choices=("store", "bulk"), default="store",
                        help="fill by cache.store (the default) or by store_many")  # fmt: skip
    parser.add_argument("--reasons", metavar="FILE",
                        help="write the guarded cache's reasons (JSON lines)")  # fmt: skip
    parser.add_argument("--summary", metavar="FILE",
                        help="write the figures per lookup (JSON: bench_lookup_ab.py)")  # fmt: skip
    parser.add_argument("--gc", choices=("python", "freeze"), default="python",
                        help="the collector after the warm-up (freeze: gc.freeze())")  # fmt: skip
    parser.add_argument("--embedder", choices=("local", "remote", "ahead"), default="local",
                        help="the model here, in another process over HTTP, or here "
                             "before the timed lookups")  # fmt: skip
    parser.add_argument("--store", choices=("local", "valkey"), default="local",
                        help="the caches' store: the embedded one, or a Valkey server started "
                             "for the run (lookup_store.py)")  # fmt: skip
    parser.add_argument("--child", action="store_true",
                        help="look up a row when told on stdin (bench_lookup_ab.py)")  # fmt: skip
    parser.add_argument("--budget-ms", type=float,
                        help="the guarded cache's guard budget per check (session 38)")  # fmt: skip
    args = parser.parse_args()
    lookup_caches.GUARD_BUDGET_MS = args.budget_ms
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
