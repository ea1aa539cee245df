"""Where a real lookup's loop-thread CPU goes, per checked candidate, part by part (session 30).

``bench_lookup_guard.py`` found a checked candidate costing about twice as much loop-thread CPU
inside a real lookup as ``bench_guard.py``'s ``cold`` check. This benchmark splits it. It fills
a cache with every default (the guard on) with the ``a`` sides of the first N pairs, reopens it
(the guard has analysed no cached prompt) and looks up the ``b`` sides (with ``--with-none``,
alternately with a cache without the guard, ``AcceptAll``), with exclusive thread-CPU timers
around the parts of a lookup that run on the event loop's thread (a part's time leaves out the
parts it calls): the matcher (``Matcher.choose``), the guard's preparation of the query
(``Guard.prepare``), its checks (``Guard.check``, the band's too), the reading of a candidate's
stored analysis (``stored._load``), the focus pair, the conversation check, the hit's fetch, the
question-focus search and the rest of the lookup; and the garbage collector's time on that
thread (``gc.callbacks``), wherever it falls.

``--trees`` (session 33) times the boosted trees' parts inside the check as parts of their own
(the model's verdict, the learned check's features, the rich features, their text facts, overlaps
and mean-vector cosine, the score) and prints the guard's per-candidate CPU with each family of
them taken out: how far making that family cheaper could move the guard's p99 at most.
``--rules`` (session 34) does the same for the guard's stages (``lookup_rule_parts.py``: the
roles step, the other rules, the checks after the stages, the minimal-pair stage, the cached
prompt's analysis). ``--embedder remote``: the model in another process
(``bench_lookup_guard.py``'s).

``--calls FILE`` writes the checks the guarded lookups made (each ``Guard.verify`` and band
check with its arguments, the candidate's stored analysis included). ``--replay FILE`` makes
them again in a new process (the model and the guard loaded, as a reopened cache), lookup by
lookup in the same order (the query prepared, then its checks), every other lookup
(``--parity``) right after ``--before``: the model embedding its query on its worker thread, as
in a lookup (``embed``), or ``--evict`` MiB written on the checks' own thread (``evict``); the
other lookups at once. The two groups, under the same load, show what the model's embedding
just before costs the guard's own work; the lookup's guard parts against a replay after an
embedding (two processes run at the same time, so under the same load) show whether the lookup
adds anything else. The instrumentation wraps the methods at run time; the code measured is
unchanged.

    python benchmarks/bench_lookup_parts.py ../shared/data/pairs/qqp-dev.jsonl --pairs 500 \
        [--with-none] [--trees] [--rules] [--calls FILE]
    python benchmarks/bench_lookup_parts.py --replay FILE --before embed|evict --parity 0|1 -
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from bench_lookup_guard import (
    WARM_LOOKUPS,
    filled_and_reopened,
    make_cache,
    read_pairs,
    remote_server,
)
from lookup_rule_parts import RULE_FAMILIES, instrument_rules

from yamabiko import AsyncSemanticCache
from yamabiko.cache import lookup as cache_lookup
from yamabiko.conversation import QueryConversation
from yamabiko.guard import Guard, stored, treefeatures
from yamabiko.guard.boosted import BoostedModel
from yamabiko.guard.trees import Trees
from yamabiko.guard.verified_band import VerifiedBand
from yamabiko.matcher import Matcher
from yamabiko.stores.local import LocalStore


class Parts:
    """Exclusive thread-CPU milliseconds per part, for the lookup being timed."""

    def __init__(self) -> None:
        self.stack: list[list[float]] = []  # per open part: [start, children's time]
        self.now: dict[str, float] = defaultdict(float)
        self.gc_start = 0.0
        self.on = False

    def enter(self) -> None:
        """A part starts on this thread (its time is its own less its children's)."""
        self.stack.append([time.thread_time(), 0.0])

    def leave(self, name: str) -> None:
        """The innermost open part ends: its exclusive thread CPU goes to ``name``."""
        start, children = self.stack.pop()
        spent = time.thread_time() - start
        self.now[name] += (spent - children) * 1000.0
        if self.stack:
            self.stack[-1][1] += spent

    def collector(self, phase: str, info: dict) -> None:
        """``gc.callbacks``: the collector's time on this thread (inside whatever part)."""
        if not self.on:
            return
        if phase == "start":
            self.gc_start = time.thread_time()
        else:
            self.now[f"gc gen{info['generation']}"] += (time.thread_time() - self.gc_start) * 1e3

    def take(self) -> dict[str, float]:
        """The milliseconds by part since the last take, and a fresh tally."""
        found, self.now = dict(self.now), defaultdict(float)
        return found


PARTS = Parts()
#: the parts that are the guard's own work
#: --prepare: "full" (``Guard.prepare``, as a lookup does) or "none" (each check analyses the
#: query as far as it reads it, as ``bench_guard.py --scenario cold`` does)
PREPARE = "full"
#: --before: what every other replayed lookup's checks follow
BEFORE = ("embed", "evict", "unprepared", "none")
#: --evict's buffer
EVICTING = np.zeros(0, np.uint8)
GUARD_PARTS = ("guard prepare", "guard check", "stored load", "band (own)")
#: --trees: the trees' parts (inside "guard check"; the features' own calls, not the query's
#: preparation: ``prepared`` holds its own ``text_facts``), as (owner, attribute, part)
TREE_PARTS = (
    (BoostedModel, "verdict", "trees: verdict (own)"),
    (treefeatures, "pair_features", "trees: learned check's features"),
    (treefeatures, "rich_features", "trees: rich features (own)"),
    (treefeatures, "text_facts", "trees: text facts"),
    (treefeatures, "_jaccard", "trees: overlaps (_jaccard)"),
    (treefeatures, "_mean_vector_cosine", "trees: mean-vector cosine"),
    (Trees, "score", "trees: score"),
)
#: --trees: the families taken out of the guard's time, one at a time (part names); "the
#: n-gram and word sets": what integer codes for the n-grams (session 28) would make cheaper
FAMILIES = {
    "the trees": tuple(name for _, _, name in TREE_PARTS),
    "the rich features": ("trees: rich features (own)", "trees: text facts",
                          "trees: overlaps (_jaccard)", "trees: mean-vector cosine"),
    "the n-gram and word sets": ("trees: text facts", "trees: overlaps (_jaccard)"),
    "the mean-vector cosine": ("trees: mean-vector cosine",),
    "the score": ("trees: score",),
}  # fmt: skip


def timed_sync(name: str, function: Callable) -> Callable:
    """A called part (its own CPU, less the parts timed inside it)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        PARTS.enter()
        try:
            return function(*args, **kwargs)
        finally:
            PARTS.leave(name)

    return wrapper


def timed_async(name: str, function: Callable) -> Callable:
    """An awaited part (its own CPU only: the loop runs nothing else while a lookup waits)."""

    @functools.wraps(function)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        PARTS.enter()
        try:
            return await function(*args, **kwargs)
        finally:
            PARTS.leave(name)

    return wrapper


#: the guarded lookups' checks: per lookup, ("verify" | "band", arguments)
CALLS: list[list[tuple[str, tuple]]] = []


def recorded_verify(function: Callable) -> Callable:
    """``Guard.verify`` that records its arguments for the replay (a lookup's, not a
    replay's own)."""

    @functools.wraps(function)
    async def wrapper(self: Guard, query: str, candidate: Any, lang: str | None) -> Any:
        from yamabiko.guard import serving_threshold

        if PARTS.on:
            CALLS[-1].append(("verify", (query, candidate, lang, serving_threshold.get())))
        return await function(self, query, candidate, lang)

    return wrapper


def recorded_band(function: Callable) -> Callable:
    """The verified band's proof that records its arguments for the replay."""

    @functools.wraps(function)
    def wrapper(self: VerifiedBand, guard: Guard, *args: Any) -> Any:
        if PARTS.on:  # (a lookup's, not a replay's)
            CALLS[-1].append(("band", (self, *args)))
        return function(self, guard, *args)

    return wrapper


def instrument() -> None:
    """Wrap the parts (the code measured is unchanged)."""
    Matcher.choose = timed_async("matcher (own)", Matcher.choose)
    Matcher._focus_pair = timed_async("focus pair (own)", Matcher._focus_pair)
    Guard.verify = recorded_verify(Guard.verify)
    VerifiedBand.check = recorded_band(timed_sync("band (own)", VerifiedBand.check))
    Guard.prepare = timed_sync("guard prepare", Guard.prepare)
    Guard.check = timed_sync("guard check", Guard.check)
    stored._load = timed_sync("stored load", stored._load)
    QueryConversation.check = timed_sync("conversation check", QueryConversation.check)
    LocalStore.fetch_hit = timed_async("fetch hit", LocalStore.fetch_hit)
    cache_lookup.question_focus = timed_sync("question focus", cache_lookup.question_focus)
    gc.callbacks.append(PARTS.collector)


def instrument_trees(setter: Callable[[Any, str, Any], None] = setattr) -> None:
    """Wrap the trees' parts (:data:`TREE_PARTS`; ``setter``: how, a test's monkeypatch)."""
    for owner, attribute, name in TREE_PARTS:
        setter(owner, attribute, timed_sync(name, getattr(owner, attribute)))


def without_families(
    parts: list[dict[str, float]],
    checked: np.ndarray,
    families: dict[str, tuple[str, ...]] = FAMILIES,
    apart: str = "the trees",
) -> list[str]:
    """The guard's CPU per checked candidate (:data:`GUARD_PARTS` and every part of
    ``families``, ms; ``parts``: each lookup's, ``checked``: its candidates, all > 0), whole
    and with each of ``families`` (:data:`FAMILIES`, or ``--rules``' families) taken out, as
    :func:`cut` lines."""

    def summed(names: tuple[str, ...]) -> np.ndarray:
        return np.array([sum(p.get(name, 0.0) for name in names) for p in parts]) / checked

    timed = tuple(dict.fromkeys(name for names in families.values() for name in names))
    guard = summed(GUARD_PARTS + timed)
    lines = [f"  {'the guard, ' + apart + ' timed apart':<40} {cut(guard)}"]
    for family, names in families.items():
        lines.append(f"  {'  less ' + family:<40} {cut(guard - summed(names))}")
    return lines


async def timed_lookup(cache: AsyncSemanticCache, prompt: str) -> tuple[float, dict, int]:
    """Loop CPU of one lookup, its parts, candidates checked."""
    PARTS.take()
    PARTS.on = True
    start = time.thread_time()
    found = await cache.probe(prompt)
    total = (time.thread_time() - start) * 1000.0
    PARTS.on = False
    return total, PARTS.take(), found.timings.candidates_checked


async def replay(cache: AsyncSemanticCache, guard: Guard, lookup: dict, before: str) -> float:
    """CPU of a lookup's checks made again on ``guard`` (its query prepared first), right after
    the model embedded the query (``before`` "embed"), after ``EVICT`` MiB written ("evict") or
    at once ("none")."""
    query, band = lookup["query"], cache.matcher.band
    if before == "embed":
        await cache.embedder.embed([query])
    elif before == "evict":
        EVICTING[::64] += 1  # one write per cache line
    start = time.thread_time()
    if PREPARE == "full":
        guard.prepare(query, lookup["lang"])
    for kind, q, cached, lang, similarity, threshold, analysis in lookup["calls"]:
        if kind == "verify":
            guard.check(q, cached, lang, similarity, threshold, analysis)
        else:
            band.check(guard, q, cached, lang, similarity, threshold, analysis)
    return (time.thread_time() - start) * 1000.0


def cut(values: list[float] | np.ndarray) -> str:
    """``mean  p50 / p99`` of ``values`` in milliseconds (``-`` when empty)."""
    values = np.asarray(values, dtype=float)
    if len(values) == 0:
        return "-"
    mean, p50, p99 = np.mean(values), np.percentile(values, 50), np.percentile(values, 99)
    return f"{mean:.3f}  {p50:.3f} / {p99:.3f}"


def calls_of(query: str, lang: str | None, calls: list[tuple[str, tuple]]) -> dict:
    """A lookup's checks as JSON: (kind, query, cached, lang, similarity, threshold, stored)."""
    rows = []
    for kind, args in calls:
        if kind == "verify":
            q, candidate, clang, threshold = args
            rows.append((kind, q, candidate.prompt, clang, candidate.similarity, threshold,
                         candidate.analysis))  # fmt: skip
        else:
            _, q, cached, clang, similarity, threshold, analysis = args
            rows.append((kind, q, cached, clang, similarity, threshold, analysis))
    return {"query": query, "lang": lang, "calls": rows}


async def replay_main(args: argparse.Namespace) -> None:
    """``--replay``: a new process (the model and a guard loaded, as a reopened cache) makes
    the recorded lookups' checks again, one lookup at a time, in order: every other lookup
    (``--parity``) right after ``--before`` (an embedding of its query, or ``--evict`` MiB
    written), the others at once; both groups under the same load."""
    global EVICTING, PREPARE
    EVICTING = np.zeros(args.evict << 20, np.uint8)
    with open(args.replay, encoding="utf-8") as handle:
        lookups = [json.loads(line) for line in handle]
    with tempfile.TemporaryDirectory(prefix="bench-lookup-parts-") as name:
        cache = make_cache(Path(name), "guard", True)
        await cache.open()
        guard = cache.verifier
        guard.warm_up()
        for lookup in lookups:  # (the lookups' warm-up, not timed)
            if lookup["warm"] and lookup["calls"]:
                await replay(cache, guard, lookup, args.before)
        lookups = [lookup for lookup in lookups if not lookup["warm"]]
        cpu: dict[bool, list[float]] = {True: [], False: []}
        calls: dict[bool, list[int]] = {True: [], False: []}
        for i, lookup in enumerate(lookups):
            if not lookup["calls"]:
                continue
            after = i % 2 == args.parity
            calls[after].append(len(lookup["calls"]))
            if args.before == "unprepared":  # (the query not prepared: the other group's way)
                PREPARE = "none" if after else "full"
                cpu[after].append(await replay(cache, guard, lookup, "none"))
                continue
            cpu[after].append(await replay(cache, guard, lookup, args.before if after else "none"))
        await cache.close()
    for after in (True, False):
        n = np.array(calls[after], dtype=float)
        label = f"after --before {args.before}" if after else "at once"
        per_call = cut(np.array(cpu[after]) / n)
        print(f"replayed {len(n)} lookups ({int(n.sum())} calls, parity {args.parity}), "
              f"{label}: CPU ms per call, mean  p50 / p99  {per_call}")  # fmt: skip


async def main_async(args: argparse.Namespace) -> None:
    warm = read_pairs(args.path, WARM_LOOKUPS, skip=args.pairs)
    rows = read_pairs(args.path, args.pairs)
    names = ("guard", "none") if args.with_none else ("guard",)
    with tempfile.TemporaryDirectory(prefix="bench-lookup-parts-") as name:
        remote = remote_server().embedder if args.embedder == "remote" else None
        caches = await filled_and_reopened(Path(name), rows, names, remote)
        instrument()
        if args.trees:
            instrument_trees()
        if args.rules:
            instrument_rules(timed_sync)
        sides: dict[str, list[tuple[float, dict, int]]] = {n: [] for n in names}
        recorded = []
        for i, row in enumerate(warm + rows):
            CALLS.append([])
            order = names if i % 2 == 0 else names[::-1]
            for n in order:
                found = await timed_lookup(caches[n], row["b"])
                if i >= len(warm):
                    sides[n].append(found)
            lang = caches["guard"].request(row["b"]).lang
            recorded.append({**calls_of(row["b"], lang, CALLS[-1]), "warm": i < len(warm)})
        for cache in caches.values():
            await cache.close()
    if args.calls:
        with open(args.calls, "w", encoding="utf-8") as out:
            for lookup in recorded:
                out.write(json.dumps(lookup, ensure_ascii=False) + "\n")
    on = sides["guard"]
    checked = np.array([c for _, _, c in on], dtype=float)
    some = checked > 0
    n = checked[some]
    print(f"\n{Path(args.path).name}: {len(rows)} lookups, {int(some.sum())} checked "
          f"{int(n.sum())} candidates; loop-thread CPU ms per checked candidate, mean  p50 / p99 "
          f"(lookups with >= 1 checked)")  # fmt: skip
    keys = sorted({k for side in sides.values() for _, p, _ in side for k in p})
    total = {k: np.array([t for t, _, _ in side])[some] for k, side in sides.items()}
    if args.with_none:
        print(
            f"  {'whole lookup, guard minus none':<34} {cut((total['guard'] - total['none']) / n)}"
        )
    for k, side in sides.items():
        print(f"  {'whole lookup, ' + k:<34} {cut(total[k] / n)}")
        for key in keys:
            print(f"    {key:<32} {cut(np.array([p.get(key, 0.0) for _, p, _ in side])[some] / n)}")
        timed_parts = np.array([sum(v for key, v in p.items() if not key.startswith("gc"))
                                for _, p, _ in side])[some]  # fmt: skip
        print(f"    {'rest of the lookup':<32} {cut((total[k] - timed_parts) / n)}")
    in_lookup = np.array([sum(p.get(key, 0) for key in GUARD_PARTS) for _, p, _ in on])[some]
    print(f"  {'the guard (' + ' + '.join(GUARD_PARTS) + ')'} {cut(in_lookup / n)}")
    if args.trees:
        print("\n".join(without_families([p for _, p, c in on if c > 0], n)))
    if args.rules:
        found = [p for _, p, c in on if c > 0]
        print("\n".join(without_families(found, n, RULE_FAMILIES, "its stages")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument(
        "--with-none",
        action="store_true",
        help="alternate with a cache without the guard (AcceptAll)",
    )
    parser.add_argument(
        "--trees",
        action="store_true",
        help="time the trees' parts and take each family out of the guard",
    )
    parser.add_argument(
        "--rules",
        action="store_true",
        help="time the guard's stages (lookup_rule_parts.py) and take each family out",
    )
    parser.add_argument("--embedder", choices=("local", "remote"), default="local")
    parser.add_argument("--calls", metavar="FILE", help="write the guarded lookups' checks")
    parser.add_argument("--replay", metavar="FILE", help="make a --calls file's checks again")
    parser.add_argument("--before", choices=BEFORE, default="embed",
                        help="--replay: what every other lookup's checks follow (unprepared: "
                             "they run without the query's preparation)")  # fmt: skip
    parser.add_argument("--parity", type=int, choices=(0, 1), default=0,
                        help="--replay: which lookups (even or odd) follow it")  # fmt: skip
    parser.add_argument("--evict", type=int, default=64, metavar="MIB",
                        help="--replay --before evict: MiB written")  # fmt: skip
    args = parser.parse_args()
    asyncio.run(replay_main(args) if args.replay else main_async(args))


if __name__ == "__main__":
    main()
