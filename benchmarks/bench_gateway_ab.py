"""Two gateways side by side (A/B), for ratios on a busy machine.

    python benchmarks/bench_gateway_ab.py --a /path/to/old/src --b src [--workers 1] [--rounds 3]
    python benchmarks/bench_gateway_ab.py --a src --b src --env-b YAMABIKO_GATEWAY_SPECULATE=off

Starts one fake upstream and two ``yamabiko serve`` gateways (each with ``PYTHONPATH`` set to
its source tree, e.g. a ``git worktree`` of main, and its own SQLite file), fills both with the
same prompts, then measures them interleaved, so that the neighbours' load hits both alike:

* at one client, request by request A then B: a fresh miss (in a namespace of its own that
  never hits) and a reworded hit (the embedder runs), p50 / mean latency;
* CPU time of each gateway's processes per (miss + reworded hit) pair, and per reworded hit in
  rounds of ``--clients`` concurrent clients (A, B, A, B, ...): CPU time moves much less with
  the machine's load than latency does, so it is the steadier ratio;
* reworded hits/s per round;
* exact repeats of stored prompts: p50 at one client (interleaved), and hits/s and CPU per hit
  in rounds of ``--clients`` clients.

``--misses`` measures the miss path only, at one client: fresh misses sent to the fake
upstream directly, to A and to B, interleaved prompt by prompt, with an upstream that answers
at once and one that takes 20 ms (overhead = p50 through the gateway - p50 direct); then
misses back to back (each right after the previous one's reply, so its store is still being
written), in runs of 10 alternating between A and B; then fresh misses at ``--miss-clients``
concurrent clients in one namespace (rounds alternating); and the CPU time per miss.
``--answer-chars 900`` makes the fake upstream answer those fresh misses with a 900-character
text holding numbers (what real answers look like: the gateway scans every answer it stores).
Set ``gateway.speculate`` per side with ``--env-a`` / ``--env-b``
(``YAMABIKO_GATEWAY_SPECULATE=adaptive``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from bench_gateway import (
    ADMIN_TOKEN,
    MISS_NAMESPACE,
    Conn,
    chat,
    fill,
    free_port,
    paraphrase,
    pct,
    run_clients,
    wait_ready,
)


def cpu_ms(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and its child processes (the workers), in ms."""
    tick = os.sysconf("SC_CLK_TCK")

    def stat(p: str) -> tuple[int, int]:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            return -1, 0
        return int(fields[1]), int(fields[11]) + int(fields[12])

    total = stat(str(pid))[1]
    for name in os.listdir("/proc"):
        if name.isdigit():
            parent, ticks = stat(name)
            if parent == pid:
                total += ticks
    return total / tick * 1000.0


def start(port: int, upstream: str, path: Path, src: str, env: dict[str, str], workers: int):
    command = [sys.executable, "-m", "yamabiko.cli", "serve", "--port", str(port)]
    command += ["--path", str(path), "--workers", str(workers), "--log-level", "warning"]
    command += ["--admin-token", ADMIN_TOKEN]
    for api in ("openai", "anthropic", "gemini"):
        command += [f"--{api}-url", upstream]
    full = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": src, **env}
    return subprocess.Popen(command, env=full, stderr=subprocess.DEVNULL)


#: sentences of an ordinary answer, with the numbers answers hold (versions, prices, dates)
ANSWER_SENTENCES = (
    "Open the settings page (version 2.3.1) and choose Accounts, then Billing.",
    "The plan costs $25.00 per month or 250 per year; in 2023 it was 19.99.",
    "Step 3 of 7: export the report as CSV, which takes about 40 seconds for 10,000 rows.",
    "Since the 12 March 2024 update the limit is 500 requests per minute per key.",
    "If the upload fails with error 413, split the file into parts of 25 MB or less.",
    "Most teams see the first results within 2 to 3 days, and 95 % within a week.",
)


def long_answer(chars: int) -> str:
    """An answer of about ``chars`` characters (nothing sensitive: it is stored)."""
    out: list[str] = []
    while sum(map(len, out)) + len(out) < chars:
        out.append(ANSWER_SENTENCES[len(out) % len(ANSWER_SENTENCES)])
    return " ".join(out)


