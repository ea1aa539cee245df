"""The default guard's verdicts on a fixed sample of real pairs, recorded in
``tests/data/guard-verdicts.jsonl`` so that a change made for speed can be shown to change
nothing (``tests/test_guard_same_verdicts.py``).

For each pair (the FAQ set in ``benchmarks/data`` and the first rows of three public pair sets)
at a cosine that cycles through the trees' band and above it, a record holds the verdict
(accept and reason), the trees' feature row (rounded to ``FEATURE_DECIMALS`` places) when the
pair reaches the trees, and a digest of each prompt's analysis and minimal-pair units. Digests
are of exact ``repr``s of hash-seed independent forms (sets sorted). The feature row is kept as
numbers and compared within ``FEATURE_TOLERANCE`` (:func:`same_record`): word-vector cosines
are float32 sums whose last bits depend on the numpy build and the CPU, so a digest of them to
the last bit differs between machines while every verdict stays the same.

Write the file from a source tree (run it with that tree on ``PYTHONPATH``)::

    PYTHONPATH=src python tests/guard_verdicts.py --write

Only a deliberate change of the guard's behaviour (its rules, lexicon, retrained trees)
rewrites it; a speed change must leave it as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shared_data import PAIRS

from yamabiko.eval.data import read_jsonl
from yamabiko.guard import Guard, analyse
from yamabiko.guard.boosted import boosted_model, features
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "guard-verdicts.jsonl"
FAQ = ROOT / "benchmarks" / "data" / "faq-pairs.jsonl"
#: public pair sets and how many of their first rows the sample takes
SETS = {"qqp-dev": 600, "jsts-train": 600, "jsick-train-contradictions": 300}
#: cosines cycled over the pairs: the trees' band (0.80-0.95) and above it
COSINES = (0.80, 0.85, 0.90, 0.949, 0.97)
#: places the feature row is rounded to, and the difference two recorded rows may show
FEATURE_DECIMALS = 5
FEATURE_TOLERANCE = 2.5 * 10**-FEATURE_DECIMALS


def sample() -> Iterator[tuple[str, int, str, str, str | None, float]]:
    """(set, row, query, cached, lang, cosine) of every pair of the sample."""
    sources = [("faq-pairs", FAQ, None), *((n, PAIRS / f"{n}.jsonl", k) for n, k in SETS.items())]
    i = 0
    for name, path, count in sources:
        for row, pair in enumerate(read_jsonl(path)[:count]):
            yield name, row, pair["b"], pair["a"], pair.get("lang"), COSINES[i % len(COSINES)]
            i += 1


def digest(value: Any) -> str:
    """A short digest of ``value``'s ``repr``."""
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:16]


def analysis_digest(text: str, lang: str | None) -> str:
    """Digest of a text's :class:`~yamabiko.guard.Analysis` (sets sorted) and its units."""
    a = analyse(text, lang)
    fields = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in vars(a).items()}
    found = [
        (u.key, u.text, u.kind, u.forms, u.reading, sorted(u.synonyms), u.position, u.word,
         u.bound, u.modifier, u.vector, u.rarity)
        for u in units(text, a.lang)
    ]  # fmt: skip
    return digest((sorted(fields.items()), found))


def record(query: str, cached: str, lang: str | None, cosine: float, guard: Guard) -> dict:
    """What the sample records of one pair: the verdict, the trees' feature row (digest) when
    they apply, and the digests of both prompts."""
    verdict = guard.check(query, cached, lang, cosine)
    a = analyse(query, lang)
    b = analyse(cached, lang if lang is not None else a.lang)
    row = None
    if boosted_model().applies(cosine, a) and query != cached:
        first, second = units(cached, b.lang), units(query, a.lang)
        outcome = DEFAULT.compare(first, second, cosine).reason
        found = features(cached, query, first, second, b, a, cosine, outcome,
                         columns=boosted_model().columns)
        row = [round(float(x), FEATURE_DECIMALS) for x in found]
    return {
        "accept": verdict.accept,
        "reason": verdict.reason,
        "features": row,
        "query": analysis_digest(query, a.lang),
        "cached": analysis_digest(cached, b.lang),
    }


def same_record(found: dict, want: dict) -> bool:
    """Whether a record found now matches a recorded one: every field equal, the feature rows
    of the same length and within ``FEATURE_TOLERANCE`` of each other."""
    mine, theirs = found.get("features"), want.get("features")
    if {**found, "features": None} != {**want, "features": None}:
        return False
    if mine is None or theirs is None:
        return mine is theirs
    return len(mine) == len(theirs) and all(
        abs(x - y) <= FEATURE_TOLERANCE for x, y in zip(mine, theirs, strict=True)
    )


def recorded() -> list[dict]:
    """The records of ``GOLDEN`` as written, in sample order (one per pair of :func:`sample`)."""
    return [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]


def records() -> Iterator[dict]:
    """Every record of the sample, checked with one default guard in sample order."""
    guard = Guard()
    for name, row, query, cached, lang, cosine in sample():
        found = record(query, cached, lang, cosine, guard)
        yield {"set": name, "row": row, "cosine": cosine, **found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {GOLDEN.name}")
    args = parser.parse_args()
    lines = [json.dumps(r, ensure_ascii=False) for r in records()]
    if args.write:
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} records to {GOLDEN}")
    else:
        want = recorded()
        found = [json.loads(line) for line in lines]
        same = len(found) == len(want) and all(map(same_record, found, want))
        print(f"{len(lines)} records: {'the same as' if same else 'NOT the same as'} {GOLDEN}")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
