"""``benchmarks/train_boosted.py --dump`` (session 26): besides each pair's cosine, label, rules
and out-of-fold score, the dump carries the packaged model's score and the pair's kind, so the
guard's cut-offs (the verified band included) can be simulated per kind for both models from
one file; a data set the run scored with no model (no ``score`` column) is written as NaN."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import boosted_tables


def _rows(n: int, kind: str, with_score: bool) -> dict[str, np.ndarray]:
    """One data set's columns as ``train_boosted.main`` keeps them (``n`` pairs)."""
    d = {
        "sim": np.linspace(0.70, 0.90, n), "label": np.arange(n) % 2,
        "fold": np.zeros(n, dtype=int), "old": np.ones(n, dtype=bool),
        "base": np.ones(n, dtype=bool), "mp": np.zeros(n, dtype=bool),
        "packaged": np.linspace(0.1, 0.9, n), "kind": np.array([kind] * n),
        "texts": np.array([(f"question {i}", f"reworded {i}") for i in range(n)]),
    }  # fmt: skip
    if with_score:
        d["score"] = np.linspace(0.2, 0.8, n)
    return d


def test_the_dump_keeps_the_packaged_score_and_the_kind(tmp_path) -> None:
    data = {"faq-heldout19": _rows(3, "paraphrase", True), "qqp-dev": _rows(2, "", False)}
    out = tmp_path / "dump.npz"
    boosted_tables.dump(out, data)
    with np.load(out, allow_pickle=False) as z:
        assert list(z["stem"]) == ["faq-heldout19"] * 3 + ["qqp-dev"] * 2
        assert np.allclose(z["packaged"], np.r_[np.linspace(0.1, 0.9, 3), np.linspace(0.1, 0.9, 2)])
        assert list(z["kind"]) == ["paraphrase"] * 3 + [""] * 2
        assert np.allclose(z["score"][:3], np.linspace(0.2, 0.8, 3))
        assert np.isnan(z["score"][3:]).all()  # scored by no model in that run
        assert list(z["a"]) == [f"question {i}" for i in (0, 1, 2, 0, 1)]
