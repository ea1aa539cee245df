"""Small partitions grow their exact matrix outside the store's index lock.

The 1M idle run of session 12 traced lookups that waited 120-590 ms for the index lock while
the writer doubled a small partition's matrix (4,096 -> 8,192 -> 16,384 rows) and touched its
new pages under it. The writer now reserves the room first (``ExactPartition.reserve``, from
``rows`` of ``LocalStore._write``), so the changes made under the lock never allocate.
"""

from __future__ import annotations

import time

import numpy as np
from store_entries import entry

from yamabiko.stores.exact_partition import ExactPartition
from yamabiko.stores.local import LocalStore

DIMS = 64


def unit_rows(n: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).standard_normal((n, DIMS)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_reserve_keeps_every_vector_and_makes_adding_allocation_free() -> None:
    part = ExactPartition(DIMS)
    first, second = unit_rows(20, 1), unit_rows(30, 2)
    part.add_many([f"a{i}" for i in range(20)], first)
    before = part.search(second[0], 5)
    part.reserve(50)
    matrix = part._matrix
    assert len(matrix) >= 50 and np.array_equal(part.vectors(), first)
    assert part.search(second[0], 5) == before
    part.add_many([f"b{i}" for i in range(30)], second)
    assert part._matrix is matrix  # the add wrote into the reserved rows: no new array
    assert part.search(second[3], 1)[0][0] == "b3"
    part.reserve(10)  # already room: nothing changes
    assert part._matrix is matrix


async def test_put_many_grows_small_partitions_only_outside_the_index_lock(
    tmp_path, monkeypatch
) -> None:
    store = LocalStore(tmp_path / "cache.sqlite3", ann_threshold=100_000)
    await store.open("use-multilingual-v3", DIMS)
    grown_under_lock: list[int] = []
    grown_outside: list[int] = []
    reserve = ExactPartition.reserve

    def watched(self: ExactPartition, needed: int) -> None:
        if needed > len(self._matrix) and len(self) > 0:
            (grown_under_lock if store._lock._is_owned() else grown_outside).append(needed)
        reserve(self, needed)

    monkeypatch.setattr(ExactPartition, "reserve", watched)
    vectors = unit_rows(600, 3)
    for start in range(0, 600, 50):
        batch = range(start, start + 50)
        await store.put_many([entry(i) for i in batch], vectors[start : start + 50])
    for i in range(600, 700):  # single puts too
        await store.put(entry(i), unit_rows(1, i)[0])
    assert grown_under_lock == []
    assert grown_outside, "the matrix never had to grow: the test lost its point"
    found = await store.search(vectors[123], "p", 1, time.time())
    assert found[0].id == "e123"
    await store.close()
