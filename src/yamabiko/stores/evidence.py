"""Evidence rows (see :class:`~yamabiko.models.Evidence`) in the stores: shared SQL and Valkey
helpers, so that each store adds ``add_evidence`` / ``evidence`` in a few lines.

An entry keeps its most recent :data:`KEEP` rows. Evidence lives as long as its entry: SQLite
deletes it with the entry (a trigger); Valkey gives the list the entry's remaining TTL and
never returns the rows of an entry that is gone (the list of an entry without a TTL that was
invalidated stays behind, at most ``KEEP`` short rows, until the prefix is emptied).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from ..models import Evidence

#: rows kept (and read) per entry
KEEP = 512

SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS evidence (
    entry_id TEXT NOT NULL,
    similarity REAL NOT NULL,
    correct INTEGER NOT NULL,
    source TEXT NOT NULL,
    at REAL NOT NULL,
    ref TEXT
);
CREATE INDEX IF NOT EXISTS evidence_entry ON evidence(entry_id, at);
CREATE TRIGGER IF NOT EXISTS evidence_removed AFTER DELETE ON entries BEGIN
    DELETE FROM evidence WHERE entry_id = OLD.id;
END;
"""


def encode(evidence: Evidence) -> str:
    """One row as compact JSON (the Valkey list element)."""
    return json.dumps(
        [evidence.similarity, int(evidence.correct), evidence.source, evidence.at, evidence.ref],
        separators=(",", ":"),
    )


def decode(raw: str | bytes) -> Evidence:
    """One evidence record from its stored JSON form."""
    similarity, correct, source, at, ref = json.loads(raw)
    return Evidence(float(similarity), bool(correct), str(source), float(at), ref)


def sqlite_add(db: sqlite3.Connection, entry_id: str, evidence: Evidence) -> bool:
    """Insert a row if the entry exists; returns whether it was recorded."""
    cursor = db.execute(
        "INSERT INTO evidence (entry_id, similarity, correct, source, at, ref) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM entries WHERE id = ?1)",
        (
            entry_id,
            float(evidence.similarity),
            int(evidence.correct),
            evidence.source,
            float(evidence.at),
            evidence.ref,
        ),
    )
    return cursor.rowcount > 0


def sqlite_read(db: sqlite3.Connection, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
    """The rows of each entry (oldest first, at most ``KEEP``); entries without any are left
    out."""
    out: dict[str, list[Evidence]] = {}
    if not entry_ids:
        return out
    marks = ",".join("?" * len(entry_ids))
    rows = db.execute(
        f"SELECT entry_id, similarity, correct, source, at, ref FROM evidence "
        f"WHERE entry_id IN ({marks}) ORDER BY at",
        list(entry_ids),
    ).fetchall()
    for entry_id, similarity, correct, source, at, ref in rows:
        out.setdefault(entry_id, []).append(Evidence(similarity, bool(correct), source, at, ref))
    return {k: v[-KEEP:] for k, v in out.items()}


#: KEYS: entry hash, evidence list. ARGV: the encoded row. Only for an existing entry; the list
#: expires with the entry.
VALKEY_ADD = f"""
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -2 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], -{KEEP}, -1)
if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) else redis.call('PERSIST', KEYS[2]) end
return 1
"""


async def valkey_add(client: Any, entry_key: str, list_key: str, evidence: Evidence) -> bool:
    """Append a row for an existing entry (one script call)."""
    return bool(await client.eval(VALKEY_ADD, 2, entry_key, list_key, encode(evidence)))


async def valkey_read(client: Any, keys: dict[str, tuple[str, str]]) -> dict[str, list[Evidence]]:
    """Rows per entry id, for ``{entry_id: (entry_key, list_key)}``, in one pipelined round
    trip; the rows of an entry that is gone are left out (their list expires on its own)."""
    if not keys:
        return {}
    pipe = client.pipeline(transaction=False)
    for entry_key, list_key in keys.values():
        pipe.exists(entry_key)
        pipe.lrange(list_key, 0, -1)
    replies = await pipe.execute()
    out = {}
    for n, entry_id in enumerate(keys):
        exists, rows = replies[2 * n], replies[2 * n + 1]
        if exists and rows:
            out[entry_id] = [decode(raw) for raw in rows]
    return out
