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


def plot_learning_curve(report: dict[str, Any], path: str | Path) -> None:
    """Hit rate and served-hit accuracy per window of the stream, each run (``judge`` solid),
    with the judge's calls per miss; the warm-up is shaded."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 7), sharex=True)
    colours = {"threshold_only": "tab:grey", "guard": "tab:blue", "judge": "tab:green"}
    for name, run in report["runs"].items():
        curve = run["stream"]["curve"]
        xs = [p["end"] for p in curve]
        style = "-" if name == "judge" else "--"
        colour = colours.get(name, "tab:purple")
        top.plot(xs, [p["hit_rate"] for p in curve], style, color=colour, label=f"{name}")
        accuracy = [np.nan if p["hit_accuracy"] is None else p["hit_accuracy"] for p in curve]
        bottom.plot(xs, accuracy, style, color=colour, label=f"{name} accuracy")
        if name == "judge":
            per_miss = [p["judge_calls_per_miss"] or 0.0 for p in curve]
            bottom.plot(xs, per_miss, ":", color="tab:red", label="judge calls per miss")
    for ax in (top, bottom):
        ax.axvspan(0, report.get("warmup", 0), color="grey", alpha=0.12)
        ax.grid(alpha=0.3)
        ax.legend(loc="best", fontsize=8)
    top.set_ylabel("hit rate (per window)")
    bottom.set_ylabel("served-hit accuracy")
    bottom.set_ylim(0, 1.02)
    bottom.set_xlabel("queries streamed")
    judge = report.get("judge") or {}
    band = judge.get("verify_from")
    if band is None and isinstance(report.get("min_similarity"), (int, float)):
        band = round(report["min_similarity"] - 0.10, 2)  # the review's default band
    top.set_title(
        f"{report['queries']} queries, threshold {report['min_similarity']}, judge "
        f"{judge.get('kind', 'none')} (error {judge.get('error')}), band from "
        f"{band}, {judge.get('mode')}"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
