"""Which memory a cold check misses (session 33): the checks of one ``bench_guard.py`` scenario
(``cold`` by default) in one process, each under one of several conditions taken in turn (round
robin, so that every condition shares the machine's load check by check), thread CPU µs per
condition (p50, mean, p90, p98; the pairs differ between conditions, drawn alike).

Conditions (``--conditions``, comma-separated):

- ``warm``: nothing before the check but the check before it;
- ``evict:MIB``: MIB of memory written (one byte per 64-byte line) before the check, as
  ``bench_guard.py --evict`` does: a sweep of sizes shows at which size the check's cost grows,
  so whether what it misses lives in the core's own cache (L2, 1 MiB a core here) or in the
  shared one (L3, 32 MiB) that an embedding empties;
- after ``--evict`` MiB written, something re-read before the check: ``+code`` every code object
  of the library (its bytecode, constants and names), ``+tables`` every container of more than
  16 items reachable from a library module's globals through at most three short containers or
  attributes (WordNet's tables, the lexicons, the word-vector index; their items' keys and values
  visited, not what those hold), ``+alloc`` a few thousand small objects made and freed
  (the allocator's free blocks the check will take), ``+same`` the check of one fixed pair of
  the file (the first), ``+other`` the check of one fixed pair of ``--other`` (another
  language), ``+regex`` every compiled regular expression of the library run over one
  sentence (the patterns' code), ``+globals`` every library module's globals visited (the dicts
  that name lookups read), ``+numpy`` the guard's own numpy work on made-up input (the boosted
  trees' score of a row of zeros, the word-vector table's cosines of two rows by two: their
  arrays and numpy's dispatch), ``+generic`` work of the interpreter and its libraries that reads no
  guard table (``json``, ``re``, a small numpy product, set operations, string methods).

What a re-read gives back is the part of the cold cost that lives there.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_guard_cold_sources.py \\
        ../shared/data/pairs/qqp-dev.jsonl --other ../shared/data/pairs/jsts-train.jsonl \\
        --conditions warm,evict:1,evict:4,evict:16,evict:64 --rows 2400
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_guard  # (the scenarios, from this directory)

from yamabiko.guard import wordvec

_clock = time.thread_time_ns
SCENARIO = "cold"  # --scenario
#: the default conditions: warm, a sweep of sizes, then each re-read after --evict MiB
CONDITIONS = ",".join(("warm,evict:1,evict:4,evict:16,evict:32,evict:64", "+code,+tables,+alloc",
                       "+same,+other,+regex,+globals,+numpy,+generic"))  # fmt: skip


def library_code() -> list[types.CodeType]:
    """Every code object of the library's loaded modules: their functions', their classes'
    methods' (unwrapped) and the ones nested in those (comprehensions, inner functions)."""
    found: dict[int, types.CodeType] = {}
    stack: list[Any] = []
    for name, module in list(sys.modules.items()):
        if name.startswith("yamabiko"):
            for value in list(vars(module).values()):
                stack += list(vars(value).values()) if isinstance(value, type) else [value]
    while stack:
        value = stack.pop()
        value = getattr(getattr(value, "__func__", value), "__wrapped__", value)
        code = value if isinstance(value, types.CodeType) else getattr(value, "__code__", None)
        if isinstance(code, types.CodeType) and id(code) not in found:
            found[id(code)] = code
            stack += [c for c in code.co_consts if isinstance(c, types.CodeType)]
    return list(found.values())


def library_tables() -> list[Any]:
    """Every dict, set, frozenset, list or tuple of more than 16 items reachable from a library
    module's globals through at most three short tuples, lists or objects' ``__dict__``
    (WordNet's tables: a list holding a named tuple holding a tuple of dicts)."""
    kinds = (dict, set, frozenset, list, tuple)
    found: dict[int, Any] = {}

    def walk(value: Any, depth: int) -> None:
        if isinstance(value, kinds) and len(value) > 16 and not hasattr(value, "_fields"):
            found.setdefault(id(value), value)
        elif depth and isinstance(value, (list, tuple)):  # (a named tuple: a record of tables)
            for part in value:
                walk(part, depth - 1)
        elif depth and not isinstance(value, (type, types.ModuleType, types.FunctionType)):
            held = getattr(value, "__dict__", None)
            for part in list(held.values()) if isinstance(held, dict) else ():
                walk(part, depth - 1)

    for name, module in list(sys.modules.items()):
        if name.startswith("yamabiko"):
            for value in list(vars(module).values()):
                walk(value, 3)
    return list(found.values())


def library_patterns() -> list[re.Pattern]:
    """Every compiled regular expression reachable as :func:`library_tables` walks (a module's
    globals, short containers, objects' attributes, and the items of the tables found)."""
    found: dict[int, re.Pattern] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("yamabiko"):
            for value in list(vars(module).values()):
                if isinstance(value, re.Pattern):
                    found.setdefault(id(value), value)
    for table in library_tables():
        for value in table.values() if isinstance(table, dict) else table:
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), value)
    return list(found.values())


