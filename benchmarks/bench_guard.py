"""Guard latency per candidate. Prints p50 / p99 / max in milliseconds, wall-clock time and the
thread's CPU time (which a busy shared machine does not inflate by preempting the process), for
the default guard with every candidate at cosine 0.85 (inside the band of its boosted trees,
which then score every candidate the other rules accept: the slowest default path), the same
without the trees (session 7: the learned screen and the rescue), without the rescue either,
the rules alone (``Guard(learned=False)``) and, side by side, the guard without the
minimal-pair check.

Four scenarios (``--scenario``):

- ``cold`` (the default, and what this benchmark measured before session 9): neither prompt of
  a pair is in the guard's LRUs — each pair's cached prompt was seen once, but 5,000 pairs
  earlier, and the LRU keeps 4,096 texts; the query never — so both prompts are analysed
  inside the check: the worst case (the words of the cached prompts are in the word-level
  caches, those only the queries have are not);
- ``warm``: the cached prompt was seen before (``Guard.prepare`` ran on it, as the cache does
  for a query before its first check, 100 pairs earlier at most) and the query is new;
- ``lookup``: as ``warm``, and the query was prepared too, as the cache does once per lookup
  before its first check: what a candidate costs inside a lookup when its cached prompt recurs;
- ``fresh`` (session 13): what a candidate costs inside a lookup when this process has not
  seen its cached prompt (a new process, or one evicted from the LRUs): the query prepared as
  in ``lookup`` (once per lookup, not once per candidate) and the cached prompt new, as in
  ``cold``. ``cold`` stays the target's measure: it adds the query's analysis to every
  candidate, which a lookup pays once (``cold`` minus ``fresh`` is about what that analysis
  costs). Until session 30 the docs said a lookup's preparation ran while the model embedded
  the query, for free: it never did (the GIL serialised the two; ``bench_lookup_guard.py``),
  and a real lookup's checks also run with the CPU caches the embedding left cold
  (``bench_lookup_parts.py``), so a checked candidate inside a lookup costs more than ``cold``.

``--ab OLD_SRC NEW_SRC`` compares two source trees in one run: each variant runs in one child
process per tree (``PYTHONPATH``), and every candidate is checked in one child then at once in
the other (which goes first alternates), so that both see the same load; it also says whether
both trees gave every candidate the same verdict. ``--repeat N`` (cold only) reports each pair's
least CPU time of N checks, its texts dropped from the guard's caches between them: the same
work with the CPU caches warm, which shows how much of the cold cost is the first touch of the
data (the word-vector rows, dictionaries and lexicon sets a new pair reads) rather than the
work itself. ``--evict MIB`` (session 13) writes that much memory before each timed check, so
that every check starts with the CPU caches as cold as a lookup's embedding and vector search
leave them, in every run, rather than as cold as the machine's other work happens to leave
them. ``--split`` (session 14) times each check's parts on their own, the query's
preparation (``Guard.prepare``: analysis, what the checks derive from it, units, the trees'
text facts), then the cached prompt's, then the comparison of the two: where the ``cold``
time goes (its total is a little above the plain ``cold`` one: a preparation makes all of
that, a check only what its checks reach).

Since session 15 an entry keeps the guard's analysis of its prompt (``Entry.analysis``, written
at ``put``: :mod:`yamabiko.guard.stored`) and a search returns it with the candidate: with code
that has it, every candidate's check gets its cached prompt's stored form (made when the pair's
cached prompt was first seen), as a lookup does, and reads it instead of analysing the prompt
when the prompt is not in the LRUs (``cold``, ``fresh``); in ``--ab`` the older tree analyses.

Since session 16 a check keeps in the guard's LRUs only what it meets again (or what was
prepared), so the warm-up's LRU contents are cleared before the timed checks (before, the
checks' own entries evicted them before their pairs came up); ``--gc MODE`` sets the garbage
collector for the timed checks (:data:`GC_MODES`; with ``--ab`` one mode per tree, e.g.
``--ab src src --gc default,off`` shows what the collector's pauses add). Since session 17 the
trees' text facts (``treefeatures.text_facts``, in ``boosted.py`` before) are kept as the
guard's analyses are, when prepared or met again, so a ``cold`` check's n-gram sets die with it.

    python benchmarks/bench_guard.py [../shared/data/pairs/jsts-train.jsonl ...]
    python benchmarks/bench_guard.py --ab /tmp/guard_old/src src --scenario warm FILES...
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import subprocess
import sys
import time
from typing import Any

import numpy as np

from yamabiko.guard import Guard

boosted = importlib.import_module("yamabiko.guard.boosted")
english = importlib.import_module("yamabiko.guard.english")
try:  # (the trees' features: in boosted.py before session 17)
    treefeatures = importlib.import_module("yamabiko.guard.treefeatures")
except ImportError:
    treefeatures = boosted
japanese = importlib.import_module("yamabiko.guard.japanese")

DEFAULT = [
    "../shared/data/pairs/qqp-dev.jsonl",
    "../shared/data/pairs/jsts-train.jsonl",
    "../shared/data/pairs/jsick-train-contradictions.jsonl",
]
ROWS = 5000
REPEAT = 1  # --repeat
EVICT = 0  # --evict: MiB written before each timed check
SPLIT = False  # --split: each check's parts timed on their own
GC = "default"  # --gc: the collector's settings for the timed checks (see GC_MODES)
#: --gc modes, set after the warm-up: ``default`` (the process's settings, as a library finds
#: them), ``freeze`` (``gc.collect(); gc.freeze()``: everything loaded so far is left out of
#: later collections), ``server`` (``freeze`` and a young generation of 10,000 instead of 700
#: allocations, a setting a server process could choose), ``off`` (no collection
#: during the timed checks: what the checks cost without the collector's pauses)
GC_MODES = ("default", "freeze", "server", "off")
#: the code keeps the cached prompt's analysis with its entry (session 15)
STORED = hasattr(Guard, "stored_analysis")
#: the parts of a check that --split times (what Guard.prepare does for each prompt, then the
#: comparison of the two prepared prompts)
PARTS = ("query's analysis", "cached prompt's analysis", "comparison")
CHUNK = 100  # warm / lookup / fresh: prepared per chunk (the text-facts LRU holds 256 texts)

#: label -> (checks, similarity, learned, rescue, boosted)
VARIANTS: dict[str, tuple[tuple[str, ...] | None, float, bool, bool, bool]] = {
    "default": (None, 0.85, True, True, True),
    "no-trees": (None, 0.85, True, True, False),
    "no-trees-no-rescue": (None, 0.85, True, False, False),
    "rules-only": (None, 1.0, False, False, False),
    "no-minpair": (tuple(c for c in Guard.CHECKS if c != "minpair"), 1.0, False, False, False),
}
DESCRIPTIONS = {
    "default": "guard (default) at 0.85: boosted trees in their band",
    "no-trees": "guard at 0.85 without the trees (session 7)",
    "no-trees-no-rescue": "guard at 0.85 without trees or rescue",
    "rules-only": "guard, rules only",
    "no-minpair": "without minpair",
}


class Bench:
    """One guard variant over one file's pairs, measured a chunk at a time (``CHUNK`` pairs)."""

    def __init__(self, path: str, label: str, scenario: str) -> None:
        checks, self.similarity, learned, rescue, boosted = VARIANTS[label]
        self.guard = Guard(checks, learned=learned, rescue=rescue, boosted=boosted)
        self.rows = read_rows(path)
        self.scenario = scenario
        self.guard.warm_up()
        self.evicting = np.zeros(EVICT << 20, np.uint8)  # --evict
        for row in self.rows:  # every cached prompt seen once (its words' caches warm), long ago
            self.guard.check(row["a"], row["a"] + " ", row["lang"])
            if STORED:  # and stored then, with its analysis (as a put writes it)
                row["stored"] = (self.guard.stored_analysis(row["a"], row["lang"]),)
        for cache in self.caches():  # long ago: no longer in the guard's LRUs (session 16: a
            cache.clear()  # check no longer keeps what it meets once, which evicted them)
        collector(GC)

    def prepare(self, start: int) -> None:
        """What the scenario has seen before the chunk of pairs from ``start``."""
        rows = self.rows[start : start + CHUNK]
        if self.scenario in ("warm", "lookup"):
            for row in rows:  # the cached prompts were queries once: prepared then
                self.guard.prepare(row["a"], row["lang"])
        if self.scenario in ("lookup", "fresh"):
            for row in rows:  # the cache prepares the query once, before its first check
                self.guard.prepare(row["b"], row["lang"])

    def one(self, i: int) -> tuple[float, float, str]:
        """Wall and CPU milliseconds of pair ``i``'s check, and its verdict's reason; with
        ``REPEAT`` > 1, the least of that many checks, each as new to the guard as the first."""
        row = self.rows[i]
        found = []
        kept = self.kept(row) if REPEAT > 1 else set()
        for repeat in range(REPEAT):
            if repeat:
                self.forget(row, kept)
            if EVICT:  # one write per cache line: the CPU caches hold little of the guard's
                self.evicting[::64] += 1
            begin, begin_cpu = time.perf_counter(), time.thread_time()
            parts = self.parts(row) if SPLIT else []
            verdict = self.guard.check(row["b"], row["a"], row["lang"], self.similarity,
                                       None, *row.get("stored", ()))  # fmt: skip
            cpu = (time.thread_time() - begin_cpu) * 1000
            parts.append(cpu - sum(parts))
            found.append(((time.perf_counter() - begin) * 1000, cpu, parts))
        wall, cpu, parts = min(found, key=lambda x: x[1])
        return wall, cpu, verdict.reason, parts

    def parts(self, row: dict) -> list[float]:
        """``--split``: CPU milliseconds of the query's preparation, then the cached prompt's
        (:meth:`Guard.prepare`: analysis, the word sets the checks derive from it, units and
        the trees' text facts); the check that follows compares them (its time, measured
        with theirs, is the third part)."""
        found = []
        lang = row["lang"]
        for text, stored in ((row["b"], ()), (row["a"], row.get("stored", ()))):
            begin = time.thread_time()
            self.guard.prepare(text, lang, *stored)
            found.append((time.thread_time() - begin) * 1000)
            lang = lang or self.guard._cache.get(text, lang).lang  # as check analyses cached
        return found

    def kept(self, row: dict) -> set[tuple]:
        """The guard's cache keys of this pair's texts (what the scenario kept of them): the
        row's language or the one an analysis found. Looked up, not found by reading every
        key: that read, before a timed check, evicted the CPU caches the check then paid to
        fill again (session 11: every check, also with ``--repeat 1``)."""
        texts = (row["b"], row["a"])  # the query's language is the cached prompt's default
        langs = {row["lang"]}
        analyses = self.guard._cache._data
        for text in texts:
            langs |= {found.lang for lang in tuple(langs) if (found := analyses.get((lang, text)))}
        return {(lang, t) for cache in self.caches() for lang in langs for t in texts
                if (lang, t) in cache}  # fmt: skip

    def caches(self) -> tuple[dict, dict]:
        return self.guard._cache._data, self.guard._units._data

    def forget(self, row: dict, kept: set[tuple]) -> None:
        """Drop what the last check added of this pair's texts (``--repeat``): the scenario's
        state again, but with the CPU caches warm from the check before."""
        if self.scenario != "cold":
            raise SystemExit("--repeat measures the cold scenario only")
        for cache in self.caches():
            for key in self.kept(row) - kept:
                cache.pop(key, None)
        texts = {row["a"], row["b"]}  # (session 16: what the guard remembers as met once)
        for met in (getattr(self.guard, "_read_once", None), getattr(self.guard._cache, "_once",
                    None), getattr(self.guard._units, "_once", None)):  # fmt: skip
            for text in texts if met is not None else ():
                met.discard(text)
        clear = getattr(boosted.text_facts, "cache_clear", None)  # (an lru_cache before s17)
        clear() if clear is not None else treefeatures._FACTS.clear()
        english._en_tokens.cache_clear()
        japanese._per_thread.recent = None

    def run(self) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
        found = []
        for start in range(0, len(self.rows), CHUNK):
            self.prepare(start)
            found += [self.one(i) for i in range(start, min(start + CHUNK, len(self.rows)))]
        wall, cpu, reasons, parts = zip(*found, strict=True)
        return np.array(wall), np.array(cpu), list(reasons), np.array(parts)


