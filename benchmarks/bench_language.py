"""How stable the prompt-language label is: pairs whose two sides get different labels.

    python benchmarks/bench_language.py [../shared/data/pairs]

A paraphrase pair split across two labels would be a lost hit (the language is part of the
exact context), so the figure that matters is the split positive pairs.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from yamabiko.language import detect_language

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "pairs"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print("| set | pairs | split pairs | split positive pairs | labels |")
    print("|---|---|---|---|---|")
    for path in sorted(folder.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        labels: Counter[str] = Counter()
        split = split_positive = positives = 0
        for row in rows:
            a, b = detect_language(row["a"]), detect_language(row["b"])
            labels.update((a, b))
            positives += row["label"] == 1
            if a != b:
                split += 1
                split_positive += row["label"] == 1
        top = ", ".join(f"{lang} {n}" for lang, n in labels.most_common(4))
        print(f"| {path.stem} | {len(rows)} | {split} | {split_positive} of {positives} | {top} |")


if __name__ == "__main__":
    main()
