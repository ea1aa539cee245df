"""Can a small learned verifier after the rule guard lift Quora precision honestly?

Trains two cheap pair classifiers (logistic regression, and small gradient-boosted trees, both
numpy only) on features of the guard's analysis and on the cosine, and prints precision and
"recall kept" (guarded recall / threshold-only recall) at the default threshold for every
cut-off of the model score, on both halves of qqp-dev split by connected component of its
question graph (all pairs), so over-fitting shows. Every choice (model size, cut-off) is made on
the training half: hyper-parameters by component-grouped cross-validation inside it, the
cut-off as the lowest one whose out-of-fold training precision reaches the target. stsb-train
(English, never trained on) is scored with the same model as a second held-out set.

    OMP_NUM_THREADS=1 python benchmarks/train_verifier.py ../shared/data/pairs

Nothing is written: the script only prints (the measured result is in docs/quality.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from yamabiko.cache import DEFAULT_MIN_SIMILARITY
from yamabiko.eval import embed_texts, load_embedder
from yamabiko.guard import Guard
from yamabiko.guard.relations import unmatched

LOW = 0.85  # candidates below this cosine are neither trained on nor scored
FIT_LOW = 0.88  # training rows: guard-accepted candidates at or above this cosine
SEED = 0
FEATURES = (
    "cosine", "lemma_jaccard", "char3_jaccard", "char5_jaccard", "word_jaccard",
    "only_a", "only_b", "min_only", "max_only", "sum_only", "len_ratio", "len_diff",
    "min_len", "max_len", "strong_replaced", "strong_xor", "strong_sum", "same_qtypes",
    "qtypes_xor", "numbers_xor", "negations", "sequence_ratio", "qmark_diff", "qmark_max",
    "first2_same", "char_len_ratio", "log_chars", "replaced_word_len",
)  # fmt: skip


# -- data ----------------------------------------------------------------------------------------


def read_pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def cosines(rows: list[dict], embedder) -> np.ndarray:
    texts = sorted({r["a"] for r in rows} | {r["b"] for r in rows})
    index = {t: i for i, t in enumerate(texts)}
    vectors = embed_texts(embedder, texts, progress=False)
    a = np.array([index[r["a"]] for r in rows])
    b = np.array([index[r["b"]] for r in rows])
    return (vectors[a] * vectors[b]).sum(axis=1)


def component_ids(rows: list[dict]) -> np.ndarray:
    """The connected component (of the graph of all pairs) of each row, as an integer."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        ra, rb = find(r["a"]), find(r["b"])
        if ra != rb:
            parent[ra] = rb
    roots = sorted({find(r["a"]) for r in rows})
    random.Random(SEED).shuffle(roots)
    order = {root: i for i, root in enumerate(roots)}
    return np.array([order[find(r["a"])] for r in rows])


# -- features ------------------------------------------------------------------------------------


def _grams(text: str, n: int) -> set[str]:
    t = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return {t[i : i + n] for i in range(len(t) - n + 1)}


def _first_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())[:2]


def _jaccard(x: set, y: set) -> float:
    return len(x & y) / max(1, len(x | y))


def pair_features(guard: Guard, query: str, cached: str, lang: str, sim: float) -> list[float]:
    a, b = guard._cache.get(query, lang), guard._cache.get(cached, lang)
    ca, cb = set(a.content), set(b.content)
    oa, ob = unmatched(a.content, b.content), unmatched(b.content, a.content)
    wa, wb = set(re.findall(r"\w+", query.lower())), set(re.findall(r"\w+", cached.lower()))
    na, nb = len(ca), len(cb)
    seq = SequenceMatcher(None, a.content, b.content).ratio() if ca or cb else 1.0
    qa, qb = query.count("?"), cached.count("?")
    replaced = oa | ob
    return [
        sim, _jaccard(ca, cb), _jaccard(_grams(query, 3), _grams(cached, 3)),
        _jaccard(_grams(query, 5), _grams(cached, 5)), _jaccard(wa, wb),
        len(oa), len(ob), min(len(oa), len(ob)), max(len(oa), len(ob)), len(oa) + len(ob),
        min(na, nb) / max(1, na, nb), abs(na - nb), min(na, nb), max(na, nb),
        len(oa & a.strong) + len(ob & b.strong), len(a.strong ^ b.strong),
        len(a.strong) + len(b.strong), float(a.qtypes == b.qtypes), len(a.qtypes ^ b.qtypes),
        len(set(a.numbers) ^ set(b.numbers)), a.negations + b.negations, seq, abs(qa - qb),
        max(qa, qb), float(_first_words(query) == _first_words(cached)),
        min(len(query), len(cached)) / max(1, len(query), len(cached)),
        float(np.log(1 + len(query) + len(cached))),
        sum(len(w) for w in replaced) / max(1, len(replaced)),
    ]  # fmt: skip


