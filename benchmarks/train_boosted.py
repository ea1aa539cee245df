"""Train the guard's boosted-tree borderline check (``yamabiko/guard/boosted.py``) on TUNING halves.

For every pair file given, only the tuning half (``yamabiko/eval/split.py``) is read. Rows are
the pairs from cosine ``--train-lower`` up to ``--upper`` that every rule but the minimal-pair
check accepts (features: ``guard.boosted.FEATURES``). Gradient-boosted trees
(scikit-learn's ``HistGradientBoostingClassifier``, needed at training time only: ``pip install
scikit-learn``) are fitted with each data set weighted to an equal share (``--weight NAME=W``
changes one). Cut-offs are chosen on out-of-fold scores (2-fold, split by connected component
inside the tuning half): the printed table shows, per pair of cut-offs, what would be served at
the threshold on each data set (outside the band: the guard without the model). ``--write``
stores the model fitted on the whole tuning half with ``--reject-below`` / ``--accept-from`` in
``src/yamabiko/guard/boosted.npz``.

``--whole FILE`` adds a file whose every pair is tuning data (since session 9 the older
held-out sets ``faq-heldout.jsonl`` and ``faq-heldout2.jsonl``; ``faq-heldout3.jsonl`` and
``faq-heldout4.jsonl`` have each been measured once since and may be given now). The trees
in the package were trained before heldout3, heldout4 and heldout5 existed; the test keeps
them out of ``trained_on`` until a retraining says otherwise.

    PYTHONPATH=src python benchmarks/train_boosted.py --cache /tmp/qcache --weight qqp-dev=18 \\
        --reject-below 0.61 --accept-from 0.70 benchmarks/data/faq-pairs.jsonl \\
        ../shared/data/pairs/*.jsonl --whole benchmarks/data/faq-heldout.jsonl \\
        --whole benchmarks/data/faq-heldout2.jsonl [--write]          # the session-9 model

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
from yamabiko.guard.boosted import MODEL, BoostedModel, features


def rows_of(path: Path, old: Guard, cache: Path | None, low: float, threshold: float,
            whole: bool = False):  # fmt: skip
    """Per tuning pair (every pair of the file when ``whole``): cosine, label, fold, served by
    ``old`` (the guard without the model), in the model's base (the other rules accept), the
    minimal-pair check's acceptance, and the feature row (zeros outside the base)."""
    pairs, table, fold_of = tuning_set(path, cache, "all" if whole else "tune")
    rules = NO_MINPAIR
    out: dict[str, list] = {k: [] for k in ("sim", "label", "fold", "old", "base", "mp", "x")}
    for p in pairs:
        s = float(table[p.a] @ table[p.b])
        base, mp, row = False, False, None
        if s >= low:
            base = rules.check(p.b, p.a, p.lang, s).accept
            if base:
                query = rules._cache.get(p.b, p.lang)
                cached = rules._cache.get(p.a, p.lang or query.lang)
                first = old._units.get(p.a, cached.lang)
                second = old._units.get(p.b, query.lang)
                verdict = old.minimal_pairs.compare(first, second, s)
                mp = verdict.accept
                row = features(p.a, p.b, first, second, cached, query, s, verdict.reason)
        out["sim"].append(s)
        out["label"].append(p.label)
        out["fold"].append(fold_of[p.a])
        out["old"].append(s >= threshold and old.check(p.b, p.a, p.lang, s).accept)
        out["base"].append(base)
        out["mp"].append(mp)
        out["x"].append(row)
    return out


