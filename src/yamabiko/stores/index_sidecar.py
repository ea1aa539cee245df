"""The saved indexes of large partitions ("sidecar" directory next to the SQLite file).

Reopening a big store loads these instead of rebuilding its indexes (HNSW graphs or inverted
files; the manifest names each partition's kind). The files carry a manifest
with sizes and CRC32 checksums; anything missing, stale or damaged makes :func:`read` raise
:class:`SidecarError`, and the caller rebuilds from the SQLite file.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import zlib
from pathlib import Path

from .ann_ivf import IvfPartition
from .ann_partition import AnnPartition
from .ann_segments import CONNECTIVITY
from .ann_staged import SidecarError, StagedPartition

#: 2: a partition may be several graphs (segments, see ann_segments.py); 3: a partition names
#: its kind (``"hnsw"`` graphs or an ``"ivf"`` inverted file)
_FORMAT = 3
_KINDS: dict[str, type[StagedPartition]] = {cls.KIND: cls for cls in (AnnPartition, IvfPartition)}
_MANIFEST = "manifest.json"


def write(
    directory: Path,
    partitions: dict[str, StagedPartition],
    *,
    watermark: int,
    dims: int,
    dtype: str,
) -> None:
    """Write every index with a manifest naming ``watermark`` (the change log position).

    Files are written under fresh names and the manifest is replaced atomically last, so a
    reader never sees a half-written set; files no manifest names are removed.
    """
    directory.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(4)
    entries = []
    for partition, part in partitions.items():
        stem = hashlib.sha256(partition.encode()).hexdigest()[:16] + "-" + token
        *graphs, ids = part.save(directory / stem)
        entries.append(
            {
                "partition": partition,
                "kind": part.KIND,
                "count": len(part),
                "files": {path.name: _fingerprint(path) for path in (*graphs, ids)},
                "graphs": [graph.name for graph in graphs],
                "ids": ids.name,
            }
        )
    manifest = {
        "format": _FORMAT,
        "watermark": watermark,
        "dims": dims,
        "dtype": dtype,
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


def read(
    directory: Path, *, dims: int, dtype: str, kind: str, segment_size: int | None = None
) -> tuple[int, dict[str, StagedPartition]]:
    """The saved indexes and their watermark; raises :class:`SidecarError` if the files are
    missing, of another format, dims, dtype or ``kind`` of index (the store then rebuilds
    them as its settings say), or fail their size/checksum check."""
    try:
        manifest = json.loads((directory / _MANIFEST).read_text(encoding="utf-8"))
        if (manifest.get("format"), manifest.get("dims"), manifest.get("dtype")) != (
            _FORMAT,
            dims,
            dtype,
        ) or manifest.get("connectivity") != CONNECTIVITY:
            raise SidecarError(f"{directory} was written with other settings")
        loaded: dict[str, StagedPartition] = {}
        for entry in manifest["partitions"]:
            for name, expected in entry["files"].items():
                if _fingerprint(directory / name) != expected:
                    raise SidecarError(f"{directory / name} is damaged (size or checksum)")
            graphs = [directory / name for name in entry["graphs"]]
            if entry.get("kind") != kind or kind not in _KINDS:
                raise SidecarError(f"{directory} holds a {entry.get('kind')!r} index, the "
                                   f"store uses {kind!r}")  # fmt: skip
            part = _KINDS[kind].restore(
                dims, dtype, graphs, directory / entry["ids"], segment_size=segment_size
            )
            if len(part) != entry["count"]:
                raise SidecarError(f"{entry['ids']} holds {len(part)} vectors, not "
                                   f"{entry['count']}")  # fmt: skip
            loaded[entry["partition"]] = part
        return int(manifest["watermark"]), loaded
    except SidecarError:
        raise
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise SidecarError(f"cannot read the saved index in {directory}: {exc}") from exc


def _fingerprint(path: Path) -> list[int]:
    """[size, crc32] of a file, read in 8 MiB chunks."""
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(8 << 20):
            crc = zlib.crc32(chunk, crc)
    return [path.stat().st_size, crc]
