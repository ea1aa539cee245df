"""How far below the serving threshold the cache can take candidates: the verified band's
width, its floor and the threshold itself, measured side by side on every pair file (session 31).

Each pair is checked once, as the cache takes it at the default question-focus setting
(``minpair_quality.py``'s ``pair_similarity`` / ``checked_with_focus``): the default guard's
verdict at its cosine (from ``--low``, 0.60), and the verified band's verdict on it (the guard's
rules and the band's trees at ``verified_band.MIN_SCORE``; :class:`VerifiedBand` with its floor
lowered to ``--low``). The trees' score reads the cosine and never the band's limits, so one
band verdict serves every setting below; a *setting* ``t/W/F`` then serves a pair when its
cosine is at or above ``t`` and the guard accepts it, or it lies in ``[max(t - W, F), t)`` and
the band proves it (the cache's rule, :meth:`VerifiedBand.covers`). ``0.75/0.05/0.70`` is the
default; the settings of ``--settings`` are compared with it.

Per file and setting: precision / recall / label-0 served, and the pairs a lookup checks (a
pair at or above the band's lower end is one guard check: the cost of a wider band). Files
whose rows carry a ``kind`` (the FAQ sets) also get, summed over them and per language, the
paraphrases, minimal pairs and role swaps served. ``--list`` prints every label-0 pair a setting
serves that the default does not, with the band's reason.

    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/band_reach.py --split all \\
        benchmarks/data/faq-heldout{6..24}.jsonl benchmarks/data/faq-pairs.jsonl
    PYTHONHASHSEED=1 PYTHONPATH=src python benchmarks/band_reach.py --split tune \\
        ../shared/data/pairs/*.jsonl --cache DIR
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from minpair_quality import vectors_for

from yamabiko.eval.data import Pair, load_pairs, read_jsonl
from yamabiko.eval.split import select, split_of
from yamabiko.focus import checked_with_focus, focus_texts, pair_similarity
from yamabiko.guard import Guard
from yamabiko.guard.verified_band import DEFAULT_BAND_WIDTH, FLOOR, VerifiedBand
from yamabiko.models import Verdict

#: the cache's default threshold (``SemanticCache(min_similarity=...)``)
DEFAULT_THRESHOLD = 0.75
#: the settings compared by default: threshold / band width / band floor
SETTINGS = ("0.75/0.05/0.70,0.75/0.08/0.67,0.75/0.10/0.65,0.75/0.15/0.60,"
            "0.72/0.05/0.67,0.70/0.05/0.65,0.75/0/0.70")  # fmt: skip
_REFUSED = Verdict(False, "below-low")


@dataclass(frozen=True)
class Setting:
    """A serving threshold, the band's width below it and the band's floor."""

    threshold: float
    width: float
    floor: float

    @classmethod
    def parse(cls, text: str) -> Setting:
        t, w, f = (float(v) for v in text.split("/"))
        return cls(t, w, f)

    @property
    def lowest(self) -> float:
        """The lowest cosine this setting serves."""
        return self.threshold if self.width <= 0 else max(self.threshold - self.width, self.floor)

    def __str__(self) -> str:
        return f"{self.threshold:.2f}/{self.width:g}/{self.lowest:.2f}"


@dataclass(frozen=True)
class Checked:
    """One way the cache compares a pair (whole prompts, or a focus): its cosine, the guard's
    verdict there, and the band's."""

    cosine: float
    guard: Verdict
    band: Verdict

    def served(self, s: Setting) -> Verdict | None:
        """The verdict that serves this candidate under ``s``, or None."""
        if self.cosine >= s.threshold:
            return self.guard if self.guard.accept else None
        if s.lowest <= self.cosine:
            return self.band if self.band.accept else None
        return None


def check_pair(guard: Guard, band: VerifiedBand, p: Pair, cosine: float,
               focus_pair: tuple[str, str] | None, low: float) -> Checked:  # fmt: skip
    """The guard's and the band's verdicts on ``p`` at ``cosine`` (both on the focus pair too
    when a focus lifted it), as the lookup asks them."""
    if cosine < low:
        return Checked(cosine, _REFUSED, _REFUSED)
    verdict = checked_with_focus(lambda q, c: guard.check(q, c, p.lang, cosine), p.b, p.a,
                                 focus_pair)  # fmt: skip
    proved = _REFUSED
    if cosine < DEFAULT_THRESHOLD:
        proved = checked_with_focus(
            lambda q, c: band.check(guard, q, c, p.lang, cosine, DEFAULT_THRESHOLD),
            p.b,
            p.a,
            focus_pair,
        )
    return Checked(cosine, verdict, proved)


