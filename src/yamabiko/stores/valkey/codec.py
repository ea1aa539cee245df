"""How an entry is laid out in a Valkey HASH, and how replies are read back.

Pure functions (no I/O): entry <-> hash fields, FT.SEARCH replies -> candidates, FT.INFO ->
vector field, selector matching on read fields, escaping for TAG queries and SCAN patterns.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from typing import Any

import numpy as np

from ...models import Candidate, Entry
from ..base import Selector

log = logging.getLogger("yamabiko.valkey")

DIST = "__yb_d"
#: Hash fields returned for an entry (everything but the vector).
FIELDS = (
    "id", "partition", "context_id", "namespace", "user", "lang", "prompt", "response",
    "metadata", "created_at", "expires_at", "hits", "last_hit_at", "tags",
)  # fmt: skip
FILTER_FIELDS = ("id", "partition", "context_id", "namespace", "user", "tags", "created_at")


def entry_fields(entry: Entry, vector: np.ndarray, size: int) -> dict[str, Any]:
    """The HASH fields of an entry (``v`` is the FLOAT32 vector)."""
    ttl_ms = 0 if entry.expires_at is None else round((entry.expires_at - entry.created_at) * 1000)
    fields: dict[str, Any] = {
        "id": entry.id,
        "partition": entry.partition,
        "context_id": entry.context_id,
        "namespace": entry.namespace,
        "prompt": entry.prompt,
        "response": entry.response,
        "metadata": json.dumps(dict(entry.metadata), ensure_ascii=False),
        "created_at": repr(float(entry.created_at)),
        "hits": entry.hits,
        "size": size,
        "ttl_ms": ttl_ms,
        "tags": ",".join(entry.tags),
        "v": vector.tobytes(),
    }
    for name in ("user", "lang", "expires_at", "last_hit_at", "history", "analysis"):
        value = getattr(entry, name)
        if value is not None:
            fields[name] = repr(float(value)) if isinstance(value, float) else value
    return fields


TAG_SPECIAL = re.compile(r"([^A-Za-z0-9_])")


def escape_tag(value: str) -> str:
    """Escape a value for a TAG query (``@field:{value}``)."""
    return TAG_SPECIAL.sub(r"\\\1", value)


def glob_escape(value: str) -> str:
    """``value`` with the glob pattern characters of SCAN MATCH escaped."""
    return re.sub(r"([\\*?\[\]])", r"\\\1", value)


def is_missing_index(exc: Exception) -> bool:
    """True when a server error says the search index does not exist."""
    text = str(exc).lower()
    return "unknown index" in text or "no such index" in text or "not found" in text


def text(value: Any) -> str | None:
    """A reply value as ``str`` (bytes decoded as UTF-8)."""
    return value.decode() if isinstance(value, bytes) else value


def decode_map(reply: Any) -> dict[str, str]:
    """A map reply (HGETALL) with its keys and values as ``str``."""
    return {text(k): text(v) for k, v in (reply or {}).items()}


def vector_field_info(reply: Any) -> tuple[int | None, str | None]:
    """Find the vector field's dimensions and metric in an FT.INFO reply.

    RediSearch and valkey-search lay the reply out differently (``dim`` vs ``dimensions``,
    flat vs nested), so this walks every nested key/value list.
    """
    dims: int | None = None
    metric: str | None = None

    def walk(node: Any) -> None:
        nonlocal dims, metric
        if isinstance(node, dict):
            node = [x for pair in node.items() for x in pair]
        if not isinstance(node, (list, tuple)):
            return
        for key, value in itertools.pairwise(node):
            name = text(key).lower() if isinstance(key, (bytes, str)) else None
            if name in ("dim", "dimensions") and dims is None and isinstance(value, (int, bytes)):
                dims = int(value)
            elif name == "distance_metric" and metric is None and isinstance(value, bytes):
                metric = text(value).upper()
        for child in node:
            if isinstance(child, (list, tuple, dict)):
                walk(child)

    walk(reply)
    return dims, metric


def candidates(
    reply: Any, entry_prefix: str, now: float | None
) -> list[tuple[Candidate, str | None]]:
    """Parse an FT.SEARCH reply into (candidate, partition), nearest first (the reply order is
    not guaranteed). ``now``: drop entries whose recorded expiry has passed (the server's own
    expiry is authoritative; this only covers clock differences)."""
    out: list[tuple[Candidate, str | None]] = []
    for i in range(1, len(reply) - 1, 2):
        key = text(reply[i])
        values = reply[i + 1]
        if not isinstance(values, list):  # the key expired or was deleted during the search
            continue
        row = {text(values[j]): text(values[j + 1]) for j in range(0, len(values) - 1, 2)}
        expires = row.get("expires_at")
        if expires and now is not None and float(expires) <= now:
            continue
        distance = float(row.get(DIST) or 0.0)
        similarity = max(-1.0, min(1.0, 1.0 - distance))
        entry_id = key[len(entry_prefix) :] if key.startswith(entry_prefix) else key
        candidate = Candidate(entry_id, row.get("prompt") or "", similarity,
                              history=row.get("history"), analysis=row.get("analysis"))  # fmt: skip
        out.append((candidate, row.get("partition")))
    out.sort(key=lambda pair: pair[0].similarity, reverse=True)
    return out


def only_ids(selector: Selector) -> bool:
    """True when the selector names ids and nothing else (no need to read any entry)."""
    return bool(selector.ids) and selector == Selector(ids=selector.ids)


def matches(row: dict[str, Any], selector: Selector, now: float) -> bool:
    """Whether an entry's fields satisfy every condition of the selector (AND)."""
    if selector.everything:
        return True
    return all(_holds(row, name, value) for name, value in selector.conditions(now))


def _holds(row: dict[str, Any], name: str, value: Any) -> bool:
    """Whether an entry's fields satisfy one condition of :meth:`Selector.conditions`."""
    if name == "ids":
        return row.get("id") in value
    if name == "tag":
        return value in (row.get("tags") or "").split(",")
    if name == "created_before":
        return float(row.get("created_at") or 0.0) <= value
    return row.get(name) == value


def to_entry(row: dict[str, Any]) -> Entry | None:
    """The entry of a HASH's fields; None for a row without an id (a removed entry)."""
    row = {k: text(v) for k, v in row.items()}
    if not row.get("id"):
        return None
    try:
        return Entry(
            id=row["id"],
            partition=row["partition"] or "",
            context_id=row["context_id"] or "",
            namespace=row["namespace"] or "",
            user=row.get("user"),
            lang=row.get("lang"),
            prompt=row["prompt"] or "",
            response=row["response"] or "",
            created_at=float(row["created_at"] or 0.0),
            expires_at=float(row["expires_at"]) if row.get("expires_at") else None,
            tags=tuple(sorted(t for t in (row.get("tags") or "").split(",") if t)),
            metadata=json.loads(row["metadata"] or "{}"),
            hits=int(row.get("hits") or 0),
            last_hit_at=float(row["last_hit_at"]) if row.get("last_hit_at") else None,
        )
    except (KeyError, ValueError) as exc:
        log.warning("skipping a malformed cache entry %s: %s", row.get("id"), exc)
        return None
