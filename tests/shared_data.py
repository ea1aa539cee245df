"""Shared test data: where the labelled public data lives (the tests' and the benchmarks'
one rule, :func:`find_data`), the question corpus of the vector-index tests, and
paraphrase-like vectors made from stored ones."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

#: the checkout (the folder holding src/, tests/, benchmarks/)
ROOT = Path(__file__).resolve().parents[1]
#: environment variable naming the data folder (the one holding ``pairs/`` and ``intents/``)
DATA_ENV = "YAMABIKO_DATA"


def find_data(root: Path = ROOT) -> Path:
    """The labelled public data: ``$YAMABIKO_DATA`` when set, else ``shared/data`` beside the
    checkout (``../shared/data``, as CI lays it out) or beside a folder above it (a git
    worktree made in a subfolder), else ``../shared/data`` (missing: see :func:`require_data`)."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV]).expanduser()
    for folder in root.parents:
        if (folder / "shared" / "data").is_dir():
            return folder / "shared" / "data"
    return root.parent / "shared" / "data"


DATA = find_data()
PAIRS = DATA / "pairs"


def require_data(*parts: str, data: Path = DATA) -> Path:
    """``data / parts`` (e.g. ``require_data("pairs", "qqp-dev.jsonl")``); a clear SystemExit
    when it is not there, naming where it looked and how to point at the data."""
    path = data.joinpath(*parts)
    if not path.exists():
        raise SystemExit(
            f"the labelled public data is missing: {path} does not exist. Put the shared data "
            f"beside the checkout (../shared/data, holding pairs/ and intents/) or set "
            f"{DATA_ENV}=/path/to/data."
        )
    return path


def question_corpus(stored_count: int = 600, query_count: int = 120) -> tuple[list[str], list[str]]:
    """Distinct Quora questions to store, and paraphrases of stored ones to query with (from
    ``qqp-dev``: a pair whose question is already stored is skipped)."""
    stored: list[str] = []
    queries: list[str] = []
    for line in require_data("pairs", "qqp-dev.jsonl").read_text(encoding="utf-8").splitlines():
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


def twins(vectors: np.ndarray, i: int) -> set[str]:
    """The ids (``e{j}``) of every row of ``vectors`` equal to row ``i``, itself included: an
    exact search for row ``i`` may rightly give any of them. The question corpus holds two
    questions the default embedder reads as one ("... learn first?" / "... learn first.?",
    one surface form since surface2), stored as one vector twice. Equal means equal to within
    1e-6 in every coordinate: the model's output for one text moves in its last bits with the
    other texts of its batch (about 1e-7 here), so two such rows embedded in different batches,
    or one of them read from the embedder's cache, are not equal bit for bit."""
    return {f"e{j}" for j in np.flatnonzero(np.abs(vectors - vectors[i]).max(axis=1) <= 1e-6)}


def unit(x: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, as float32."""
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def with_paraphrases(stored: np.ndarray) -> np.ndarray:
    """The real embeddings and 4 perturbed copies of each (cosines 0.85 to 0.7: dense clusters)."""
    copies = [unit(perturbed(stored, c, seed=s)) for s, c in enumerate((0.85, 0.8, 0.75, 0.7))]
    return np.concatenate([stored, *copies])
