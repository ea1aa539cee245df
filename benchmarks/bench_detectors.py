"""Measure the sensitive-data detectors and the policy presets.

1. Recall per kind on the independent labelled set ``benchmarks/data/personal-data-prompts.jsonl``
   (written by another author, not alongside the detectors; label 1 = personal data, 0 = hard
   negative; ``--split report`` by default, ``all`` for every row; ``--labelled FILE`` for
   another file of the same format, e.g. the held-out set) and the false flags on its hard
   negatives. ``--show-misses`` lists misses and false flags (never on a held-out file).
2. Recall per detector on the tests' own examples ``tests/data/sensitive_examples.jsonl``.
3. Ordinary prompts refused (any detector fires; target <= 0.5 %): every distinct text of
   ``../shared/data`` pairs (Quora qqp-dev, STS-B, JSTS, JSICK) and intents (banking77).
4. Speed: microseconds per prompt for ``Policy().find_sensitive`` (and per answer-length text,
   12 English prompts joined) and per detector; with
   ``--ner`` (needs ``pip install '.[ner]'``) also the optional named-entity detector
   (spaCy / GiNZA), its cost per prompt and the share of ordinary prompts it would refuse.
5. How many ordinary prompts each preset rule catches (user_specific, time_sensitive).

Run:  python benchmarks/bench_detectors.py [--data ../shared/data] [--split report] [--ner]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from yamabiko.detectors import BUILTIN_DETECTOR_NAMES, builtin_detectors, find_sensitive, fold
from yamabiko.policy import Policy, PolicyRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from shared_data import DATA, require_data

ROOT = Path(__file__).resolve().parent.parent
OWN_EXAMPLES = ROOT / "tests" / "data" / "sensitive_examples.jsonl"
INDEPENDENT = ROOT / "benchmarks" / "data" / "personal-data-prompts.jsonl"
ORDINARY = {
    "qqp-dev (en)": ("pairs/qqp-dev.jsonl", "pairs"),
    "stsb-train (en)": ("pairs/stsb-train.jsonl", "pairs"),
    "banking77 (en)": ("intents/banking77-train.jsonl", "intents"),
    "jsts-train (ja)": ("pairs/jsts-train.jsonl", "pairs"),
    "jsick (ja)": ("pairs/jsick-train-contradictions.jsonl", "pairs"),
}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ordinary_prompts(path: Path, kind: str) -> list[str]:
    seen: dict[str, None] = {}
    for row in read_jsonl(path):
        for text in (row["a"], row["b"]) if kind == "pairs" else (row["text"],):
            seen.setdefault(text, None)
    return list(seen)


def _kind(row: dict) -> str:
    for key in ("kind", "category", "type", "pii_type"):
        if isinstance(row.get(key), str):
            return row[key]
    return "?"


def independent_table(detectors: dict, path: Path, split: str, show: bool) -> None:
    rows = [r for r in read_jsonl(path) if split == "all" or r.get("split", split) == split]
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by: Counter[tuple[str, str]] = Counter()
    flagged: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    misses, false_flags = [], []
    for row in rows:
        hit = find_sensitive([row["text"]], detectors)
        kind, lang = _kind(row), row.get("lang", "?")
        if row["label"] == 1:
            total[kind] += 1
            found[kind] += hit is not None
            by[lang, "n"] += 1
            by[lang, "found"] += hit is not None
            if hit is None:
                misses.append(row)
        else:
            negatives[kind] += 1
            flagged[kind] += hit is not None
            if hit is not None:
                false_flags.append((hit, row))
    n_pos, n_neg = sum(total.values()), sum(negatives.values())
    print(f"## Independent set ({path.relative_to(ROOT)}, split={split}: {n_pos} personal, "
          f"{n_neg} hard negatives)\n")  # fmt: skip
    print("| kind | found | recall |")
    print("|---|---|---|")
    for kind in sorted(total):
        print(f"| {kind} | {found[kind]}/{total[kind]} | {100 * found[kind] / total[kind]:.0f} % |")
    n_found = sum(found.values())
    print(f"| **all** | {n_found}/{n_pos} | **{100 * n_found / max(n_pos, 1):.1f} %** |")
    langs = sorted({lang for lang, _ in by})
    print("\nBy language: " + ", ".join(
        f"{lang} {by[lang, 'found']}/{by[lang, 'n']}" for lang in langs))  # fmt: skip
    n_flagged = sum(flagged.values())
    print(f"\nHard negatives flagged: {n_flagged}/{n_neg} "
          f"({100 * n_flagged / max(n_neg, 1):.1f} %)")  # fmt: skip
    if flagged:
        print("by kind: " + ", ".join(f"{k} {flagged[k]}/{negatives[k]}" for k in sorted(flagged)
                                      if flagged[k]))  # fmt: skip
    print()
    if show:
        if "heldout" in path.name:
            raise SystemExit("--show-misses is never allowed on a held-out set (it stays unseen)")
        for row in misses:
            print(f"MISS [{_kind(row)}] {row['text']}")
        for hit, row in false_flags:
            print(f"FLAG [{hit}] ({_kind(row)}) {row['text']}")
        print()


def own_examples_table(detectors: dict) -> None:
    rows = read_jsonl(OWN_EXAMPLES)
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    negatives = flagged_negatives = 0
    for row in rows:
        name = row["detector"]
        if name is None:
            negatives += 1
            flagged_negatives += find_sensitive([row["text"]], detectors) is not None
            continue
        total[name, row["lang"]] += 1
        found[name, row["lang"]] += bool(detectors[name](row["text"]))
    print(f"## The tests' own examples ({OWN_EXAMPLES.relative_to(ROOT)}, {len(rows)} rows, "
          "written alongside the detectors)\n")  # fmt: skip
    print("| detector | en | ja |")
    print("|---|---|---|")
    for name in BUILTIN_DETECTOR_NAMES:
        cells = [f"{found[name, lang]}/{total[name, lang]}" for lang in ("en", "ja")]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nNegatives flagged by any detector: {flagged_negatives}/{negatives}\n")


def refusal_table(detectors: dict, sets: dict[str, list[str]], label: str = "built-in") -> None:
    print(f"## Ordinary prompts refused ({label} detectors; target <= 0.5 %)\n")
    print("| set | prompts | refused | by detector |")
    print("|---|---|---|---|")
    n_all = refused_all = 0
    for set_name, texts in sets.items():
        per: Counter[str] = Counter()
        for text in texts:
            hit = find_sensitive([text], detectors)
            if hit is not None:
                per[hit] += 1
        refused = sum(per.values())
        n_all += len(texts)
        refused_all += refused
        detail = ", ".join(f"{k} {v}" for k, v in per.most_common()) or "-"
        print(f"| {set_name} | {len(texts):,} | {refused} ({100 * refused / len(texts):.3f} %) "
              f"| {detail} |")  # fmt: skip
    print(f"| **all** | {n_all:,} | **{refused_all} ({100 * refused_all / n_all:.3f} %)** | |\n")


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
    # an answer is longer than a prompt: ~900 characters, ordinary sentences (with their
    # numbers) joined; the gateway scans every answer it stores
    english = [t for name, ts in sets.items() if "(en)" in name for t in ts]
    answers = []
    for i in range(0, min(len(english), 24_000), 12):
        answers.append(" ".join(english[i : i + 12]))
    start = time.perf_counter()
    for _ in range(repeats):
        for text in answers:
            policy.find_sensitive([text])
    per_answer = (time.perf_counter() - start) / (repeats * max(len(answers), 1)) * 1e6
    size = sum(map(len, answers)) / max(len(answers), 1)
    print(f"- Policy().find_sensitive([answer]) on {len(answers):,} answer-length texts (12 "
          f"English prompts joined, {size:.0f} characters on average): {per_answer:.1f} µs per "
          "text")  # fmt: skip
    texts = [fold(t) for ts in sets.values() for t in ts]
    print("\n| detector (alone, on folded text) | µs per prompt |")
    print("|---|---|")
    for name, det in detectors.items():
        start = time.perf_counter()
        for text in texts:
            det.match_folded(text)
        print(f"| {name} | {(time.perf_counter() - start) / len(texts) * 1e6:.3f} |")
    print()


def ner_table(sets: dict[str, list[str]], path: Path | None, split: str, limit: int) -> None:
    from yamabiko.detectors.ner import NerDetector

    start = time.perf_counter()
    ner = NerDetector()
    print(f"## Optional NER detector (spaCy en_core_web_sm 3.8.0 + GiNZA ja_ginza; loaded in "
          f"{time.perf_counter() - start:.1f} s)\n")  # fmt: skip
    print(f"Ordinary prompts: the first {limit} of each set.\n")
    print("| set | prompts | flagged by NER | ms per prompt |")
    print("|---|---|---|---|")
    for set_name, texts in sets.items():
        texts = texts[:limit]
        start = time.perf_counter()
        flagged = sum(ner(text) for text in texts)
        ms = (time.perf_counter() - start) / len(texts) * 1e3
        print(f"| {set_name} | {len(texts)} | {flagged} ({100 * flagged / len(texts):.1f} %) "
              f"| {ms:.2f} |")  # fmt: skip
    if path is not None and path.exists():
        rows = [r for r in read_jsonl(path) if split == "all" or r.get("split", split) == split]
        both = {**builtin_detectors(), "ner": ner}
        pos = [r for r in rows if r["label"] == 1]
        neg = [r for r in rows if r["label"] == 0]
        rec = sum(find_sensitive([r["text"]], both) is not None for r in pos)
        fl = sum(find_sensitive([r["text"]], both) is not None for r in neg)
        print(
            f"\nIndependent set (split={split}) with built-in + NER: recall {rec}/{len(pos)} "
            f"({100 * rec / max(len(pos), 1):.1f} %), hard negatives flagged {fl}/{len(neg)}"
        )
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
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--labelled", type=Path, default=INDEPENDENT)
    parser.add_argument("--split", choices=("report", "tune", "all"), default="report")
    parser.add_argument("--show-misses", action="store_true", help="not on a held-out set")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ner", action="store_true", help="also measure the NER detector")
    parser.add_argument("--ner-limit", type=int, default=500)
    args = parser.parse_args()
    detectors = builtin_detectors()
    if args.labelled.exists():
        independent_table(detectors, args.labelled, args.split, args.show_misses)
    else:
        print(f"({args.labelled} not found: independent set skipped)\n")
    own_examples_table(detectors)
    sets = {name: ordinary_prompts(require_data(rel, data=args.data), kind) for name, (rel, kind)
            in ORDINARY.items()}  # fmt: skip
    refusal_table(detectors, sets)
    speed_table(detectors, sets, args.repeats)
    if args.ner:
        ner_table(sets, args.labelled, args.split, args.ner_limit)
    preset_table(sets)


if __name__ == "__main__":
    main()