def collector(mode: str) -> None:
    """Set the garbage collector as ``--gc`` says (:data:`GC_MODES`), after the warm-up."""
    if mode in ("freeze", "server"):
        gc.collect()
        gc.freeze()
    if mode == "server":
        gc.set_threshold(10_000, *gc.get_threshold()[1:])
    if mode == "off":
        gc.disable()


def read_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][:ROWS]
    return [{**r, "lang": r.get("lang")} for r in rows]


def summary(wall: np.ndarray, cpu: np.ndarray) -> str:
    return (
        f"wall p50 {np.percentile(wall, 50):.3f} p99 {np.percentile(wall, 99):.3f} max "
        f"{wall.max():.3f} ms | cpu p50 {np.percentile(cpu, 50):.3f} p99 "
        f"{np.percentile(cpu, 99):.3f} ms"
    )


def split_summary(parts: np.ndarray, cpu: np.ndarray) -> str:
    """``--split``: each part's CPU mean and p99, and its mean share of the slowest 1 % of
    checks (those the p99 comes from)."""
    slowest = cpu >= np.percentile(cpu, 99)
    return "; ".join(
        f"{name} mean {parts[:, i].mean():.3f} p99 {np.percentile(parts[:, i], 99):.3f} "
        f"(slowest 1 %: {parts[slowest, i].mean():.3f})"
        for i, name in enumerate(PARTS)
    )


