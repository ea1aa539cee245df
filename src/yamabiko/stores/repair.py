"""Check a SQLite cache file for damage and repair it: move it aside, keep what is readable.

``yamabiko doctor`` calls :func:`check_file`; ``yamabiko doctor --repair`` calls
:func:`repair_file`. A cache holds copies of answers, so losing damaged rows costs only misses;
nothing here ever deletes the damaged file (it is renamed, for inspection).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .local_schema import PAGE_SIZE, SCHEMA

#: Columns copied from a damaged file, in the order of the ``entries`` table.
_COLUMNS = (
    "id, partition, context_id, namespace, user, lang, prompt, response, metadata, created_at, "
    "expires_at, hits, last_hit_at, last_used, size, vector"
)
_GIVE_UP_AFTER = 10_000  # unreadable rowids skipped in a row before salvage stops


@dataclass(frozen=True)
class RepairReport:
    """What :func:`repair_file` did."""

    moved_to: Path
    salvaged: int
    lost_rowids: int


def check_file(path: str | Path) -> list[str]:
    """Problems SQLite finds in the file (``PRAGMA quick_check``); [] when it is sound or
    absent."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    problems = [row[0] for row in rows if row[0] != "ok"]
    return problems


def _read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return {}


def _salvage_rows(conn: sqlite3.Connection):  # -> Iterator[tuple]
    """Yield every readable row of ``entries`` in rowid order, skipping unreadable rowids."""
    last, skipped_in_a_row = 0, 0
    try:
        top = conn.execute("SELECT max(rowid) FROM entries").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = None
    while skipped_in_a_row < _GIVE_UP_AFTER and (top is None or last < top):
        try:
            rows = conn.execute(
                f"SELECT rowid, {_COLUMNS} FROM entries WHERE rowid > ? ORDER BY rowid LIMIT 64",
                (last,),
            ).fetchall()
        except sqlite3.DatabaseError:
            rows = None
        if rows is None:  # a damaged page: read this rowid alone, or skip it
            last += 1
            try:
                row = conn.execute(
                    f"SELECT rowid, {_COLUMNS} FROM entries WHERE rowid = ?", (last,)
                ).fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row is None:
                skipped_in_a_row += 1
                continue
            rows = [row]
        if not rows:
            return
        skipped_in_a_row = 0
        for row in rows:
            last = row[0]
            yield row[1:]


def repair_file(path: str | Path) -> RepairReport:
    """Rename a damaged cache file to ``<name>.damaged-<unix time>`` (with its WAL), then
    create a fresh file at ``path`` holding every entry that could still be read."""
    path = Path(path)
    moved = path.with_name(f"{path.name}.damaged-{int(time.time())}")
    path.rename(moved)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(moved.with_name(moved.name + suffix))
    sidecar = path.with_name(path.name + ".index")
    if sidecar.exists():  # a saved index of the damaged file is no use to the new one
        sidecar.rename(moved.with_name(moved.name + ".index"))
    old = sqlite3.connect(f"file:{moved}?mode=ro", uri=True)
    new = sqlite3.connect(path, isolation_level=None)
    salvaged = 0
    try:
        new.execute(f"PRAGMA page_size={PAGE_SIZE}")
        new.execute("PRAGMA journal_mode=WAL")
        new.executescript(SCHEMA)
        meta = _read_meta(old)
        new.execute("BEGIN")
        new.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))
        placeholders = ",".join("?" * 16)
        for row in _salvage_rows(old):
            try:
                # named columns: the salvaged ones (a conversation record is not salvaged;
                # such an entry is then never served for a follow-up, which is safe)
                new.execute(
                    f"INSERT OR IGNORE INTO entries ({_COLUMNS}) VALUES ({placeholders})", row
                )
            except sqlite3.Error:
                continue  # a row whose values are themselves damaged
            salvaged += 1
        for entry_id, tag in _salvage_tags(old):
            new.execute(
                "INSERT OR IGNORE INTO tags SELECT ?, ? WHERE EXISTS "
                "(SELECT 1 FROM entries WHERE id = ?)",
                (entry_id, tag, entry_id),
            )
        new.execute("COMMIT")
        try:
            top = old.execute("SELECT max(rowid) FROM entries").fetchone()[0] or 0
        except sqlite3.DatabaseError:
            top = salvaged
    finally:
        old.close()
        new.close()
    return RepairReport(moved, salvaged, max(0, top - salvaged))


def _salvage_tags(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    try:
        return conn.execute("SELECT entry_id, tag FROM tags").fetchall()
    except sqlite3.DatabaseError:
        return []


def damaged_file(
    path: str | Path, *, repair: bool, report: Callable[[bool, str, str], None]
) -> bool:
    """For ``yamabiko doctor``: check the file, print what is wrong through ``report(ok, what,
    detail)`` and repair it when asked. True when the file is (now) usable."""
    problems = check_file(path)
    if not problems:
        return True
    shown = "; ".join(problems[:3])
    if not repair:
        report(False, "store file", f"{path} is damaged ({shown}); run `yamabiko doctor --repair`")
        return False
    result = repair_file(path)
    report(
        True,
        "store file",
        f"{path} was damaged ({shown}); moved to {result.moved_to}, {result.salvaged} entries "
        f"kept, {result.lost_rowids} lost",
    )
    return True
