"""Shared test data: where the labelled public data lives (``../shared/data`` beside the
checkout, as CI lays it out, or the development machine's ``/work/shared/data``), the question
corpus of the vector-index tests, and paraphrase-like vectors made from stored ones."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
PAIRS = DATA / "pairs"


def question_corpus(stored_count: int = 600, query_count: int = 120) -> tuple[list[str], list[str]]:
    """Distinct Quora questions to store, and paraphrases of stored ones to query with (from
    ``qqp-dev``: a pair whose question is already stored is skipped)."""
    stored: list[str] = []
    queries: list[str] = []
    for line in (PAIRS / "qqp-dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["a"] in stored or row["b"] in stored:
            continue
        stored.append(row["a"])
        if row["label"] == 1 and len(queries) < query_count:
            queries.append(row["b"])
        if len(stored) == stored_count:
            break
    return stored, queries


def perturbed(vectors: np.ndarray, cosine: float, seed: int) -> np.ndarray:
    """Unit vectors at exactly ``cosine`` from each of ``vectors`` (paraphrase-like queries)."""
    noise = np.random.default_rng(seed).standard_normal(vectors.shape).astype(np.float32)
    noise -= (noise * vectors).sum(axis=1, keepdims=True) * vectors
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    return cosine * vectors + np.sqrt(1 - cosine**2) * noise
