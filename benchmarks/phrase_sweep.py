"""The cut of :data:`yamabiko.conversation.phrases.NEAR` swept over conversation sets: every
pair's history verdict with every readable phrase score served (the cut at -1), then, for each
cut of a list, the same-context pairs served by kind and the different-context pairs served
(session 35). Each comparison's phrase scores are recorded as it runs; a pair served with
every readable score let through is served at a cut when the lowest readable score of its
comparison reaches the cut (a pair served with none is served at any cut). A comparison that
asks the phrase step twice could in principle be decided otherwise at one cut: check the
chosen cut with ``conversation_history_verdicts.py`` itself.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/phrase_sweep.py \\
        benchmarks/data/conversations*.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from pathlib import Path

from conversation_history_verdicts import verdicts

from yamabiko.conversation import ConversationMatcher, phrases

#: the readable phrase scores of each comparison, in order
SCORES: list[list[float]] = []


def _recorded() -> None:
    """Record every phrase score, and each comparison's scores as one entry of SCORES."""
    scores = phrases.phrase_scores
    compare = ConversationMatcher.compare

    def scored(*args, **kwargs) -> float:
        found = scores(*args, **kwargs)
        SCORES[-1].append(found)
        return found

    def compared(self, *args, **kwargs):
        SCORES.append([])
        return compare(self, *args, **kwargs)

    phrases.phrase_scores = scored
    ConversationMatcher.compare = compared


CUTS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def _kinds(paths: list[str]) -> dict[tuple[str, str], str]:
    """(set, id) -> the pair's kind, from the sets."""
    out = {}
    for path in paths:
        name = Path(path).stem.removeprefix("conversations-")
        for row in Path(path).read_text(encoding="utf-8").splitlines():
            pair = json.loads(row)
            out[(name, pair["id"])] = str(pair.get("kind", ""))
    return out


def main() -> None:
    """Print the phrase-scored pairs, then one line per cut."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="conversation pairs JSON Lines")
    args = parser.parse_args()
    phrases.NEAR = -0.99  # every readable score (an unreadable phrase is -1)
    _recorded()
    kinds = _kinds(args.data)
    rows = [line.split("\t") for line in asyncio.run(verdicts(args.data))]
    compared = iter(SCORES)
    scored = []
    base: Counter[tuple[str, str]] = Counter()
    for name, pair, label, accept, reason in rows:
        kind = kinds[(name, pair)]
        readable = [] if reason == "no-history" else [s for s in next(compared) if s > -1.0]
        if readable:
            print(f"{min(readable):.3f}\t{label}\t{kind}\t{accept}\t{name}\t{pair}\t{reason}")
        if accept == "1" and readable:
            scored.append((min(readable), label, kind, name, pair))
        elif accept == "1":
            base[(label, kind)] += 1
    total = Counter((label, kinds[(name, pair)]) for name, pair, label, *_ in rows)
    same_total = sum(n for (label, _), n in total.items() if label == "1")
    different_total = sum(n for (label, _), n in total.items() if label == "0")
    print("cut\treworded\tsame\tdifferent\tdifferent kinds")
    for cut in (1.01, *CUTS):
        served = base + Counter((label, kind) for s, label, kind, *_ in scored if s >= cut)
        different = {k: n for (label, k), n in served.items() if label == "0" and n}
        same = sum(n for (label, _), n in served.items() if label == "1")
        print(
            f"{cut:g}\t{served[('1', 'reworded')]} of {total[('1', 'reworded')]}\t"
            f"{same} of {same_total}\t{sum(different.values())} of {different_total}\t{different}"
        )


if __name__ == "__main__":
    main()