async def measure_misses(
    ports: dict[str, int], pids: dict[str, int], fake_port: int, args: argparse.Namespace
) -> None:
    """The ``--misses`` runs (see the module docstring)."""
    conns = {name: await Conn(port).open() for name, port in ports.items()}
    direct = await Conn(fake_port).open()
    for i in range(25):  # the miss namespace's hit rate is known (adaptive speculation)
        for c in conns.values():
            await c.post("/v1/chat/completions", chat(f"Warm-up miss {i}."), extra=MISS_NAMESPACE)
    answer = ""
    if args.answer_chars:
        answer = f"X-Fake-Answer: {quote(long_answer(args.answer_chars))}\r\n"
    for latency in (0.0, 0.02):
        fake = (f"X-Fake-Latency: {latency}\r\n" if latency else "") + answer
        lat: dict[str, list[float]] = {"direct": [], **{name: [] for name in conns}}
        before = {name: cpu_ms(pid) for name, pid in pids.items()}
        n = args.requests if not latency else args.requests // 2
        for i in range(n):
            p = f"Fresh miss {i} at {latency}: explain topic {i * 31 % 997} in one line."
            _, _, ms = await direct.post("/v1/chat/completions", chat(p), extra=fake)
            lat["direct"].append(ms)
            for name, c in conns.items():
                _, headers, ms = await c.post(
                    "/v1/chat/completions", chat(f"{p} ({name})"), extra=MISS_NAMESPACE + fake
                )
                assert headers.get("x-yamabiko-cache", "").startswith("miss"), headers
                lat[name].append(ms)
        base = pct(lat["direct"], 0.5)
        label = "at once" if not latency else f"after {latency * 1000:.0f} ms"
        print(f"\n## fresh misses, upstream answers {label}, 1 client, {n} each, interleaved")
        print(f"direct: p50 {base:.2f} ms")
        for name in conns:
            cpu = (cpu_ms(pids[name]) - before[name]) / n
            p50 = pct(lat[name], 0.5)
            print(
                f"{name}: p50 {p50:.2f} ms, overhead {p50 - base:.2f} ms (p90 "
                f"{pct(lat[name], 0.9) - pct(lat['direct'], 0.9):.2f}), CPU per miss {cpu:.2f} ms"
            )
    print("\n## misses back to back (the previous answer's store still pending), runs of 10")
    back: dict[str, list[float]] = {name: [] for name in conns}
    for run in range(max(args.requests // 10, 1)):
        for name, c in conns.items():
            for i in range(10):
                p = f"Back-to-back miss {run}-{i}: describe item {run * 10 + i} in a line."
                _, headers, ms = await c.post("/v1/chat/completions", chat(p), extra=MISS_NAMESPACE)
                assert headers.get("x-yamabiko-cache", "").startswith("miss"), headers
                back[name].append(ms)
    for name, values in back.items():
        print(f"{name}: p50 {pct(values, 0.5):.2f} ms, mean {statistics.mean(values):.2f} ms")
    clients = args.miss_clients
    print(f"\n## fresh misses, {clients} concurrent clients (one namespace), rounds alternating")
    per = max(160 // clients, 4)
    for round_ in range(args.rounds):
        for name, port in ports.items():
            texts = [
                f"Concurrent miss {round_}-{i} ({name}): what is item {i * 13 % 977} made of?"
                for i in range(clients * per)
            ]
            start_cpu = cpu_ms(pids[name])
            lat, elapsed, _ = await run_clients(port, clients, per, texts, True)
            used = (cpu_ms(pids[name]) - start_cpu) / len(lat)
            print(
                f"round {round_} {name}: p50 {pct(lat, 0.5):7.1f} ms, {len(lat) / elapsed:6.0f} "
                f"misses/s, CPU per miss {used:.2f} ms"
            )


async def prepared(ports: dict[str, int]) -> tuple[list[str], dict[str, Conn]]:
    """Stores the same 100 prompts in every gateway of ``ports``; returns the prompts and one
    open connection per gateway."""
    prompts = [
        f"Benchmark question number {i}: what is the tallest mountain in region {i}?"
        for i in range(100)
    ]
    for port in ports.values():
        await fill(port, prompts)
    return prompts, {name: await Conn(port).open() for name, port in ports.items()}


async def learn_exact_repeats(conns: dict[str, Conn], prompts: list[str]) -> None:
    """Sends every prompt once to each gateway, so that the exact-repeat shortcut knows it."""
    for prompt in prompts:
        for c in conns.values():
            await c.post("/v1/chat/completions", chat(prompt))


@contextlib.contextmanager
def side_by_side(
    sources: dict[str, str], envs: dict[str, dict[str, str]], workers: int
) -> Iterator[tuple[dict[str, int], dict[str, int], int]]:
    """One fake upstream and a ``yamabiko serve`` per source tree (each with its own SQLite
    file), all ready; yields the gateways' ports and process ids by name, and the upstream's
    port. Stops them all on exit."""
    fake_port = free_port()
    fake = subprocess.Popen(
        [sys.executable, "-m", "yamabiko.testing.fake_upstream", "--port", str(fake_port)],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.DEVNULL,
    )
    procs: dict[str, subprocess.Popen] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ports = {name: free_port() for name in sources}
            upstream = f"http://127.0.0.1:{fake_port}"
            for name, src in sources.items():
                path = Path(tmp) / f"{name}.sqlite3"
                procs[name] = start(ports[name], upstream, path, src, envs[name], workers)
            wait_ready("127.0.0.1", fake_port, "/v1/models")
            for port in ports.values():
                wait_ready("127.0.0.1", port, "/healthz", timeout=600)  # model loads
            yield ports, {name: proc.pid for name, proc in procs.items()}, fake_port
    finally:
        for proc in procs.values():
            proc.terminate()
            proc.wait(30)
        fake.terminate()
        fake.wait(10)


async def measure(ports: dict[str, int], pids: dict[str, int], args: argparse.Namespace) -> None:
    prompts, conns = await prepared(ports)
    for i in range(25):  # the miss namespace's hit rate is known (adaptive speculation)
        for c in conns.values():
            await c.post("/v1/chat/completions", chat(f"Warm-up miss {i}."), extra=MISS_NAMESPACE)
    latency: dict[tuple[str, str], list[float]] = {}
    before = {name: cpu_ms(pid) for name, pid in pids.items()}
    for i in range(args.requests):
        for name, c in conns.items():
            miss = f"Fresh miss {i}: explain topic {i * 31 % 997} in one line."
            _, headers, ms = await c.post("/v1/chat/completions", chat(miss), extra=MISS_NAMESPACE)
            assert headers.get("x-yamabiko-cache", "").startswith("miss"), headers
            latency.setdefault((name, "miss"), []).append(ms)
            _, headers, ms = await c.post(
                "/v1/chat/completions", chat(paraphrase(i % len(prompts), 20_000 + i))
            )
            latency.setdefault((name, "reworded hit"), []).append(ms)
    print(f"\n## 1 client, {args.requests} fresh misses and reworded hits each, interleaved")
    for (name, kind), values in sorted(latency.items()):
        mean = statistics.mean(values)
        print(f"{name} {kind:>13}: p50 {pct(values, 0.5):7.2f} ms, mean {mean:7.2f}")
    for name, pid in pids.items():
        pair = (cpu_ms(pid) - before[name]) / args.requests
        print(f"{name} CPU per (miss + reworded hit): {pair:.2f} ms")
    print(f"\n## exact repeats of stored prompts, 1 client ({args.requests} each, interleaved)")
    exact: dict[str, list[float]] = {name: [] for name in conns}
    await learn_exact_repeats(conns, prompts)
    for i in range(args.requests):
        for name, c in conns.items():
            _, headers, ms = await c.post("/v1/chat/completions", chat(prompts[i % len(prompts)]))
            assert headers.get("x-yamabiko-cache") == "hit", headers
            exact[name].append(ms)
    for name, values in exact.items():
        print(f"{name} exact-repeat hit: p50 {pct(values, 0.5):.2f} ms")
    print(f"\n## exact repeats, {args.clients} clients, rounds alternating")
    for round_ in range(args.rounds):
        for name, port in ports.items():
            start_cpu = cpu_ms(pids[name])
            lat, elapsed, not_hit = await run_clients(port, args.clients, 10, prompts)
            used = (cpu_ms(pids[name]) - start_cpu) / len(lat)
            print(
                f"round {round_} {name}: p50 {pct(lat, 0.5):7.1f} ms, {len(lat) / elapsed:6.0f} "
                f"hits/s, CPU per hit {used:.2f} ms" + (f" ({not_hit} not hits)" if not_hit else "")
            )
    print(f"\n## reworded hits, {args.clients} clients, rounds alternating")
    offset = 50_000
    per = max(320 // args.clients, 5)
    for round_ in range(args.rounds):
        for name, port in ports.items():
            texts = [paraphrase(i % len(prompts), offset + i) for i in range(args.clients * per)]
            offset += len(texts)
            start_cpu = cpu_ms(pids[name])
            lat, elapsed, not_hit = await run_clients(port, args.clients, per, texts, True)
            used = (cpu_ms(pids[name]) - start_cpu) / len(lat)
            print(
                f"round {round_} {name}: p50 {pct(lat, 0.5):7.1f} ms, {len(lat) / elapsed:6.0f} "
                f"hits/s, CPU per hit {used:.2f} ms" + (f" ({not_hit} not hits)" if not_hit else "")
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", required=True, help="source tree of gateway A (its src/)")
    parser.add_argument("--b", required=True, help="source tree of gateway B")
    parser.add_argument("--env-a", action="append", default=[], help="NAME=VALUE for A")
    parser.add_argument("--env-b", action="append", default=[], help="NAME=VALUE for B")
    parser.add_argument("--workers", type=int, default=1, help="processes per gateway")
    parser.add_argument("--requests", type=int, default=150, help="1-client pairs per gateway")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="only the miss path (see above)")
    parser.add_argument("--miss-clients", type=int, default=16, help="(--misses) concurrency")
    parser.add_argument(
        "--answer-chars", type=int, default=0,
        help="(--misses) the upstream answers fresh misses with a text this long, with numbers",
    )  # fmt: skip
    args = parser.parse_args()
    envs = {
        "A": dict(e.split("=", 1) for e in args.env_a),
        "B": dict(e.split("=", 1) for e in args.env_b),
    }
    sources = {"A": str(Path(args.a).resolve()), "B": str(Path(args.b).resolve())}
    print(
        f"# gateway A/B ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at "
        f"start): A = {sources['A']} {envs['A'] or ''}, B = {sources['B']} {envs['B'] or ''}, "
        f"--workers {args.workers}"
    )
    with side_by_side(sources, envs, args.workers) as (ports, pids, fake_port):
        if args.misses:
            asyncio.run(measure_misses(ports, pids, fake_port, args))
        else:
            asyncio.run(measure(ports, pids, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
