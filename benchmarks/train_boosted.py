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

Session 15 (threshold 0.75, the band from 0.75, stricter cut-offs below ``--pivot`` 0.80):
``--low-cutoffs R/A,...`` prints, next to ``--reject-below`` / ``--accept-from``, each pair of
low cut-offs, at ``--lower`` and at every ``--thresholds`` T; ``--low-reject-below`` /
``--low-accept-from`` are the ones written::

    PYTHONPATH=src python benchmarks/train_boosted.py --cache /tmp/band-cache --weight qqp-dev=18 \
        --lower 0.75 --rejects 0.61 --accepts 0.70 --reject-below 0.61 --accept-from 0.70 \
        --low-cutoffs 1.01/1.01,0.8/0.9 --low-reject-below 0.8 --low-accept-from 0.9 \
        benchmarks/data/faq-pairs.jsonl ../shared/data/pairs/*.jsonl \
        --whole benchmarks/data/faq-heldout.jsonl --whole benchmarks/data/faq-heldout2.jsonl \
        [--write]                                                      # the session-15 model

Low cut-offs ``1.01/1.01`` serve nothing below the pivot (the same as threshold 0.80), ``0/1.01``
leave the minimal-pair verdict standing there (the old band at a lower threshold).

Session 16: ``--score FILE`` scores a whole file with the model fitted on the others (never
trained on it), ``--dump FILE.npz`` writes every pair's cosine, label, rules and out-of-fold
score for ``benchmarks/e5_band.py measure`` (docs/quality.md, session 16).

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
    """Per tuning pair (every pair of the file when ``whole``): cosine, label, fold, accepted
    by ``old`` (the guard without the model; from ``low`` or ``threshold``), in the model's
    base (the other rules accept), the minimal-pair check's acceptance, and the feature row
    (zeros outside the base)."""
    pairs, table, fold_of = tuning_set(path, cache, "all" if whole else "tune")
    rules = NO_MINPAIR
    keys = ("sim", "label", "fold", "old", "base", "mp", "x", "texts")
    out: dict[str, list] = {k: [] for k in keys}
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
        out["old"].append(s >= min(low, threshold) and old.check(p.b, p.a, p.lang, s).accept)
        out["base"].append(base)
        out["mp"].append(mp)
        out["x"].append(row)
        out["texts"].append((p.a, p.b))
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


def _cell(d: dict, cut: tuple[float, float, float, float] | None, lower: float, upper: float,
          pivot: float) -> str:  # fmt: skip
    """P / R / label-0 served of one data set: the old guard at ``lower``, or in the band the
    out-of-fold scores with ``cut`` (reject below, accept from; the same two below ``pivot``)."""
    score = d.get("score", np.full(len(d["sim"]), np.nan))
    band = d["base"] & (d["sim"] >= lower) & (d["sim"] < upper)
    served = d["old"] & (d["sim"] >= lower)
    if cut is not None:
        low = d["sim"] < pivot
        reject, accept = np.where(low, cut[2], cut[0]), np.where(low, cut[3], cut[1])
        model = (d["mp"] & (score >= reject)) | (~d["mp"] & (score >= accept))
        served = np.where(band, model, served)
    labels = d["label"]
    tp, fp = int((served & (labels == 1)).sum()), int((served & (labels == 0)).sum())
    prec = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
    rec = f"{tp / labels.sum():.3f}" if labels.sum() else "-"
    return f"{prec} / {rec} / {fp / max((labels == 0).sum(), 1) * 100:.1f}%"


def _table(data: dict, settings: list, lower: float, upper: float, pivot: float, rows: int) -> None:
    """One Markdown table: per setting, :func:`_cell` of every data set at threshold ``lower``."""
    print(f"\nrows {rows}; threshold and band [{lower}, {upper}); out of fold; "
          "P / R / label-0 served")  # fmt: skip
    print("| reject below / accept from | " + " | ".join(data) + " |")
    print("|---|" + "---|" * len(data))
    for name, cut in settings:
        cells = [_cell(d, cut, lower, upper, pivot) for d in data.values()]
        print(f"| {name} | " + " | ".join(cells) + " |")


def _dump(path: Path, data: dict) -> None:
    """Every pair's columns (not the feature rows) with its data set's name, for
    ``e5_band.py measure``."""
    keys = ("sim", "label", "fold", "old", "base", "mp", "score")
    columns = {k: np.concatenate([d[k] for d in data.values()]) for k in keys}
    stems = np.concatenate([[stem] * len(d["sim"]) for stem, d in data.items()])
    texts = np.concatenate([d["texts"] for d in data.values()])
    np.savez_compressed(path, stem=stems, a=texts[:, 0], b=texts[:, 1], **columns)
    print(f"wrote {path}")


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
    parser.add_argument("--pivot", type=float, default=0.80,
                        help="below it (and from --lower) the low cut-offs apply")
    parser.add_argument("--low-cutoffs", default="",
                        help="R/A,R/A: low cut-offs to print, with --reject-below/--accept-from")
    parser.add_argument("--thresholds", default="",
                        help="T,T: tables at these thresholds too (>= --train-lower)")
    parser.add_argument("--low-reject-below", type=float)
    parser.add_argument("--low-accept-from", type=float)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--score", action="append", default=[], metavar="FILE",
                        help="a whole file scored by the model fitted on the rest, unseen")
    parser.add_argument("--dump", type=Path,
                        help="write each pair's cosine, label, rules, score (.npz: e5_band.py)")
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
    scored = {Path(f).stem for f in args.score}
    named = [*((f, False) for f in args.files), *((f, True) for f in [*args.whole, *args.score])]
    for name, whole in named:
        path = Path(name)
        rows = rows_of(path, old, args.cache, args.train_lower, args.lower, whole)
        data[path.stem] = {k: np.array(v) if k != "x" else v for k, v in rows.items()}
    xs, ys, ws, fs, where = [], [], [], [], {}
    for stem, d in data.items():
        rows = np.where(d["base"] & (d["sim"] < args.upper))[0]
        if not len(rows) or stem in scored:
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
    if scored:
        full = make().fit(x, y, sample_weight=w)
        for stem in scored:
            d = data[stem]
            rows = np.where(d["base"] & (d["sim"] < args.upper))[0]
            d["score"] = np.full(len(d["sim"]), np.nan)
            if len(rows):
                d["score"][rows] = full.predict_proba(np.array([d["x"][i] for i in rows]))[:, 1]
    if args.dump:
        _dump(args.dump, data)
    settings: list[tuple[str, tuple[float, float, float, float] | None]] = [("without", None)]
    for accept in (float(c) for c in args.accepts.split(",")):
        settings += [(f"{r} / {accept}", (float(r), accept, float(r), accept))
                     for r in args.rejects.split(",")]  # fmt: skip
    for low in filter(None, args.low_cutoffs.split(",")):
        r, a = (float(v) for v in low.split("/"))
        name = f"{args.reject_below} / {args.accept_from}, below {args.pivot}: {r} / {a}"
        settings.append((name, (args.reject_below, args.accept_from, r, a)))
    for lower in [args.lower, *(float(t) for t in filter(None, args.thresholds.split(",")))]:
        _table(data, settings, lower, args.upper, args.pivot, len(y))
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
            args.pivot if args.pivot > args.lower else None,
            args.low_reject_below, args.low_accept_from,
        )  # fmt: skip
        model.save(MODEL)
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
