"""In-memory vector index of the embedded store, one sub-index per partition.

A lookup only ever compares vectors of one partition (the exact context), so each partition
gets its own index and no filtering is needed at query time. Small partitions (the common
case: one per model × system prompt × conversation prefix × language) are scanned exactly
with one matrix-vector product; a partition that grows past ``ann_threshold`` vectors is
moved to an approximate (HNSW) index, so search stays fast at a million entries.
"""

from __future__ import annotations

import numpy as np


class ExactPartition:
    """Vectors of one partition in a growable float32 matrix; search is an exact scan."""

    def __init__(self, dims: int) -> None:
        self._matrix = np.zeros((16, dims), dtype=np.float32)
        self._ids: list[str] = []
        self._slot: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self) -> list[str]:
        return list(self._ids)

    def vectors(self) -> np.ndarray:
        return self._matrix[: len(self._ids)]

    def add(self, entry_id: str, vector: np.ndarray) -> None:
        if entry_id in self._slot:
            self._matrix[self._slot[entry_id]] = vector
            return
        n = len(self._ids)
        if n == len(self._matrix):
            grown = np.zeros((2 * n, self._matrix.shape[1]), dtype=np.float32)
            grown[:n] = self._matrix
            self._matrix = grown
        self._matrix[n] = vector
        self._ids.append(entry_id)
        self._slot[entry_id] = n

    def remove(self, entry_id: str) -> bool:
        slot = self._slot.pop(entry_id, None)
        if slot is None:
            return False
        last = len(self._ids) - 1
        if slot != last:  # move the last vector into the hole
            moved = self._ids[last]
            self._matrix[slot] = self._matrix[last]
            self._ids[slot] = moved
            self._slot[moved] = slot
        self._ids.pop()
        return True

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        n = len(self._ids)
        if n == 0:
            return []
        scores = self._matrix[:n] @ vector
        if n > k:
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top])]
        else:
            top = np.argsort(-scores)
        return [(self._ids[i], min(1.0, max(-1.0, float(scores[i])))) for i in top]


class VectorIndex:
    """Maps entry ids to unit vectors, grouped by partition; answers top-k cosine queries."""

    def __init__(self, dims: int, *, ann_threshold: int = 20_000) -> None:
        self.dims = dims
        self.ann_threshold = ann_threshold
        self._partitions: dict[str, ExactPartition] = {}
        self._partition_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._partition_of)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._partition_of

    def add(self, entry_id: str, partition: str, vector: np.ndarray) -> None:
        """Insert or replace the vector of ``entry_id`` (``vector`` must be unit length)."""
        old = self._partition_of.get(entry_id)
        if old is not None and old != partition:
            self.remove(entry_id)
        part = self._partitions.get(partition)
        if part is None:
            part = self._partitions[partition] = ExactPartition(self.dims)
        part.add(entry_id, np.asarray(vector, dtype=np.float32))
        self._partition_of[entry_id] = partition

    def remove(self, entry_id: str) -> bool:
        """Remove one entry; returns False if it was not indexed."""
        partition = self._partition_of.pop(entry_id, None)
        if partition is None:
            return False
        part = self._partitions[partition]
        part.remove(entry_id)
        if len(part) == 0:
            del self._partitions[partition]
        return True

    def search(self, partition: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Top ``k`` entries of ``partition`` by cosine similarity, best first."""
        part = self._partitions.get(partition)
        if part is None:
            return []
        return part.search(np.asarray(vector, dtype=np.float32), k)

    def clear(self) -> None:
        self._partitions.clear()
        self._partition_of.clear()
