"""What the Japanese spelling rewrite of the default embedder's surface form costs per prompt.

    PYTHONPATH=src python benchmarks/bench_surface_ja.py benchmarks/data/faq-heldout*.jsonl

For every Japanese text of the pair files (each text once), side by side in one process: the
CPU time of the spelling rewrite (:func:`yamabiko.embedders.surface_ja.canonical_spelling`:
one SudachiPy pass), of the whole surface form (the rewrite included) and of the model's
forward pass of one text, so that the rewrite's share of embedding a prompt shows. The rewrite
keeps no SudachiPy pass, so each call tokenizes its text again; the model's token rows are
warm, as in a running server.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.surface import surface_form
from yamabiko.embedders.surface_ja import canonical_spelling


def japanese_texts(paths: list[str]) -> list[str]:
    """Each text of the pair files whose pair is marked Japanese, once, in file order."""
    seen: dict[str, None] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                pair = json.loads(line)
                if pair.get("lang") == "ja":
                    seen.setdefault(pair["a"])
                    seen.setdefault(pair["b"])
    return list(seen)


def cpu_ms(step, text: str) -> float:
    """The CPU time of ``step(text)`` in milliseconds."""
    start = time.process_time()
    step(text)
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    texts = japanese_texts(args.files)
    model = USEMultilingual()
    model.embed_sync(texts[:64])  # the model loaded, its token rows warm
    canonical_spelling("辞書を読み込みますか")  # SudachiPy's dictionary loaded
    encode = model._load()
    rows = []
    for text in texts:
        form = surface_form(text)
        rows.append((
            cpu_ms(canonical_spelling, text),
            cpu_ms(surface_form, text),
            cpu_ms(lambda t: encode([t]), form),
        ))  # fmt: skip
    table = np.array(rows)
    changed = sum(canonical_spelling(text) != text for text in texts)
    print(f"{len(texts)} Japanese texts, {changed} rewritten; CPU ms per text")
    names = ("spelling rewrite", "surface form (all of it)", "model, one text")
    for name, column in zip(names, table.T, strict=True):
        p50, p99 = np.percentile(column, [50, 99])
        print(f"{name:26s} mean {column.mean():.3f}  p50 {p50:.3f}  p99 {p99:.3f}")
    share = table[:, 0].sum() / (table[:, 1].sum() + table[:, 2].sum())
    print(f"rewrite / (surface form + model): {share:.1%}")


if __name__ == "__main__":
    main()
