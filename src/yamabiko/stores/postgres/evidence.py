"""Evidence rows (see :class:`~yamabiko.models.Evidence`) in PostgreSQL: ``<table>_evidence``,
deleted with their entry (a foreign key with ON DELETE CASCADE), at most ``KEEP`` per entry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...models import Evidence
from ..evidence import KEEP


async def add(conn: Any, table: str, entry_id: str, evidence: Evidence) -> bool:
    """Insert a row if the entry exists, and drop that entry's rows beyond ``KEEP``."""
    async with conn.transaction():
        cur = await conn.execute(
            f"INSERT INTO {table}_evidence (entry_id, similarity, correct, source, at, ref) "
            f"SELECT %s, %s, %s, %s, %s, %s WHERE EXISTS "
            f"(SELECT 1 FROM {table}_entries WHERE id = %s)",
            (
                entry_id, float(evidence.similarity), bool(evidence.correct), evidence.source,
                float(evidence.at), evidence.ref, entry_id,
            ),
        )  # fmt: skip
        if cur.rowcount == 0:
            return False
        await conn.execute(
            f"DELETE FROM {table}_evidence WHERE ctid IN (SELECT ctid FROM {table}_evidence "
            f"WHERE entry_id = %s ORDER BY at DESC OFFSET %s)",
            (entry_id, KEEP),
        )
        return True


async def read(conn: Any, table: str, entry_ids: Sequence[str]) -> dict[str, list[Evidence]]:
    """Rows per entry, oldest first; entries without any are left out (one query)."""
    if not entry_ids:
        return {}
    rows = await (
        await conn.execute(
            f"SELECT entry_id, similarity, correct, source, at, ref FROM {table}_evidence "
            "WHERE entry_id = ANY(%s) ORDER BY at",
            (list(entry_ids),),
        )
    ).fetchall()
    out: dict[str, list[Evidence]] = {}
    for entry_id, similarity, correct, source, at, ref in rows:
        out.setdefault(entry_id, []).append(
            Evidence(float(similarity), bool(correct), source, float(at), ref)
        )
    return {k: v[-KEEP:] for k, v in out.items()}
