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
held-out sets ``faq-heldout.jsonl`` and ``faq-heldout2.jsonl``; since session 18 also
``faq-heldout3.jsonl`` … ``faq-heldout11.jsonl``, each measured once before, given with
``--leave-out``). A held-out set not yet measured is never given; the test checks the list of
whole files in ``trained_on``.

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

Session 18: ``--leave-out FILE`` adds a whole file that the written model trains on, but whose
pairs the tables score with a model fitted on every other row (leave one set out: never on
that file); a second table gives, per FAQ set, paraphrases / minimal pairs served (%) and role
swaps served, for the packaged model (``boosted.npz`` as it was before ``--write``, with its
own cut-offs) and for each pair of cut-offs. ``--rows-cache DIR`` keeps every file's feature
rows (empty it after a rule change), ``--model-out`` writes elsewhere than the package.
The command of docs/quality.md, "Session 18: the trees retrained"::

    D=benchmarks/data; P=../shared/data/pairs
    PYTHONPATH=src python benchmarks/train_boosted.py --cache /tmp/trees-cache --weight qqp-dev=18 \
        --lower 0.75 --rejects 0.61 --accepts 0.70 --reject-below 0.61 --accept-from 0.70 \
        --low-cutoffs 1.01/1.01,0.8/0.9,0.75/0.85,0.8/0.95 --low-reject-below 0.8 \
        --low-accept-from 0.9 $D/faq-pairs.jsonl $P/jsick-train-contradictions.jsonl \
        $P/jsts-train.jsonl $P/stsb-train.jsonl $P/qqp-dev.jsonl \
        --whole $D/faq-heldout.jsonl --whole $D/faq-heldout2.jsonl \
        $(for x in 3 4 5 6 7 8 9 10 11; do printf -- "--leave-out $D/faq-heldout$x.jsonl "; done) \
        --weight jsts-train=3 --weight stsb-train=3 --weight jsick-train-contradictions=1.5 \
        --weight qqp-dev=25 [--write]                                  # the session-18 model

Session 19: ``--kind-weight KIND=W`` reweights the kinds inside each FAQ set (minimal pairs
against paraphrases, the set keeping its share). The retraining of docs/quality.md, "Session 19:
the trees retrained, not shipped", is the command above with faq-heldout12 added to the
``--leave-out`` files and ``--weight faq-heldoutN=2`` for N = 3 … 12.

Session 27: ``--rows-cache`` writes a file's rows only when it made them (two runs sharing the
folder read each other's files while one rewrote them: a truncated pickle). The trees4 round
(docs/quality.md) trained with the probe files of ``benchmarks/data/probes/`` (``--whole`` the
part before session 25, ``--leave-out`` the sessions 25-26 part) and faq-heldout12 … 20 whole.

Session 28 (trees5): a file whose every row carries ``sim`` (the probe rows of
``probe_collector.py --probe-cosines-out``: each pair at the cosine its tests check it at,
forced or its own) is read whole at those cosines, never embedded; give it with ``--whole`` or
``--score`` (``guard-probes-cosines-train.jsonl`` / ``guard-probes-cosines-s27.jsonl``). The
fit that scores the ``--score`` files is the one ``--write`` stores (the same rows).

Reporting halves are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import boosted_tables as tables
from minpair_quality import NO_MINPAIR, folds_by_component, tuning_set

from yamabiko.cache import DEFAULT_MIN_SIMILARITY
from yamabiko.eval.data import Pair, read_jsonl
from yamabiko.guard import Guard
from yamabiko.guard.boosted import MODEL, BoostedModel, features


def rows_of(path: Path, old: Guard, cache: Path | None, low: float, threshold: float,
            whole: bool = False):  # fmt: skip
    """Per tuning pair (every pair of the file when ``whole``; every row at its own ``sim`` for
    a file of :func:`checked_cosines`): cosine, label, fold, accepted
    by ``old`` (the guard without the model; from ``low`` or ``threshold``), in the model's
    base (the other rules accept), the minimal-pair check's acceptance, and the feature row
    (zeros outside the base)."""
    checked = checked_cosines(path)
    if checked is None:
        pairs, table, fold_of = tuning_set(path, cache, "all" if whole else "tune")
        cosines = [float(table[p.a] @ table[p.b]) for p in pairs]
    else:  # probe rows at the cosines their tests check them at (since session 28)
        pairs, cosines = checked
        fold_of = folds_by_component(pairs)
    kind_of = {(r.get("a"), r.get("b")): str(r.get("kind", "")) for r in read_jsonl(path)}
    rules = NO_MINPAIR
    keys = ("sim", "label", "fold", "old", "base", "mp", "x", "texts", "kind")
    out: dict[str, list] = {k: [] for k in keys}
    for p, s in zip(pairs, cosines, strict=True):
        base, mp, row = False, False, None
        if s >= low:
            base = rules.check(p.b, p.a, p.lang, s).accept
            if base:
                query = rules._cache.get(p.b, p.lang)
                cached = rules._cache.get(p.a, p.lang or query.lang)
                first = old._units.get(p.a, cached.lang)
                second = old._units.get(p.b, query.lang)
                check = old.minimal_pairs  # aligned at the prompts' cosine, as the guard does
                verdict = check.compare(first, second, s)
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
        out["kind"].append(kind_of.get((p.a, p.b), ""))
    return out


