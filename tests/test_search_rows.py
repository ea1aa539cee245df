"""Session 12: a search of a large partition reads only the rows that can be in its top k, and
the inverted file removes by its own key-to-list map (no faiss direct map).

Real SQLite files, the real store and real embeddings; near-duplicate clusters make the 8-bit
codes misorder candidates, so that a search that trusted the codes' order, or read too few rows,
would return another top k than the exact one.
"""

from __future__ import annotations

import asyncio
import time

import faiss
import numpy as np
import pytest
from shared_data import perturbed, twins
from store_entries import entry

from yamabiko.stores import local_reads
from yamabiko.stores.ann_ivf import IvfPartition, ListOfKey
from yamabiko.stores.base import Selector
from yamabiko.stores.exact_partition import ExactPartition
from yamabiko.stores.local import LocalStore
from yamabiko.stores.local_reads import within_reach

DIMS = 512


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def clustered(stored: np.ndarray) -> np.ndarray:
    """The real embeddings and, for the first 150, four copies each at cosine 0.999: their
    scores against a nearby query differ by about the codes' error."""
    copies = [unit(perturbed(stored[:150], 0.999, seed=s)) for s in range(4)]
    return np.concatenate([stored, *copies])


async def filled(tmp_path, vectors: np.ndarray) -> LocalStore:
    """An open store holding ``vectors`` as e0.. in one large partition, all in its lists."""
    store = LocalStore(tmp_path / "cache.sqlite3", ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(len(vectors))], vectors)
    await store.wait_for_index()
    return store


def lists_agree(part: IvfPartition) -> set[int]:
    """Check that every key in the lists is live and mapped to its list; returns the keys."""
    index, seen = part._index, set()
    for list_no in range(index.nlist):
        size = index.invlists.list_size(list_no)
        keys = faiss.rev_swig_ptr(index.invlists.get_ids(list_no), size).tolist()
        assert all(part._lists._of[key] == list_no for key in keys)
        seen.update(keys)
    assert len(seen) == index.ntotal and seen == set(part._id_of)
    assert index.direct_map.type == faiss.DirectMap.NoMap
    return seen


def test_within_reach_keeps_the_top_k_and_whatever_is_within_the_codes_error():
    found = [("a", 0.95), ("b", 0.949), ("c", 0.9465), ("d", 0.9459), ("e", 0.90)]
    assert within_reach(found, 1, 0.002) == (found[:3], found[3:])  # 0.95 - 0.004 = 0.946
    assert within_reach(found, 2, 0.002) == (found[:3], found[3:])
    assert within_reach(found, 4, 0.002) == (found[:4], found[4:])
    assert within_reach(found, 1, 0.0) == (found[:1], found[1:])
    assert within_reach(found[:2], 4) == (found[:2], [])


async def test_search_returns_the_exact_top_k_reading_only_rows_within_reach(
    corpus, tmp_path, monkeypatch
):
    stored, _ = corpus
    vectors = clustered(stored)
    store = await filled(tmp_path, vectors)
    assert store._index.is_approximate("p")
    read: list[int] = []
    rows = local_reads.Reads._rows

    def counted(self, found, now):
        read.append(len(found))
        return rows(self, found, now)

    monkeypatch.setattr(local_reads.Reads, "_rows", counted)
    as_stored = vectors.astype(np.float16).astype(np.float32)  # what the file holds
    queries = unit(perturbed(stored[:150], 0.97, seed=11))
    now = time.time()
    for k in (1, 4):
        for query in queries:
            exact = as_stored @ query
            found = await store.search(query, "p", k, now)
            got = [int(c.id[1:]) for c in found]
            assert len(found) == k and got[0] == int(np.argmax(exact))  # the exact best
            # every score is the exact cosine of the stored vector, best first
            assert [c.similarity for c in found] == pytest.approx(exact[got].tolist(), abs=1e-5)
            assert sorted(exact[got], reverse=True) == list(exact[got])
            assert [c.prompt for c in found] == [f"prompt {i}" for i in got]
    # mostly the k rows themselves: the 10 candidates of earlier sessions are not all read
    assert len(read) == 2 * len(queries) and sum(read) < 0.7 * 10 * len(read)
    await store.close()


