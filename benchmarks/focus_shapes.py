"""How many labelled pairs have the preamble shape, and what question focus changes for them.

For each pair file (a = the cached prompt, b = the query): the pairs where one side has a
question focus (:func:`yamabiko.focus.question_focus`: a story or context before the question),
by label and kind; those whose cosine the focus raises; and, at the cache's defaults (threshold
0.75, verified band 0.05, the default guard), which of them are served without and with focus.
Only pairs whose cosine the focus raises can change, so only those are put to the guard: on
the focus candidate (both pairs checked at the focus's cosine), and, when it is refused, on
the whole prompts as before (the cache keeps the whole candidate after the focus one).

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/focus_shapes.py \\
        benchmarks/data/faq-heldout*.jsonl benchmarks/data/faq-pairs.jsonl \\
        [--split tune] [--list]

``--list`` prints every pair whose outcome changes (label kind whole->focus cosine verdict).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from yamabiko.eval.data import embed_texts, load_embedder, load_pairs, read_jsonl
from yamabiko.eval.split import select, split_of
from yamabiko.focus import checked_with_focus, focus_texts, pair_similarity
from yamabiko.guard import Guard
from yamabiko.guard.verified_band import VerifiedBand


def _served(
    guard: Guard, band: VerifiedBand, pair, sim: float, t: float, fpair=None
) -> tuple[bool, str]:
    """Whether the cache serves ``pair`` at cosine ``sim`` (threshold ``t``, the band below it;
    ``fpair``: the focus pair the guard checks too), and the verdict's reason."""
    if sim >= t:
        verdict = checked_with_focus(
            lambda q, c: guard.check(q, c, pair.lang, sim), pair.b, pair.a, fpair
        )
    elif band.covers(sim, t):
        verdict = checked_with_focus(
            lambda q, c: band.check(guard, q, c, pair.lang, sim, t), pair.b, pair.a, fpair
        )
    else:
        return False, "below"
    return verdict.accept, verdict.reason


def main() -> None:
    """Print the counts per file and the totals (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--split", choices=["tune", "report", "all"], default="all")
    parser.add_argument("--threshold", type=float, default=0.75)
    parser.add_argument("--band", type=float, default=0.05)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    guard, band, embedder = Guard(), VerifiedBand(args.band), load_embedder(None)
    guard.warm_up()
    total: Counter[str] = Counter()
    changes: list[str] = []
    for name in args.files:
        path = Path(name)
        everything = load_pairs(path)
        pairs = select(everything, args.split)
        rows = read_jsonl(path)
        kinds = [f"label-{p.label}" for p in pairs]
        if rows and "kind" in rows[0] and len(rows) == len(everything):
            halves = split_of(everything)
            kinds = [r["kind"] for r, h in zip(rows, halves, strict=True)
                     if h == args.split or args.split == "all"]  # fmt: skip
        texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
        focus = focus_texts(texts, {t: p.lang for p in pairs for t in (p.a, p.b)})
        wanted = sorted(set(texts) | set(focus.values()))
        table = dict(zip(wanted, embed_texts(embedder, wanted, progress=False), strict=True))
        counts: Counter[str] = Counter()
        for pair, kind in zip(pairs, kinds, strict=True):
            if pair.a not in focus and pair.b not in focus:
                continue
            counts[f"shape:{pair.label}"] += 1
            whole, sim, fpair = pair_similarity(table.__getitem__, pair.a, pair.b, focus)
            if sim is None:
                continue
            counts[f"raised:{pair.label}"] += 1
            before, _ = _served(guard, band, pair, whole, args.threshold)
            on_focus, reason = _served(guard, band, pair, sim, args.threshold, fpair)
            after = on_focus or before  # (the whole candidate comes after the focus one)
            if before != after:
                counts[f"{'gained' if after else 'lost'}:{pair.label}"] += 1
                state = "served" if after else "not"
                changes.append(f"{path.stem} {pair.label} {kind} {whole:.3f}->{sim:.3f} "
                               f"{state} {reason} | {pair.a} || {pair.b}")  # fmt: skip
        total.update(counts)
        found = json.dumps(dict(sorted(counts.items())))
        print(f"{path.stem} ({args.split}, {len(pairs)}): {found}", flush=True)
    print("total: " + json.dumps(dict(sorted(total.items()))))
    if args.list:
        print("\n".join(changes))


if __name__ == "__main__":
    main()
