"""Gateway benchmark on loopback: hit latency and throughput, miss overhead, streaming TTFT.

    python benchmarks/bench_gateway.py [--quick] [--workers 1,2]

Starts the fake upstream and the gateway (``yamabiko serve --workers N``, for each N given) as
separate processes on free 127.0.0.1 ports (the gateway with the real embedder and a fresh
SQLite file), then drives them with a minimal keep-alive HTTP/1.1 client (asyncio,
TCP_NODELAY) from this process. Prints, for each worker count:

* hits: p50 / p99 latency and hits/s at 1, 8 and 64 concurrent clients (exact repeats of stored
  prompts: the gateway's exact-repeat path answers, as for repeated questions in production);
* hits with new wording: every text new (the embedder runs), at 1 and 64 clients, with the
  mean number of texts per model call of the gateway's embedding batcher (read from
  ``/metrics``; with one worker process only, as each worker has its own);
* miss overhead: the same fresh prompts sent directly to the fake upstream, through the
  gateway with ``gateway.speculate = "adaptive"`` (opt-in: the upstream call starts with
  the lookup, in a namespace that never hits) and through a second gateway with
  ``speculate = "off"``, interleaved; with an upstream that answers at once and one that
  takes 20 ms (p50 difference);
* streaming time to first token: direct vs through the gateway.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url_host: str, port: int, path: str, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection((url_host, port), timeout=1) as s:
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
                if s.recv(64).startswith(b"HTTP/1.1"):
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


class Conn:
    """One keep-alive HTTP/1.1 connection (Content-Length or chunked responses)."""

    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> Conn:
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    async def post(
        self, path: str, body: dict, first_chunk: bool = False, extra: str = ""
    ) -> tuple[int, dict, float]:
        """Send (``extra``: more header lines, each ending in CRLF); returns (status, headers,
        ms to first body chunk if first_chunk else to end)."""
        data = json.dumps(body).encode()
        start = time.perf_counter()
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer sk-bench\r\n{extra}Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        first = None
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if first is None and b"data:" in chunk:
                    first = (time.perf_counter() - start) * 1000
                if size == 0:
                    break
        end = (time.perf_counter() - start) * 1000
        return status, headers, (first if first_chunk and first is not None else end)


def chat(prompt: str, stream: bool = False) -> dict:
    return {
        "model": "bench-model",
        "stream": stream,
        "messages": [{"role": "user", "content": prompt}],
    }


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def run_clients(
    port: int, clients: int, per_client: int, prompts: list[str], distinct: bool = False
) -> tuple[list[float], float, int]:
    conns = [await Conn(port).open() for _ in range(clients)]
    latencies: list[float] = []
    not_hit = 0

    async def worker(i: int, conn: Conn) -> None:
        nonlocal not_hit
        for j in range(per_client):
            k = i * per_client + j if distinct else (i * 7 + j) % len(prompts)
            _, headers, ms = await conn.post("/v1/chat/completions", chat(prompts[k]))
            latencies.append(ms)
            not_hit += headers.get("x-yamabiko-cache") != "hit"

    start = time.perf_counter()
    await asyncio.gather(*(worker(i, c) for i, c in enumerate(conns)))
    elapsed = time.perf_counter() - start
    for c in conns:
        c.writer.close()
    return latencies, elapsed, not_hit


def paraphrase(k: int, variant: int) -> str:
    """A new wording of stored prompt ``k``. ``variant`` makes every text unique, so that the
    embedder's exact-text LRU never answers and the model runs: it is written in base 3 as one,
    two or three spaces between the words (the model reads any run of spaces as one). Before,
    ``variant + 1`` trailing spaces did that, so texts grew to over 1,000 characters in a run
    and the model's and the guard's per-character work grew with them."""
    words = f"Benchmark question number {k}: which mountain is the tallest in region {k}?".split()
    gaps = []
    for _ in words[1:]:
        variant, digit = divmod(variant, 3)
        gaps.append(" " * (1 + digit))
    return words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True))


async def fill(port: int, prompts: list[str]) -> None:
    conn = await Conn(port).open()
    for p in prompts:  # store every prompt (misses)
        await conn.post("/v1/chat/completions", chat(p))
    await asyncio.sleep(0.5)  # the stores land after the replies
    for p in prompts[:20]:  # warm the hit path
        await conn.post("/v1/chat/completions", chat(p))
    conn.writer.close()


#: the gateway's admin token in this benchmark (for /metrics)
ADMIN_TOKEN = "bench-admin-token"


async def metrics(port: int) -> dict[str, float]:
    """The gateway's ``/metrics`` samples, by name with labels."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Yamabiko-Admin-Token: {ADMIN_TOKEN}"
        "\r\nConnection: close\r\n\r\n".encode()
    )
    text = (await reader.read()).decode("utf-8", "replace")
    writer.close()
    found = {}
    for line in text.splitlines():
        name, _, value = line.rpartition(" ")
        if name and not line.startswith("#"):
            try:
                found[name] = float(value)
            except ValueError:
                continue
    return found


