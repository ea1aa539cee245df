"""A sentence-pair classifier on the embedding vectors themselves, measured on TUNING halves.

The classic head over two sentence vectors u (cached prompt) and v (query): features
[|u - v|, u * v] (2 x 512 dims of the default embedder) plus the learned check's 20 cheap
features (``guard.learned.FEATURES``), standardised; a logistic regression (numpy, Newton steps,
L2) or a one-hidden-layer MLP (numpy, Adam). Rows: the pairs of each file's tuning half whose
cosine lies in the band and that the rules accept (``--base rules``), or that every rule but
the minimal-pair check accepts (``--base others``: the head replaces that check in the band).
Each data set is weighted to an equal share (``--weight NAME=W``). Scores are out of fold (2
folds by connected component inside the tuning half); the table shows, per data set and
cut-off, what would be served at the threshold (FAQ: paraphrases / different-answer pairs
served), and for qqp-dev the best precision at recall >= 0.50. Measured in session 7 and not
shipped (docs/quality.md). Reporting halves are never read here.

    PYTHONPATH=src python benchmarks/pair_head.py --cache /tmp/qcache --weight qqp-dev=2 \\
        benchmarks/data/faq-pairs.jsonl ../shared/data/pairs/*.jsonl [--model mlp]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from minpair_quality import vectors_for
from train_borderline import fit, rows_of

from yamabiko.eval.data import load_pairs, read_jsonl
from yamabiko.eval.split import select, split_of
from yamabiko.guard import Guard


def fit_mlp(z, y, w, l2: float, hidden: int, epochs: int, seed: int = 0):
    """One hidden ReLU layer, weighted log loss, Adam, mini-batches of 256."""
    rng = np.random.default_rng(seed)
    n, k = z.shape
    params = [rng.normal(0, 1 / np.sqrt(k), (k, hidden)), np.zeros(hidden),
              rng.normal(0, 1 / np.sqrt(hidden), hidden), np.zeros(1)]  # fmt: skip
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    t = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for i in range(0, n, 256):
            b = order[i : i + 256]
            h = np.maximum(z[b] @ params[0] + params[1], 0)
            p = 1 / (1 + np.exp(-np.clip(h @ params[2] + params[3][0], -30, 30)))
            g = w[b] * (p - y[b]) / len(b)
            gh = np.outer(g, params[2]) * (h > 0)
            grads = [z[b].T @ gh + l2 / n * params[0], gh.sum(0),
                     h.T @ g + l2 / n * params[2], np.array([g.sum()])]  # fmt: skip
            t += 1
            for j, grad in enumerate(grads):
                first[j] = 0.9 * first[j] + 0.1 * grad
                second[j] = 0.999 * second[j] + 0.001 * grad * grad
                step = (first[j] / (1 - 0.9**t)) / (np.sqrt(second[j] / (1 - 0.999**t)) + 1e-8)
                params[j] -= 1e-3 * step
    W1, b1, W2, b2 = (p.copy() for p in params)
    return lambda q: 1 / (1 + np.exp(-np.clip(np.maximum(q @ W1 + b1, 0) @ W2 + b2[0], -30, 30)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--lower", type=float, default=0.80, help="band and threshold")
    parser.add_argument("--upper", type=float, default=0.95)
    parser.add_argument("--train-lower", type=float, help="training rows from this cosine")
    parser.add_argument("--base", choices=["rules", "others"], default="rules")
    parser.add_argument("--features", default="diff,prod,cheap", help="of diff, prod, cheap")
    parser.add_argument("--model", choices=["lr", "mlp"], default="lr")
    parser.add_argument("--l2", type=float, default=100.0)
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--weight", action="append", default=[], help="NAME=W")
    parser.add_argument("--cutoffs", default="0.2,0.3,0.4,0.5")
    args = parser.parse_args()
    train_lower = args.lower if args.train_lower is None else args.train_lower
    guard = Guard(learned=False)
    guard.warm_up()
    extra = {k: float(v) for k, v in (w.split("=") for w in args.weight)}
    data = {}
    for name in args.files:
        path = Path(name)
        sims, labels, feats, accepted, folds, _reasons, others = rows_of(
            path, guard, args.cache, min(args.lower, train_lower)
        )
        pairs = select(load_pairs(path), "tune")
        table = vectors_for(path, sorted({p.a for p in pairs} | {p.b for p in pairs}), args.cache)
        u = np.stack([table[p.a] for p in pairs]).astype(np.float64)
        v = np.stack([table[p.b] for p in pairs]).astype(np.float64)
        parts = {"diff": np.abs(u - v), "prod": u * v, "cheap": feats}
        x = np.hstack([parts[f] for f in args.features.split(",")])
        base = accepted if args.base == "rules" else others
        rows = read_jsonl(path)
        kind = None
        if rows and "kind" in rows[0]:
            halves = split_of(load_pairs(path))
            kind = np.array([r["kind"] for r, h in zip(rows, halves, strict=True) if h == "tune"])
        data[path.stem] = (sims, labels, accepted, base, folds, x, kind)

    def band(row, lower):
        sims, base = row[0], row[3]
        return base & (sims >= lower) & (sims < args.upper)

    xs, ys, ws, fs = [], [], [], []
    for stem, row in data.items():
        m = band(row, train_lower)
        if m.sum():
            xs.append(row[5][m])
            ys.append(row[1][m])
            ws.append(np.full(m.sum(), extra.get(stem, 1.0) / m.sum()))
            fs.append(row[4][m])
    x, y, w, folds = (np.concatenate(v) for v in (xs, ys, ws, fs))
    w = w / w.mean()
    z = (x - x.mean(axis=0)) / (x.std(axis=0) + 1e-6)
    oof = np.zeros(len(z))
    for fold in (0, 1):
        train = folds != fold
        if args.model == "lr":
            coef, bias = fit(z[train], y[train], w[train], args.l2)
            oof[~train] = 1 / (1 + np.exp(-np.clip(z[~train] @ coef + bias, -30, 30)))
        else:
            model = fit_mlp(z[train], y[train], w[train], args.l2, args.hidden, args.epochs)
            oof[~train] = model(z[~train])
    cutoffs = [None] + [float(c) for c in args.cutoffs.split(",")]
    print(f"{args.model} on {args.features}, base {args.base}, band [{args.lower}, {args.upper}),"
          f" rows from {train_lower}: {len(z)} rows; out of fold")  # fmt: skip
    print("| data (tune) | " + " | ".join("no head" if c is None else f"cut {c}" for c in cutoffs))
    start = 0
    for stem, (sims, labels, accepted, _base, _folds, _x, kind) in data.items():
        trained, m = band(data[stem], train_lower), band(data[stem], args.lower)
        scores = np.ones(len(sims))
        scores[trained] = oof[start : start + trained.sum()]
        start += trained.sum()
        scores[~m] = 1.0

        def served_at(c, sims=sims, accepted=accepted, m=m, scores=scores):
            base = (np.where(m, True, accepted) if c is not None else accepted) & (
                sims >= args.lower
            )
            return base & (scores >= c) if c is not None else base

        cells = []
        for c in cutoffs:
            served = served_at(c)
            tp, fp = int((served & (labels == 1)).sum()), int((served & (labels == 0)).sum())
            if kind is not None:
                cells.append(f"{int((served & (labels == 1)).sum())} para / {fp} other")
            else:
                p = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
                r = f"{tp / labels.sum():.3f}" if labels.sum() else "-"
                cells.append(f"{p} / {r} / {fp / max((labels == 0).sum(), 1) * 100:.1f}%")
        print(f"| {stem} | " + " | ".join(cells))
        if stem == "qqp-dev":
            best = None
            for c in np.linspace(0, 1, 101):
                served = served_at(c)
                tp, fp = (served & (labels == 1)).sum(), (served & (labels == 0)).sum()
                if tp / labels.sum() >= 0.50:
                    best = (c, tp / (tp + fp), tp / labels.sum())
            if best:
                print(f"qqp-dev: best precision at recall >= 0.50: {best[1]:.3f} "
                      f"(recall {best[2]:.3f}, cut {best[0]:.2f})")  # fmt: skip


if __name__ == "__main__":
    main()
