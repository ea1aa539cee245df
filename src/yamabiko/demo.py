"""``yamabiko demo``: the reference scenario, replayed through the real gateway.

The gateway and a fake LLM (:mod:`yamabiko.testing.fake_upstream`, which says so in every
answer) run in this process on free 127.0.0.1 ports; each prompt is a plain HTTP OpenAI Chat
Completions call to the gateway. Everything else is real: the multilingual model, the SQLite
store, the guard, the HTTP servers. Timings come from the gateway's ``Server-Timing`` header.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# the gateway's modules need the [gateway] extra: `yamabiko demo` imports this module only
# once it has checked that the extra is installed
from .cache import AsyncSemanticCache
from .config.gateway import GatewaySettings
from .embedders.local import limit_blas_threads
from .gateway.app import create_app
from .testing import ServerThread, start_fake_upstream

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
    """One step of the demo: the prompt, what was expected and what happened."""

    prompt: str
    expected: str
    outcome: str
    similarity: float | None
    embed_ms: float
    search_ms: float
    llm_ms: float
    store_ms: float
    total_ms: float


def _timings(header: str) -> dict[str, float]:
    """``Server-Timing`` as {name: milliseconds}."""
    out = {}
    for item in header.split(","):
        name, _, rest = item.strip().partition(";")
        if rest.startswith("dur="):
            out[name] = float(rest[4:])
    return out


def replay(gateway_url: str) -> list[DemoRow]:
    """Send the scenario's prompts to the gateway (OpenAI Chat Completions over HTTP)."""
    import httpx

    rows = []
    with httpx.Client(base_url=gateway_url, timeout=60.0) as http:
        for prompt, expected, _why in SCENARIO:
            start = time.perf_counter()
            response = http.post(
                "/v1/chat/completions",
                json={"model": "demo-model", "messages": [{"role": "user", "content": prompt}]},
                headers={"Authorization": "Bearer demo-key-not-a-secret"},
            )
            response.raise_for_status()
            total_ms = (time.perf_counter() - start) * 1000
            timing = _timings(response.headers.get("server-timing", ""))
            similarity = response.headers.get("x-yamabiko-similarity")
            rows.append(
                DemoRow(
                    prompt=prompt,
                    expected=expected,
                    outcome=response.headers.get("x-yamabiko-cache", "?"),
                    similarity=float(similarity) if similarity else None,
                    embed_ms=timing.get("embed", 0.0),
                    search_ms=timing.get("search", 0.0),
                    llm_ms=timing.get("upstream", 0.0),
                    store_ms=timing.get("store", 0.0),
                    total_ms=total_ms,
                )
            )
    return rows


def format_table(rows: list[DemoRow]) -> str:
    """The demo's table: one line per prompt, times in milliseconds. The ``store`` column only
    when a row measured its store (the gateway stores after the reply, so its rows never do)."""
    store = any(row.store_ms for row in rows)
    head = (
        f"{'#':>2}  {'result':<6} {'similarity':>10} {'embed':>7} {'search':>7} {'LLM':>8} "
        + (f"{'store':>7} " if store else "")
        + f"{'total':>8}  prompt"
    )
    lines = [head, "-" * len(head)]
    for i, row in enumerate(rows, 1):
        sim = f"{row.similarity:.4f}" if row.similarity is not None else "-"
        flag = "" if row.outcome == row.expected else f"   (expected {row.expected}!)"
        lines.append(
            f"{i:>2}  {row.outcome:<6} {sim:>10} {row.embed_ms:>7.2f} {row.search_ms:>7.2f} "
            f"{row.llm_ms:>8.1f} " + (f"{row.store_ms:>7.2f} " if store else "")
            + f"{row.total_ms:>8.1f}  {row.prompt}{flag}"
        )
    return "\n".join(lines)


def run_demo(args: argparse.Namespace) -> int:
    """Entry point of ``yamabiko demo``; returns 1 if an outcome differs from the scenario."""
    limit_blas_threads()

    with tempfile.TemporaryDirectory(prefix="yamabiko-demo-") as tmp:
        path = Path(args.path) if args.path else Path(tmp) / "demo.sqlite3"
        fake = start_fake_upstream(latency=args.llm_latency)
        try:
            settings = GatewaySettings(
                openai_url=fake.url, anthropic_url=fake.url, gemini_url=fake.url
            )
            with ServerThread(create_app(AsyncSemanticCache(path=path), settings)) as gateway:
                print(
                    f"yamabiko demo: gateway {gateway.url} -> fake LLM {fake.url} "
                    f"(latency {args.llm_latency:.2f} s), embedded store {path}"
                )
                rows = replay(gateway.url)
        finally:
            fake.stop()
    print(format_table(rows))
    wrong = [row for row in rows if row.outcome != row.expected]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} outcomes as the scenario expects.")
    return 1 if wrong else 0
