"""Before / after figures of the minimal-pair check, per pair file and threshold, on one half
of each file (``--split``, by connected component: see ``yamabiko/eval/split.py``).

Modes: threshold only; the guard without the minimal-pair check (before); the full guard
(after). For each threshold: precision, recall and the share of label-0 pairs served. Files
whose rows carry a ``kind`` (``benchmarks/data/faq-pairs.jsonl``) also get the share served
per kind. Prints Markdown tables.

    PYTHONPATH=src python benchmarks/minpair_quality.py --split report \\
        benchmarks/data/faq-pairs.jsonl ../shared/data/pairs/*.jsonl [--cache DIR]

``--learned`` adds the full guard with its learned borderline check (``Guard()``, the default
since session 6; ``yamabiko/guard/learned.py``); without it the full guard runs with the rules
alone (``Guard(learned=False)``).

``--second-opinion`` adds the opt-in verifier of session 16: the default guard with
multilingual-e5-small's second opinion on the trees' refusals at cosine 0.75-0.80
(``yamabiko/guard/second_opinion.py``, ``pip install yamabiko[e5]``).

``--no-rescue`` adds the default guard without its rescue model (``Guard(rescue=False)``: the
default of session 6; the rescue serves some substitutions the minimal-pair check rejected).

``--old-predicates`` adds the default guard with the ``predicate`` check as it was before
session 6 (``Guard(predicate_equivalence=False)``: any replaced Japanese verb rejects).

``--no-rewordings`` runs the full guard with ``MinimalPairCheck(rewordings=False)`` (the
check as it was before a one-for-two word change counted as a rewording).

``--verified-band W`` adds the default guard with session 25's verified borderline hits
(``yamabiko/guard/verified_band.py``): at each threshold t, a pair in ``[max(t - W, 0.70), t)``
is served when the guard proves it (every rule accepts it and the trees score it >= 0.80). With
it, ``--list`` lists that mode's mistakes, and ``--band-list`` prints every pair in the band at
the first threshold with the band's verdict.

``--list`` also prints, for files whose rows carry a ``kind``, every pair the last guard of
the table (with ``--learned``: the default ``Guard()``) gets wrong at the first threshold:
below it, or rejected (with the reason), or served.

The pairs are taken as the cache takes them at its default question-focus setting
(:data:`yamabiko.focus_search.DEFAULT_FOCUS`, on since session 28; ``SemanticCache(focus=True)``,
:mod:`yamabiko.focus`): a pair whose side tells a story before its question is served at the
focus's cosine when the guard accepts both the whole prompts and the focus pair, else as
before at the whole prompts' cosine. ``--list`` then prints a pair served on its focus with
both cosines (whole->focus). ``--no-focus`` takes the whole prompts alone; ``--focus`` (the
default, as ``yamabiko eval pairs --focus``) is accepted as before.

``--sample N --seed S`` evaluates a seeded sample of N pairs of the half (qqp-dev's tuning
half was explored with ``--sample 3000``). ``--cache DIR`` keeps each file's embeddings
(``DIR/<name>.npy`` + ``.texts.json``) so that reruns skip the embedding step.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

import numpy as np

from yamabiko.eval.data import Pair, embed_texts, load_embedder, load_pairs, read_jsonl
from yamabiko.eval.split import components, select, split_of
from yamabiko.focus import checked_with_focus, focus_texts, pair_similarity
from yamabiko.focus_search import DEFAULT_FOCUS
from yamabiko.guard import Guard, MinimalPairCheck
from yamabiko.guard.second_opinion import SecondOpinionGuard
from yamabiko.guard.verified_band import VerifiedBand

#: every rule but the minimal-pair check (the learned models' candidates pass these)
NO_MINPAIR = Guard([c for c in Guard.CHECKS if c != "minpair"], learned=False)


def vectors_for(path: Path, texts: list[str], cache: Path | None) -> dict[str, np.ndarray]:
    if cache is not None:
        stored = cache / f"{path.stem}.texts.json"
        if stored.is_file():
            known = json.loads(stored.read_text(encoding="utf-8"))
            matrix = np.load(cache / f"{path.stem}.npy")
            table = dict(zip(known, matrix, strict=True))
            if all(t in table for t in texts):
                return table
    matrix = embed_texts(load_embedder(None), texts, progress=False)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{path.stem}.texts.json").write_text(json.dumps(texts), encoding="utf-8")
        np.save(cache / f"{path.stem}.npy", matrix)
    return dict(zip(texts, matrix, strict=True))


def tuning_set(
    path: Path, cache: Path | None, split: str = "tune"
) -> tuple[list[Pair], dict[str, np.ndarray], dict[str, int]]:
    """The tuning half of a pair file (for training; ``split="all"``: a file that is tuning
    data as a whole), the vectors of its texts, and the fold (0 or 1) of each text: by
    connected component, so that the two folds share no text."""
    pairs = select(load_pairs(path), split)
    table = vectors_for(path, sorted({p.a for p in pairs} | {p.b for p in pairs}), cache)
    return pairs, table, folds_by_component(pairs)


def folds_by_component(pairs: list[Pair]) -> dict[str, int]:
    """The fold (0 or 1) of each text of ``pairs``: by connected component, so that the two
    folds share no text."""
    fold_of: dict[str, int] = {}
    for group in components((p.a, p.b) for p in pairs):
        fold_of.update(dict.fromkeys(group, hashlib.sha256(min(group).encode()).digest()[1] % 2))
    return fold_of


def served_rate(mask: np.ndarray, chosen: np.ndarray) -> str:
    return f"{mask[chosen].mean() * 100:.1f} %" if chosen.any() else "–"


def arguments() -> argparse.ArgumentParser:
    """The command line of this benchmark (its ``--focus`` default: the cache's own)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--split", choices=["tune", "report", "all"], default="report")
    parser.add_argument("--thresholds", default="0.80,0.85,0.90")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--sample", type=int, help="a seeded sample of N pairs of the half")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--list", action="store_true",
                        help="list the wrongly served or lost pairs")  # fmt: skip
    parser.add_argument("--no-rewordings", action="store_true",
                        help="count a one-for-two word change as a substitution")  # fmt: skip
    parser.add_argument("--learned", action="store_true",
                        help="also the full guard with its learned check")  # fmt: skip
    parser.add_argument("--second-opinion", action="store_true",
                        help="also the guard + e5 second opinion (opt-in)")  # fmt: skip
    parser.add_argument("--no-rescue", action="store_true",
                        help="also the default guard without the rescue model")  # fmt: skip
    parser.add_argument("--old-predicates", action="store_true",
                        help="also the default guard, predicate rule before session 6")  # fmt: skip
    parser.add_argument("--verified-band", type=float, metavar="W",
                        help="also the default guard with verified hits W below t")  # fmt: skip
    parser.add_argument("--focus", action=argparse.BooleanOptionalAction, default=DEFAULT_FOCUS,
                        help="the pairs as the cache takes them with question focus (default:"
                        f" {'on' if DEFAULT_FOCUS else 'off'}, the cache's)")  # fmt: skip
    parser.add_argument("--band-list", action="store_true",
                        help="print every pair in the verified band and its verdict")  # fmt: skip
    return parser


