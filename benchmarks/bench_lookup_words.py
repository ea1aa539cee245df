"""What the words a process meets for the first time cost inside a real lookup (session 33).

Session 31's ``bench_lookup_tail.py`` counted the misses of the library's word-level caches per
guarded lookup (~31 on qqp-dev, 44 in the slowest 2 %); this benchmark times them. Before the
library is imported it replaces ``functools.lru_cache`` with one that puts a thread-CPU timer
between each LRU and the function it keeps (so only a miss is timed: a hit never reaches the
function), and it times :class:`~yamabiko.guard.facts.WordMemo`'s misses (the English token
records) the same way. A miss inside another miss is counted but not timed again: the time is
that of the outermost miss, all the first-seen-word work under it included. Only the guard's
caches (``yamabiko.guard.*``) are timed, on every thread, while a guarded lookup runs, and only
their word-level calls (a word, or a word and a part of speech): the LRUs of texts, pairs and
analyses are left out, the word-level misses inside them timed.

The lookups are ``bench_lookup_guard.py``'s (two caches with every default, the guard on and
``AcceptAll``, filled with the first N ``a`` sides, closed and reopened, one ``probe`` per ``b``
side in each, alternating which goes first). Printed: the added loop CPU per checked candidate
(guarded minus unguarded), the misses' time in the guarded lookup, their share at the mean,
in the slowest ``--tail`` % and the rest, p50 / p99 with and without the misses' time, and the
functions whose misses cost most. ``--dump FILE`` writes every timed miss as a JSON line
(function, key, microseconds, the lookup's number); ``--isolated FILE`` makes a dump's misses
again, in order, in a warmed process without lookups (what the same work costs with its code
and data in the CPU caches); ``--after-start N`` fills a cache with N pairs, then a new process
opens it, warms it up and times its first 8 lookups (what a start leaves to them).

    python benchmarks/bench_lookup_words.py ../shared/data/pairs/qqp-dev.jsonl --pairs 1000
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

_REAL_LRU = functools.lru_cache
#: [timing on, depth of misses in progress, misses counted, seconds timed]
STATE: list[Any] = [False, 0, 0, 0.0]
#: seconds per outermost function, and (function, key, seconds, lookup) per outermost miss
BY_FUNCTION: Counter[str] = Counter()
MISSES: list[tuple[str, str, float, int]] = []
LOOKUP = [0]
#: the misses' clock: ``time.thread_time`` (1.6 µs a call here: ~3 µs added per outermost miss)
#: or, with ``--clock wall``, ``time.perf_counter`` (~0.1 µs; a preemption inside a miss is
#: counted, rare at a few µs a miss)
CLOCK = [time.thread_time]


def _name(function: Any) -> str:
    """``module.function`` (a :func:`~yamabiko.guard.part_caches.per_part` lambda: the function
    it keeps and its part of speech)."""
    if function.__name__ == "<lambda>" and function.__closure__:
        cells = [cell.cell_contents for cell in function.__closure__]
        inner = next((c for c in cells if callable(c)), None)
        if inner is not None:
            pos = next((c for c in cells if isinstance(c, int)), "")
            return f"{inner.__module__.rsplit('.', 1)[-1]}.{inner.__name__}[{pos}]"
    return f"{function.__module__.rsplit('.', 1)[-1]}.{function.__qualname__}"


def timed(function: Any, name: str | None = None) -> Any:
    """``function`` with its calls timed (thread CPU) while ``STATE[0]`` is on, the outermost
    call only."""
    label = name or _name(function)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not STATE[0] or not _of_words(args):
            return function(*args, **kwargs)
        STATE[2] += 1
        if STATE[1]:
            STATE[1] += 1
            try:
                return function(*args, **kwargs)
            finally:
                STATE[1] -= 1
        STATE[1] = 1
        clock = CLOCK[0]
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent = clock() - start
            STATE[1] = 0
            STATE[3] += spent
            where, key = label, args[0] if args else ""
            if type(key).__name__ == "WordMemo":  # a memo's miss: the function it keeps
                where, key = f"WordMemo:{_name(getattr(key.make, 'func', key.make))}", args[1]
            BY_FUNCTION[where] += spent
            MISSES.append((where, str(key)[:40], spent, LOOKUP[0]))

    return wrapper


def _of_words(args: tuple) -> bool:
    """Whether a call is a word-level one: its arguments are words (:func:`_word`) or a part
    of speech (an int), or it is a :class:`WordMemo`'s miss. A call on a text, a
    pair of texts or an analysis (the guard's text- and pair-level LRUs) is not timed itself:
    the word-level misses inside it are."""
    if args and type(args[0]).__name__ == "WordMemo":
        return True
    return bool(args) and all(type(a) is int or (type(a) is str and _word(a)) for a in args)


def _word(text: str) -> bool:
    """A word, not a text: no space or sentence mark, and short (a Japanese text has no
    spaces: eight characters at most unless it is ASCII)."""
    if len(text) > (32 if text.isascii() else 8):
        return False
    return not any(mark in text for mark in " 。、,.?!？！")


def _guard_function(function: Any) -> bool:
    return getattr(function, "__module__", "").startswith("yamabiko.guard")


def timed_lru_cache(maxsize: Any = 128, typed: bool = False) -> Any:
    """``functools.lru_cache`` with a miss timer between the LRU and a guard function."""
    if callable(maxsize) and not isinstance(maxsize, int):
        function = maxsize
        keep = timed(function) if _guard_function(function) else function
        return _REAL_LRU(128, typed)(keep)

    def decorate(function: Any) -> Any:
        keep = timed(function) if _guard_function(function) else function
        return _REAL_LRU(maxsize, typed)(keep)

    return decorate


def install() -> None:
    """Put the miss timers in: ``functools.lru_cache`` replaced before the library is imported
    (its modules decorate their functions as they load), then ``WordMemo.miss`` wrapped."""
    functools.lru_cache = timed_lru_cache  # type: ignore[assignment]
    from yamabiko.guard import facts as loaded

    loaded.WordMemo.miss = timed(loaded.WordMemo.miss, "facts.WordMemo.miss")  # type: ignore[method-assign]


async def lookup(cache: Any, prompt: str, timing: bool) -> dict[str, Any]:
    """One lookup: loop-thread CPU ms, candidates checked, reason, misses and their ms."""
    STATE[1:] = [0, 0, 0.0]
    STATE[0] = timing
    start = time.thread_time()
    found = await cache.probe(prompt)
    cpu = (time.thread_time() - start) * 1000.0
    STATE[0] = False
    return {"cpu": cpu, "checked": found.timings.candidates_checked, "reason": found.reason,
            "misses": STATE[2], "miss_ms": STATE[3] * 1000.0}  # fmt: skip


def report(rows: list[dict[str, Any]], tail: float) -> None:
    """The misses' share of the added cost: mean, slowest ``tail`` %, p50 / p99."""
    checked = [r for r in rows if r["checked"] > 0]
    per = np.array([r["added"] / r["checked"] for r in checked])
    miss = np.array([r["miss_ms"] / r["checked"] for r in checked])
    count = np.array([r["misses"] for r in checked], dtype=float)
    cut = np.percentile(per, 100 - tail)
    slow = per >= cut
    outer = len(MISSES) / len(rows)
    print(f"\n{len(checked)} lookups checked a candidate; per checked candidate (ms); "
          f"outermost misses timed per guarded lookup {outer:.1f}:")  # fmt: skip
    print(f"  {'':<34} {'all':>9} {'slowest':>9} {'rest':>9}")
    for label, values in (("added loop CPU (mean)", per), ("misses' CPU (mean)", miss),
                          ("misses a lookup (mean)", count)):  # fmt: skip
        print(f"  {label:<34} {values.mean():9.3f} {values[slow].mean():9.3f} "
              f"{values[~slow].mean():9.3f}")  # fmt: skip
    share = [miss[m].sum() / per[m].sum() * 100 for m in (np.ones_like(slow), slow, ~slow)]
    print(f"  {'misses / added (%)':<34} {share[0]:9.1f} {share[1]:9.1f} {share[2]:9.1f}")
    for q in (50, 90, 98, 99):
        print(f"  p{q}: added {np.percentile(per, q):.3f}, less the misses' CPU "
              f"{np.percentile(per - miss, q):.3f} ms")  # fmt: skip
    print(f"  lookups with a miss: {int((count > 0).sum())} of {len(checked)}; misses' CPU p50 "
          f"{np.percentile(miss, 50):.3f}, p99 {np.percentile(miss, 99):.3f} ms")  # fmt: skip
    total = sum(BY_FUNCTION.values())
    print("\nthe outermost misses by function (share of their CPU, misses):")
    calls = Counter(name for name, _, _, _ in MISSES)
    calls.update({n: 0 for n in BY_FUNCTION})
    for name, spent in BY_FUNCTION.most_common(25):
        print(f"  {name:<48} {spent / total * 100:5.1f} %  {calls[name]:6d}  "
              f"{spent / calls[name] * 1e6:7.1f} µs each")  # fmt: skip


async def main_async(args: argparse.Namespace) -> None:
    from bench_lookup_guard import WARM_LOOKUPS, filled_and_reopened, read_pairs

    CLOCK[0] = time.perf_counter if args.clock == "wall" else time.thread_time
    warm = read_pairs(args.path, WARM_LOOKUPS, skip=args.pairs)
    pairs = read_pairs(args.path, args.pairs)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-lookup-words-") as name:
        caches = await filled_and_reopened(Path(name), pairs)
        for i, row in enumerate(warm + pairs):
            LOOKUP[0] = i - len(warm)
            if i == len(warm):
                BY_FUNCTION.clear()
                MISSES.clear()
            order = ("guard", "none") if i % 2 == 0 else ("none", "guard")
            found = {n: await lookup(caches[n], row["b"], n == "guard") for n in order}
            if i >= len(warm):
                on = found["guard"]
                on.update(prompt=row["b"], added=on["cpu"] - found["none"]["cpu"])
                rows.append(on)
        for cache in caches.values():
            await cache.close()
    report(rows, args.tail)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for name, key, spent, number in MISSES:
                out.write(json.dumps({"function": name, "key": key, "us": round(spent * 1e6, 1),
                                      "lookup": number}, ensure_ascii=False) + "\n")  # fmt: skip


def resolved(label: str) -> Any:
    """The call a dumped miss names, as a function of its key (None for a miss it cannot make
    again: a Japanese piece, keyed by its token)."""
    from yamabiko.guard import en_words

    if label == "WordMemo:en_words.en_word":
        return en_words.en_word
    if label.startswith("WordMemo:"):
        return None
    where, _, pos = label.partition("[")
    module_name, _, name = where.rpartition(".")
    function = getattr(importlib.import_module(f"yamabiko.guard.{module_name}"), name, None)
    if function is None:
        return None
    return (
        functools.partial(lambda f, p, key: f(key, p), function, int(pos[:-1])) if pos else function
    )


def isolated(dump: str) -> None:
    """The misses of a ``--dump``, made again in this process (the guard warmed up, no lookup):
    each (function, key) the first time, timed (thread CPU) outermost, in the dump's order:
    what the same first-seen work costs in a loop, its code and data in the CPU caches."""
    from yamabiko.guard import Guard

    Guard().warm_up()
    spent: dict[str, list[float]] = {}
    lookup_us: dict[str, list[float]] = {}
    seen: set[tuple[str, str]] = set()
    with open(dump, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            call = resolved(row["function"])
            if call is None or (row["function"], row["key"]) in seen:
                continue
            seen.add((row["function"], row["key"]))
            start = time.thread_time()
            try:
                call(row["key"])
            except TypeError:  # (not a function of one word)
                continue
            spent.setdefault(row["function"], []).append((time.thread_time() - start) * 1e6)
            lookup_us.setdefault(row["function"], []).append(row["us"])
    print(f"{'function':<40} {'misses':>7} {'in lookups µs p50 / sum ms':>27} "
          f"{'alone µs p50 / sum ms / max ms':>31}")  # fmt: skip
    for label, times in sorted(spent.items(), key=lambda kv: -sum(lookup_us[kv[0]]))[:20]:
        print(f"{label:<40} {len(times):7d} {np.median(lookup_us[label]):18.1f} / "
              f"{sum(lookup_us[label]) / 1000:6.1f} {np.median(times):13.1f} / "
              f"{sum(times) / 1000:6.1f} / {max(times) / 1000:6.1f}")  # fmt: skip
    both = [(sum(lookup_us[k]), sum(v)) for k, v in spent.items()]
    print(f"all: {sum(a for a, _ in both) / 1000:.1f} ms in the lookups, "
          f"{sum(b for _, b in both) / 1000:.1f} ms alone")  # fmt: skip


async def after_start(args: argparse.Namespace) -> None:
    """``--after-start N``: a cache filled here with the first ``N`` ``a`` sides and closed;
    then a new process opens it, warms it up (:func:`open_warm`) and looks up the first 8
    ``b`` sides: each lookup's loop-thread CPU, what a start leaves to its first lookups."""
    import subprocess
    import sys

    from bench_lookup_guard import fill, make_cache, read_pairs

    with tempfile.TemporaryDirectory(prefix="bench-lookup-start-") as name:
        cache = make_cache(Path(name), "guard", True)
        await fill(cache, read_pairs(args.path, args.after_start), "store")
        await cache.close()
        command = [sys.executable, __file__, args.path, "--probe-started", name]
        subprocess.run(command, check=True)


async def probe_started(args: argparse.Namespace) -> None:
    """(``--after-start``'s new process.)"""
    from bench_lookup_guard import make_cache, open_warm, read_pairs

    cache = make_cache(Path(args.probe_started), "guard", True)
    await open_warm(cache)
    spent = []
    for row in read_pairs(args.path, 8):
        start = time.thread_time()
        found = await cache.probe(row["b"])
        cpu = (time.thread_time() - start) * 1000.0
        spent.append(f"{cpu:.1f}/{found.timings.candidates_checked}")
    await cache.close()
    print("the first 8 lookups after a start, loop CPU ms / candidates checked: " + " ".join(spent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", help="a pairs file (a, b, label, lang)")
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--tail", type=float, default=2.0, help="the slowest share, in %%")
    parser.add_argument("--dump", help="write every timed miss here (JSON lines)")
    parser.add_argument("--clock", default="thread", choices=("thread", "wall"),
                        help="thread CPU, or perf_counter (cheaper)")  # fmt: skip
    parser.add_argument("--isolated", metavar="DUMP",
                        help="make a dump's misses again alone (no lookup, no timers)")  # fmt: skip
    parser.add_argument("--after-start", type=int, default=0, metavar="N",
                        help="fill with N pairs; time a new process's first 8")  # fmt: skip
    parser.add_argument("--probe-started", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.after_start or args.probe_started:
        asyncio.run(after_start(args) if args.after_start else probe_started(args))
        return
    if args.isolated:
        isolated(args.isolated)
        return
    install()
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
