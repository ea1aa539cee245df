"""How much work the checks that set the guard's p99 do, counted rather than timed: the Python
function calls, the calls into C and the numpy calls of every check of one ``bench_guard.py``
scenario (``cold`` by default), reported for the middle half of the checks by time and for the
slowest 2 %, with the files and functions called most often in those. Counts do not depend on
the machine's load, so they show what a change removes from the slow tail when the timings of a
shared machine cannot (session 24: the slowest 2 % of qqp-dev's cold checks made about twice
the calls of the middle half; a profile hook slows every check alike, so the order by time
holds).

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_guard_calls.py \\
        ../shared/data/pairs/qqp-dev.jsonl --pairs 3000

``--within FILE:FUNCTION`` (e.g. ``modality.py:frame_changed``) also counts the Python calls
made inside that function, itself included (session 26: what one rule chain costs a check).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_guard  # (the scenarios, from this directory)


def is_numpy(function: Any) -> bool:
    """True for a numpy function or a method of a numpy object."""
    owner = getattr(function, "__self__", None)
    module = getattr(function, "__module__", None) or type(owner).__module__ or ""
    return module.startswith("numpy")


def counted_check(
    bench: bench_guard.Bench, row: dict, within: str = ""
) -> tuple[float, Counter[str]]:
    """One check of ``row`` with every call counted: its thread CPU seconds and the counts
    (``within``: a function as ``FILE:NAME`` whose calls, its own included, are counted as
    ``within`` too)."""
    counts: Counter[str] = Counter()
    inside: list[FrameType] = []  # (the frames of ``within`` running now)

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            code = frame.f_code
            key = f"{Path(code.co_filename).name}:{code.co_name}"
            counts["python"] += 1
            counts[key] += 1
            if key == within:
                inside.append(frame)
            if inside:
                counts["within"] += 1
        elif event == "return" and inside and frame is inside[-1]:
            inside.pop()
        elif event == "c_call":
            counts["numpy" if is_numpy(arg) else "c"] += 1

    sys.setprofile(hook)
    begin = time.thread_time()
    bench.guard.check(row["b"], row["a"], row["lang"], bench.similarity, None,
                      *row.get("stored", ()))  # fmt: skip
    spent = time.thread_time() - begin
    sys.setprofile(None)
    return spent, counts


def report(name: str, found: list[tuple[float, Counter[str]]], top: int) -> None:
    """Mean counts per check over ``found``, and the most called functions and files."""
    total: Counter[str] = Counter()
    for _, counts in found:
        total.update(counts)
    n = len(found)
    inside = f", python calls within {total['within'] / n:.1f}" if "within" in total else ""
    print(f"{name}: {n} checks, per check: python calls {total['python'] / n:.0f}, "
          f"C calls {total['c'] / n:.0f}, "
          f"numpy calls {total['numpy'] / n:.1f}{inside}")  # fmt: skip
    functions = Counter({k: v for k, v in total.items() if ":" in k})
    files: Counter[str] = Counter()
    for key, value in functions.items():
        files[key.split(":")[0]] += value
    print("  files:", ", ".join(f"{k} {v / n:.0f}" for k, v in files.most_common(top)))
    print("  functions:", ", ".join(f"{k} {v / n:.0f}" for k, v in functions.most_common(top)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--pairs", type=int, default=3000, help="the file's first N pairs")
    parser.add_argument("--scenario", default="cold", choices=("cold", "warm", "lookup", "fresh"))
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--within", default="", help="FILE:FUNCTION whose calls to count")
    args = parser.parse_args()
    bench = bench_guard.Bench(args.path, "default", args.scenario)
    size = min(args.pairs, len(bench.rows))
    found = []
    for start in range(0, size, bench_guard.CHUNK):
        bench.prepare(start)
        stop = min(start + bench_guard.CHUNK, size)
        found += [counted_check(bench, bench.rows[i], args.within) for i in range(start, stop)]
    order = np.argsort([spent for spent, _ in found])
    report("middle half", [found[i] for i in order[size // 4 : 3 * size // 4]], args.top)
    report("slowest 2 %", [found[i] for i in order[-max(1, size // 50) :]], args.top)


if __name__ == "__main__":
    main()
