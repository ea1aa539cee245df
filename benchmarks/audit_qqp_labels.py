"""How far can precision on qqp-dev go? A label audit of the guard's remaining false hits.

``benchmarks/data/qqp-dev-audit.tsv`` holds our reading of 100 label-0 qqp-dev pairs that the
guard served at cosine >= 0.90 (a seeded random sample): ``same`` (an answer to one is a right
answer to the other, so the label is wrong for a cache), ``different`` (a real false hit) or
``unclear``. This script finds those pairs in the data file by hash, says which ones the
current guard still serves, and turns the audited shares into the precision an *oracle*
verifier would reach on these labels: one that rejects every real and unclear false hit and
keeps every labelled duplicate.

    python benchmarks/audit_qqp_labels.py ../shared/data/pairs/qqp-dev.jsonl \
        [--report qqp-dev.json]    # a ``yamabiko eval pairs`` report; computed if omitted
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

AUDIT = Path(__file__).parent / "data" / "qqp-dev-audit.tsv"


def pair_hash(a: str, b: str) -> str:
    return hashlib.sha1(f"{a}\n{b}".encode()).hexdigest()[:12]


def read_audit(path: Path = AUDIT) -> dict[str, str]:
    verdicts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("pair\t") or not line.strip():
            continue
        key, verdict = line.split("\t")
        verdicts[key] = verdict
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", help="qqp-dev.jsonl")
    parser.add_argument("--report", help="a `yamabiko eval pairs` JSON report of the same file")
    parser.add_argument("--threshold", type=float, default=0.90)
    args = parser.parse_args()

    from yamabiko.embedders.local import USEMultilingual
    from yamabiko.eval import evaluate_pairs, load_pairs
    from yamabiko.guard import Guard

    verdicts = read_audit()
    pairs = load_pairs(args.pairs)
    audited = [p for p in pairs if pair_hash(p.a, p.b) in verdicts]
    if len(audited) != len(verdicts):
        raise SystemExit(f"found {len(audited)} of {len(verdicts)} audited pairs in {args.pairs}")

    embedder = USEMultilingual()
    guard = Guard()
    vectors = embedder.embed_sync([t for p in audited for t in (p.b, p.a)])
    still_served: Counter[str] = Counter()
    for i, p in enumerate(audited):
        similarity = float(vectors[2 * i] @ vectors[2 * i + 1])
        verdict = guard.check(p.b, p.a, p.lang, similarity)
        if similarity >= args.threshold and verdict.accept:
            still_served[verdicts[pair_hash(p.a, p.b)]] += 1
    shares = Counter(verdicts.values())
    print(f"audited pairs: {len(verdicts)}  verdicts: {dict(shares)}")
    print(f"still served by the current guard at {args.threshold}: {dict(still_served)}")

    if args.report:
        report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    else:
        report = evaluate_pairs(  # (the whole prompts' cosine, as the audit's own loop reads)
            pairs, embedder, threshold=args.threshold, progress=False, focus=False
        )
    guard_row = report["modes"]["guard"]["at_default"]
    tp, fp = guard_row["tp"], guard_row["fp"]
    served = sum(still_served.values())
    same = still_served["same"] / served
    real = still_served["different"] / served
    print(
        f"guard at {args.threshold}: {tp} labelled duplicates and {fp} label-0 pairs served, "
        f"precision {tp / (tp + fp):.3f}"
    )
    print(
        f"of the audited label-0 pairs it serves, {same:.0%} are right answers "
        f"and {real:.0%} real false hits ({1 - same - real:.0%} unclear)"
    )
    oracle = tp / (tp + fp * same)
    print(
        f"an oracle that rejects every real and unclear false hit and keeps every duplicate "
        f"reaches precision {oracle:.3f} on these labels"
    )
    print(
        f"precision against the audited reading (unclear counted wrong): "
        f"{tp / (tp + fp * (1 - same)):.3f}; (unclear counted right): "
        f"{tp / (tp + fp * real):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
