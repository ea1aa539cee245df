"""Where the roles step and the agree rules spend a cold check (session 24): every rule that
:func:`yamabiko.guard.opposites.contrasts` and :func:`yamabiko.guard.modality.frame_changed`
call by name, and every check the guard runs through ``agree``, timed on its own (thread CPU;
rules nest, so a rule's time includes those it calls), over the checks of one
``bench_guard.py`` scenario in one process: the mean over all checks, over the checks between
the 98th and the 99.5th percentile of the whole check's time (those that set p99) and over the
slowest 1 %, and the share of checks that ran the rule.

``--again`` also runs ``contrasts`` and each ``agree`` a second time at once on the same
analyses, the caches of one check's pairs and texts (the ``lru_cache``s of 2 to 1,024 entries)
cleared between, and reports both times: what the first call pays for touching the data and
code first (the CPU caches, the words' first lookups) against what the same work costs just
after (the second call's time is left out of the check's). The rules' own work is the second.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_guard_roles.py [--again] \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_guard  # (the scenarios, from this directory)
from bench_guard_stages import measure, spent, timed  # (spent: ns per rule in the current check)

import yamabiko.guard as guard_module
from yamabiko.guard import modality, opposites

_clock = time.thread_time_ns


def _rules_called(function: Callable[..., Any]) -> list[str]:
    """The names of the guard's functions ``function`` calls by a module global name."""
    module = sys.modules[function.__module__]
    return [
        name for name in dict.fromkeys(function.__code__.co_names)
        if callable(value := getattr(module, name, None)) and not isinstance(value, type)
        and getattr(value, "__module__", "").startswith("yamabiko.guard")
    ]  # fmt: skip


def _pair_caches() -> list[Any]:
    """The guard's ``lru_cache``s of one check's pairs and texts (2 to 1,024 entries)."""
    found: dict[int, Any] = {}
    for info in pkgutil.iter_modules(guard_module.__path__):
        module = importlib.import_module(f"yamabiko.guard.{info.name}")
        for value in vars(module).values():
            size = value.cache_info().maxsize if hasattr(value, "cache_info") else None
            if size is not None and 1 < size <= 1024:
                found[id(value)] = value
    return list(found.values())


def instrument(again: bool) -> None:
    """Wrap each rule of ``contrasts`` and ``frame_changed``, ``contrasts`` and ``agree``."""
    for owner, function in ((opposites, opposites.contrasts), (modality, modality.frame_changed)):
        for name in _rules_called(function):
            setattr(owner, name, timed(getattr(owner, name), name))
    caches = _pair_caches() if again else []
    contrasts, agree = guard_module.contrasts, guard_module.agree

    def twice(stage: str, function: Callable[..., Any], *args: Any) -> Any:
        begin = _clock()
        found = function(*args)
        spent[stage] += _clock() - begin
        if again:
            for cache in caches:
                cache.cache_clear()
            begin = _clock()
            function(*args)
            spent[stage + " (again)"] += _clock() - begin
        return found

    guard_module.contrasts = lambda *args: twice("CONTRASTS", contrasts, *args)
    guard_module.agree = lambda name, *args: twice(f"agree:{name}", agree, name, *args)


def repeated(found: Counter[str]) -> int:
    """The ns of the calls ``--again`` repeated, which the whole check's time leaves out."""
    return sum(value for name, value in found.items() if name.endswith("(again)"))


def run(path: str, scenario: str) -> None:
    """Every check of ``path`` in ``scenario``, then the table."""
    total, parts, near, slowest = measure(path, scenario, repeated)
    print(
        f"{Path(path).name} [{scenario}]: {len(total)} checks, thread CPU p50 "
        f"{np.percentile(total, 50):.0f} p99 {np.percentile(total, 99):.0f} µs (timers in)"
    )
    print(f"  {'rule (µs)':34} {'all':>7} {'p98-99.5':>9} {'slowest 1 %':>12} {'ran':>5}")
    names = {name for found in parts for name in found}
    for name in sorted(names, key=lambda n: -sum(found.get(n, 0) for found in parts)):
        value = np.array([found.get(name, 0) for found in parts]) / 1000
        ran = np.mean([name in found for found in parts])
        print(f"  {name:34} {value.mean():7.1f} {value[near].mean():9.1f} "
              f"{value[slowest].mean():12.1f} {ran:5.2f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--scenario", choices=("cold", "warm", "lookup", "fresh"), default="cold")
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument(
        "--again",
        action="store_true",
        help="time contrasts and agree a second time at once (see above)",
    )
    args = parser.parse_args()
    bench_guard.ROWS = args.rows
    instrument(args.again)
    for path in args.paths:
        run(path, args.scenario)


if __name__ == "__main__":
    main()