async def counter(port: int, family: str) -> dict[str, int]:
    """A labelled counter family, e.g. ``{"started": 3, ...}`` (label values as keys)."""
    found = await metrics(port)
    return {
        name.split('"')[1]: int(v) for name, v in found.items() if name.startswith(family + "{")
    }


async def batcher(port: int) -> tuple[int, int]:
    """The gateway's embedding batcher counters: (model calls, texts embedded)."""
    found = await metrics(port)
    return int(found.get("yamabiko_embed_batches_total", 0)), int(
        found.get("yamabiko_embedded_texts_total", 0)
    )


async def hits(port: int, prompts: list[str], quick: bool, label: str, workers: int) -> None:
    total = 600 if quick else 2000
    print(f"\n## {label}: hits (exact repeats of stored prompts)")
    print(f"{'clients':>8} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'hits/s':>9}")
    for clients in (1, 8, 64):
        per = max(total // clients, 10)
        lat, elapsed, bad = await run_clients(port, clients, per, prompts)
        print(
            f"{clients:>8} {len(lat):>9} {pct(lat, 0.5):>8.2f} {pct(lat, 0.99):>8.2f} "
            f"{len(lat) / elapsed:>9.0f}" + (f"  ({bad} not hits!)" if bad else "")
        )
    print(f"\n## {label}: hits with new wording (the embedder runs for every request)")
    print(
        f"{'clients':>8} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'hits/s':>9} "
        f"{'texts/model call':>16}"
    )
    for clients in (1, 64):
        before = await batcher(port) if workers == 1 else None
        per = max((300 if quick else 1000) // clients, 5)
        offset = PARAPHRASE_ROUNDS[0]
        PARAPHRASE_ROUNDS[0] += clients * per
        texts = [paraphrase(i % len(prompts), offset + i) for i in range(clients * per)]
        lat, elapsed, bad = await run_clients(port, clients, per, texts, distinct=True)
        batch = "-"
        if before is not None:
            after = await batcher(port)
            calls, embedded = after[0] - before[0], after[1] - before[1]
            batch = f"{embedded / calls:.1f}" if calls else "-"
        print(
            f"{clients:>8} {len(lat):>9} {pct(lat, 0.5):>8.2f} {pct(lat, 0.99):>8.2f} "
            f"{len(lat) / elapsed:>9.0f} {batch:>16}" + (f"  ({bad} not hits)" if bad else "")
        )


#: a running count of paraphrase texts used, so that every text is new to the gateway
PARAPHRASE_ROUNDS = [0]


#: the misses are measured in a namespace of their own, which never hits: with
#: ``gateway.speculate = "adaptive"`` (set for the main gateway) it speculates once it has
#: seen this many lookups
MISS_NAMESPACE = "X-Yamabiko-Namespace: bench-misses\r\n"


async def misses(gw_port: int, off_port: int, fake_port: int, quick: bool) -> None:
    """Miss overhead, side by side: direct, through the main gateway (speculative forwarding
    adaptive) and through a gateway with ``speculate = "off"``, interleaved."""
    from yamabiko.gateway.speculate import MIN_SEEN

    conn, off, direct = [await Conn(p).open() for p in (gw_port, off_port, fake_port)]
    ns = MISS_NAMESPACE
    for i in range(MIN_SEEN):  # the namespace's hit rate is known (0): adaptive speculates
        for c in (conn, off):
            await c.post("/v1/chat/completions", chat(f"Warm-up miss {i} ({c.port})."), extra=ns)
    n = 200 if quick else 500
    for latency in (0.0, 0.02):
        fake = f"X-Fake-Latency: {latency}\r\n" if latency else ""
        label = "answers at once" if not latency else f"answers after {latency * 1000:.0f} ms"
        print(f"\n## Miss overhead (fresh prompts; fake upstream {label}), 1 client")
        lat: dict[str, list[float]] = {"direct": [], "gateway": [], "speculate=off": []}
        for i in range(n if not latency else n // 2):
            p = f"Fresh miss {i} at {latency}: explain topic {i * 31 % 997} in one line."
            _, _, ms = await direct.post("/v1/chat/completions", chat(p), extra=fake)
            lat["direct"].append(ms)
            for name, c in (("gateway", conn), ("speculate=off", off)):
                _, headers, ms = await c.post(
                    "/v1/chat/completions", chat(f"{p} ({name})"), extra=ns + fake
                )
                # a miss may name a rejected candidate: "miss; reason=rejected:number"
                assert headers.get("x-yamabiko-cache", "").startswith("miss"), headers
                lat[name].append(ms)
        base = pct(lat["direct"], 0.5)
        print(
            f"direct p50 {base:.2f} ms | via gateway (speculate=adaptive) p50 "
            f"{pct(lat['gateway'], 0.5):.2f} ms, overhead {pct(lat['gateway'], 0.5) - base:.2f}"
            f" ms | speculate=off p50 {pct(lat['speculate=off'], 0.5):.2f} ms, overhead "
            f"{pct(lat['speculate=off'], 0.5) - base:.2f} ms (p99 direct "
            f"{pct(lat['direct'], 0.99):.2f}, gateway {pct(lat['gateway'], 0.99):.2f}, off "
            f"{pct(lat['speculate=off'], 0.99):.2f})"
        )
    print("\n## Streaming time to first token (fresh prompts), 1 client")
    d_lat, g_lat = [], []
    for i in range(100 if quick else 300):
        p = f"Fresh stream {i}: tell a short story about item {i * 17 % 991}."
        _, _, ms = await direct.post("/v1/chat/completions", chat(p, True), first_chunk=True)
        d_lat.append(ms)
        _, _, ms = await conn.post(
            "/v1/chat/completions", chat(p + " (gw)", True), first_chunk=True, extra=ns
        )
        g_lat.append(ms)
    print(
        f"direct TTFT p50 {pct(d_lat, 0.5):.2f} ms | via gateway p50 {pct(g_lat, 0.5):.2f} ms | "
        f"overhead p50 {pct(g_lat, 0.5) - pct(d_lat, 0.5):.2f} ms"
    )
    speculated = await counter(gw_port, "yamabiko_speculative_total")
    print(f"speculative upstream calls of the gateway (this process): {speculated}")


def start_gateway(
    port: int, fake_url: str, path: Path, workers: int, env: dict[str, str] | None = None
) -> subprocess.Popen:
    command = [sys.executable, "-m", "yamabiko.cli", "serve", "--port", str(port)]
    command += ["--path", str(path), "--workers", str(workers), "--log-level", "warning"]
    command += ["--admin-token", ADMIN_TOKEN]
    for api in ("openai", "anthropic", "gemini"):
        command += [f"--{api}-url", fake_url]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer requests")
    parser.add_argument(
        "--workers", default="1,2", help="gateway process counts to compare (default 1,2)"
    )
    parser.add_argument(
        "--misses-only", action="store_true", help="only the miss overhead and streaming TTFT"
    )
    args = parser.parse_args()
    counts = [int(w) for w in args.workers.split(",")]
    fake_port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    n_prompts = 200
    prompts = [
        f"Benchmark question number {i}: what is the tallest mountain in region {i}?"
        for i in range(n_prompts)
    ]
    import platform

    print(
        f"# yamabiko gateway benchmark ({os.cpu_count()} cores, Python "
        f"{platform.python_version()}; fake upstream, gateway and this client as separate "
        f"processes, measured one after another in this one run; load average "
        f"{os.getloadavg()[0]:.1f} at start)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        fake = subprocess.Popen(
            [sys.executable, "-m", "yamabiko.testing.fake_upstream", "--port", str(fake_port)],
            env=env,
        )
        url = f"http://127.0.0.1:{fake_port}"
        try:
            wait_ready("127.0.0.1", fake_port, "/v1/models")
            for workers in counts:
                gw_port = free_port()
                path = Path(tmp) / f"bench-{workers}.sqlite3"
                gateway = start_gateway(
                    gw_port, url, path, workers, {"YAMABIKO_GATEWAY_SPECULATE": "adaptive"}
                )
                try:
                    wait_ready("127.0.0.1", gw_port, "/healthz")
                    label = f"{workers} worker process" + ("es" if workers > 1 else "")
                    asyncio.run(fill(gw_port, prompts))
                    if not args.misses_only:
                        asyncio.run(hits(gw_port, prompts, args.quick, label, workers))
                    if workers == counts[0]:
                        off_port = free_port()
                        off_env = {"YAMABIKO_GATEWAY_SPECULATE": "off"}
                        off_path = Path(tmp) / "bench-off.sqlite3"
                        off = start_gateway(off_port, url, off_path, workers, off_env)
                        try:
                            wait_ready("127.0.0.1", off_port, "/healthz")
                            asyncio.run(misses(gw_port, off_port, fake_port, args.quick))
                        finally:
                            off.terminate()
                            off.wait(30)
                finally:
                    gateway.terminate()
                    gateway.wait(30)
        finally:
            fake.terminate()
            fake.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
