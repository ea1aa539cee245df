"""One small partition of the embedded store's vector index: an exact scan over a matrix.

Vectors live in a growable float32 matrix; a lookup is one matrix-vector product. The same
class holds the vectors a large partition has not yet moved into its index
(:mod:`.ann_staged`), which takes them from the tail (:meth:`ExactPartition.tail`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class ExactPartition:
    """Vectors of one partition in a growable float32 matrix; search is an exact scan."""

    def __init__(self, dims: int) -> None:
        self._matrix = np.zeros((16, dims), dtype=np.float32)
        self._ids: list[str] = []
        self._slot: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._slot

    def ids(self) -> list[str]:
        return list(self._ids)

    def tail(self, count: int) -> tuple[list[str], np.ndarray]:
        """The last ``count`` ids and a copy of their vectors (removing them moves nothing)."""
        n = len(self._ids)
        start = max(0, n - count)
        return self._ids[start:n], self._matrix[start:n].copy()

    def vectors(self) -> np.ndarray:
        return self._matrix[: len(self._ids)]

    def add(self, entry_id: str, vector: np.ndarray) -> None:
        if entry_id in self._slot:
            self._matrix[self._slot[entry_id]] = vector
            return
        n = len(self._ids)
        if n == len(self._matrix):
            self.reserve(n + 1)
        self._matrix[n] = vector
        self._ids.append(entry_id)
        self._slot[entry_id] = n

    def add_many(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        if any(entry_id in self._slot for entry_id in ids) or len(set(ids)) != len(ids):
            # replacements: the slow, safe path
            for entry_id, vector in zip(ids, vectors, strict=True):
                self.add(entry_id, vector)
            return
        n = len(self._ids)
        self.reserve(n + len(ids))
        self._matrix[n : n + len(ids)] = vectors
        for offset, entry_id in enumerate(ids):
            self._slot[entry_id] = n + offset
        self._ids.extend(ids)

    def reserve(self, needed: int) -> None:
        """Make room for ``needed`` vectors now, so that adding them later neither allocates nor
        touches new memory. The store's writer calls it outside the index lock before a batch:
        on this project's VM, memory new to the process costs up to hundreds of ms to touch
        (the hypervisor hands back pages lazily; docs/stores.md, session 12), and lookups that
        waited for the lock paid for it. Safe beside concurrent searches: they read either the
        old or the new matrix, whose rows in use are equal; only the writer changes rows."""
        if needed <= len(self._matrix):
            return
        size = max(needed, 2 * len(self._matrix))
        grown = np.empty((size, self._matrix.shape[1]), dtype=np.float32)
        n = len(self._ids)
        grown[:n] = self._matrix[:n]
        grown[n:] = 0.0  # touch every page here, not when the rows are written
        self._matrix = grown

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

    def remove_many(self, ids: Sequence[str]) -> None:
        """Remove ``ids`` (distinct, each held) at once: the kept rows of the tail fill the
        holes in one copy (the background inserter removes a batch under a lock that lookups
        wait for, so this is vectorized rather than :meth:`remove` per id)."""
        slots = np.fromiter(map(self._slot.pop, ids), dtype=np.int64, count=len(ids))
        n = len(self._ids)
        keep = n - len(slots)
        in_tail = np.zeros(n - keep, dtype=bool)
        in_tail[slots[slots >= keep] - keep] = True
        holes = slots[slots < keep].tolist()
        movers = (np.flatnonzero(~in_tail) + keep).tolist()  # as many as the holes
        if holes:
            self._matrix[holes] = self._matrix[movers]
            for hole, mover in zip(holes, movers, strict=True):
                moved = self._ids[mover]
                self._ids[hole] = moved
                self._slot[moved] = hole
        del self._ids[keep:]

    def search(
        self, vector: np.ndarray, k: int, *, one_thread: bool = True
    ) -> list[tuple[str, float]]:
        """The top ``k`` by cosine, best first. ``one_thread`` (the default): compute the
        scores on the calling thread (``einsum``) instead of BLAS, whose threads wait for cores
        on a busy machine (docs/stores.md, sessions 8 and 9: during a bulk load most lookups
        slower than 30 ms were in this product while the partition was still exact); its
        rounding differs from BLAS's in the last bits."""
        n = len(self._ids)
        if n == 0:
            return []
        if one_thread:
            scores = np.einsum("ij,j->i", self._matrix[:n], vector)
        else:
            scores = self._matrix[:n] @ vector
        top = np.argpartition(-scores, k - 1)[:k] if n > k else np.arange(n)
        # best first; equal scores (the same vector stored twice, e.g. a prompt's own answer
        # and a promoted alias) go to the later slot, so the order does not depend on the
        # CPU's sort routine (numpy's SIMD argsort is not stable)
        top = top[np.lexsort((-top, -scores[top]))]
        return [(self._ids[i], min(1.0, max(-1.0, float(scores[i])))) for i in top]
