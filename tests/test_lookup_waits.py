"""What a lookup of the embedded store must never wait for (docs/stores.md, session 10): the
writer's commit, a team of OpenMP threads, the background inserter's per-id bookkeeping. Real
stores and real threads; the writer's commit is held open with SQLite's own progress handler.
"""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from yamabiko.models import Entry
from yamabiko.stores.ann_ivf import IvfPartition, omp_threads
from yamabiko.stores.exact_partition import ExactPartition
from yamabiko.stores.local import LocalStore

DIMS = 16


def unit_rows(count: int, seed: int) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((count, DIMS)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def entry(name: str) -> Entry:
    return Entry(id=name, partition="p", context_id="c", namespace="default", user=None,
                 lang="en", prompt=f"prompt {name}", response=f"answer {name}",
                 created_at=time.time(), expires_at=None)  # fmt: skip


async def test_a_lookup_goes_on_while_the_writer_commits(tmp_path):
    store = LocalStore(tmp_path / "commit.sqlite3")
    await store.open("test-embedder", DIMS)
    vectors = unit_rows(2, seed=1)
    await store.put(entry("old"), vectors[0])
    in_commit, looked_up, committed = threading.Event(), threading.Event(), threading.Event()

    def hold_the_next_commit() -> None:  # on the writer thread, with its connection
        statement = [""]
        conn = store._db
        conn.set_trace_callback(lambda sql: statement.__setitem__(0, sql))

        def progress() -> int:
            if statement[0] == "COMMIT" and not in_commit.is_set():
                in_commit.set()
                looked_up.wait(30)  # (a bound, not a timing: the old code fails after it)
                committed.set()
            return 0

        conn.set_progress_handler(progress, 1)

    await store._run(hold_the_next_commit)
    put = asyncio.create_task(store.put(entry("new"), vectors[1]))
    assert await asyncio.to_thread(in_commit.wait, 30)
    found = await store.search(vectors[0], "p", 4, time.time())
    during_commit = not committed.is_set()
    looked_up.set()
    await put
    await store._run(lambda: store._db.set_progress_handler(None, 1))
    assert during_commit  # the lookup did not wait for the commit
    assert [c.id for c in found] == ["old"]  # not yet committed: not returned
    assert [c.id for c in await store.search(vectors[1], "p", 1, time.time())] == ["new"]
    await store.close()


def test_faiss_threads_are_set_per_thread_and_given_back():
    import faiss

    seen: dict[str, int] = {}

    def other() -> None:
        seen["other"] = faiss.omp_get_max_threads()

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(3)
    try:
        with omp_threads(1):
            seen["inside"] = faiss.omp_get_max_threads()
            thread = threading.Thread(target=other)
            thread.start()
            thread.join()
        assert seen["inside"] == 1 and seen["other"] != 1
        assert faiss.omp_get_max_threads() == 3
        # a lookup on a host thread leaves that thread's own setting as it was
        part = IvfPartition(DIMS, background=False)
        vectors = unit_rows(600, seed=2)
        part.add_many([f"e{i}" for i in range(600)], vectors, wake=False)
        part.build_now()
        assert part.search(vectors[5], 1)[0][0] == "e5"
        assert faiss.omp_get_max_threads() == 3
    finally:
        faiss.omp_set_num_threads(before)


@pytest.mark.parametrize("seed", range(5))
def test_removing_many_at_once_is_removing_them_one_by_one(seed):
    rng = np.random.default_rng(seed)
    vectors = unit_rows(300, seed=seed)
    names = [f"e{i}" for i in range(300)]
    bulk, single = ExactPartition(DIMS), ExactPartition(DIMS)
    for part in (bulk, single):
        part.add_many(names, vectors)
    gone = [names[i] for i in rng.choice(300, int(rng.integers(1, 300)), replace=False)]
    gone += names[-3:] if names[-1] not in gone else []  # the tail too (holes there)
    gone = list(dict.fromkeys(gone))
    bulk.remove_many(gone)
    for name in gone:
        single.remove(name)
    assert sorted(bulk.ids()) == sorted(single.ids()) == sorted(set(names) - set(gone))
    for name, row in zip(bulk.ids(), bulk.vectors(), strict=True):
        assert np.array_equal(row, vectors[int(name[1:])])  # every id kept its own vector
    for query in vectors[:20]:
        assert bulk.search(query, 3) == single.search(query, 3)
