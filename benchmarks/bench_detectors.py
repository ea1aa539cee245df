"""Measure the sensitive-data detectors and the policy presets.

1. Recall per detector on the labelled set ``tests/data/sensitive_examples.jsonl`` (positive
   examples name the detector that must fire; negatives must fire none), English and Japanese.
2. False-positive rate on ordinary prompts: every distinct question of
   ``../shared/data/pairs/qqp-dev.jsonl`` (Quora, en) and ``jsts-train.jsonl`` (JSTS, ja),
   per detector and overall (target: <= 0.5 % of ordinary prompts flagged).
3. Speed: microseconds per prompt for ``Policy().find_sensitive`` and per detector.
4. How many ordinary prompts each preset rule catches (user_specific, time_sensitive).

Run:  python benchmarks/bench_detectors.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from yamabiko.detectors import BUILTIN_DETECTOR_NAMES, builtin_detectors, fold
from yamabiko.policy import Policy, PolicyRequest

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "sensitive_examples.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ordinary_prompts(path: Path) -> list[str]:
    seen: dict[str, None] = {}
    for row in read_jsonl(path):
        seen.setdefault(row["a"], None)
        seen.setdefault(row["b"], None)
    return list(seen)


def recall_table(detectors: dict) -> None:
    rows = read_jsonl(LABELLED)
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    negatives = flagged_negatives = 0
    for row in rows:
        name = row["detector"]
        if name is None:
            negatives += 1
            flagged_negatives += any(d(row["text"]) for d in detectors.values())
            continue
        total[name, row["lang"]] += 1
        found[name, row["lang"]] += bool(detectors[name](row["text"]))
    print(f"## Recall on the labelled set ({LABELLED.relative_to(ROOT)}, {len(rows)} rows)\n")
    print("| detector | en | ja | all |")
    print("|---|---|---|---|")
    for name in BUILTIN_DETECTOR_NAMES:
        cells = []
        for lang in ("en", "ja"):
            n = total[name, lang]
            cells.append(f"{found[name, lang]}/{n}" if n else "-")
        n_all = total[name, "en"] + total[name, "ja"]
        f_all = found[name, "en"] + found[name, "ja"]
        cells.append(f"{f_all}/{n_all} ({100 * f_all / n_all:.0f} %)")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nLabelled negatives flagged by any detector: {flagged_negatives}/{negatives}\n")


def false_positive_table(detectors: dict, sets: dict[str, list[str]]) -> None:
    print("## False positives on ordinary prompts\n")
    header = " | ".join(f"{name} ({len(texts):,} prompts)" for name, texts in sets.items())
    print(f"| detector | {header} |")
    print("|---|" + "---|" * len(sets))
    any_flagged = {name: 0 for name in sets}
    per: dict[tuple[str, str], int] = Counter()
    for set_name, texts in sets.items():
        for text in texts:
            hits = [name for name, d in detectors.items() if d(text)]
            per.update((set_name, h) for h in hits)
            any_flagged[set_name] += bool(hits)
    for det in BUILTIN_DETECTOR_NAMES:
        cells = [f"{per[s, det]} ({100 * per[s, det] / len(t):.3f} %)" for s, t in sets.items()]
        print(f"| {det} | " + " | ".join(cells) + " |")
    cells = [f"{any_flagged[s]} ({100 * any_flagged[s] / len(t):.3f} %)" for s, t in sets.items()]
    print("| **any** | " + " | ".join(cells) + " |\n")


def speed_table(detectors: dict, sets: dict[str, list[str]], repeats: int) -> None:
    policy = Policy()
    print(f"## Speed (one thread, each set scanned {repeats} times)\n")
    for set_name, texts in sets.items():
        start = time.perf_counter()
        for _ in range(repeats):
            for text in texts:
                policy.find_sensitive([text])
        per_prompt = (time.perf_counter() - start) / (repeats * len(texts)) * 1e6
        print(f"- Policy().find_sensitive([prompt]) on {set_name}: {per_prompt:.2f} µs per prompt")
    texts = [fold(t) for ts in sets.values() for t in ts]
    print("\n| detector (alone, on folded text) | µs per prompt |")
    print("|---|---|")
    for name, det in detectors.items():
        start = time.perf_counter()
        for text in texts:
            det.match_folded(text)
        print(f"| {name} | {(time.perf_counter() - start) / len(texts) * 1e6:.3f} |")
    print()


def preset_table(sets: dict[str, list[str]]) -> None:
    policy = Policy()
    print("## Share of ordinary prompts caught by each preset rule of Policy()\n")
    print("| rule | " + " | ".join(sets) + " |")
    print("|---|" + "---|" * len(sets))
    counts = {s: Counter(policy.decide(PolicyRequest(t, {})).rule for t in ts) for s, ts in
              sets.items()}  # fmt: skip
    for rule in policy.rules:
        cells = [f"{100 * counts[s][rule.name] / len(ts):.1f} %" for s, ts in sets.items()]
        print(f"| {rule.name} | " + " | ".join(cells) + " |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    detectors = builtin_detectors()
    recall_table(detectors)
    sets = {
        "qqp-dev (en)": ordinary_prompts(args.data / "pairs" / "qqp-dev.jsonl"),
        "jsts-train (ja)": ordinary_prompts(args.data / "pairs" / "jsts-train.jsonl"),
    }
    false_positive_table(detectors, sets)
    speed_table(detectors, sets, args.repeats)
    banking = args.data / "intents" / "banking77-train.jsonl"
    preset_sets = dict(sets)
    preset_sets["banking77 (en)"] = [row["text"] for row in read_jsonl(banking)]
    preset_table(preset_sets)


if __name__ == "__main__":
    main()