def serve(path: str, label: str, scenario: str) -> None:
    """``--serve``: one source tree's guard, driven on stdin: ``prepare START`` (a chunk) or
    ``one I`` (measure pair I); each answer is a JSON line."""
    bench = Bench(path, label, scenario)
    print(json.dumps(len(bench.rows)), flush=True)
    for line in sys.stdin:
        command, n = line.split()
        found = bench.prepare(int(n)) if command == "prepare" else bench.one(int(n))
        print(json.dumps(found), flush=True)


class ServeProcess:
    """A ``--serve`` child process running one source tree (``PYTHONPATH``): each command a
    line on its stdin, each answer a JSON line on its stdout (the first, its size, unasked)."""

    def __init__(self, argv: list[str], source: str) -> None:
        env = {**os.environ, "PYTHONPATH": source}
        pipe = subprocess.PIPE
        self.process = subprocess.Popen(argv, env=env, text=True, stdin=pipe, stdout=pipe)
        self.size: int = self.ask("")

    def ask(self, command: str) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        if command:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


class Child(ServeProcess):
    """A ``--serve`` process of ``bench_guard.py`` running one source tree."""

    def __init__(
        self, source: str, path: str, label: str, scenario: str, collect: str = "default"
    ) -> None:
        argv = [sys.executable, __file__, "--serve", "--scenario", scenario, "--variants", label,
                "--rows", str(ROWS), "--repeat", str(REPEAT), "--evict", str(EVICT),
                "--gc", collect, *(["--split"] if SPLIT else [])]  # fmt: skip
        super().__init__([*argv, path], source)
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.reasons: list[str] = []
        self.parts: list[list[float]] = []

    def one(self, i: int) -> None:
        wall, cpu, reason, parts = self.ask(f"one {i}")
        self.parts.append(parts)
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.reasons.append(reason)