def checked_cosines(path: Path) -> tuple[list[Pair], list[float]] | None:
    """The pairs of a file whose every row carries the cosine it is to be scored at (``sim``:
    the probe rows of ``probe_collector.py --probe-cosines-out``, at the cosine each test
    checked the pair at, forced or its own), with those cosines; None for any other file."""
    rows = read_jsonl(path)
    if not rows or not all(isinstance(row.get("sim"), (int, float)) for row in rows):
        return None
    pairs = [Pair(row["a"], row["b"], int(row["label"]), row.get("lang")) for row in rows]
    return pairs, [float(row["sim"]) for row in rows]


def _rows_path(folder: Path, path: Path, whole: bool, low: float, threshold: float) -> Path:
    """Where ``--rows-cache`` keeps one file's :func:`rows_of` (by its bytes and the settings)."""
    key = hashlib.sha256(path.read_bytes() + f"{whole} {low} {threshold}".encode()).hexdigest()
    return folder / f"{path.stem}-{key[:16]}.rows.pickle"


def _cached_rows(folder: Path | None, path: Path, whole: bool, low: float, threshold: float):
    """The rows ``--rows-cache`` kept for this file (valid only for the guard that made them:
    empty the folder after any rule change), else None."""
    if folder is None or not (kept := _rows_path(folder, path, whole, low, threshold)).is_file():
        return None
    with open(kept, "rb") as f:
        return pickle.load(f)  # our own file, written by this script


def kept_rows(folder: Path | None, path: Path, whole: bool, low: float, threshold: float,
              make: Callable[[], dict]) -> dict:  # fmt: skip
    """One file's rows: the ones ``--rows-cache`` kept, else ``make()``'s, which are then kept.
    A kept file is never written again (since session 27: two runs sharing the folder read a
    file while the other rewrote it, a truncated pickle)."""
    rows = _cached_rows(folder, path, whole, low, threshold)
    if rows is None:
        rows = make()
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            _rows_path(folder, path, whole, low, threshold).write_bytes(pickle.dumps(rows))
    return rows


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


def _kind_factors(kinds: np.ndarray, factor: dict[str, float]) -> np.ndarray:
    """Per row of one data set, its kind's ``--kind-weight`` (1 if none), scaled to mean 1: the
    set keeps its share, the kinds inside it are reweighted (rows without a kind: all 1)."""
    mult = np.array([factor.get(str(kind), 1.0) for kind in kinds])
    return mult * len(mult) / mult.sum() if (kinds != "").any() else np.ones(len(kinds))