def file_rows(path: Path, split: str, guard: Guard, band: VerifiedBand, cache: Path | None,
              low: float) -> tuple[list[Pair], list[list[Checked]], list[str | None]]:  # fmt: skip
    """The pairs of one half of ``path``, each pair's ways of being compared, and its kind."""
    everything = load_pairs(path)
    pairs = select(everything, split)
    texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
    focus = focus_texts(texts, {t: p.lang for p in pairs for t in (p.a, p.b)})
    table = vectors_for(path, sorted(set(texts) | set(focus.values())), cache)
    ways = []
    for p in pairs:
        whole, f, focus_pair = pair_similarity(table.__getitem__, p.a, p.b, focus)
        found = [check_pair(guard, band, p, whole, None, low)]
        if focus_pair is not None and f is not None:
            found.append(check_pair(guard, band, p, f, focus_pair, low))
        ways.append(found)
    rows = read_jsonl(path)
    kinds: list[str | None] = [None] * len(pairs)
    if rows and "kind" in rows[0] and len(rows) == len(everything):
        halves = split_of(everything)
        kinds = [r["kind"] for r, h in zip(rows, halves, strict=True)
                 if h == split or split == "all"]  # fmt: skip
    return pairs, ways, kinds


def served_by(ways: list[Checked], s: Setting) -> Verdict | None:
    return next((v for w in ways if (v := w.served(s)) is not None), None)


def checked_by(ways: list[Checked], s: Setting) -> bool:
    """True when a lookup under ``s`` asks the guard about this pair (one way reaches the
    setting's lowest cosine)."""
    return any(w.cosine >= s.lowest for w in ways)


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--split", choices=["tune", "report", "all"], default="tune")
    parser.add_argument(
        "--settings",
        default=SETTINGS,
        help="threshold/width/floor, comma separated (the first: the baseline)",
    )
    parser.add_argument("--low", type=float, default=0.60, help="the lowest cosine checked")
    parser.add_argument("--cache", type=Path)
    parser.add_argument(
        "--dump", type=Path, help="write each pair's cosines and verdicts (JSON Lines) to this file"
    )
    parser.add_argument(
        "--list", action="store_true", help="label-0 pairs a setting serves that the first does not"
    )
    return parser


def main() -> None:
    args = arguments().parse_args()
    settings = [Setting.parse(s) for s in args.settings.split(",")]
    guard = Guard()
    guard.warm_up()
    band = VerifiedBand(width=DEFAULT_THRESHOLD - args.low, floor=args.low)
    assert DEFAULT_BAND_WIDTH == 0.05 and FLOOR == 0.70  # (the first setting's defaults)
    head = " | ".join(str(s) for s in settings)
    print(f"| data (half, pairs) | {head}\n|---|" + "---|" * len(settings))
    kinds_total: Counter[tuple[str, str, str]] = Counter()  # (setting, lang, kind) -> served
    kinds_seen: Counter[tuple[str, str]] = Counter()
    extra: list[str] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for name in args.files:
        path = Path(name)
        pairs, ways, kinds = file_rows(path, args.split, guard, band, args.cache, args.low)
        positives = sum(p.label for p in pairs)
        if dump is not None:
            for p, w, k in zip(pairs, ways, kinds, strict=True):
                dump.write(json.dumps({
                    "file": path.stem, "label": p.label, "lang": p.lang, "kind": k,
                    "ways": [[c.cosine, c.guard.reason, c.band.reason] for c in w],
                }, ensure_ascii=False) + "\n")  # fmt: skip
        cells, checks = [], []
        for s in settings:
            verdicts = [served_by(w, s) for w in ways]
            tp = sum(1 for p, v in zip(pairs, verdicts, strict=True) if v and p.label)
            fp = sum(1 for p, v in zip(pairs, verdicts, strict=True) if v and not p.label)
            negatives = len(pairs) - positives
            precision = f"{tp / (tp + fp):.3f}" if tp + fp else "–"
            recall = f"{tp / positives:.3f}" if positives else "–"
            zero = f"{fp / negatives * 100:.1f} %" if negatives else "–"
            cells.append(f"{precision} / {recall} / {zero}")
            checks.append(sum(checked_by(w, s) for w in ways))
            for p, v, k, w in zip(pairs, verdicts, kinds, ways, strict=True):
                if k is not None:
                    kinds_total[(str(s), p.lang or "?", k)] += v is not None
                if v is not None and not p.label and s != settings[0] \
                        and served_by(w, settings[0]) is None:  # fmt: skip
                    extra.append(f"{s} {k or '-'} {v.reason} | {p.a} || {p.b}")
        for p, k in zip(pairs, kinds, strict=True):
            if k is not None:
                kinds_seen[(p.lang or "?", k)] += 1
        label = f"{path.stem} ({args.split}, {len(pairs)})"
        print(f"| {label} | " + " | ".join(cells) + " |")
        print(
            f"| {label}: pairs checked | "
            + " | ".join(f"{c} (x{c / checks[0]:.2f})" if checks[0] else str(c) for c in checks)
            + " |"
        )
    if kinds_seen:
        print(f"\n| kind, language (pairs) | {head}\n|---|" + "---|" * len(settings))
        for lang, kind in sorted(kinds_seen):
            n = kinds_seen[(lang, kind)]
            counts = [kinds_total[(str(s), lang, kind)] for s in settings]
            cells = [f"{c} ({c / n * 100:.1f} %)" for c in counts]
            print(f"| {kind}, {lang} ({n}) | " + " | ".join(cells) + " |")
    if args.list and extra:
        print(f"\nlabel-0 served beyond {settings[0]} (setting kind reason | cached || query):")
        print("\n".join(sorted(set(extra))))


if __name__ == "__main__":
    main()
