"""The embedded store's SQLite file: schema, connection settings, the WAL checkpointer, paths.

New files use 16 KiB pages: a row (a ~1 KB float16 vector, the prompt, the answer and a few
columns) is about 1.5 KB, so 4 KiB pages held only two rows each and wasted a quarter of the
file; 16 KiB pages hold ten. Indexes on columns that are mostly NULL (user, expiry) are partial.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from ..errors import ConfigError, EmbedderMismatchError
from . import evidence as evidence_rows

log = logging.getLogger("yamabiko")

PAGE_SIZE = 16_384
SAFETY_CHECKPOINT_PAGES = (80 << 20) // PAGE_SIZE  # ~80 MB of WAL if the checkpointer lags
_CHECKPOINT_EVERY_S = 0.5

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    id TEXT PRIMARY KEY,
    partition TEXT NOT NULL,
    context_id TEXT NOT NULL,
    namespace TEXT NOT NULL,
    user TEXT,
    lang TEXT,
    prompt TEXT NOT NULL,
    response TEXT NOT NULL,
    metadata TEXT NOT NULL,
    created_at REAL NOT NULL,
    expires_at REAL,
    hits INTEGER NOT NULL DEFAULT 0,
    last_hit_at REAL,
    last_used REAL NOT NULL,
    size INTEGER NOT NULL,
    vector BLOB NOT NULL,
    history TEXT,
    analysis TEXT
);
CREATE INDEX IF NOT EXISTS entries_partition ON entries(partition);
CREATE INDEX IF NOT EXISTS entries_context ON entries(context_id);
CREATE INDEX IF NOT EXISTS entries_namespace ON entries(namespace);
CREATE INDEX IF NOT EXISTS entries_user ON entries(user) WHERE user IS NOT NULL;
CREATE INDEX IF NOT EXISTS entries_expires ON entries(expires_at)
    WHERE expires_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS entries_last_used ON entries(last_used);
CREATE INDEX IF NOT EXISTS entries_created ON entries(created_at);
CREATE TABLE IF NOT EXISTS tags (
    entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (tag, entry_id)
);
CREATE INDEX IF NOT EXISTS tags_entry ON tags(entry_id);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op TEXT NOT NULL,
    entry_id TEXT
);
CREATE TABLE IF NOT EXISTS totals (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    entries INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    evictions INTEGER NOT NULL,
    expired INTEGER NOT NULL
);
INSERT OR IGNORE INTO totals VALUES (1, 0, 0, 0, 0);
CREATE TRIGGER IF NOT EXISTS entries_added AFTER INSERT ON entries BEGIN
    UPDATE totals SET entries = entries + 1, bytes = bytes + NEW.size;
END;
CREATE TRIGGER IF NOT EXISTS entries_removed AFTER DELETE ON entries BEGIN
    UPDATE totals SET entries = entries - 1, bytes = bytes - OLD.size;
END;
"""


def connect(path: Path, *, durable: bool, wait_s: float) -> sqlite3.Connection:
    """The writer's connection: WAL, the schema created or migrated, 16 KiB pages if new."""
    conn = sqlite3.connect(path, timeout=wait_s, isolation_level=None, check_same_thread=False)
    try:
        _refuse_foreign(conn, path)
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")  # only takes effect on a new file
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(SCHEMA + evidence_rows.SQLITE_SCHEMA)
        add_columns(conn, _columns(conn))
    except BaseException:
        conn.close()
        raise
    return conn


#: columns added to files from before them: conversation records, stored guard analyses (s15)
ADDED_COLUMNS = ("history", "analysis")


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {row[1] for row in conn.execute("PRAGMA table_info(entries)")}


def add_columns(conn: sqlite3.Connection, columns: set[str]) -> None:
    """Add the :data:`ADDED_COLUMNS` missing from ``columns`` (the entries table's, as read
    on open). Another process opening the same old file may add one between that read and
    this ``ALTER TABLE``: SQLite then says "duplicate column name", and the column is there."""
    for name in ADDED_COLUMNS:
        if name not in columns:
            try:
                conn.execute(f"ALTER TABLE entries ADD COLUMN {name} TEXT")
            except sqlite3.OperationalError:
                if name not in _columns(conn):  # (not the race: a real failure)
                    raise


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ConfigError, before anything is written, when ``path`` is another program's SQLite
    database (tables, none of them ``meta``: the first table a cache file gets)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if tables and "meta" not in tables:
        raise ConfigError(
            f"{path} is a SQLite database but not a yamabiko cache (its tables: "
            f"{', '.join(sorted(tables)[:5])}); choose another path. Nothing was written to it."
        )


def check_embedder(
    db: sqlite3.Connection, path: Path, meta: dict[str, str], name: str, dims: int | None
) -> None:
    """Record the embedder in a new (or empty) file; refuse a file that holds another one's
    vectors (``meta`` is the file's ``meta`` table)."""
    stored = meta.get("embedder")
    stored_dims = int(meta["dims"]) if "dims" in meta else None
    if stored in (None, name) and stored_dims in (None, dims):
        if stored is None:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("embedder", name), ("dims", str(dims)), ("schema", "1")],
                )
        return
    count = db.execute("SELECT entries FROM totals").fetchone()[0]
    if count == 0:  # an empty store adopts the new embedder
        with db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [("embedder", name), ("dims", str(dims))],
            )
        return
    raise EmbedderMismatchError(
        f"the cache file {path} holds {count} entries embedded by {stored!r} "
        f"({stored_dims} dims), but this cache uses {name!r} ({dims} dims); vectors of two "
        "models cannot be compared. Use another file (path=... or YAMABIKO_PATH), or empty "
        f"this one first: `yamabiko invalidate --all --path {path}`."
    )


class Checkpointer:
    """A daemon thread with its own connection that checkpoints the WAL twice a second.

    PASSIVE checkpoints never block the writer or readers; they move committed pages into the
    main file so that puts do not pay for it.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="yamabiko-wal", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=1.0, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            while not self._stop.wait(_CHECKPOINT_EVERY_S):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error as exc:  # busy or gone: the next round tries again
                    log.debug("background WAL checkpoint skipped: %s", exc)
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def default_path() -> Path:
    """``<user cache dir>/yamabiko/cache.sqlite3`` (e.g. ``~/.cache/yamabiko/`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("yamabiko")) / "cache.sqlite3"


def make_parent(path: Path) -> None:
    """Create the cache file's directory; a path through a file (or one that cannot be
    created) is a ConfigError that names the culprit."""
    for parent in (path, *path.parents):
        if parent.exists() and not parent.is_dir() and parent != path:
            raise ConfigError(
                f"the cache path {path} cannot be used: {parent} is a file, not a directory; "
                "choose a path in a directory (--path, YAMABIKO_PATH or cache.path)."
            )
    if path.is_dir():
        raise ConfigError(
            f"the cache path {path} is a directory; give a file name inside it, e.g. "
            f"{path / 'cache.sqlite3'}."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"cannot create the directory {path.parent} for the cache file: {exc.strerror}; "
            "choose a writable path (--path, YAMABIKO_PATH or cache.path)."
        ) from exc
