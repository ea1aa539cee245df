"""Could the guard's boosted trees stop early, or skip features? (session 19: measured, no.)

For every candidate the trees decide (each pair of the files checked by the default guard at
cosine 0.85, as ``bench_guard.py`` does), this takes the trees' feature row and asks, for each
group of features left unknown, whether the decision could already be made: each tree's output
bounded by the least and the greatest leaf it can still reach when a node that tests an
unknown feature may go either way (:func:`bounds`, exact: the true sum lies between them).
Only a decision that needs no score can be made that way: "the trees do not overturn the
minimal-pair check" (a score at or above the cut-off when it accepted, below ``accept_from``
when it rejected); a rejection (``learned:0.31``) and a serve (``learned-accept:0.93``) name
the score, so every tree must be summed for them.

    PYTHONPATH=src python benchmarks/tree_bounds.py ../shared/data/pairs/qqp-dev.jsonl \
        ../shared/data/pairs/jsts-train.jsonl
"""

from __future__ import annotations

import argparse
import json
import math

import numpy as np

from yamabiko.guard import Guard
from yamabiko.guard.boosted import FEATURES, RICH_FEATURES, BoostedModel, boosted_model

#: groups of features left unknown: what a lazy scorer would compute only when asked
GROUPS = {
    "char n-grams": ("char3", "char4"),
    "the rich features": RICH_FEATURES,
    "all but cosine": tuple(f for f in FEATURES if f != "cosine"),
}


def _paths(depth: int) -> tuple[np.ndarray, np.ndarray]:
    """For each leaf of a complete tree of ``depth`` (leaves numbered left to right): the
    heap indexes of the inner nodes on its path and the way it goes at each (True: right)."""
    nodes = np.zeros((1 << depth, depth), np.intp)
    right = np.zeros((1 << depth, depth), bool)
    for leaf in range(1 << depth):
        node = 0
        for level in range(depth):
            bit = (leaf >> (depth - 1 - level)) & 1
            nodes[leaf, level], right[leaf, level] = node, bool(bit)
            node = 2 * node + 1 + bit
    return nodes, right


def bounds(model: BoostedModel, row: list[float], known: np.ndarray) -> tuple[float, float]:
    """The least and greatest log-odds the trees can give ``row`` when only the features
    ``known`` (a boolean per feature) are known: per tree, the leaves no known test excludes."""
    nodes, way = _paths(model.depth)
    x = np.asarray(row, dtype=np.float64)
    goes_right = x[model.feature] > model.threshold
    excluded = (known[model.feature][:, nodes] & (goes_right[:, nodes] != way)).any(axis=2)
    low = np.where(excluded, np.inf, model.value).min(axis=1).sum()
    high = np.where(excluded, -np.inf, model.value).max(axis=1).sum()
    return model.baseline + float(low), model.baseline + float(high)


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def decided(model: BoostedModel, case: dict, known: np.ndarray) -> bool:
    """Whether ``case``'s decision needs no score and the bounds already make it."""
    if case["reason"] is not None:  # learned:<p>, learned-accept:<p>, narrowing:<w>:<p>
        return False
    low, high = bounds(model, case["row"], known)
    reject_below, accept_from = model.cutoffs(case["similarity"])
    if case["accepted"]:
        cut = max(reject_below, case["modifier"]) if case["modifier"] else reject_below
        return low > _logit(cut) + 1e-9
    return high < _logit(accept_from) - 1e-9


def cases(path: str, rows: int) -> list[dict]:
    """The trees' decisions on the first ``rows`` pairs of ``path`` (default guard, 0.85)."""
    found: list[dict] = []
    verdict = BoostedModel.verdict
    import yamabiko.guard.boosted as boosted

    features = boosted.features

    def record(*args, **kwargs):  # the row the trees score
        found.append({"row": features(*args, **kwargs)})
        return found[-1]["row"]

    def checked(self, cached, query, first, second, a, b, similarity, minpair, *rest):
        count = len(found)
        result = verdict(self, cached, query, first, second, a, b, similarity, minpair, *rest)
        if len(found) > count:
            modifier = rest[1] if len(rest) > 1 and rest[1] is not None else None
            found[-1].update(similarity=similarity, accepted=minpair.accept,
                             modifier=modifier[1] if modifier else None,
                             reason=None if result is None else result.reason)  # fmt: skip
        return result

    boosted.features, BoostedModel.verdict = record, checked  # type: ignore[method-assign]
    try:
        guard = Guard()
        with open(path, encoding="utf-8") as handle:
            for line in list(handle)[:rows]:
                pair = json.loads(line)
                guard.check(pair["b"], pair["a"], pair.get("lang"), 0.85)
    finally:
        boosted.features, BoostedModel.verdict = features, verdict  # type: ignore[method-assign]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    model = boosted_model()
    for path in args.paths:
        found = cases(path, args.rows)
        free = sum(c["reason"] is None for c in found)
        print(f"{path.rsplit('/', 1)[-1]}: {len(found)} candidates the trees decide, "
              f"{free} of them without a score (the trees leave the verdict)")  # fmt: skip
        for name, group in GROUPS.items():
            known = np.array([f not in group for f in FEATURES])
            count = sum(decided(model, c, known) for c in found)
            print(f"  {name} unknown: decided by the bounds {count} of {free}")


if __name__ == "__main__":
    main()