def compare(
    paths: list[str], sources: list[str], labels: list[str], scenario: str, modes: list[str]
) -> None:
    """Both source trees side by side: one child process each, every pair checked in one
    then at once in the other (which goes first alternates), so that both see the same load;
    ``modes``: each child's ``--gc``."""
    for path in paths:
        name = path.rsplit("/", 1)[-1]
        for label in labels:
            children = [Child(source, path, label, scenario, mode)
                        for source, mode in zip(sources, modes, strict=True)]  # fmt: skip
            size = children[0].size
            for start in range(0, size, CHUNK):
                for child in children:
                    child.ask(f"prepare {start}")
                for i in range(start, min(start + CHUNK, size)):
                    for child in children if i % 2 == 0 else children[::-1]:
                        child.one(i)
            for source, mode, child in zip(sources, modes, children, strict=True):
                child.close()
                source += f" (--gc {mode})" if mode != "default" else ""
                print(f"{name} [{scenario}] {label} {source}: {len(child.wall)} candidates  "
                      f"{summary(np.array(child.wall), np.array(child.cpu))}")  # fmt: skip
                if SPLIT:
                    print(f"    {split_summary(np.array(child.parts), np.array(child.cpu))}")
            first, second = children[0].reasons, children[1].reasons
            same = sum(x == y for x, y in zip(first, second, strict=True))
            print(f"{name} [{scenario}] {label}: the same verdict for {same} of {len(first)}")


