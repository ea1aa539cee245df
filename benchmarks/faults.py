"""The long fault suite: store faults under load, and the cost of an oversized prompt.

A load of ``--clients`` concurrent callers runs the gateway's request path on the library
(real default embedder, real stores; the "LLM" is a 20 ms sleep): look up; on a miss, ask the
LLM, reply, then store in the background. The pool of prompts is half stored beforehand (hits)
and half new (misses that store). For each fault the load runs
``--seconds`` before, during and after it; the script prints failed calls (exceptions reaching
the caller) and the p50 / p99 latency of each phase, so "added p99" is the fault phase's p99
minus the baseline's. Faults:

* SQLite: another process holds the write lock (BEGIN IMMEDIATE) for the whole fault phase.
* Valkey: the server is paused (SIGSTOP), killed and restarted empty, flushed (FLUSHALL), or
  loses its search index (FT.DROPINDEX).
* Oversized prompt: time and peak traced memory of one ~1 MiB prompt through ``probe`` and
  ``store``, and the p99 of short lookups while 1 MiB prompts keep arriving.
* kill -9 durability: a writer child process stores entries on the embedded store and prints
  each id once ``store()`` has returned; it is killed with SIGKILL after a random 0.2-2 s,
  ``--kill-rounds`` times on the same file; then the acknowledged ids missing from the file
  are counted, with SQLite's integrity check and the entry count against the totals row.

Run:  PYTHONPATH=src python benchmarks/faults.py [--seconds 3] [--clients 16] [--kill-rounds 20]
(figures in docs/reliability.md; measured on a shared 2-core machine: compare phases of one
run, not runs.)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from servers import ValkeySearchServer  # noqa: E402

from yamabiko.cache import AsyncSemanticCache  # noqa: E402
from yamabiko.embedders import CachedEmbedder, USEMultilingual  # noqa: E402
from yamabiko.stores.local import LocalStore  # noqa: E402

PROMPTS = [f"How do I configure feature number {i} of the billing service?" for i in range(200)]
LLM_SECONDS = 0.02
BUDGET = 0.05  # the strict lookup budget these figures use (the default is 0.5 s)

_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
"""


class Load:
    """``clients`` callers looping over PROMPTS; latencies and failures per phase."""

    def __init__(self, cache: AsyncSemanticCache, clients: int) -> None:
        self.cache = cache
        self.clients = clients
        self.phase = "before"
        self.latency: dict[str, list[float]] = {}
        self.failed: dict[str, int] = {}
        self._stop = asyncio.Event()
        self._puts: set[asyncio.Future[object]] = set()

    async def _llm(self, prompt: str) -> str:
        await asyncio.sleep(LLM_SECONDS)
        return f"The answer to: {prompt}"

    async def _client(self, seed: int) -> None:
        """Like the gateway: look up; on a miss ask the LLM, reply, then store after."""
        i = seed
        while not self._stop.is_set():
            prompt = PROMPTS[i % len(PROMPTS)]
            i += 7
            phase = self.phase
            start = time.perf_counter()
            try:
                request = self.cache.request(prompt)
                lookup = await asyncio.wait_for(self.cache.search(request), 30)
                if lookup.hit is None:
                    answer = await self._llm(prompt)
                    self._puts.add(asyncio.ensure_future(self.cache.put_quietly(request, answer)))
            except Exception:  # any error reaching the caller is a failed request
                self.failed[phase] = self.failed.get(phase, 0) + 1
            self.latency.setdefault(phase, []).append(time.perf_counter() - start)
            self._puts = {t for t in self._puts if not t.done()}

    async def run(
        self,
        seconds: float,
        fault: Callable[[], Awaitable[None]],
        heal: Callable[[], Awaitable[None]],
    ) -> dict[str, tuple[int, int, float, float]]:
        tasks = [asyncio.ensure_future(self._client(n)) for n in range(self.clients)]
        await asyncio.sleep(seconds)
        self.phase = "during"
        await fault()
        await asyncio.sleep(seconds)
        await heal()
        self.phase = "after"
        await asyncio.sleep(seconds)
        self._stop.set()
        await asyncio.gather(*tasks)
        await asyncio.gather(*self._puts)
        out = {}
        for phase in ("before", "during", "after"):
            values = sorted(self.latency.get(phase, [0.0]))
            p50 = statistics.median(values) * 1000
            p99 = values[min(len(values) - 1, int(len(values) * 0.99))] * 1000
            out[phase] = (len(values), self.failed.get(phase, 0), p50, p99)
        return out


