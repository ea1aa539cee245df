"""One large partition of the embedded store's vector index as HNSW graphs (usearch) that grow
in the background (the store's ``ann_index="hnsw"``; the default is the inverted file of
:mod:`.ann_ivf`).

Staging, the background inserter and the id maps are :class:`.StagedPartition`'s. The graphs
are *segments* of at most ``segment_size`` vectors (:mod:`.ann_segments`: sealing, the
multi-graph search and its locks); a lookup searches the sealed graphs without this
partition's lock ``_mu``, and the growing graph and the staged vectors under it, so the
inserter (which takes ``_mu`` between batches) and a lookup hold each other up for at most one
short step. Batches are sized to about ``BATCH_SECONDS`` of work.

``i8`` graphs (a quarter of float32's memory and disk) hold each vector scaled so that its
largest component is 127, with the cosine metric (which ignores the scale): plain rounding of a
unit vector's components (about ±0.04 at 512 dims) would keep only a few levels of each;
scaled, scores stay within about 1e-3 of the exact cosine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from . import ann_segments as seg
from .ann_segments import Segments
from .ann_staged import SidecarError, StagedPartition
from .exact_partition import ExactPartition

__all__ = ["ANN_DTYPES", "AnnPartition", "SidecarError"]

ANN_DTYPES = ("f16", "f32", "i8")


class AnnPartition(StagedPartition):
    """HNSW graphs (segments, :mod:`.ann_segments`) plus the staged vectors not yet in them."""

    KIND = "hnsw"

    def __init__(
        self,
        dims: int,
        dtype: str = "f16",
        staged: ExactPartition | None = None,
        *,
        background: bool = True,
        segment_size: int | None = None,
    ) -> None:
        super().__init__(dims, dtype, staged, background=background)
        self._segments = Segments(dims, dtype, segment_size)
        #: search-time ef of every graph; None: ``ann_segments.search_ef`` (benchmarks set it)
        self.expansion_search: int | None = None
        self._start()

    @property
    def segment_size(self) -> int:
        """Vectors per graph."""
        return self._segments.segment_size

    @property
    def segments(self) -> int:
        """How many graphs hold this partition's vectors."""
        return self._segments.count

    def _stored(self, vectors: np.ndarray) -> np.ndarray:
        """Vectors as the graph takes them (int8 graphs: each row scaled to ±127, rounded)."""
        if self.dtype != "i8":
            return vectors
        vectors = np.atleast_2d(vectors)
        peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
        return np.rint(vectors * (127.0 / peak)).astype(np.int8)

    # -- the graphs (StagedPartition's hooks) ---------------------------------------------

    def _room(self) -> int:
        return self._segments.room()

    def _insert(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        threads = seg.build_threads(len(self._segments.growing))  # only this thread grows it
        self._segments.add(keys.astype(np.uint64), self._stored(vectors), threads)

    def _insert_all(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        stored, done = self._stored(vectors), 0
        while done < len(keys):
            end = done + self._segments.room()
            self._segments.add(keys[done:end].astype(np.uint64), stored[done:end],
                               seg.build_threads(len(keys)))  # fmt: skip
            done = end

    def _remove_key(self, key: int) -> None:
        self._segments.remove(key)

    def _search_index(self, vector: np.ndarray, k: int) -> tuple[list[int], list[float]]:
        raise NotImplementedError  # (search is overridden: sealed graphs go without _mu)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        keys: list[int] = []
        dists: list[float] = []
        query = self._stored(vector).reshape(-1)
        ef = self.expansion_search or seg.search_ef(self.segments)
        seen = self._segments.search_sealed(query, k, ef, keys, dists)  # without _mu
        with self._mu:
            if self._key_of:
                self._segments.search_rest(query, k, ef, seen, keys, dists)
            else:
                keys, dists = [], []
            return self._merge(vector, k, keys, dists)

    # -- persistence ----------------------------------------------------------------------

    def _save_index(self, stem: Path) -> list[Path]:
        """The graphs as ``stem.N.usearch``."""
        paths = [stem.with_name(f"{stem.name}.{n}.usearch") for n in range(self.segments)]
        self._segments.save(paths)
        return paths

    def _load_index(self, paths: Sequence[Path]) -> int:
        return self._segments.load(paths)