def main() -> None:
    global ROWS, REPEAT, EVICT, SPLIT, GC
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=DEFAULT)
    parser.add_argument("--scenario", choices=("cold", "warm", "lookup", "fresh"), default="cold")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help="comma-separated, of: " + ", ".join(VARIANTS))  # fmt: skip
    parser.add_argument("--ab", nargs=2, metavar=("OLD_SRC", "NEW_SRC"))
    parser.add_argument("--rows", type=int, default=5000,
                        help="the first N pairs of each file (cold: more than 2,048, or the "
                        "cached prompts stay in the guard's 4,096-text LRUs)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=1,
                        help="cold: the least CPU time of N checks of each pair, its texts "
                        "dropped from the guard's caches in between: the cost with warm CPU "
                        "caches, without the first touch of the data")  # fmt: skip
    parser.add_argument("--evict", type=int, default=0, metavar="MIB",
                        help="write MIB MiB of memory before each timed check (64 covers this "
                        "machine's caches): what a lookup's embedding and vector search do to "
                        "the CPU caches before its first candidate, made the same in every "
                        "run; 0 (the default): only what the machine does")  # fmt: skip
    parser.add_argument("--split", action="store_true",
                        help="time each check's parts on their own: the query's preparation, "
                        "the cached prompt's, then their comparison")  # fmt: skip
    parser.add_argument("--gc", default="default", metavar="MODE[,MODE]",
                        help="the garbage collector during the timed checks, one of "
                        f"{', '.join(GC_MODES)} (see GC_MODES); with --ab, one for each tree "
                        "or one for both")  # fmt: skip
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    labels = args.variants.split(",")
    ROWS, REPEAT, EVICT, SPLIT = args.rows, args.repeat, args.evict, args.split
    modes = args.gc.split(",")
    if any(mode not in GC_MODES for mode in modes) or len(modes) > (2 if args.ab else 1):
        parser.error(f"--gc: one of {', '.join(GC_MODES)} (with --ab: one or two, comma-separated)")
    GC = modes[0]
    if args.serve:
        serve(args.paths[0], labels[0], args.scenario)
    elif args.ab:
        compare(args.paths, list(args.ab), labels, args.scenario, (modes * 2)[:2])
    else:
        for path in args.paths:
            name = path.rsplit("/", 1)[-1]
            for label in labels:
                wall, cpu, _, parts = Bench(path, label, args.scenario).run()
                print(f"{name} {DESCRIPTIONS[label]}: {len(wall)} candidates  "
                      f"{summary(wall, cpu)}")  # fmt: skip
                if SPLIT:
                    print(f"    {split_summary(parts, cpu)}")


if __name__ == "__main__":
    main()