def main() -> None:
    args = arguments().parse_args()
    band = VerifiedBand(args.verified_band) if args.verified_band is not None else None
    thresholds = [float(t) for t in args.thresholds.split(",")]
    before = Guard([c for c in Guard.CHECKS if c != "minpair"], learned=False)
    after = Guard(
        minimal_pairs=MinimalPairCheck(rewordings=not args.no_rewordings), learned=False
    )
    after.warm_up()
    guards = [("guard before", before), ("guard + minpair", after)]
    if args.learned:
        guards.append(("guard + minpair + learned", Guard(learned=True)))
    if args.second_opinion:
        guards.append(("guard + second opinion (opt-in)", SecondOpinionGuard()))
    if args.no_rescue:
        guards.append(("default without rescue", Guard(rescue=False)))
    if args.old_predicates:
        guards.append(("default, old predicate rule", Guard(predicate_equivalence=False)))
    if band is not None:  # (the default guard's verdicts at or above t: those of --learned)
        default = guards[2][1] if args.learned else Guard()
        guards.append((f"default + verified band {band.width}", default))
    print("| data (half) | mode | " + " | ".join(f"P / R / served-0 at {t}" for t in thresholds))
    print("|---|---|" + "---|" * len(thresholds))
    kinds_out = []
    mistakes: list[str] = []
    for name in args.files:
        path = Path(name)
        everything = load_pairs(path)
        pairs = select(everything, args.split)
        chosen = range(len(pairs))
        if args.sample is not None and args.sample < len(pairs):
            chosen = sorted(random.Random(args.seed).sample(range(len(pairs)), args.sample))
            pairs = [pairs[i] for i in chosen]
        texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
        langs = {t: p.lang for p in pairs for t in (p.a, p.b)}
        focus = focus_texts(texts, langs) if args.focus else {}
        table = vectors_for(path, sorted(set(texts) | set(focus.values())), args.cache)
        found = [pair_similarity(table.__getitem__, p.a, p.b, focus) for p in pairs]
        sims = np.array([whole for whole, _, _ in found])
        lifted = [(i, f, pair) for i, (_, f, pair) in enumerate(found) if pair is not None]
        labels = np.array([p.label for p in pairs])
        modes = {"threshold only": np.ones(len(pairs), dtype=bool)}
        done: dict[int, np.ndarray] = {}
        for mode, guard in guards:
            if id(guard) in done:
                modes[mode] = done[id(guard)]
                continue
            modes[mode] = done[id(guard)] = np.array(
                [
                    s < thresholds[0] - 0.1 or guard.check(p.b, p.a, p.lang, float(s)).accept
                    for p, s in zip(pairs, sims, strict=True)
                ]
            )
        focused = {mode: _on_focus(pairs, lifted, guard, thresholds[0])
                   for mode, guard in guards}  # fmt: skip
        focused["threshold only"] = _on_focus(pairs, lifted, None, thresholds[0])
        banded = {}  # threshold -> pairs the verified band serves below it
        if band is not None:
            prover = guards[-1][1]
            for t in thresholds:
                banded[t] = np.array([
                    band.covers(float(s), t)
                    and band.check(prover, p.b, p.a, p.lang, float(s), t).accept
                    for p, s in zip(pairs, sims, strict=True)
                ])  # fmt: skip
                banded[t] |= _on_focus(pairs, lifted, prover, t, band)[1]
                if args.band_list and t == thresholds[0]:
                    _band_list(pairs, sims, band, prover, t)
        with_band = guards[-1][0] if band is not None else None
        for mode in modes:
            cells = []
            for t in thresholds:
                served = served_at(sims, modes, banded, with_band, mode, t, focused)
                tp = int((served & (labels == 1)).sum())
                fp = int((served & (labels == 0)).sum())
                precision = f"{tp / (tp + fp):.3f}" if tp + fp else "–"
                recall = f"{tp / labels.sum():.3f}" if labels.sum() else "–"
                cells.append(f"{precision} / {recall} / {served_rate(served, labels == 0)}")
            print(f"| {path.stem} ({args.split}, {len(pairs)}) | {mode} | " + " | ".join(cells))
        rows = read_jsonl(path)
        if rows and "kind" in rows[0] and len(rows) == len(everything):
            halves = split_of(everything)
            kind = np.array([r["kind"] for r, h in zip(rows, halves, strict=True)
                             if h == args.split or args.split == "all"])[list(chosen)]  # fmt: skip
            if args.list:
                listed = guards[-1][1]  # the last mode: the default guard with --learned
                first = served_at(sims, modes, banded, with_band, guards[-1][0], thresholds[0],
                                  focused)  # fmt: skip
                mistakes.extend(_mistakes(pairs, sims, kind, listed, thresholds[0], first, found))
            for k in sorted(set(kind)):
                for mode, _ in guards:
                    cells = [
                        served_rate(
                            served_at(sims, modes, banded, with_band, mode, t, focused), kind == k
                        )
                        for t in thresholds
                    ]
                    kinds_out.append(f"| {k} ({(kind == k).sum()}) | {mode} | " + " | ".join(cells))
    if kinds_out:
        print("\n| kind (pairs) | mode | " + " | ".join(f"served at {t}" for t in thresholds))
        print("|---|---|" + "---|" * len(thresholds))
        print("\n".join(kinds_out))
    if mistakes:
        print(f"\nwrong at {thresholds[0]} (label kind cosine outcome reason | cached || query):")
        print("\n".join(mistakes))