async def test_expired_rows_among_the_top_give_way_to_the_next_candidates(corpus, tmp_path):
    stored, _ = corpus
    path = tmp_path / "cache.sqlite3"
    store = LocalStore(path, ann_threshold=100)
    await store.open("use-multilingual-v3", DIMS)
    await store.put_many([entry(i) for i in range(600)], stored)
    near = unit(perturbed(stored[:1], 0.995, seed=3))  # two nearer copies of e0, expired
    expired = [entry(1000, expires_at=1.0), entry(1001, expires_at=1.0)]
    await store.put_many(expired, np.concatenate([near, near]))
    await store.wait_for_index()
    found = await store.search(stored[0], "p", 2, time.time())
    assert len(found) == 2 and found[0].id == "e0" and "e1000" not in [c.id for c in found]
    await store.close()


def test_removal_keeps_the_lists_and_the_key_map_in_step(corpus):
    stored, _ = corpus
    vectors = clustered(stored)
    staged = ExactPartition(DIMS)
    staged.add_many([f"e{i}" for i in range(len(vectors))], vectors)
    part = IvfPartition(DIMS, staged=staged, background=False)
    part.build_now()
    for i in range(0, len(vectors), 3):
        assert part.remove(f"e{i}")
    part.add_many(["e0", "e3"], vectors[[5, 6]], wake=False)  # replaced: new keys
    part.build_now()
    keys = lists_agree(part)
    assert len(keys) == len(part) == len(vectors) - len(range(0, len(vectors), 3)) + 2
    assert not part._lists.remove(part._index, 10**6) and not part._lists.remove(part._index, -1)
    for i in range(1, 300, 3):
        assert part.search(vectors[i], 1)[0][0] in twins(vectors, i)
    assert "e0" in {entry_id for entry_id, _ in part.search(vectors[5], 4)}
    assert "e3" in {entry_id for entry_id, _ in part.search(vectors[6], 4)}


def test_a_saved_index_with_faiss_direct_map_loads_without_it(corpus, tmp_path):
    """Sidecars written before session 12 carry faiss's hash-table map: it is dropped on load
    and the key map is read from the lists."""
    stored, _ = corpus
    staged = ExactPartition(DIMS)
    staged.add_many([f"e{i}" for i in range(600)], stored)
    part = IvfPartition(DIMS, staged=staged, background=False)
    part.build_now()
    part._index.set_direct_map_type(faiss.DirectMap.Hashtable)  # as session 11 saved it
    index_path, ids_path = part.save(tmp_path / "p")
    loaded = IvfPartition.restore(DIMS, "i8", [index_path], ids_path)
    lists_agree(loaded)
    assert loaded.remove("e7") and loaded._index.ntotal == 599
    assert "e7" not in [entry_id for entry_id, _ in loaded.search(stored[7], 4)]
    assert isinstance(ListOfKey.of(loaded._index), ListOfKey)


async def test_concurrent_deletes_and_puts_never_return_a_deleted_entry(corpus, tmp_path):
    stored, _ = corpus
    vectors = clustered(stored)
    store = await filled(tmp_path, vectors)
    deleted: set[str] = set()
    done = asyncio.Event()
    looked = 0

    async def writer() -> None:
        for i in range(0, 300, 2):
            await store.delete(Selector(ids=(f"e{i}",)))
            deleted.add(f"e{i}")
            await store.put(entry(5000 + i), vectors[i + 1])  # into the lists meanwhile
        done.set()

    async def reader() -> None:
        nonlocal looked
        i = 0
        while not done.is_set():
            gone = set(deleted)
            found = await store.search(vectors[i % 300], "p", 4, time.time())
            assert not gone & {c.id for c in found}
            looked, i = looked + 1, i + 2
            await asyncio.sleep(0)

    await asyncio.gather(writer(), reader())
    await store.wait_for_index()
    assert looked > 20
    part = store._index._partitions["p"]
    assert len(lists_agree(part)) == len(vectors) - 150 + 150 == len(part)
    await store.close()
    again = LocalStore(tmp_path / "cache.sqlite3", ann_threshold=100)
    await again.open("use-multilingual-v3", DIMS)
    assert again._saved_watermark > 0  # the saved index, not a rebuild
    assert len(lists_agree(again._index._partitions["p"])) == len(vectors)
    found = await again.search(vectors[0], "p", 4, time.time())
    assert {c.id for c in found} == {"e600", "e750", "e900", "e1050"}  # its four copies
    await again.close()
