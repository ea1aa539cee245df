"""The stored forms of the cached prompts of pair files (``guard/stored.py``): their size in
UTF-8 bytes, the thread CPU of reading one (``stored._load``), and for the trees' text facts
of the cached prompt, made from the text (``treefeatures._text_facts``) against read from the
form and counted against the query's sets (``stored_facts.parse`` and the counts
``rich_features`` takes: shared n-grams, words and names). Median and p99 over the prompts,
least of ``--repeat`` passes (a tight loop: warm caches; a cold check pays more for each).

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/bench_stored_forms.py \\
        ../shared/data/pairs/qqp-dev.jsonl ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from yamabiko.guard import Guard, stored, treefeatures

try:  # (the text facts in the form: session 23)
    from yamabiko.guard import stored_facts
except ImportError:
    stored_facts = None  # type: ignore[assignment]


def _counts(mine: Any, theirs: Any) -> tuple[int, ...]:
    """What the features count of two texts' facts (``rich_features``): the n-grams and words
    shared and each side's, the names each side has alone and both have."""
    shared = [len(mine[i] & theirs[i]) for i in (0, 1, 2)]
    names = len(mine[5] - theirs[5]), len(theirs[5] - mine[5]), len(mine[5] & theirs[5])
    return (*shared, len(mine[0]), len(mine[1]), len(mine[2]), *names)


def _read_counts(item: tuple[str, Any]) -> tuple[int, ...]:
    """:func:`_counts` of a cached prompt's facts read from its form (``item``: the facts'
    text and the query's facts)."""
    return _counts(stored_facts.parse(item[0]), item[1])


def _timed(items: list[Any], work: Callable[[Any], object], repeat: int) -> np.ndarray:
    best = np.full(len(items), np.inf)
    for _ in range(repeat):
        for k, item in enumerate(items):
            begin = time.thread_time_ns()
            work(item)
            best[k] = min(best[k], (time.thread_time_ns() - begin) / 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    guard = Guard()
    guard.warm_up()
    for path in args.paths:
        with open(path, encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines][: args.rows]
        found = []
        for row in rows:
            form = guard.stored_analysis(row["a"], row["lang"])
            if form is not None:
                query = treefeatures._text_facts(row["b"])
                found.append((form, row["a"], query))
        size = np.array([len(form.encode()) for form, _, _ in found])
        read = _timed(found, lambda x: stored._load(x[0], x[1]), args.repeat)
        print(f"{Path(path).name}: {len(found)} forms, bytes median {np.median(size):.0f} "
              f"p99 {np.percentile(size, 99):.0f}; read (_load) µs median "
              f"{np.median(read):.1f} p99 {np.percentile(read, 99):.1f}")  # fmt: skip
        made = _timed(found, lambda x: _counts(treefeatures._text_facts(x[1]), x[2]), args.repeat)
        line = (f"    cached prompt's text facts and counts µs: made median {np.median(made):.1f} "
                f"p99 {np.percentile(made, 99):.1f}")  # fmt: skip
        if stored_facts is not None:
            kept = [(stored._load(form, text)[3], query) for form, text, query in found]
            kept = [x for x in kept if x[0]]
            if kept:
                took = _timed(kept, _read_counts, args.repeat)
                line += (f"; read ({len(kept)} forms) median {np.median(took):.1f} "
                         f"p99 {np.percentile(took, 99):.1f}")  # fmt: skip
        print(line)


if __name__ == "__main__":
    main()
