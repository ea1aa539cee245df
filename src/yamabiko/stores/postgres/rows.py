"""Rows of the PostgreSQL store: entry <-> columns, and selectors as WHERE clauses (pure code)."""

from __future__ import annotations

import json
from typing import Any

from ...models import Entry
from ..base import Selector

#: Columns read back into an :class:`Entry` (everything but the vector), in this order.
COLUMNS = (
    "id", "partition", "context_id", "namespace", "user_id", "lang", "prompt", "response",
    "metadata", "tags", "created_at", "expires_at", "hits", "last_hit_at",
)  # fmt: skip
#: Columns written by a put, in this order (``embedding`` last).
WRITE_COLUMNS = (*COLUMNS, "ttl_s", "last_used", "size", "embedding", "history",
                 "analysis")  # fmt: skip


def write_values(entry: Entry, embedding: Any) -> tuple[Any, ...]:
    """The values of :data:`WRITE_COLUMNS` for ``entry``."""
    ttl = None if entry.expires_at is None else entry.expires_at - entry.created_at
    return (
        entry.id, entry.partition, entry.context_id, entry.namespace, entry.user, entry.lang,
        entry.prompt, entry.response, json.dumps(dict(entry.metadata), ensure_ascii=False),
        list(entry.tags), float(entry.created_at), entry.expires_at, int(entry.hits),
        entry.last_hit_at, ttl, float(entry.last_hit_at or entry.created_at), entry.size_bytes,
        embedding, entry.history, entry.analysis,
    )  # fmt: skip


def to_entry(row: tuple[Any, ...]) -> Entry:
    """An :class:`Entry` from a row of :data:`COLUMNS`."""
    values = dict(zip(COLUMNS, row, strict=True))
    metadata = values["metadata"]
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    return Entry(
        id=values["id"],
        partition=values["partition"],
        context_id=values["context_id"],
        namespace=values["namespace"],
        user=values["user_id"],
        lang=values["lang"],
        prompt=values["prompt"],
        response=values["response"],
        created_at=float(values["created_at"]),
        expires_at=None if values["expires_at"] is None else float(values["expires_at"]),
        tags=tuple(sorted(values["tags"] or ())),
        metadata=metadata or {},
        hits=int(values["hits"] or 0),
        last_hit_at=None if values["last_hit_at"] is None else float(values["last_hit_at"]),
    )


#: Each condition of a selector (:meth:`~yamabiko.stores.base.Selector.conditions`) in SQL.
_CONDITIONS = {
    "ids": "id = ANY(%s)",
    "partition": "partition = %s",
    "context_id": "context_id = %s",
    "namespace": "namespace = %s",
    "user": "user_id = %s",
    "tag": "tags @> ARRAY[%s]::text[]",
    "created_before": "created_at <= %s",
}


def where(selector: Selector, now: float) -> tuple[str, list[Any]]:
    """``(sql, params)`` of a WHERE clause (without the keyword) selecting ``selector``."""
    if selector.everything:
        return "TRUE", []
    conditions = selector.conditions(now)
    clause = " AND ".join(_CONDITIONS[name] for name, _ in conditions)
    return clause or "FALSE", [value for _, value in conditions]