def candidates(rows: list[dict], sims: np.ndarray, guard: Guard):
    """Rows at or above LOW: their index, the guard's verdict and their features."""
    idx, accepted, feats = [], [], []
    for i, r in enumerate(rows):
        if sims[i] < LOW:
            continue
        lang = r.get("lang") or "en"
        idx.append(i)
        accepted.append(guard.check(r["b"], r["a"], lang, float(sims[i])).accept)
        feats.append(pair_features(guard, r["b"], r["a"], lang, float(sims[i])))
    return np.array(idx), np.array(accepted), np.array(feats, dtype=float)


# -- models (numpy) ------------------------------------------------------------------------------


class Logistic:
    """L2-regularised logistic regression on standardised features (Newton steps)."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2

    def fit(self, x: np.ndarray, y: np.ndarray) -> Logistic:
        self.mu, self.sd = x.mean(0), x.std(0) + 1e-9
        z = np.hstack([(x - self.mu) / self.sd, np.ones((len(x), 1))])
        reg = self.l2 * np.diag(np.r_[np.ones(z.shape[1] - 1), 0.0])
        w = np.zeros(z.shape[1])
        for _ in range(30):
            p = 1 / (1 + np.exp(-z @ w))
            grad = z.T @ (p - y) + reg @ w
            hess = (z * (p * (1 - p))[:, None]).T @ z + reg
            w -= np.linalg.solve(hess, grad)
        self.w = w
        return self

    def score(self, x: np.ndarray) -> np.ndarray:
        z = np.hstack([(x - self.mu) / self.sd, np.ones((len(x), 1))])
        return 1 / (1 + np.exp(-z @ self.w))


class Boosted:
    """Gradient-boosted depth-limited trees on quantile-binned features (logistic loss)."""

    def __init__(self, depth: int = 3, rounds: int = 100, rate: float = 0.05, leaf: int = 40):
        self.depth, self.rounds, self.rate, self.leaf = depth, rounds, rate, leaf

    def _bin(self, x: np.ndarray) -> np.ndarray:
        return np.stack(
            [np.searchsorted(self.edges[j], x[:, j], side="right") for j in range(x.shape[1])], 1
        )

    def fit(self, x: np.ndarray, y: np.ndarray) -> Boosted:
        qs = np.linspace(0, 1, 33)[1:-1]
        self.edges = [np.unique(np.quantile(x[:, j], qs)) for j in range(x.shape[1])]
        xb = self._bin(x)
        self.base = float(np.log(y.mean() / (1 - y.mean())))
        f = np.full(len(y), self.base)
        self.trees = []
        for _ in range(self.rounds):
            p = 1 / (1 + np.exp(-f))
            tree = self._grow(xb, p - y, p * (1 - p), np.arange(len(y)), 0)
            self.trees.append(tree)
            f += self.rate * self._apply(tree, xb)
        return self

    def _grow(self, xb, g, h, rows, level):
        gs, hs = g[rows].sum(), h[rows].sum()
        leaf = ("leaf", -gs / (hs + 1.0))
        if level == self.depth or len(rows) < 2 * self.leaf:
            return leaf
        best = (0.0, None, None)
        parent = gs * gs / (hs + 1.0)
        for j in range(xb.shape[1]):
            bins = xb[rows, j]
            n = np.bincount(bins, minlength=33).cumsum()
            gl = np.bincount(bins, g[rows], minlength=33).cumsum()
            hl = np.bincount(bins, h[rows], minlength=33).cumsum()
            ok = (n >= self.leaf) & (len(rows) - n >= self.leaf)
            gain = gl**2 / (hl + 1.0) + (gs - gl) ** 2 / (hs - hl + 1.0) - parent
            gain[~ok] = 0.0
            k = int(np.argmax(gain))
            if gain[k] > best[0]:
                best = (gain[k], j, k)
        if best[1] is None:
            return leaf
        _, j, k = best
        left = rows[xb[rows, j] <= k]
        right = rows[xb[rows, j] > k]
        return ("split", j, k, self._grow(xb, g, h, left, level + 1),
                self._grow(xb, g, h, right, level + 1))  # fmt: skip

    def _apply(self, tree, xb):
        out = np.empty(len(xb))
        stack = [(tree, np.arange(len(xb)))]
        while stack:
            node, rows = stack.pop()
            if node[0] == "leaf":
                out[rows] = node[1]
                continue
            _, j, k, left, right = node
            go_left = xb[rows, j] <= k
            stack += [(left, rows[go_left]), (right, rows[~go_left])]
        return out

    def score(self, x: np.ndarray) -> np.ndarray:
        xb = self._bin(x)
        f = self.base + self.rate * sum(self._apply(t, xb) for t in self.trees)
        return 1 / (1 + np.exp(-f))


# -- evaluation ----------------------------------------------------------------------------------


def at_threshold(labels, sims, idx, keep, rows_mask):
    """(precision, recall kept) at the default threshold over the rows in ``rows_mask``."""
    served = np.zeros(len(labels), dtype=bool)
    served[idx[keep]] = True
    above = (sims >= DEFAULT_MIN_SIMILARITY) & rows_mask
    served &= above
    tp = int((served & (labels == 1)).sum())
    fp = int((served & (labels == 0)).sum())
    base_tp = int((above & (labels == 1)).sum())
    return tp / max(1, tp + fp), tp / max(1, base_tp)


def oof_scores(make, x, y, groups, fit_mask, folds=4):
    """Out-of-fold scores within the training half (folds by component)."""
    out = np.full(len(y), np.nan)
    fold = groups % folds
    for k in range(folds):
        train = fit_mask & (fold != k)
        out[fold == k] = make().fit(x[train], y[train]).score(x[fold == k])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with qqp-dev.jsonl and stsb-train.jsonl")
    parser.add_argument("--target", type=float, default=0.90, help="precision to reach")
    args = parser.parse_args()
    embedder = load_embedder(None)
    guard = Guard()

    rows = read_pairs(args.data / "qqp-dev.jsonl")
    sims = cosines(rows, embedder)
    labels = np.array([r["label"] for r in rows])
    comp = component_ids(rows)
    train_rows = comp % 2 == 0
    idx, accepted, x = candidates(rows, sims, guard)
    y, groups, in_train = labels[idx].astype(float), comp[idx] // 2, train_rows[idx]
    fit_mask = in_train & accepted & (x[:, 0] >= FIT_LOW)
    sub = (accepted & in_train) & (x[:, 0] >= DEFAULT_MIN_SIMILARITY)

    stsb = read_pairs(args.data / "stsb-train.jsonl")
    s_sims = cosines(stsb, embedder)
    s_labels = np.array([r["label"] for r in stsb])
    s_idx, s_acc, s_x = candidates(stsb, s_sims, guard)
    every = np.ones(len(stsb), dtype=bool)

    print(f"qqp-dev candidates >= {LOW}: {len(idx)}; training rows: {int(fit_mask.sum())}")
    for half, mask in (("train", train_rows), ("test", ~train_rows)):
        p0, _ = at_threshold(labels, sims, idx, np.ones(len(idx), bool), mask)
        p1, k1 = at_threshold(labels, sims, idx, accepted, mask)
        print(f"{half} half: threshold-only precision {p0:.3f}; guard {p1:.3f} (kept {k1:.3f})")

    grid = {
        "logistic l2=1": lambda: Logistic(1.0),
        "logistic l2=100": lambda: Logistic(100.0),
        "boosted d2 r100": lambda: Boosted(2, 100),
        "boosted d3 r100": lambda: Boosted(3, 100),
        "boosted d3 r300": lambda: Boosted(3, 300),
        "boosted d5 r300": lambda: Boosted(5, 300, leaf=20),
    }
    print("\nhyper-parameters by 4-fold component CV inside the train half")
    print("(out-of-fold precision at 80 % recall kept, guard-accepted rows >= threshold):")
    chosen, best = None, -1.0
    for name, make in grid.items():
        oof = oof_scores(make, x, y, groups, fit_mask)
        cuts = np.quantile(oof[sub], np.linspace(0, 0.5, 101))
        prec = 0.0
        for cut in cuts:
            p, k = at_threshold(labels, sims, idx, accepted & (oof >= cut) & in_train, train_rows)
            if k >= 0.80:
                prec = max(prec, p)
        print(f"  {name:18s} {prec:.3f}")
        if prec > best:
            chosen, best, chosen_oof = name, prec, oof

    make = grid[chosen]
    model = make().fit(x[fit_mask], y[fit_mask])
    score, s_score = model.score(x), model.score(s_x)
    print(f"\nchosen: {chosen}; curve (cut-off on the model score; train half is in-sample):")
    print("  cut    train prec  kept   test prec  kept   stsb prec  kept")
    for cut in np.arange(0.50, 0.951, 0.025):
        tr = at_threshold(labels, sims, idx, accepted & (score >= cut), train_rows)
        te = at_threshold(labels, sims, idx, accepted & (score >= cut), ~train_rows)
        st = at_threshold(s_labels, s_sims, s_idx, s_acc & (s_score >= cut), every)
        print(f"  {cut:.3f}  {tr[0]:.3f}  {tr[1]:.3f}    {te[0]:.3f}  {te[1]:.3f}    "
              f"{st[0]:.3f}  {st[1]:.3f}")  # fmt: skip

    cut = None
    for c in np.arange(0.30, 0.991, 0.005):
        p, _ = at_threshold(labels, sims, idx, accepted & (chosen_oof >= c) & in_train, train_rows)
        if p >= args.target:
            cut = c
            break
    if cut is None:
        print(f"\nno cut-off reaches precision {args.target} out-of-fold on the train half")
        return
    te = at_threshold(labels, sims, idx, accepted & (score >= cut), ~train_rows)
    print(f"\ncut-off chosen on the train half (out-of-fold precision >= {args.target}): "
          f"{cut:.3f} -> test half precision {te[0]:.3f}, recall kept {te[1]:.3f} "
          f"(target: >= {args.target} with >= 0.80 kept)")  # fmt: skip


if __name__ == "__main__":
    main()
