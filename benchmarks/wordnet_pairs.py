"""Which WordNet lexicographer files pair different things: for the commonest English words of
the word-vector table, every pair that shares one of both words' first three tagged senses
(``guard/wordnet.py``, exclusions off), grouped by the shared synset's file, with how many pairs
the word vectors put below 0.75 and at or above ``wordnet.FLOOR``, and a sample of the latter.

    PYTHONPATH=src python benchmarks/wordnet_pairs.py --words 8000
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

from yamabiko.guard import wordnet, wordvec


def main() -> None:
    """Print one line per lexicographer file, most pairs first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=8000)
    parser.add_argument("--sample", type=int, default=8)
    args = parser.parse_args()
    tables = wordnet.load()
    if tables is None:
        raise SystemExit("WordNet data not found")
    common = [w for w in wordvec.words()[:30000] if w.isascii() and w.isalpha()][: args.words]
    holders: dict[int, list[str]] = defaultdict(list)
    for word in common:
        for pos in range(len(wordnet.POS)):
            for synset in wordnet.tagged_senses(word, pos, wordnet.SENSES):
                holders[synset].append(word)
    found: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    for synset, words in holders.items():
        for i, first in enumerate(words):
            for second in words[i + 1 :]:
                if set(wordnet.lemmas(first)) & set(wordnet.lemmas(second)):
                    continue  # two forms of one lemma
                rows = wordvec.vector_index(first), wordvec.vector_index(second)
                if rows[0] is not None and rows[1] is not None:
                    cosine = wordvec.similarity(rows[0], rows[1])
                    found[tables.synsets[synset].lexname][(first, second)] = cosine
    random.seed(1)
    print("| file | pairs | below 0.75 | at or above the floor, below 0.75 | median | sample |")
    print("|---|---|---|---|---|---|")
    for name, pairs in sorted(found.items(), key=lambda item: -len(item[1])):
        cosines = sorted(pairs.values())
        band = [(c, p) for p, c in pairs.items() if wordnet.FLOOR <= c < 0.75]
        shown = random.sample(band, min(args.sample, len(band)))
        excluded = " (excluded)" if name in wordnet.EXCLUDED else ""
        print(
            f"| {name}{excluded} | {len(pairs)} | {sum(c < 0.75 for c in cosines)} | {len(band)}"
            f" | {cosines[len(cosines) // 2]:.2f} | "
            + ", ".join(f"{a} / {b} {c:.2f}" for c, (a, b) in sorted(shown))
            + " |"
        )


if __name__ == "__main__":
    main()