def served_at(sims, modes, banded, with_band, mode: str, t: float, focused=None) -> np.ndarray:
    """The pairs ``mode`` serves at threshold ``t`` (and, for ``with_band``, those the verified
    band serves below it; with ``focused``, those served on a question focus's cosine at or
    above the threshold: ``_on_focus``)."""
    served = (sims >= t) & modes[mode]
    if focused is not None:
        served = served | (focused[mode][0] >= t)
    return served | banded[t] if mode == with_band else served


def _on_focus(pairs, lifted, guard, t: float, band: VerifiedBand | None = None):
    """For the pairs a focus lifted (``lifted``: index, focus cosine, focus pair): the focus
    cosine of each pair the guard accepts on both pairs there (else -inf), and which the band
    serves below ``t`` (with ``band``), as the cache tries its focus candidate. ``guard=None``:
    the threshold alone."""
    at = np.full(len(pairs), -np.inf)
    below = np.zeros(len(pairs), dtype=bool)
    for i, f, pair in lifted:
        p = pairs[i]
        if band is not None and band.covers(f, t):
            below[i] = checked_with_focus(_band_check(band, guard, p, f, t), p.b, p.a, pair).accept
        elif band is None and (guard is None or checked_with_focus(
                _guard_check(guard, p, f), p.b, p.a, pair).accept):  # fmt: skip
            at[i] = f
    return at, below


