"""Quality metrics over similarity scores and labels: ROC/PR AUC and per-threshold rows."""

from __future__ import annotations

from typing import Any

import numpy as np

THRESHOLDS = np.round(np.arange(0.50, 1.0, 0.01), 2)


def auc_roc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    """The ROC AUC of ``scores`` for binary ``labels`` (None without both classes)."""
    pos, neg = int(labels.sum()), int((1 - labels).sum())
    if not pos or not neg:
        return None
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    # average ranks for ties
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[labels == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def auc_pr(scores: np.ndarray, labels: np.ndarray) -> float | None:
    """Average precision (area under the precision-recall curve, step-wise)."""
    pos = int(labels.sum())
    if not pos:
        return None
    order = np.argsort(-scores, kind="mergesort")
    hits = labels[order]
    tp = np.cumsum(hits)
    precision = tp / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / pos)


def threshold_metrics(
    sims: np.ndarray, labels: np.ndarray, accepted: np.ndarray, thresholds: np.ndarray
) -> list[dict[str, Any]]:
    """Per threshold: served pairs are those with similarity >= t that ``accepted`` allows."""
    rows = []
    positives, negatives = int(labels.sum()), int((1 - labels).sum())
    for t in thresholds:
        served = (sims >= t) & accepted
        tp = int((served & (labels == 1)).sum())
        fp = int((served & (labels == 0)).sum())
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / positives if positives else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else None
        )
        rows.append(
            {
                "threshold": float(t),
                "served": tp + fp,
                "tp": tp,
                "fp": fp,
                "precision": rounded(precision),
                "recall": rounded(recall),
                "f1": rounded(f1),
                "false_hit_rate": rounded(fp / negatives if negatives else None),
            }
        )
    return rows


def rounded(value: float | None) -> float | None:
    """``value`` to 4 decimals, for reports (None stays None)."""
    return None if value is None else round(float(value), 4)


def row_at(rows: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """The row whose threshold is nearest to ``threshold``."""
    return min(rows, key=lambda r: abs(r["threshold"] - threshold))


def lowest_reaching(rows: list[dict[str, Any]], target: float) -> dict[str, Any] | None:
    """The lowest threshold whose precision is >= target (and serves something)."""
    for row in rows:
        if row["precision"] is not None and row["precision"] >= target:
            return {"threshold": row["threshold"], "recall": row["recall"]}
    return None