def report(name: str, result: dict[str, tuple[int, int, float, float]]) -> None:
    base = result["before"][3]
    cells = []
    for phase in ("before", "during", "after"):
        n, failed, p50, p99 = result[phase]
        cells.append(f"{n} calls, {failed} failed, p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    added = result["during"][3] - base
    print(f"| {name} | " + " | ".join(cells) + f" | {added:+.0f} ms |", flush=True)


async def prefill(cache: AsyncSemanticCache) -> None:
    for prompt in PROMPTS[::2]:
        await cache.store(prompt, f"The answer to: {prompt}")


async def sqlite_lock(embedder: CachedEmbedder, seconds: float, clients: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "faults.sqlite3"
        cache = AsyncSemanticCache(embedder, LocalStore(path, write_wait=0.5), lookup_budget=BUDGET)
        await prefill(cache)
        holder: list[subprocess.Popen[str]] = []

        async def fault() -> None:
            proc = subprocess.Popen(
                [sys.executable, "-c", _HOLD_LOCK, str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None
            await asyncio.to_thread(proc.stdout.readline)
            holder.append(proc)

        async def heal() -> None:
            proc = holder.pop()
            assert proc.stdin is not None
            proc.stdin.write("\n")
            proc.stdin.flush()
            await asyncio.to_thread(proc.wait)

        report(
            "SQLite write lock held by another process",
            await Load(cache, clients).run(seconds, fault, heal),
        )
        await cache.close()


async def valkey_faults(embedder: CachedEmbedder, seconds: float, clients: int) -> None:
    from yamabiko.stores.valkey import ValkeyStore

    with ValkeySearchServer() as server:

        async def fresh() -> AsyncSemanticCache:
            store = ValkeyStore(server.url, prefix=f"f{uuid.uuid4().hex[:8]}:")
            cache = AsyncSemanticCache(embedder, store, lookup_budget=BUDGET)
            await prefill(cache)
            return cache

        async def nothing() -> None:
            return None

        async def pause() -> None:
            server.pause()

        async def resume() -> None:
            server.resume()

        async def kill() -> None:
            server.stop()

        async def restart() -> None:
            await asyncio.to_thread(server.start)

        async def flush() -> None:
            await asyncio.to_thread(server.command, "FLUSHALL")

        cases = [
            ("Valkey paused (SIGSTOP)", pause, resume),
            ("Valkey killed, restarted empty", kill, restart),
            ("Valkey flushed (FLUSHALL)", flush, nothing),
        ]
        for name, fault, heal in cases:
            cache = await fresh()
            report(name, await Load(cache, clients).run(seconds, fault, heal))
            await cache.close()
        cache = await fresh()

        async def drop_index() -> None:
            index = cache.backend.index_name  # type: ignore[attr-defined]
            await asyncio.to_thread(server.command, "FT.DROPINDEX", index)

        report(
            "Valkey index dropped (FT.DROPINDEX)",
            await Load(cache, clients).run(seconds, drop_index, nothing),
        )
        await cache.close()


async def oversized(embedder: CachedEmbedder, seconds: float, clients: int) -> None:
    huge = "Please summarise this very long log excerpt for me. " * 20_000  # ~1 MiB
    with tempfile.TemporaryDirectory() as tmp:
        cache = AsyncSemanticCache(embedder, path=Path(tmp) / "big.sqlite3")
        await prefill(cache)
        await cache.probe(huge)  # warm every code path once
        tracemalloc.start()
        start = time.perf_counter()
        record = await cache.probe(huge)
        try:
            await cache.store(huge, "an answer")
        except Exception as exc:  # the refusal is the expected outcome
            refusal = getattr(exc, "reason", type(exc).__name__)
        took = (time.perf_counter() - start) * 1000
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"\nOne {len(huge.encode()) / 2**20:.2f} MiB prompt: lookup {record.reason}, store "
            f"refused ({refusal}); both together {took:.1f} ms, peak traced memory "
            f"{peak / 2**20:.1f} MiB\n",
            flush=True,
        )
        sending: list[asyncio.Task[object]] = []

        async def flood() -> None:
            async def loop() -> None:
                while True:
                    await cache.probe(huge)
                    await asyncio.sleep(0.01)

            sending.extend(asyncio.ensure_future(loop()) for _ in range(4))

        async def stop() -> None:
            for task in sending:
                task.cancel()

        report(
            "1 MiB prompts arriving (4 senders)",
            await Load(cache, clients).run(seconds, flood, stop),
        )
        await cache.close()


_WRITER = """
import asyncio, sys
from yamabiko import AsyncSemanticCache

async def main(path, round_no):
    async with AsyncSemanticCache(path=path) as cache:
        i = 0
        while True:
            entry = await cache.store(f"Round {round_no}: question {i} about crash safety?",
                                      "an answer " * 50)
            print(entry.id, flush=True)  # printed only after store() returned
            i += 1

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def kill9(rounds: int) -> None:
    """SIGKILL a writer process ``rounds`` times; count acknowledged entries lost."""
    rng = random.Random(11)
    acknowledged: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crash.sqlite3"
        env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
        for round_no in range(rounds):
            proc = subprocess.Popen(
                [sys.executable, "-c", _WRITER, str(path), str(round_no)],
                stdout=subprocess.PIPE, text=True, env=env,
            )  # fmt: skip
            assert proc.stdout is not None
            first = proc.stdout.readline()  # the writer is up and writing
            if first.strip():
                acknowledged.append(first.strip())
            time.sleep(rng.uniform(0.2, 2.0))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            acknowledged.extend(x.strip() for x in proc.stdout.read().splitlines() if x.strip())
        with sqlite3.connect(path) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            stored = {row[0] for row in db.execute("SELECT id FROM entries")}
            totals = db.execute("SELECT entries FROM totals").fetchone()[0]
    lost = len(set(acknowledged) - stored)
    print(
        f"\nkill -9 durability (embedded SQLite store): {rounds} writer processes killed with "
        f"SIGKILL mid-write; {len(acknowledged)} entries acknowledged, {lost} lost; integrity "
        f"check {integrity}; {len(stored)} entries in the file, totals row {totals}\n",
        flush=True,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each phase")
    parser.add_argument("--clients", type=int, default=16, help="concurrent callers")
    parser.add_argument("--kill-rounds", type=int, default=20, help="writer processes killed")
    parser.add_argument(
        "--only", choices=["sqlite", "valkey", "oversized", "kill9"], action="append"
    )
    args = parser.parse_args()
    embedder = CachedEmbedder(USEMultilingual())
    await embedder.embed(["warm up"])
    print(
        f"{args.clients} clients, {args.seconds:g} s per phase, lookup budget {BUDGET * 1000:.0f}"
        " ms, LLM 20 ms\n"
    )
    print("| fault | before | during | after | added p99 |")
    print("|---|---|---|---|---|")
    only = set(args.only or ["sqlite", "valkey", "oversized", "kill9"])
    if "sqlite" in only:
        await sqlite_lock(embedder, args.seconds, args.clients)
    if "valkey" in only:
        await valkey_faults(embedder, args.seconds, args.clients)
    if "oversized" in only:
        await oversized(embedder, args.seconds, args.clients)
    if "kill9" in only:
        kill9(args.kill_rounds)


if __name__ == "__main__":
    asyncio.run(main())
