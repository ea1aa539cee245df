"""What a Review (borderline band, async LLM judge, learned thresholds) adds to a lookup.

Two caches on two stores holding the same entries: one plain, one with
``Review(LLMJudge(...), verify_from=0.80)`` whose judge is the fake upstream answering after
0.5 s. Lookups alternate between the two (so machine load hits both alike) and print p50 / p99:

* hits: questions already cached (the hit path: search, evidence read, guard, fetch);
* band misses: paraphrases of cached questions at cosine 0.80-0.90, which the review hands to
  the background judge. The lookup must return without waiting for the 0.5 s verdict.

    PYTHONPATH=src python benchmarks/bench_review.py [--store local|valkey|URL]

``--store valkey`` starts a valkey-server with the search module (as the tests do).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from yamabiko import AsyncSemanticCache
from yamabiko.config import open_store_url
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.policy import Policy
from yamabiko.stores.local import LocalStore
from yamabiko.testing import start_fake_upstream
from yamabiko.verify import JudgeBudget, LLMJudge, Review

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from servers import ValkeySearchServer
from shared_data import require_data


def _pairs(limit: int) -> list[tuple[str, str]]:
    rows = []
    with require_data("pairs", "qqp-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["label"] == 1:
                rows.append((row["a"], row["b"]))
    return rows[:limit]


def _store(url: str, tmp: Path, name: str):
    if url == "local":
        return LocalStore(tmp / f"{name}.sqlite3")
    return open_store_url(url + ("&" if "?" in url else "?") + f"prefix=bench-{name}:")


def _pct(values: list[float]) -> str:
    ms = np.array(values)
    return f"p50 {np.percentile(ms, 50):.3f} ms  p99 {np.percentile(ms, 99):.3f} ms"


async def main(store_url: str, n: int, rounds: int) -> None:
    fake = start_fake_upstream()
    embedder = CachedEmbedder(USEMultilingual(), cache_size=10 * n)
    pairs = _pairs(n)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        judge = LLMJudge(fake.url + "/v1", "judge", headers={"X-Fake-Latency": "0.5"})
        review = Review(judge, verify_from=0.80, budget=JudgeBudget(10**6, 1.0, 10**6))
        # threshold 0.90: the band [0.80, 0.90) is below it (the default 0.80 leaves no band)
        plain = AsyncSemanticCache(
            embedder, _store(store_url, tmp, "plain"), policy=Policy(presets=False),
            min_similarity=0.90,
        )  # fmt: skip
        reviewed = AsyncSemanticCache(
            embedder, _store(store_url, tmp, "review"), policy=Policy(presets=False), review=review,
            min_similarity=0.90,
        )  # fmt: skip
        fake.app.judge_labels = {}
        try:
            for cache in (plain, reviewed):
                await cache.open()
                for a, _ in pairs:
                    await cache.store(a, f"answer to {a}")
            await embedder.embed([b for _, b in pairs])  # both pay no embedding below
            hits: dict[str, list[float]] = {"plain": [], "review": []}
            band: dict[str, list[float]] = {"plain": [], "review": []}
            reworded: dict[str, list[float]] = {"plain": [], "review": []}
            failed = {"plain": 0, "review": 0}
            for _ in range(rounds):
                for a, _ in pairs:
                    for name, cache in (("plain", plain), ("review", reviewed)):
                        start = time.perf_counter()
                        found = await cache.probe(a)
                        elapsed = (time.perf_counter() - start) * 1000
                        if found.hit is not None:
                            hits[name].append(elapsed)
                        else:  # a store timeout on a loaded machine: counted, not timed
                            failed[name] += 1
            for _, b in pairs:
                for name, cache in (("plain", plain), ("review", reviewed)):
                    start = time.perf_counter()
                    found = await cache.probe(b)
                    elapsed = (time.perf_counter() - start) * 1000
                    best = found.best_similarity
                    if found.hit is None and best is not None and 0.80 <= best < 0.90:
                        band[name].append(elapsed)
                    elif found.hit is not None and found.hit.similarity < 0.9999:
                        reworded[name].append(elapsed)  # a paraphrase hit (no exact shortcut)
            print(f"{len(pairs)} cached questions, store {store_url}")
            for name in ("plain", "review"):
                print(f"  hits        {name:<7} {_pct(hits[name])}")
            print(f"  lookups that were not hits (store errors): {failed}")
            diff = np.percentile(hits["review"], 50) - np.percentile(hits["plain"], 50)
            print(f"  hit p50 added by the review: {diff:+.3f} ms")
            for name in ("plain", "review"):
                if reworded[name]:
                    count = len(reworded[name])
                    print(f"  reworded hits {name:<5} {_pct(reworded[name])}  ({count})")
            for name in ("plain", "review"):
                if band[name]:
                    print(f"  band misses {name:<7} {_pct(band[name])}  ({len(band[name])})")
            await review.drain()
            print(f"  judge verdicts after draining: {review.counters()}")
        finally:
            for cache in (plain, reviewed):
                await cache.close()
            fake.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default="local", help="'local', 'valkey' or a valkey:// URL")
    parser.add_argument("--pairs", type=int, default=400, help="duplicate pairs to use")
    parser.add_argument("--rounds", type=int, default=5, help="times each hit is timed")
    args = parser.parse_args()
    if args.store == "valkey":
        with ValkeySearchServer() as server:
            asyncio.run(main(server.url, args.pairs, args.rounds))
    else:
        asyncio.run(main(args.store, args.pairs, args.rounds))
