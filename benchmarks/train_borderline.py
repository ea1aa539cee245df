"""Train the guard's learned borderline check (``yamabiko/guard/learned.py``) on TUNING halves.

For every pair file given, only the tuning half (``yamabiko/eval/split.py``) is read. Pairs
whose cosine lies in the band and that the rule guard accepts become training rows (features:
``guard.learned.FEATURES``). A logistic regression (numpy, Newton steps, L2) is fitted with
each data set weighted to an equal share (``--weight NAME=W`` changes one), so the 20k Quora
pairs do not drown the 157 FAQ pairs. The cut-off is chosen on out-of-fold scores (2-fold,
split by connected component inside the tuning half): the printed table shows, per data set
and cut-off, what would be served at the threshold. ``--write`` stores the model fitted on
the whole tuning half with ``--cutoff`` in ``src/yamabiko/guard/learned.json``.

``--rescue`` trains the rescue model instead (``rescue.json``, ``mode="accept"``): its rows are
the pairs in the band that every rule accepts but the minimal-pair check, which rejected them
as a ``substitution``; a pair is served when its score reaches the cut-off. ``--train-lower``
takes training rows from a lower cosine than the band the model is applied to.

    PYTHONPATH=src python benchmarks/train_borderline.py --cache /tmp/qcache \\
        benchmarks/data/faq-pairs.jsonl ../shared/data/pairs/*.jsonl [--write --cutoff C]

Reporting halves are never read here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from minpair_quality import NO_MINPAIR, tuning_set

from yamabiko.cache import DEFAULT_MIN_SIMILARITY
from yamabiko.guard import Guard
from yamabiko.guard.learned import FEATURES, RESCUE_WEIGHTS, WEIGHTS, LearnedModel, pair_features


def rows_of(path: Path, guard: Guard, cache: Path | None, low: float):
    pairs, table, fold_of = tuning_set(path, cache)
    sims, labels, feats, accepted, folds, reasons, others = [], [], [], [], [], [], []
    for p in pairs:
        s = float(table[p.a] @ table[p.b])
        sims.append(s)
        labels.append(p.label)
        folds.append(fold_of[p.a])
        if s < low:
            accepted.append(False)
            others.append(False)
            feats.append([0.0] * len(FEATURES))
            reasons.append("")
            continue
        ok = guard.check(p.b, p.a, p.lang, s).accept
        accepted.append(ok)
        others.append(ok or NO_MINPAIR.check(p.b, p.a, p.lang, s).accept)
        a = guard._cache.get(p.b, p.lang)
        b = guard._cache.get(p.a, p.lang or a.lang)
        first, second = guard._units.get(p.a, b.lang), guard._units.get(p.b, a.lang)
        feats.append(pair_features(first, second, b, a, s))
        reasons.append(guard.minimal_pairs.compare(first, second, s).reason)
    return (np.array(sims), np.array(labels), np.array(feats), np.array(accepted),
            np.array(folds), np.array(reasons), np.array(others))  # fmt: skip


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton steps; x standardised already."""
    X = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ beta, -30, 30)))
        grad = X.T @ (w * (p - y)) + reg * beta
        hess = (X * (w * p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta[:-1], float(beta[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--lower", type=float, default=DEFAULT_MIN_SIMILARITY)
    parser.add_argument("--upper", type=float, default=0.90)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--cutoffs", default="0.2,0.3,0.4,0.5,0.6")
    parser.add_argument("--cutoff", type=float, default=0.5)
    parser.add_argument("--weight", action="append", default=[], help="NAME=W")
    parser.add_argument("--drop", default="", help="comma-separated features to zero out")
    parser.add_argument("--only", default="", help="comma-separated minimal-pair outcomes")
    parser.add_argument("--rescue", action="store_true",
                        help="train the rescue model (substitutions)")  # fmt: skip
    parser.add_argument("--train-lower", type=float, help="training rows from this cosine")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    guard = Guard(learned=False)  # the rules alone
    guard.warm_up()
    train_lower = args.lower if args.train_lower is None else args.train_lower
    if args.rescue and not args.only:
        args.only = "substitution"
    extra = dict(w.split("=") for w in args.weight)
    data = {}
    for name in args.files:
        path = Path(name)
        data[path.stem] = rows_of(path, guard, args.cache, min(args.lower, train_lower))
    dropped = [FEATURES.index(f) for f in args.drop.split(",") if f]
    xs, ys, ws, fs = [], [], [], []
    only = set(args.only.split(",")) - {""}

    def in_band(row, lower=args.lower):
        sims, accepted, reasons, others = row[0], row[3], row[5], row[6]
        base = (others & ~accepted) if args.rescue else accepted
        band = base & (sims >= lower) & (sims < args.upper)
        kinds = np.array([r.split(":", 1)[0] for r in reasons])
        return band & np.isin(kinds, list(only)) if only else band

    for stem, row in data.items():
        labels, feats, folds = row[1], row[2], row[4]
        band = in_band(row, train_lower)
        n = band.sum()
        if not n:
            continue
        xs.append(feats[band])
        ys.append(labels[band])
        ws.append(np.full(n, float(extra.get(stem, 1.0)) / n))
        fs.append(folds[band])
    x, y, w, folds = (np.concatenate(v) for v in (xs, ys, ws, fs))
    x[:, dropped] = 0.0
    w = w / w.mean()
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    oof = np.zeros(len(z))
    for fold in (0, 1):
        train = folds != fold
        coef, bias = fit(z[train], y[train], w[train], args.l2)
        oof[~train] = 1 / (1 + np.exp(-(z[~train] @ coef + bias)))
    coef, bias = fit(z, y, w, args.l2)
    print("weights:", ", ".join(f"{f}={c:+.2f}" for f, c in zip(FEATURES, coef, strict=True)))
    # out-of-fold score per data set, back in the full tuning half
    cutoffs = [None] + [float(c) for c in args.cutoffs.split(",")]
    kind = "rescued at or above" if args.rescue else "rejected below"
    print(f"\nband [{args.lower}, {args.upper}); out-of-fold; {kind} the cut-off;"
          " P / R / label-0 served")  # fmt: skip
    print("| data (tune) | " + " | ".join("rules" if c is None else f"cut {c}" for c in cutoffs))
    start = 0
    for stem, row in data.items():
        sims, labels, accepted = row[0], row[1], row[3]
        trained, band = in_band(row, train_lower), in_band(row)
        scores = np.ones(len(sims)) if not args.rescue else np.zeros(len(sims))
        scores[trained] = oof[start : start + trained.sum()]
        start += trained.sum()
        cells = []
        for c in cutoffs:
            served = accepted & (sims >= args.lower)
            if args.rescue:  # "rules": the rules alone; a cut-off: rescued substitutions too
                served |= band & (scores >= c) if c is not None else False
            elif c is not None:
                served &= (scores >= c) | ~band
            tp, fp = int((served & (labels == 1)).sum()), int((served & (labels == 0)).sum())
            prec = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
            rec = f"{tp / labels.sum():.3f}" if labels.sum() else "-"
            fpr = f"{fp / max((labels == 0).sum(), 1) * 100:.1f}%"
            cells.append(f"{prec} / {rec} / {fpr}")
        print(f"| {stem} | " + " | ".join(cells))
    if args.write:
        model = LearnedModel(
            tuple(float(c) for c in coef), bias, tuple(float(m) for m in mean),
            tuple(float(s) for s in scale), args.lower, args.upper, args.cutoff,
            tuple(sorted(only)), tuple(f"{stem} (tune half)" for stem in data),
            "accept" if args.rescue else "reject",
        )  # fmt: skip
        target = RESCUE_WEIGHTS if args.rescue else WEIGHTS
        target.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
