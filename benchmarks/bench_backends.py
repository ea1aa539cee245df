"""The network stores side by side on the same data: Valkey (one server), a 3-primary Valkey
cluster, and PostgreSQL + pgvector. Each runs on this machine, started from the test fixtures
(``tests/servers.py``, ``tests/valkey_cluster.py``, ``tests/postgres_server.py``).

For each size the same entries (the data of ``bench_scale.py``: real USE embeddings of 4,000
paraphrase-pair texts and synthetic points around them; one partition) are stored with
``--concurrency`` writers (store rate, entries/s; vectors given, so embedding is excluded), then
lookups run one at a time, interleaved across the stores (query 1 on every store, then query
2, ...) so that they share the machine's load: ``search`` (top-4) plus ``fetch_hit`` of the best
candidate when it reaches 0.90; queries are held-out real paraphrases and perturbed copies of
stored vectors (cosine 0.92-0.98). Valkey is timed after its background indexing finished.

    python benchmarks/bench_backends.py --sizes 10k,100k
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_scale import make_data  # noqa: E402
from bench_store import parse_size  # noqa: E402
from bench_valkey import timed_fill, wait_until_indexed  # noqa: E402
from postgres_server import PostgresServer  # noqa: E402
from servers import ValkeySearchServer  # noqa: E402
from valkey_cluster import ValkeyCluster  # noqa: E402

from yamabiko.models import Entry  # noqa: E402
from yamabiko.stores.postgres import PostgresStore  # noqa: E402
from yamabiko.stores.valkey import ValkeyStore  # noqa: E402

RESPONSE = "A cached answer of typical length. " * 12  # ~420 bytes


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


async def fill(store, vectors: np.ndarray, concurrency: int) -> float:
    await store.open("use-multilingual-v3", vectors.shape[1])
    now = time.time()

    async def put(row: int) -> None:
        entry = Entry(
            id=f"r{row}", partition="bench", context_id="bench", namespace="default",
            user=None, lang="en", prompt=f"a question of typical length #{row}",
            response=RESPONSE, created_at=now, expires_at=now + 3600,
        )  # fmt: skip
        await store.put(entry, vectors[row])

    return await timed_fill(put, range(len(vectors)), concurrency)


async def lookup(store, vector: np.ndarray) -> bool:
    found = await store.search(vector, "bench", 4, time.time())
    if not found or found[0].similarity < 0.9:
        return False
    return await store.fetch_hit(found[0].id, time.time()) is not None


async def bench_size(n: int, servers: dict, args: argparse.Namespace) -> list[dict]:
    data = make_data(n, args.queries, 4000)
    vectors, queries = data["vectors"], data["queries"]
    stores = {
        "Valkey (1 server)": ValkeyStore(
            servers["valkey"].url, prefix=f"b{uuid.uuid4().hex[:6]}:", timeout=2.0,
            write_timeout=10.0,
        ),
        "Valkey cluster (3 primaries)": ValkeyStore(
            servers["cluster"].url, prefix=f"b{uuid.uuid4().hex[:6]}:", timeout=2.0,
            write_timeout=10.0,
        ),
        "PostgreSQL + pgvector": PostgresStore(
            servers["postgres"].url, table=f"b{uuid.uuid4().hex[:6]}", timeout=2.0,
            write_timeout=10.0,
        ),
    }  # fmt: skip
    results = []
    for name, store in stores.items():
        rate = await fill(store, vectors, args.concurrency)
        results.append({"n": n, "name": name, "store": store, "rate": rate, "lat": [], "hits": 0})
        print(f"# {n:,} {name}: filled at {rate:,.0f}/s", file=sys.stderr, flush=True)
    await wait_until_indexed(servers["valkey"].url)
    for node in servers["cluster"].nodes:
        await wait_until_indexed(f"valkey://127.0.0.1:{node.port}/0")
    for query in queries[:50]:  # warm-up
        for r in results:
            await lookup(r["store"], query)
    for query in queries:
        for r in results:
            t0 = time.perf_counter()
            r["hits"] += await lookup(r["store"], query)
            r["lat"].append((time.perf_counter() - t0) * 1000)
    for r in results:
        await r["store"].close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    with ValkeySearchServer() as valkey, ValkeyCluster() as cluster, PostgresServer() as pg:
        servers = {"valkey": valkey, "cluster": cluster, "postgres": pg}
        rows = []
        for n in [parse_size(s) for s in args.sizes.split(",")]:
            rows += asyncio.run(bench_size(n, servers, args))
    print("| entries | store | store rate /s | lookup p50 / p99 ms | hits |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['n']:,} | {r['name']} | {r['rate']:,.0f} | {pct(r['lat'], 50):.2f} / "
              f"{pct(r['lat'], 99):.2f} | {r['hits']} of {len(r['lat'])} |")  # fmt: skip


if __name__ == "__main__":
    main()
