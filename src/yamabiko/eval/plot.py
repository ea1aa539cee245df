"""Plots of evaluation reports (PNG, matplotlib Agg backend)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def plot_pairs(report: dict[str, Any], path: str | Path, title: str = "") -> None:
    """Precision and recall vs threshold, threshold-only (dashed) and guarded (solid)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    styles = {"threshold_only": "--", "guard": "-"}
    for mode, data in report["modes"].items():
        xs = [r["threshold"] for r in data["curve"]]
        for metric, colour in (("precision", "tab:blue"), ("recall", "tab:orange")):
            ys = [np.nan if r[metric] is None else r[metric] for r in data["curve"]]
            label = f"{metric} ({mode.replace('_', ' ')})"
            ax.plot(xs, ys, styles.get(mode, "-"), color=colour, label=label)
        fhr = [
            np.nan if r["false_hit_rate"] is None else r["false_hit_rate"] for r in data["curve"]
        ]
        if report["positives"] == 0:
            ax.plot(
                xs, fhr, styles.get(mode, "-"), color="tab:red", label=f"false-hit rate ({mode})"
            )
    ax.axvline(report["default_threshold"], color="grey", linewidth=0.8)
    ax.axhline(report["target_precision"], color="grey", linewidth=0.5, linestyle=":")
    ax.set_xlabel("min_similarity (cosine)")
    ax.set_ylim(0, 1.02)
    ax.set_title(title or f"{report['embedder']}: {report['pairs']} pairs")
    ax.legend(loc="lower left", fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
