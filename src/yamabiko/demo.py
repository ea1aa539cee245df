"""``yamabiko demo``: the reference scenario, replayed on the embedded default.

The LLM here is a fake (it sleeps, then returns a canned answer) and says so in every answer;
everything else is real: the multilingual model, the SQLite store, the guard.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .cache import AsyncSemanticCache
from .errors import NotStoredError

#: (prompt, what the scenario expects, why)
SCENARIO: list[tuple[str, str, str]] = [
    ("セマンティックキャッシュとは何ですか?", "miss", "first time asked: the LLM answers"),
    ("セマンティックキャッシュとは何ですか?", "hit", "the same prompt again"),
    ("空はなぜ青いのですか?", "miss", "a new question"),
    ("空が青いのはなぜですか?", "hit", "a paraphrase"),
    ("空が青色なのはなぜですか?", "hit", "a paraphrase"),
    ("空は青いですが、それはなぜですか?", "hit", "a paraphrase"),
    ("Why is the sky blue?", "miss", "same meaning, but English: an English answer is expected"),
    ("チーズナンって美味しい?", "miss", "a new question"),
    ("セマンティックキャッシュって難しい?", "miss", "a different question from the first one"),
]


@dataclass
class DemoRow:
    prompt: str
    expected: str
    outcome: str
    similarity: float | None
    embed_ms: float
    search_ms: float
    llm_ms: float
    store_ms: float
    total_ms: float


async def fake_llm(prompt: str, latency_s: float) -> str:
    """A stand-in for a real LLM: waits ``latency_s`` and returns a labelled canned answer."""
    await asyncio.sleep(latency_s)
    return f"[fake LLM answer to: {prompt}]"


async def replay(cache: AsyncSemanticCache, latency_s: float) -> list[DemoRow]:
    """Run the scenario through ``cache``: lookup, and on a miss call the fake LLM and store."""
    rows = []
    for prompt, expected, _why in SCENARIO:
        start = time.perf_counter()
        record = await cache.probe(prompt)
        llm_ms = store_ms = 0.0
        if record.hit is None:
            t0 = time.perf_counter()
            answer = await fake_llm(prompt, latency_s)
            llm_ms = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            try:
                await cache.store(prompt, answer)
            except NotStoredError:
                pass
            store_ms = (time.perf_counter() - t0) * 1000
        rows.append(
            DemoRow(
                prompt=prompt,
                expected=expected,
                outcome="hit" if record.hit else "miss",
                similarity=record.best_similarity,
                embed_ms=record.timings.embed_ms,
                search_ms=record.timings.search_ms,
                llm_ms=llm_ms,
                store_ms=store_ms,
                total_ms=(time.perf_counter() - start) * 1000,
            )
        )
    return rows


def format_table(rows: list[DemoRow]) -> str:
    """The demo's table: one line per prompt, times in milliseconds."""
    head = (
        f"{'#':>2}  {'result':<6} {'similarity':>10} {'embed':>7} {'search':>7} {'LLM':>8} "
        f"{'store':>7} {'total':>8}  prompt"
    )
    lines = [head, "-" * len(head)]
    for i, row in enumerate(rows, 1):
        sim = f"{row.similarity:.4f}" if row.similarity is not None else "-"
        flag = "" if row.outcome == row.expected else f"   (expected {row.expected}!)"
        lines.append(
            f"{i:>2}  {row.outcome:<6} {sim:>10} {row.embed_ms:>7.2f} {row.search_ms:>7.2f} "
            f"{row.llm_ms:>8.1f} {row.store_ms:>7.2f} {row.total_ms:>8.1f}  {row.prompt}{flag}"
        )
    return "\n".join(lines)


def run_demo(args: argparse.Namespace) -> int:
    """Entry point of ``yamabiko demo``; returns 1 if an outcome differs from the scenario."""
    with tempfile.TemporaryDirectory(prefix="yamabiko-demo-") as tmp:
        path = Path(args.path) if args.path else Path(tmp) / "demo.sqlite3"

        async def run() -> list[DemoRow]:
            async with AsyncSemanticCache(path=path) as cache:
                return await replay(cache, args.llm_latency)

        print(f"yamabiko demo: embedded store {path}, fake LLM latency {args.llm_latency:.2f} s")
        rows = asyncio.run(run())
    print(format_table(rows))
    wrong = [row for row in rows if row.outcome != row.expected]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} outcomes as the scenario expects.")
    return 1 if wrong else 0