def to_complete_trees(classifier) -> BoostedModel:
    """scikit-learn's fitted trees as complete binary trees of the deepest tree's depth (a leaf
    above that depth is copied down both sides: threshold +inf sends every row left)."""
    predictors = [tree[0].nodes for tree in classifier._predictors]
    depth = max(int(nodes["depth"].max()) for nodes in predictors) or 1
    inner, leaves = 2**depth - 1, 2**depth
    feature = np.zeros((len(predictors), inner), dtype=np.intp)
    threshold = np.full((len(predictors), inner), np.inf)
    value = np.zeros((len(predictors), leaves))

    def fill(t: int, nodes, src: int, heap: int, level: int) -> None:
        node = nodes[src]
        if level == depth:
            value[t, heap - inner] = node["value"]
            return
        if node["is_leaf"]:
            fill(t, nodes, src, 2 * heap + 1, level + 1)
            fill(t, nodes, src, 2 * heap + 2, level + 1)
            return
        feature[t, heap] = node["feature_idx"]
        threshold[t, heap] = node["num_threshold"]
        fill(t, nodes, int(node["left"]), 2 * heap + 1, level + 1)
        fill(t, nodes, int(node["right"]), 2 * heap + 2, level + 1)

    for t, nodes in enumerate(predictors):
        fill(t, nodes, 0, 0, 0)
    baseline = float(np.ravel(classifier._baseline_prediction)[0])
    return BoostedModel(feature, threshold, value, baseline)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--whole", action="append", default=[], metavar="FILE",
                        help="a file that is tuning data as a whole (e.g. an older held-out set)")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--lower", type=float, default=DEFAULT_MIN_SIMILARITY)
    parser.add_argument("--upper", type=float, default=0.95)
    parser.add_argument("--train-lower", type=float, default=0.70)
    parser.add_argument("--weight", action="append", default=[], help="NAME=W")
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--rejects", default="0.55,0.58,0.6,0.62,0.65")
    parser.add_argument("--accepts", default="0.65,0.7,0.75,0.8")
    parser.add_argument("--reject-below", type=float, default=0.6)
    parser.add_argument("--accept-from", type=float, default=0.75)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    from sklearn.ensemble import HistGradientBoostingClassifier

    def make() -> HistGradientBoostingClassifier:
        return HistGradientBoostingClassifier(
            max_iter=args.iterations, max_depth=args.depth, learning_rate=args.rate,
            early_stopping=False, random_state=0,
        )  # fmt: skip

    old = Guard(boosted=False)  # the default guard without this model
    old.warm_up()
    extra = {name: float(w) for name, w in (item.split("=") for item in args.weight)}
    data = {}
    for name, whole in [*((f, False) for f in args.files), *((f, True) for f in args.whole)]:
        path = Path(name)
        rows = rows_of(path, old, args.cache, args.train_lower, args.lower, whole)
        data[path.stem] = {k: np.array(v) if k != "x" else v for k, v in rows.items()}
    xs, ys, ws, fs, where = [], [], [], [], {}
    for stem, d in data.items():
        rows = np.where(d["base"] & (d["sim"] < args.upper))[0]
        if not len(rows):
            continue
        xs.append(np.array([d["x"][i] for i in rows]))
        ys.append(d["label"][rows])
        ws.append(np.full(len(rows), extra.get(stem, 1.0) / len(rows)))
        fs.append(d["fold"][rows])
        where[stem] = rows
    x, y, w, folds = (np.concatenate(v) for v in (xs, ys, ws, fs))
    w = w / w.mean()
    oof = np.zeros(len(y))
    for fold in (0, 1):
        train = folds != fold
        oof[~train] = (
            make().fit(x[train], y[train], sample_weight=w[train]).predict_proba(x[~train])[:, 1]
        )
    start = 0
    for stem, rows in where.items():
        score = np.full(len(data[stem]["sim"]), np.nan)
        score[rows] = oof[start : start + len(rows)]
        data[stem]["score"] = score
        start += len(rows)
    print(f"rows {len(y)}; band [{args.lower}, {args.upper}); out of fold; P / R / label-0 served")
    print("| reject below / accept from | " + " | ".join(data) + " |")
    for accept in [None, *(float(c) for c in args.accepts.split(","))]:
        for reject in [None] if accept is None else [float(c) for c in args.rejects.split(",")]:
            cells = []
            for d in data.values():
                score = d.get("score", np.full(len(d["sim"]), np.nan))
                band = d["base"] & (d["sim"] >= args.lower) & (d["sim"] < args.upper)
                served = d["old"].copy()
                if accept is not None:
                    model = (d["mp"] & (score >= reject)) | (~d["mp"] & (score >= accept))
                    served = np.where(band, model, served)
                labels = d["label"]
                tp, fp = int((served & (labels == 1)).sum()), int((served & (labels == 0)).sum())
                prec = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
                rec = f"{tp / labels.sum():.3f}" if labels.sum() else "-"
                cells.append(f"{prec} / {rec} / {fp / max((labels == 0).sum(), 1) * 100:.1f}%")
            name = "without the model" if accept is None else f"{reject} / {accept}"
            print(f"| {name} | " + " | ".join(cells) + " |")
    if args.write:
        wholes = {Path(f).stem for f in args.whole}
        model = to_complete_trees(make().fit(x, y, sample_weight=w))
        check = make().fit(x, y, sample_weight=w).predict_proba(x[:50])[:, 1]
        mine = np.array([model.score(row) for row in x[:50]])
        assert np.abs(check - mine).max() < 1e-6, "tree export disagrees with scikit-learn"
        model = BoostedModel(
            model.feature, model.threshold, model.value, model.baseline, args.lower,
            args.upper, args.reject_below, args.accept_from,
            tuple(f"{stem} ({'whole' if stem in wholes else 'tune half'})" for stem in data),
        )  # fmt: skip
        model.save(MODEL)
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
