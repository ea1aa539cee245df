"""How far the surface exchange check reaches by itself (session 29): for each pair file, how
many pairs of each kind (role swaps, minimal pairs, paraphrases; a public file's label) it
calls a swap, with no embedder and no other rule. Every pair it fires on with label 1 is
listed (``--list`` also lists the role swaps it misses).

    PYTHONPATH=src python benchmarks/exchange_reach.py --split all \\
        benchmarks/data/faq-heldout*.jsonl benchmarks/data/faq-pairs.jsonl
    PYTHONPATH=src python benchmarks/exchange_reach.py --split tune PUBLIC_PAIRS/*.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from yamabiko.eval.data import Pair, read_jsonl
from yamabiko.eval.split import select
from yamabiko.guard.analysis import analyse
from yamabiko.guard.exchanges import surface_exchanged


def _kind(row: dict) -> str:
    return str(row.get("kind") or row.get("relation") or f"label{row['label']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--split", choices=["tune", "report", "all"], default="all")
    parser.add_argument("--list", action="store_true", help="also list the missed role swaps")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for path in args.files:
        rows = [r for r in read_jsonl(path) if str(r.get("a", "")).strip()]
        pairs = [Pair(r["a"], r["b"], r["label"], r.get("lang")) for r in rows]
        chosen = {id(p) for p in select(pairs, args.split)}
        for row, pair in zip(rows, pairs, strict=True):
            if id(pair) not in chosen:
                continue
            lang = pair.lang or analyse(pair.a).lang
            kind = f"{lang} {_kind(row)}"
            total[kind] += 1
            found = surface_exchanged(pair.a, pair.b, lang) or surface_exchanged(
                pair.b, pair.a, lang
            )
            if found:
                fired[kind] += 1
            if found and pair.label == 1:
                print(f"FIRES on label 1 ({path.name}): {found}\n    {pair.a}\n    {pair.b}")
            elif not found and kind.endswith("role-swap") and args.list:
                print(f"misses ({path.name}):\n    {pair.a}\n    {pair.b}")
    for kind in sorted(total):
        print(f"{kind:32} {fired[kind]:5} of {total[kind]:6} fired")


if __name__ == "__main__":
    main()
