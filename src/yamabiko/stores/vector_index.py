"""In-memory vector index of the embedded store, one sub-index per partition.

A lookup only ever compares vectors of one partition (the exact context), so each partition
gets its own index and no filtering is needed at query time. Small partitions (the common
case: one per model × system prompt × conversation prefix × language) are scanned exactly
with one matrix-vector product; a partition that grows past ``ann_threshold`` vectors is
moved to an approximate HNSW graph (usearch), so search stays fast at a million entries.

Large partitions' graphs can be saved to a directory (:meth:`VectorIndex.save`) and loaded
back (:meth:`VectorIndex.load`), so that reopening a big store does not rebuild them. The
files carry a manifest with sizes and CRC32 checksums; anything missing, stale or damaged
makes :meth:`~VectorIndex.load` raise :class:`SidecarError`, and the caller rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .ann_build import AnnBuild

#: HNSW parameters of large partitions, chosen with ``benchmarks/bench_store.py --ef-sweep 1m``
#: (see docs/store-benchmark.md): at 1M entries in one partition, ef=96 is the smallest ef
#: with recall@1 >= 0.99 on hittable queries (0.991; ef=64 gave 0.988), p99 1.6 ms.
CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 96
ANN_DTYPES = ("f16", "f32")
_FORMAT = 1
log = logging.getLogger("yamabiko")
_MANIFEST = "manifest.json"


class SidecarError(Exception):
    """The saved index files cannot be used (missing, stale, damaged); rebuild instead."""


#: Below this many vectors a bulk insert uses one thread. usearch's concurrent insertion builds
#: a slightly worse graph: on 600 real embeddings, builds with 2 threads missed the exact best
#: match for a few queries in 1,750 (2 with f16, 8 with f32 in one run), with 1 thread for none
#: (benchmarks/bench_hnsw_threads.py). Large rebuilds still use every core (their recall at
#: 1M is measured by benchmarks/bench_store.py).
_PARALLEL_BUILD_FROM = 100_000


def _bulk_threads(count: int) -> int:
    if count < _PARALLEL_BUILD_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


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
            self._grow(n + 1)
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
        self._grow(n + len(ids))
        self._matrix[n : n + len(ids)] = vectors
        for offset, entry_id in enumerate(ids):
            self._slot[entry_id] = n + offset
        self._ids.extend(ids)

    def _grow(self, needed: int) -> None:
        if needed <= len(self._matrix):
            return
        size = max(needed, 2 * len(self._matrix))
        grown = np.zeros((size, self._matrix.shape[1]), dtype=np.float32)
        grown[: len(self._ids)] = self._matrix[: len(self._ids)]
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


class AnnPartition:
    """Vectors of one large partition in an HNSW graph (usearch, inner product).

    usearch keys are integers: every insert takes a fresh key, so replacing an entry is
    "remove the old key, add a new one" and the graph never holds two live copies of an id.
    Removed nodes are tombstoned by usearch and their slots reused by later inserts.
    """

    def __init__(self, dims: int, dtype: str = "f16") -> None:
        from usearch.index import Index

        self.dims = dims
        self.dtype = dtype
        self._graph = Index(
            ndim=dims,
            metric="ip",
            dtype=dtype,
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )
        self._key_of: dict[str, int] = {}
        self._id_of: dict[int, str] = {}
        self._next_key = 0

    def __len__(self) -> int:
        return len(self._key_of)

    def _new_keys(self, ids: Sequence[str]) -> np.ndarray:
        keys = np.arange(self._next_key, self._next_key + len(ids), dtype=np.uint64)
        self._next_key += len(ids)
        for entry_id, key in zip(ids, keys.tolist(), strict=True):
            self._key_of[entry_id] = key
            self._id_of[key] = entry_id
        return keys

    def add(self, entry_id: str, vector: np.ndarray) -> None:
        self.remove(entry_id)
        key = self._new_keys([entry_id])
        self._graph.add(key, vector[np.newaxis], threads=1)

    def add_many(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        """Insert many vectors with all cores (rebuilds and conversions)."""
        if len(set(ids)) != len(ids):
            for entry_id, vector in zip(ids, vectors, strict=True):
                self.add(entry_id, vector)
            return
        for entry_id in ids:
            self.remove(entry_id)
        self._graph.add(self._new_keys(ids), vectors, threads=_bulk_threads(len(ids)))

    def remove(self, entry_id: str) -> bool:
        key = self._key_of.pop(entry_id, None)
        if key is None:
            return False
        del self._id_of[key]
        self._graph.remove(key)
        return True

    def search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        if not self._key_of:
            return []
        found = self._graph.search(vector, k, threads=1)
        # metric "ip" is the distance 1 - dot; unit vectors make dot the cosine.
        return [
            (self._id_of[key], min(1.0, max(-1.0, 1.0 - float(dist))))
            for key, dist in zip(found.keys.tolist(), found.distances.tolist(), strict=True)
            if key in self._id_of
        ]

    def save(self, graph_path: Path, ids_path: Path) -> None:
        self._graph.save(str(graph_path))
        keys = [self._key_of[entry_id] for entry_id in self._key_of]
        ids_path.write_text(
            json.dumps({"ids": list(self._key_of), "keys": keys, "next": self._next_key}),
            encoding="utf-8",
        )

    @classmethod
    def restore(cls, dims: int, dtype: str, graph_path: Path, ids_path: Path) -> AnnPartition:
        part = cls(dims, dtype)
        part._graph.load(str(graph_path))
        part._graph.expansion_search = EXPANSION_SEARCH
        mapping = json.loads(ids_path.read_text(encoding="utf-8"))
        ids, keys = mapping["ids"], mapping["keys"]
        if len(ids) != len(keys) or len(part._graph) != len(ids):
            raise SidecarError(
                f"{graph_path.name} holds {len(part._graph)} vectors but its id map {len(ids)}"
            )
        if part._graph.ndim != dims or str(part._graph.dtype).split(".")[-1].lower() != dtype:
            raise SidecarError(f"{graph_path.name} is not a {dims}-dim {dtype} graph")
        part._key_of = dict(zip(ids, keys, strict=True))
        part._id_of = dict(zip(keys, ids, strict=True))
        part._next_key = int(mapping["next"])
        return part


Partition = ExactPartition | AnnPartition


class VectorIndex:
    """Maps entry ids to unit vectors, grouped by partition; answers top-k cosine queries.

    Partitions with more than ``ann_threshold`` vectors use an HNSW graph storing
    ``ann_dtype`` (``"f16"`` halves memory; scores then carry a rounding error of about 1e-3).
    A partition that crosses the threshold through :meth:`add` (or ``add_many(...,
    background=True)``) keeps its exact matrix while the graph is built on a background thread
    (:mod:`.ann_build`) and is swapped in when ready; :meth:`wait_for_builds` waits for that.
    """

    def __init__(self, dims: int, *, ann_threshold: int = 20_000, ann_dtype: str = "f16") -> None:
        if ann_dtype not in ANN_DTYPES:
            raise ValueError(f"ann_dtype is {ann_dtype!r}; use one of {ANN_DTYPES}.")
        self.dims = dims
        self.ann_threshold = ann_threshold
        self.ann_dtype = ann_dtype
        self._partitions: dict[str, Partition] = {}
        self._partition_of: dict[str, str] = {}
        self._builds: dict[str, AnnBuild] = {}

    def __len__(self) -> int:
        return len(self._partition_of)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._partition_of

    def partition_size(self, partition: str) -> int:
        """How many vectors ``partition`` holds (0 if unknown)."""
        part = self._partitions.get(partition)
        return len(part) if part is not None else 0

    def ann_partitions(self) -> list[str]:
        """The partitions currently held in an HNSW graph."""
        return [key for key, part in self._partitions.items() if isinstance(part, AnnPartition)]

    def add(self, entry_id: str, partition: str, vector: np.ndarray) -> None:
        """Insert or replace the vector of ``entry_id`` (``vector`` must be unit length)."""
        old = self._partition_of.get(entry_id)
        if old is not None and old != partition:
            self.remove(entry_id)
        self._poll(partition)
        part = self._partitions.get(partition)
        if part is None:
            part = self._partitions[partition] = ExactPartition(self.dims)
        vector = np.asarray(vector, dtype=np.float32)
        part.add(entry_id, vector)
        self._partition_of[entry_id] = partition
        build = self._builds.get(partition)
        if build is not None:
            build.record_add(entry_id, vector)
        elif isinstance(part, ExactPartition) and len(part) > self.ann_threshold:
            self._start_build(partition, part)

    def add_many(
        self,
        ids: Sequence[str],
        partitions: Sequence[str],
        vectors: np.ndarray,
        *,
        background: bool = False,
    ) -> None:
        """Insert or replace many entries at once (fast path for loading a store).

        ``background``: a partition that crosses the threshold is converted by a background
        build (bulk inserts into a live store) instead of in place (loading at open).
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
            self._poll(partition)
            part = self._partitions.get(partition)
            if part is None:
                part = self._partitions[partition] = ExactPartition(self.dims)
            build = self._builds.get(partition)
            size = len(part) + len(rows)
            crosses = isinstance(part, ExactPartition) and size > self.ann_threshold
            if crosses and build is None and not background:
                part = self._to_ann(partition, part)
            part.add_many(group_ids, vectors[rows])
            for entry_id in group_ids:
                self._partition_of[entry_id] = partition
            if build is not None:
                for entry_id, row in zip(group_ids, rows, strict=True):
                    build.record_add(entry_id, vectors[row])
            elif crosses and background:
                assert isinstance(part, ExactPartition)
                self._start_build(partition, part)

    def _start_build(self, partition: str, exact: ExactPartition) -> None:
        def make_graph() -> AnnPartition:
            return AnnPartition(self.dims, self.ann_dtype)

        self._builds[partition] = AnnBuild(make_graph, exact.ids(), exact.vectors())

    def _poll(self, partition: str, wait: bool = False) -> None:
        """Swap in the partition's background-built graph if it is ready (or ``wait``)."""
        build = self._builds.get(partition)
        if build is None:
            return
        try:
            graph = build.finish(wait=wait)
        except RuntimeError as exc:  # the build failed: convert in place, as before
            log.warning("%s; converting partition %s in place", exc, partition)
            del self._builds[partition]
            part = self._partitions.get(partition)
            if isinstance(part, ExactPartition):
                self._to_ann(partition, part)
            return
        if graph is None:
            return
        del self._builds[partition]
        if partition in self._partitions:
            self._partitions[partition] = graph

    def wait_for_builds(self) -> None:
        """Block until every background graph build is done and swapped in."""
        for partition in list(self._builds):
            self._poll(partition, wait=True)

    def join_builds(self) -> None:
        """Wait for the running build threads without touching the index (a caller holding no
        lock lets lookups go on meanwhile); :meth:`wait_for_builds` then swaps them in."""
        for build in list(self._builds.values()):
            build.join()

    def backlog(self) -> int:
        """Swap ready builds; then the changes recorded by running builds, not yet in a graph
        (a bulk loader waits while this is large, so memory stays bounded)."""
        for partition in list(self._builds):
            self._poll(partition)
        return sum(build.backlog + 1 for build in self._builds.values())

    def _to_ann(self, partition: str, exact: ExactPartition) -> AnnPartition:
        ann = AnnPartition(self.dims, self.ann_dtype)
        if len(exact):
            ann.add_many(exact.ids(), exact.vectors())
        self._partitions[partition] = ann
        return ann

    def remove(self, entry_id: str) -> bool:
        """Remove one entry; returns False if it was not indexed."""
        partition = self._partition_of.pop(entry_id, None)
        if partition is None:
            return False
        part = self._partitions[partition]
        part.remove(entry_id)
        build = self._builds.get(partition)
        if build is not None:
            build.record_remove(entry_id)
        if len(part) == 0:
            del self._partitions[partition]
            self._builds.pop(partition, None)
        return True

    def search(self, partition: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Top ``k`` entries of ``partition`` by cosine similarity, best first."""
        self._poll(partition)
        part = self._partitions.get(partition)
        if part is None:
            return []
        return part.search(np.asarray(vector, dtype=np.float32), k)

    def clear(self) -> None:
        self._partitions.clear()
        self._partition_of.clear()
        self._builds.clear()  # running threads finish on their own; their graphs are dropped

    # -- persistence of large partitions -----------------------------------------------------

    def save(self, directory: Path, watermark: int) -> None:
        """Write every HNSW partition to ``directory`` with a manifest naming ``watermark``.

        Small (exact) partitions are not written: they are cheap to read back from the store.
        Files are written under fresh names and the manifest is replaced atomically last, so
        a reader never sees a half-written set; files no manifest names are removed.
        """
        directory.mkdir(parents=True, exist_ok=True)
        token = secrets.token_hex(4)
        entries = []
        for partition in self.ann_partitions():
            part = self._partitions[partition]
            assert isinstance(part, AnnPartition)
            stem = hashlib.sha256(partition.encode()).hexdigest()[:16] + "-" + token
            graph, ids = directory / f"{stem}.usearch", directory / f"{stem}.ids.json"
            part.save(graph, ids)
            entries.append(
                {
                    "partition": partition,
                    "count": len(part),
                    "files": {path.name: _fingerprint(path) for path in (graph, ids)},
                    "graph": graph.name,
                    "ids": ids.name,
                }
            )
        manifest = {
            "format": _FORMAT,
            "watermark": watermark,
            "dims": self.dims,
            "dtype": self.ann_dtype,
            "connectivity": CONNECTIVITY,
            "partitions": entries,
        }
        tmp = directory / f"{_MANIFEST}.{token}.tmp"
        tmp.write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(tmp, directory / _MANIFEST)
        keep = {_MANIFEST} | {name for entry in entries for name in entry["files"]}
        for path in directory.iterdir():
            if path.name not in keep and not path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)

    def load(self, directory: Path) -> tuple[int, list[str]]:
        """Add the HNSW partitions saved in ``directory``; returns (watermark, partitions).

        Raises :class:`SidecarError` if the files are missing, of another format, dims or
        dtype, or fail their size/checksum check; the index is then left without them.
        """
        try:
            manifest = json.loads((directory / _MANIFEST).read_text(encoding="utf-8"))
            if (manifest.get("format"), manifest.get("dims"), manifest.get("dtype")) != (
                _FORMAT,
                self.dims,
                self.ann_dtype,
            ) or manifest.get("connectivity") != CONNECTIVITY:
                raise SidecarError(f"{directory} was written with other settings")
            loaded: dict[str, AnnPartition] = {}
            for entry in manifest["partitions"]:
                for name, expected in entry["files"].items():
                    if _fingerprint(directory / name) != expected:
                        raise SidecarError(f"{directory / name} is damaged (size or checksum)")
                part = AnnPartition.restore(
                    self.dims, self.ann_dtype, directory / entry["graph"], directory / entry["ids"]
                )
                if len(part) != entry["count"]:
                    raise SidecarError(f"{entry['graph']} holds {len(part)} vectors, not "
                                       f"{entry['count']}")  # fmt: skip
                loaded[entry["partition"]] = part
            watermark = int(manifest["watermark"])
        except SidecarError:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise SidecarError(f"cannot read the saved index in {directory}: {exc}") from exc
        for partition, part in loaded.items():
            self._drop_partition(partition)
            self._partitions[partition] = part
            for entry_id in part._key_of:
                old = self._partition_of.get(entry_id)
                if old is not None and old != partition:
                    self._remove_from(old, entry_id)
                self._partition_of[entry_id] = partition
        return watermark, list(loaded)

    def _drop_partition(self, partition: str) -> None:
        self._builds.pop(partition, None)
        part = self._partitions.pop(partition, None)
        if part is None:
            return
        ids: Iterable[str] = part.ids() if isinstance(part, ExactPartition) else list(part._key_of)
        for entry_id in ids:
            self._partition_of.pop(entry_id, None)

    def _remove_from(self, partition: str, entry_id: str) -> None:
        part = self._partitions.get(partition)
        if part is not None:
            part.remove(entry_id)
            if partition in self._builds:
                self._builds[partition].record_remove(entry_id)
            if len(part) == 0:
                del self._partitions[partition]


def _fingerprint(path: Path) -> list[int]:
    """[size, crc32] of a file, read in 8 MiB chunks."""
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(8 << 20):
            crc = zlib.crc32(chunk, crc)
    return [path.stat().st_size, crc]
