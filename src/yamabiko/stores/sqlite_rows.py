"""Entries in the embedded store's SQLite file: rows for one put or a batch, and the vectors.

Vectors are stored as float16 (1 KB at 512 dims instead of 2 KB: the biggest part of a row).
Rounding to float16 moves a cosine between unit vectors by about 1e-5 (at most ~1e-4), far
below any difference that matters for ``min_similarity``. Files written before stored float32;
both are read (by the blob's length).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import numpy as np

from ..models import Entry

#: the columns of :func:`entry_row`, named: a file's later columns (``history``, ``analysis``)
#: were added in the order its versions met them, which need not be this one
ROW_COLUMNS = (
    "id, partition, context_id, namespace, user, lang, prompt, response, metadata, created_at, "
    "expires_at, hits, last_hit_at, last_used, size, vector, history, analysis"
)
_INSERT = f"INSERT INTO entries ({ROW_COLUMNS}) VALUES ({','.join('?' * 18)})"


def entry_row(entry: Entry, vector: np.ndarray | bytes) -> tuple:
    """The ``entries`` row of an entry (``last_used`` starts at its creation); ``vector`` may
    be given already encoded (:func:`encode_vector`)."""
    metadata = json.dumps(dict(entry.metadata), ensure_ascii=False) if entry.metadata else "{}"
    blob = vector if isinstance(vector, bytes) else encode_vector(vector)
    return (
        entry.id, entry.partition, entry.context_id, entry.namespace, entry.user,
        entry.lang, entry.prompt, entry.response, metadata,
        entry.created_at, entry.expires_at, entry.hits, entry.last_hit_at,
        entry.created_at, entry.size_bytes, blob, entry.history, entry.analysis,
    )  # fmt: skip


def encode_vector(vector: np.ndarray) -> bytes:
    """The stored form of a vector (little-endian float16)."""
    return np.asarray(vector, dtype="<f2").tobytes()


def decode_vectors(blobs: Sequence[bytes], dims: int) -> np.ndarray:
    """Stored vectors as a float32 matrix; ``dims`` tells float16 (2 bytes a value) from the
    float32 of older files (4 bytes), else the first blob's length is taken as float16."""
    if not blobs:
        return np.zeros((0, dims), dtype=np.float32)
    dims = dims or len(blobs[0]) // 2
    if all(len(blob) == 2 * dims for blob in blobs):
        return np.frombuffer(b"".join(blobs), dtype="<f2").astype(np.float32).reshape(-1, dims)
    out = np.empty((len(blobs), dims), dtype=np.float32)
    for row, blob in enumerate(blobs):
        out[row] = np.frombuffer(blob, dtype="<f2" if len(blob) == 2 * dims else "<f4")
    return out


def insert_entries(db: sqlite3.Connection, entries: Sequence[Entry], vectors: np.ndarray) -> None:
    """Insert (or replace) entries with their tags and log them as ``put`` changes, inside the
    caller's transaction. A replaced entry is deleted first (its tags and evidence go with it,
    and the counters stay exact)."""
    ids = [(entry.id,) for entry in entries]
    existing: list[tuple[str]] = []
    for start in range(0, len(ids), 500):  # (a bulk load's ids are new: one query, no deletes)
        chunk = [entry_id for (entry_id,) in ids[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        existing += db.execute(f"SELECT id FROM entries WHERE id IN ({marks})", chunk).fetchall()
    if existing:
        db.executemany("DELETE FROM entries WHERE id = ?", existing)
    halves = np.ascontiguousarray(np.asarray(vectors).reshape(len(entries), -1), dtype="<f2")
    db.executemany(
        _INSERT,
        [entry_row(entry, row.tobytes()) for entry, row in zip(entries, halves, strict=True)],
    )
    db.executemany(
        "INSERT OR IGNORE INTO tags VALUES (?, ?)",
        [(entry.id, tag) for entry in entries for tag in entry.tags],
    )
    db.executemany("INSERT INTO changes (op, entry_id) VALUES ('put', ?)", ids)
