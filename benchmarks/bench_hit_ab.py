"""Exact-repeat hits at one client, two gateways side by side (A/B), in alternating order.

    python benchmarks/bench_hit_ab.py --a /path/to/old/src --b src [--requests 3000]

Starts one fake upstream and two ``yamabiko serve`` gateways (``--workers 1`` each, each with
``PYTHONPATH`` set to its source tree and its own SQLite file), stores the same 100 prompts in
both, then sends exact repeats one at a time, A then B on even requests and B then A on odd
ones (``bench_gateway_ab.py`` always sends A first, which leaves B the tail of A's work after
each reply). Prints p25 / p50 / p90 latency and the gateway process's CPU time per hit.
"""

from __future__ import annotations

import argparse
import asyncio
import os

from bench_gateway import chat, pct
from bench_gateway_ab import cpu_ms, learn_exact_repeats, prepared, side_by_side


async def measure(ports: dict[str, int], pids: dict[str, int], n: int) -> None:
    prompts, conns = await prepared(ports)
    await learn_exact_repeats(conns, prompts)
    latency: dict[str, list[float]] = {name: [] for name in conns}
    before = {name: cpu_ms(pid) for name, pid in pids.items()}
    for i in range(n):
        order = list(conns.items())
        for name, c in order if i % 2 == 0 else order[::-1]:
            _, headers, ms = await c.post("/v1/chat/completions", chat(prompts[i % 100]))
            assert headers.get("x-yamabiko-cache") == "hit", headers
            latency[name].append(ms)
    for name, values in latency.items():
        cpu = (cpu_ms(pids[name]) - before[name]) / n
        print(
            f"{name}: exact-repeat hit, 1 client: p25 {pct(values, 0.25):.3f} ms, p50 "
            f"{pct(values, 0.5):.3f} ms, p90 {pct(values, 0.9):.3f} ms; CPU per hit {cpu:.3f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--a", required=True, help="source tree of gateway A (its src/)")
    parser.add_argument("--b", required=True, help="source tree of gateway B")
    parser.add_argument("--requests", type=int, default=3000, help="exact repeats per gateway")
    args = parser.parse_args()
    print(f"# exact-repeat A/B, load average {os.getloadavg()[0]:.1f}: A = {args.a}, B = {args.b}")
    with side_by_side({"A": args.a, "B": args.b}, {"A": {}, "B": {}}, 1) as (ports, pids, _):
        asyncio.run(measure(ports, pids, args.requests))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
