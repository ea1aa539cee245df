"""Build ``src/yamabiko/guard/wordvec.npz``: the default embedder's vectors of frequent words,
which the minimal-pair check uses to tell a synonym (buy / purchase) from another word
(buy / sell).

Vocabulary: the 30,000 most frequent English words of ``wordfreq`` (letters only) and the
most frequent Japanese words of ``wordfreq`` that SudachiPy reads as one morpheme, as their
SudachiPy normalised forms (up to 30,000). Each word is embedded on its own with Universal
Sentence Encoder Multilingual v3, the vectors are reduced to ``--dims`` by PCA and stored as
int8 (one scale per row). Deterministic; needs ``pip install wordfreq`` (build time only).

    PYTHONPATH=src python benchmarks/build_word_vectors.py [--dims 128] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import time
import unicodedata
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "yamabiko" / "guard" / "wordvec.npz"


def vocabulary(size: int) -> list[str]:
    import wordfreq
    from sudachipy import Dictionary, SplitMode

    english = [
        w
        for w in wordfreq.top_n_list("en", size + 10_000)
        if re.fullmatch(r"[a-z][a-z'\-]*", w) and len(w) > 1
    ][:size]
    tokenizer = Dictionary(dict="core").tokenizer()
    japanese: list[str] = []
    seen: set[str] = set()
    for word in wordfreq.top_n_list("ja", size + 10_000):
        morphemes = tokenizer.tokenize(unicodedata.normalize("NFKC", word), SplitMode.C)
        if len(morphemes) != 1:
            continue
        norm = morphemes[0].normalized_form()
        if norm in seen or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", norm):
            continue
        seen.add(norm)
        japanese.append(norm)
    return english + japanese[:size]


def embed(words: list[str]) -> np.ndarray:
    from yamabiko.embedders.local import USEMultilingual

    embedder = USEMultilingual(threads=2)
    out = [embed_batch(embedder, words[i : i + 512]) for i in range(0, len(words), 512)]
    vectors = np.vstack(out).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def embed_batch(embedder, batch: list[str]) -> np.ndarray:
    return np.asarray(embedder.embed_sync(batch))


def compress(vectors: np.ndarray, dims: int) -> np.ndarray:
    """PCA to ``dims`` (centred), then int8 with a per-row scale folded away: only cosines
    are used, so each row may be scaled freely."""
    centred = vectors - vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dims].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    return np.round(reduced * 127 / np.abs(reduced).max(axis=1, keepdims=True)).astype(np.int8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=30_000, help="words per language")
    parser.add_argument("--dims", type=int, default=128, help="PCA dimensions kept")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--vectors", help="reuse full vectors from this .npy (words in order)")
    args = parser.parse_args()
    start = time.perf_counter()
    words = vocabulary(args.size)
    vectors = np.load(args.vectors) if args.vectors else embed(words)
    table = compress(vectors, args.dims)
    joined = np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(args.out, words=joined, vectors=table)
    print(
        f"{len(words)} words, {args.dims} dims -> {args.out} ({time.perf_counter() - start:.0f} s)"
    )


if __name__ == "__main__":
    main()
