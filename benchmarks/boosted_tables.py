"""The tables and the dump of ``benchmarks/train_boosted.py``: what each pair of cut-offs would
serve per data set (P / R / label-0 served; per FAQ kind) and every pair's columns for
``benchmarks/e5_band.py measure``. Split from the training script in session 26 (its length);
``d`` is one data set's columns as ``train_boosted.main`` keeps them (``sim``, ``label``,
``old``, ``base``, ``mp``, ``kind``, ``texts``, and the ``score`` / ``packaged`` scores)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

Cut = tuple[float, float, float, float]


def served_pairs(d: dict, cut: Cut | None, lower: float, upper: float, pivot: float,
                 key: str = "score") -> np.ndarray:  # fmt: skip
    """Which pairs of one data set are served: the old guard at ``lower``, or in the band the
    scores ``d[key]`` (out of fold; ``packaged``: the shipped model's) with ``cut`` (reject
    below, accept from; the two below ``pivot``)."""
    score = d.get(key, np.full(len(d["sim"]), np.nan))
    band = d["base"] & (d["sim"] >= lower) & (d["sim"] < upper)
    served = d["old"] & (d["sim"] >= lower)
    if cut is not None:
        low = d["sim"] < pivot
        reject, accept = np.where(low, cut[2], cut[0]), np.where(low, cut[3], cut[1])
        model = (d["mp"] & (score >= reject)) | (~d["mp"] & (score >= accept))
        served = np.where(band, model, served)
    return served


def cell(d: dict, cut: Cut | None, lower: float, upper: float, pivot: float) -> str:
    """P / R / label-0 served of one data set (:func:`served_pairs`, out-of-fold scores)."""
    served = served_pairs(d, cut, lower, upper, pivot)
    labels = d["label"]
    tp, fp = int((served & (labels == 1)).sum()), int((served & (labels == 0)).sum())
    prec = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
    rec = f"{tp / labels.sum():.3f}" if labels.sum() else "-"
    return f"{prec} / {rec} / {fp / max((labels == 0).sum(), 1) * 100:.1f}%"


def table(data: dict, settings: list, lower: float, upper: float, pivot: float, rows: int) -> None:
    """One Markdown table: per setting, :func:`cell` of every data set at threshold ``lower``."""
    print(f"\nrows {rows}; threshold and band [{lower}, {upper}); out of fold; "
          "P / R / label-0 served")  # fmt: skip
    print("| reject below / accept from | " + " | ".join(data) + " |")
    print("|---|" + "---|" * len(data))
    for name, cut in settings:
        cells = [cell(d, cut, lower, upper, pivot) for d in data.values()]
        print(f"| {name} | " + " | ".join(cells) + " |")


def kinds(data: dict, settings: list, lower: float, upper: float, pivot: float) -> None:
    """For the data sets whose pairs carry a ``kind`` (the FAQ sets): paraphrases / minimal
    pairs served (%) / role swaps served (count), per setting ``(name, cut, score key)``."""
    sets = {stem: d for stem, d in data.items() if "paraphrase" in set(d["kind"])}
    if not sets:
        return
    print(f"\nthreshold {lower}: paraphrases % / minimal pairs % / role swaps served "
          "(scores out of fold; --leave-out and --score files: by a model never trained on them)")
    print("| setting | " + " | ".join(sets) + " | all |")
    print("|---|" + "---|" * (len(sets) + 1))
    for name, cut, key in settings:
        cells, total = [], np.zeros(6, dtype=int)
        for d in sets.values():
            served = served_pairs(d, cut, lower, upper, pivot, key)
            counts = np.array([n for kind in ("paraphrase", "minimal-pair", "role-swap")
                               for n in ((served & (d["kind"] == kind)).sum(),
                                         (d["kind"] == kind).sum())])  # fmt: skip
            total += counts
            cells.append(kind_cell(counts))
        print(f"| {name} | " + " | ".join(cells) + f" | {kind_cell(total)} |")


def kind_cell(counts: np.ndarray) -> str:
    """``para % / minimal % / roles n`` from (served, total) counts of the three kinds."""
    pct = [f"{a / b * 100:.1f}" if b else "-" for a, b in (counts[0:2], counts[2:4])]
    return f"{pct[0]} / {pct[1]} / {counts[4]}"


def dump(path: Path, data: dict) -> None:
    """Every pair's columns (not the feature rows; with the ``packaged`` model's score and the
    ``kind``, since session 26) and its data set's name, for ``e5_band.py measure``."""
    keys = ("sim", "label", "fold", "old", "base", "mp", "score", "packaged", "kind")
    columns = {k: np.concatenate([d[k] if k in d else np.full(len(d["sim"]), np.nan)
                                  for d in data.values()]) for k in keys}  # fmt: skip
    stems = np.concatenate([[stem] * len(d["sim"]) for stem, d in data.items()])
    texts = np.concatenate([d["texts"] for d in data.values()])
    np.savez_compressed(path, stem=stems, a=texts[:, 0], b=texts[:, 1], **columns)
    print(f"wrote {path}")
