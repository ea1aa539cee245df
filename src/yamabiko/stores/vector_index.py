"""In-memory vector index of the embedded store, one sub-index per partition.

A lookup only ever compares vectors of one partition (the exact context), so each partition
gets its own index and no filtering is needed at query time. Small partitions (the common
case: one per model × system prompt × conversation prefix × language) are scanned exactly
with one matrix-vector product (:mod:`.exact_partition`); a partition that grows past
``ann_threshold`` vectors becomes an approximate index that is filled in the background while
its exact matrix keeps answering (:mod:`.ann_staged`), so search stays fast at a million
entries and no lookup waits for a conversion: an inverted file (``ann_index="ivf"``, the
default, :mod:`.ann_ivf`) or HNSW graphs (``"hnsw"``, :mod:`.ann_partition`).

Large partitions' indexes can be saved to a directory (:meth:`VectorIndex.save`) and loaded
back (:meth:`VectorIndex.load`, see :mod:`.index_sidecar`), so that reopening a big store does
not rebuild them.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from . import index_sidecar
from .ann_ivf import IvfPartition
from .ann_partition import ANN_DTYPES, AnnPartition
from .ann_segments import CONNECTIVITY, EXPANSION_ADD, EXPANSION_SEARCH
from .ann_staged import SidecarError, StagedPartition
from .exact_partition import ExactPartition
from .id_map import ShardedDict

__all__ = [
    "ANN_DTYPES", "ANN_INDEXES", "CONNECTIVITY", "EXPANSION_ADD", "EXPANSION_SEARCH",
    "AnnPartition", "ExactPartition", "IvfPartition", "SidecarError", "VectorIndex",
]  # fmt: skip

Partition = ExactPartition | StagedPartition
#: the index of a large partition: an inverted file (the default) or HNSW graphs
ANN_INDEXES: dict[str, type[StagedPartition]] = {"ivf": IvfPartition, "hnsw": AnnPartition}


class VectorIndex:
    """Maps entry ids to unit vectors, grouped by partition; answers top-k cosine queries.

    Partitions with more than ``ann_threshold`` vectors use ``ann_index``: an inverted file of
    8-bit codes (``"ivf"``, :mod:`.ann_ivf`) or HNSW graphs (``"hnsw"``: of at most
    ``segment_size`` vectors each, see :mod:`.ann_segments`, storing ``ann_dtype``: ``"f16"``
    halves memory, scores then carry a rounding error of about 1e-3; ``"i8"`` quarters it).
    Approximate scores are removed by the store, which re-scores the candidates with their
    stored vectors. A partition that crosses the threshold keeps answering from its exact
    matrix while a background thread moves the vectors into the index;
    :meth:`wait_for_builds` waits for that.
    """

    def __init__(
        self,
        dims: int,
        *,
        ann_threshold: int = 20_000,
        ann_dtype: str = "f16",
        segment_size: int | None = None,
        ann_index: str = "ivf",
    ) -> None:
        if ann_dtype not in ANN_DTYPES:
            raise ValueError(f"ann_dtype is {ann_dtype!r}; use one of {ANN_DTYPES}.")
        if ann_index not in ANN_INDEXES:
            raise ValueError(f"ann_index is {ann_index!r}; use one of {sorted(ANN_INDEXES)}.")
        self.ann_index = ann_index
        self.dims = dims
        self.ann_threshold = ann_threshold
        self.ann_dtype = ann_dtype
        #: vectors per graph of a large partition (None: ``ann_segments.SEGMENT_SIZE``)
        self.segment_size = segment_size
        self._partitions: dict[str, Partition] = {}
        # sharded: a million-key dict's resize would pause every thread (see id_map.py)
        self._partition_of: ShardedDict[str, str] = ShardedDict()

    def __len__(self) -> int:
        return len(self._partition_of)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._partition_of

    def partition_size(self, partition: str) -> int:
        """How many vectors ``partition`` holds (0 if unknown)."""
        part = self._partitions.get(partition)
        return len(part) if part is not None else 0

    def ann_partitions(self) -> list[str]:
        """The partitions held in an approximate index (possibly still filling in the
        background)."""
        return [key for key, part in self._partitions.items()
                if isinstance(part, StagedPartition)]  # fmt: skip

    def is_approximate(self, partition: str) -> bool:
        """Whether ``partition``'s scores and order come from an index (re-score them)."""
        return isinstance(self._partitions.get(partition), StagedPartition)

    def add(self, entry_id: str, partition: str, vector: np.ndarray) -> None:
        """Insert or replace the vector of ``entry_id`` (``vector`` must be unit length)."""
        vector = np.asarray(vector, dtype=np.float32)
        self.add_many([entry_id], [partition], vector[np.newaxis], background=True)

    def add_many(
        self,
        ids: Sequence[str],
        partitions: Sequence[str],
        vectors: np.ndarray,
        *,
        background: bool = False,
    ) -> None:
        """Insert or replace many entries at once.

        ``background``: graphs are filled by their background thread (a live store); without
        it (loading at open, no lookup waiting) they are built now with every core.
        """
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dims)
        groups: dict[str, list[int]] = {}
        for row, (entry_id, partition) in enumerate(zip(ids, partitions, strict=True)):
            old = self._partition_of.get(entry_id)
            if old is not None and old != partition:
                self.remove(entry_id)
            groups.setdefault(partition, []).append(row)
        for partition, rows in groups.items():
            group_ids = [ids[row] for row in rows]
            part = self._partitions.get(partition)
            if part is None:
                part = self._partitions[partition] = ExactPartition(self.dims)
            if isinstance(part, StagedPartition):
                part.add_many(group_ids, vectors[rows], wake=background)
            else:
                part.add_many(group_ids, vectors[rows])
            for entry_id in group_ids:
                self._partition_of[entry_id] = partition
            if isinstance(part, ExactPartition) and len(part) > self.ann_threshold:
                part = self._partitions[partition] = ANN_INDEXES[self.ann_index](
                    self.dims, self.ann_dtype, staged=part, background=background,
                    segment_size=self.segment_size,
                )  # fmt: skip
            if isinstance(part, StagedPartition) and not background:
                part.build_now()

    def reserve(self, partitions: Sequence[str]) -> None:
        """Make room in the exact matrices of ``partitions`` (one name per vector about to be
        added) before :meth:`add_many`, which then neither allocates nor touches new memory
        under the store's lock (:meth:`ExactPartition.reserve`). Only small (exact) partitions:
        a large one's staged matrix is changed by its own inserter thread as well."""
        for partition, count in Counter(partitions).items():
            part = self._partitions.get(partition)
            if isinstance(part, ExactPartition):
                part.reserve(len(part) + count)

    def remove(self, entry_id: str) -> bool:
        """Remove one entry; returns False if it was not indexed."""
        partition = self._partition_of.pop(entry_id, None)
        if partition is None:
            return False
        part = self._partitions[partition]
        part.remove(entry_id)
        if len(part) == 0:
            self._drop_partition(partition)
        return True

    def search(self, partition: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Top ``k`` entries of ``partition`` by cosine similarity, best first."""
        part = self._partitions.get(partition)
        if part is None:
            return []
        return part.search(np.asarray(vector, dtype=np.float32), k)

    def backlog(self) -> int:
        """Vectors waiting for an index (a bulk loader waits while this is large, so lookups
        that scan them stay fast and memory stays bounded). A partition whose inserter failed
        (``error``, logged) does not count: its vectors stay staged, and nothing would wait
        them away."""
        return sum(
            part.backlog for part in self._partitions.values()
            if isinstance(part, StagedPartition) and part.error is None
        )  # fmt: skip

    def wait_for_builds(self) -> None:
        """Block until every graph holds all of its partition's vectors."""
        for part in list(self._partitions.values()):
            if isinstance(part, StagedPartition):
                part.join()

    join_builds = wait_for_builds

    def stop_retraining(self) -> None:
        """Before a close: wait until every large partition holds its staged vectors and give up
        their re-trainings, pending or running (the old lists stay valid; a later process
        re-trains), so that no thread of theirs outlives the close (docs/stores.md, session 16)."""
        for part in list(self._partitions.values()):
            if isinstance(part, StagedPartition):
                part.stop_retraining()

    def clear(self) -> None:
        for partition in list(self._partitions):
            self._drop_partition(partition)
        self._partition_of.clear()

    def _drop_partition(self, partition: str) -> None:
        part = self._partitions.pop(partition, None)
        if part is None:
            return
        if isinstance(part, StagedPartition):
            part.close()
        for entry_id in part.ids():
            if self._partition_of.get(entry_id) == partition:
                del self._partition_of[entry_id]

    # -- persistence of large partitions -----------------------------------------------------

    def save(self, directory: Path, watermark: int) -> None:
        """Write every large partition's index to ``directory`` with a manifest naming
        ``watermark`` (after waiting for their background inserts). Small (exact) partitions
        are not written: they are cheap to read back from the store."""
        self.wait_for_builds()
        graphs = {p: part for p, part in self._partitions.items()
                  if isinstance(part, StagedPartition)}  # fmt: skip
        index_sidecar.write(
            directory, graphs, watermark=watermark, dims=self.dims, dtype=self.ann_dtype
        )

    def load(self, directory: Path) -> tuple[int, list[str]]:
        """Add the large partitions saved in ``directory``; returns (watermark, partitions).

        Raises :class:`SidecarError` if they cannot be used; the index is then left without
        them.
        """
        watermark, loaded = index_sidecar.read(
            directory, dims=self.dims, dtype=self.ann_dtype, kind=self.ann_index,
            segment_size=self.segment_size,
        )  # fmt: skip
        for partition, part in loaded.items():
            self._drop_partition(partition)
            self._partitions[partition] = part
            ids = part.ids()
            if self._partition_of:  # (empty when loading at open: skip the checks)
                for entry_id in ids:
                    old = self._partition_of.get(entry_id)
                    if old is not None and old != partition:
                        self._remove_from(old, entry_id)
            self._partition_of.update_pairs(zip(ids, itertools.repeat(partition)))
        return watermark, list(loaded)

    def _remove_from(self, partition: str, entry_id: str) -> None:
        part = self._partitions.get(partition)
        if part is not None:
            part.remove(entry_id)
            if len(part) == 0:
                self._partitions.pop(partition)