def _stack(train: dict[str, tuple], without: str = "") -> tuple[np.ndarray, ...]:
    """Features, labels, weights (mean 1) and folds of every data set's training rows but
    ``without``'s."""
    parts = [part for stem, part in train.items() if stem != without]
    x, y, w, folds = (np.concatenate([part[i] for part in parts]) for i in (1, 2, 3, 4))
    return x, y, w / w.mean(), folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--whole", action="append", default=[], metavar="FILE",
                        help="a file that is tuning data as a whole (e.g. an older held-out set)")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--rows-cache", type=Path,
                        help="keep each file's feature rows here (empty it after a rule change)")
    parser.add_argument("--lower", type=float, default=DEFAULT_MIN_SIMILARITY)
    parser.add_argument("--upper", type=float, default=0.95)
    parser.add_argument("--train-lower", type=float, default=0.70)
    parser.add_argument("--weight", action="append", default=[], help="NAME=W")
    parser.add_argument("--kind-weight", action="append", default=[], metavar="KIND=W",
                        help="inside each FAQ set, rows of this kind weigh W (e.g. minimal-pair=2)")
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
    parser.add_argument("--model-out", type=Path, default=MODEL,
                        help="where --write stores the model (default: the packaged one)")
    parser.add_argument("--score", action="append", default=[], metavar="FILE",
                        help="a whole file scored by the model fitted on the rest, unseen")
    parser.add_argument("--leave-out", action="append", default=[], metavar="FILE",
                        help="a whole file trained on, scored by the model fitted on the rest")
    parser.add_argument("--dump", type=Path,
                        help="write each pair's cosine, label, rules, scores, kind (.npz)")
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
    by_kind = {name: float(w) for name, w in (item.split("=") for item in args.kind_weight)}
    data = {}
    scored = {Path(f).stem for f in args.score}
    left_out = {Path(f).stem for f in args.leave_out}
    named = [*((f, False) for f in args.files),
             *((f, True) for f in [*args.whole, *args.leave_out, *args.score])]  # fmt: skip
    packaged = BoostedModel.load(MODEL)
    for name, whole in named:
        path = Path(name)
        rows = kept_rows(args.rows_cache, path, whole, args.train_lower, args.lower,
                         lambda p=path, w=whole: rows_of(p, old, args.cache, args.train_lower,
                                                         args.lower, w))  # fmt: skip
        data[path.stem] = {k: np.array(v) if k != "x" else v for k, v in rows.items()}
    train: dict[str, tuple] = {}  # per data set: band rows, features, labels, weights, folds
    for stem, d in data.items():
        rows = np.where(d["base"] & (d["sim"] < args.upper))[0]
        if len(rows) and stem not in scored:
            w = np.full(len(rows), extra.get(stem, 1.0) / len(rows))
            w *= _kind_factors(d["kind"][rows], by_kind)
            x = np.array([d["x"][i] for i in rows])
            train[stem] = (rows, x, d["label"][rows], w, d["fold"][rows])
        d["packaged"] = np.full(len(d["sim"]), np.nan)  # the shipped model's scores
        if len(rows):
            d["packaged"][rows] = [packaged.score(d["x"][i]) for i in rows]
    x, y, w, folds = _stack(train)
    oof = np.zeros(len(y))
    for fold in (0, 1):
        part = folds != fold
        fitted = make().fit(x[part], y[part], sample_weight=w[part])
        oof[~part] = fitted.predict_proba(x[~part])[:, 1]
    start = 0
    for stem, (rows, *_) in train.items():
        data[stem]["score"] = np.full(len(data[stem]["sim"]), np.nan)
        data[stem]["score"][rows] = oof[start : start + len(rows)]
        start += len(rows)
    for stem in left_out & train.keys():  # trained on by the final model, scored without it
        rows, rest = train[stem][:2], _stack(train, stem)
        fitted = make().fit(rest[0], rest[1], sample_weight=rest[2])
        data[stem]["score"][rows[0]] = fitted.predict_proba(rows[1])[:, 1]
    full = make().fit(x, y, sample_weight=w) if scored or args.write else None
    if scored:
        for stem in scored:
            d = data[stem]
            rows = np.where(d["base"] & (d["sim"] < args.upper))[0]
            d["score"] = np.full(len(d["sim"]), np.nan)
            if len(rows):
                d["score"][rows] = full.predict_proba(np.array([d["x"][i] for i in rows]))[:, 1]
    if args.dump:
        tables.dump(args.dump, data)
    settings: list[tuple[str, tables.Cut | None]] = [("without", None)]
    for accept in (float(c) for c in args.accepts.split(",")):
        settings += [(f"{r} / {accept}", (float(r), accept, float(r), accept))
                     for r in args.rejects.split(",")]  # fmt: skip
    for low in filter(None, args.low_cutoffs.split(",")):
        r, a = (float(v) for v in low.split("/"))
        name = f"{args.reject_below} / {args.accept_from}, below {args.pivot}: {r} / {a}"
        settings.append((name, (args.reject_below, args.accept_from, r, a)))
    for lower in [args.lower, *(float(t) for t in filter(None, args.thresholds.split(",")))]:
        tables.table(data, settings, lower, args.upper, args.pivot, len(y))
        shipped = (packaged.reject_below, packaged.accept_from, *packaged.cutoffs(lower))
        tables.kinds(data, [("packaged model (its cut-offs)", shipped, "packaged"),
                            *((name, cut, "score") for name, cut in settings)],
                     lower, args.upper, args.pivot)  # fmt: skip
    if args.write:
        wholes = {Path(f).stem for f in [*args.whole, *args.leave_out]}
        fitted = full  # (the fit that scored the --score files: the same rows and weights)
        model = to_complete_trees(fitted)
        check = fitted.predict_proba(x[:50])[:, 1]
        mine = np.array([model.score(row) for row in x[:50]])
        assert np.abs(check - mine).max() < 1e-6, "tree export disagrees with scikit-learn"
        model = BoostedModel(
            model.feature, model.threshold, model.value, model.baseline, args.lower,
            args.upper, args.reject_below, args.accept_from,
            tuple(f"{stem} ({'whole' if stem in wholes else 'tune half'})" for stem in train),
            args.pivot if args.pivot > args.lower else None,
            args.low_reject_below, args.low_accept_from,
        )  # fmt: skip
        model.save(args.model_out)
        print(f"wrote {args.model_out}")


if __name__ == "__main__":
    main()