def _guard_check(guard: Guard, p: Pair, s: float):
    return lambda q, c: guard.check(q, c, p.lang, s)


def _band_check(band: VerifiedBand, guard: Guard, p: Pair, s: float, t: float):
    return lambda q, c: band.check(guard, q, c, p.lang, s, t)


def _mistakes(pairs, sims, kind, guard: Guard, threshold: float, served_all=None, found=None
              ) -> list[str]:  # fmt: skip
    out = []
    for i, (p, s, k) in enumerate(zip(pairs, sims, kind, strict=True)):
        verdict = guard.check(p.b, p.a, p.lang, float(s))
        served = (s >= threshold and verdict.accept) if served_all is None else served_all[i]
        if served != bool(p.label):
            state = "below" if s < threshold else "served" if served else "rejected"
            state = "band-served" if served and s < threshold else state
            f = found[i][1] if found is not None else None
            shown = f"{s:.3f}" if f is None else f"{s:.3f}->{f:.3f}"
            out.append(f"{p.label} {k} {shown} {state} {verdict.reason} | {p.a} || {p.b}")
    return sorted(out, key=lambda line: line.split(" ")[1:4])


def _band_list(pairs, sims, band: VerifiedBand, guard: Guard, threshold: float) -> None:
    """Every pair in the verified band below ``threshold`` with the band's verdict."""
    print(f"\nverified band below {threshold} (label cosine verdict | cached || query):")
    for p, s in sorted(zip(pairs, sims, strict=True), key=lambda ps: -ps[1]):
        if band.covers(float(s), threshold):
            verdict = band.check(guard, p.b, p.a, p.lang, float(s), threshold)
            print(f"{p.label} {s:.3f} {verdict.reason} | {p.a} || {p.b}")
    print()


if __name__ == "__main__":
    main()
