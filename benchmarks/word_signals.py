"""Can a word-level signal tell a synonym (change / update) from another word of the same kind
(buy / sell, lunch / dinner)? Prints, for general English examples of both, the cosine of the
two words from the guard's word-vector table, from the default embedder on the words inside a
few phrase templates, and (``--minilm``, see ``second_opinion.py``) from all-MiniLM-L6-v2 on
the words alone. The minimal-pair check needs a signal where every synonym scores above every
other word; none here does (docs/quality.md).

    PYTHONPATH=src python benchmarks/word_signals.py [--minilm]
"""

from __future__ import annotations

import argparse

import numpy as np

SYNONYMS = [
    ("change", "update"), ("find", "see"), ("cancel", "stop"), ("ship", "deliver"),
    ("turn on", "enable"), ("cost", "price"), ("buy", "purchase"), ("big", "large"),
    ("fix", "repair"), ("change", "switch"), ("transfer", "send"), ("fee", "cost"),
    ("change", "move"), ("sign up", "register"), ("contact", "reach"),
]  # fmt: skip
OTHERS = [
    ("buy", "sell"), ("annual", "monthly"), ("arrival", "departure"), ("lunch", "dinner"),
    ("credit", "debit"), ("router", "modem"), ("early", "late"), ("join", "leave"),
    ("upper", "lower"), ("adult", "child"), ("add", "withdraw"), ("front", "back"),
    ("basic", "premium"), ("month", "year"), ("open", "close"), ("upload", "download"),
    ("import", "export"), ("increase", "decrease"), ("enable", "disable"),
]  # fmt: skip
TEMPLATES = ["{}", "to {}", "how to {} it", "the {}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minilm", action="store_true")
    args = parser.parse_args()

    from yamabiko.eval.data import embed_texts, load_embedder
    from yamabiko.guard import wordvec

    embedder = load_embedder(None)
    words = sorted({w for pair in SYNONYMS + OTHERS for w in pair})
    columns: dict[str, dict[str, np.ndarray]] = {}
    for template in TEMPLATES:
        texts = [template.format(w) for w in words]
        columns[f"USE '{template}'"] = dict(
            zip(words, embed_texts(embedder, texts, progress=False), strict=True)
        )
    if args.minilm:
        from second_opinion import MiniLM

        columns["MiniLM word"] = dict(zip(words, MiniLM().embed(words), strict=True))

    def table(a: str, b: str) -> str:
        i, j = wordvec.vector_index(a), wordvec.vector_index(b)
        return f"{wordvec.similarity(i, j):.2f}" if i is not None and j is not None else "-"

    print("| kind | words | word table | " + " | ".join(columns) + " |")
    print("|---|---|---|" + "---|" * len(columns))
    for kind, pairs in (("synonym", SYNONYMS), ("other", OTHERS)):
        for a, b in pairs:
            cells = [f"{float(v[a] @ v[b]):.2f}" for v in columns.values()]
            print(f"| {kind} | {a} / {b} | {table(a, b)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