def rereads(bench: bench_guard.Bench, other: dict | None) -> dict[str, Callable[[], Any]]:
    """The re-reads of the ``+`` conditions, each a function called before the check."""
    codes, tables, patterns = library_code(), library_tables(), library_patterns()
    modules = [vars(m) for name, m in list(sys.modules.items()) if name.startswith("yamabiko")]
    sentence = "What is the best way to learn a new language quickly, and how long does it take?"
    raw = sentence.encode()  # (for a pattern of bytes)
    guard = bench.guard
    blob = json.dumps([["x" * 5, [1, 2, 3], {"a": 1}]] * 20)
    matrix = np.ones((15, 128), np.float32)
    words = re.compile(r"\b(\w+)\b")

    def code() -> int:  # (co_code copies the adaptive bytecode: every line of it read)
        return sum(len(c.co_code) + len(c.co_consts) + len(c.co_names) for c in codes)

    def table() -> int:
        return sum(1 for t in tables for _ in (t.items() if isinstance(t, dict) else t))

    def regex() -> int:
        return sum(1 for p in patterns if p.search(sentence if isinstance(p.pattern, str) else raw))

    def names() -> int:
        return sum(1 for held in modules for _ in held.items())

    def numeric() -> None:
        if guard.boosted is not None:
            guard.boosted.score([0.0] * (int(guard.boosted.feature.max()) + 1))
        if wordvec.available():
            wordvec.cosines([0, 1], [2, 3])

    def alloc() -> None:
        made = [(i,) for i in range(3000)] + [[i, i] for i in range(1500)]
        made += [str(i) * 3 for i in range(1500)] + [{i: i} for i in range(300)]
        del made

    def check(row: dict | None) -> Callable[[], Any]:
        return lambda: row and guard.check(row["b"], row["a"], row["lang"], bench.similarity)

    def generic() -> None:
        for _ in range(20):
            json.loads(blob)
            words.findall("what is the best way to learn a new language quickly")
            (matrix @ matrix.T).tolist()
            _ = {str(i) for i in range(50)} & {str(i) for i in range(25, 75)}
            "Some Text Here".lower().split()

    print(f"  (the library: {len(codes)} code objects, "
          f"{sum(len(c.co_code) for c in codes):,} bytes of bytecode; {len(tables)} tables, "
          f"{sum(len(t) for t in tables):,} items; {len(patterns)} regular expressions; "
          f"{len(modules)} modules)")  # fmt: skip
    return {"+code": code, "+tables": table, "+alloc": alloc, "+same": check(bench.rows[0]),
            "+other": check(other), "+regex": regex, "+globals": names, "+numpy": numeric,
            "+generic": generic}  # fmt: skip


def run(path: str, conditions: list[str], evict: int, other: dict | None) -> None:
    """Every check of ``path``, the conditions in turn; then one line per condition."""
    bench = bench_guard.Bench(path, "default", SCENARIO)
    print(f"{Path(path).name} [{SCENARIO}, re-reads after {evict} MiB written]:")
    before = rereads(bench, other)
    sizes = [int(c.split(":")[1]) if c.startswith("evict:") else evict for c in conditions]
    written = np.zeros(max([0, *sizes]) << 20, np.uint8)
    found: dict[str, list[float]] = {c: [] for c in conditions}
    for start in range(0, len(bench.rows), bench_guard.CHUNK):
        bench.prepare(start)
        for i in range(start, min(start + bench_guard.CHUNK, len(bench.rows))):
            at = i % len(conditions)
            condition, row = conditions[at], bench.rows[i]
            if condition != "warm":
                written[: sizes[at] << 20 : 64] += 1
            if condition in before:
                before[condition]()
            begin = _clock()
            bench.guard.check(row["b"], row["a"], row["lang"], bench.similarity,
                              None, *row.get("stored", ()))  # fmt: skip
            found[condition].append((_clock() - begin) / 1000)
    for condition in conditions:
        µs = np.array(found[condition])
        p50, p90, p98 = np.percentile(µs, (50, 90, 98))
        print(f"  {condition:10} {len(µs):5} checks: p50 {p50:6.0f}  mean {µs.mean():6.0f}"
              f"  p90 {p90:6.0f}  p98 {p98:6.0f} µs")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--conditions", default=CONDITIONS)
    parser.add_argument("--evict", type=int, default=32, metavar="MIB")  # (before a re-read)
    parser.add_argument("--other", help="a pairs file of another language (+other)")
    parser.add_argument("--scenario", choices=("cold", "fresh"), default="cold")
    parser.add_argument("--rows", type=int, default=2400)
    args = parser.parse_args()
    global SCENARIO
    bench_guard.ROWS, SCENARIO = args.rows, args.scenario
    other = None
    if args.other:
        with open(args.other, encoding="utf-8") as handle:
            other = json.loads(handle.readline())
    conditions = args.conditions.split(",")
    if "+other" in conditions and other is None:
        parser.error("+other needs --other FILE")
    for path in args.paths:
        run(path, conditions, args.evict, other)


if __name__ == "__main__":
    main()
