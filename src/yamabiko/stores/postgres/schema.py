"""The PostgreSQL schema of the store, created and migrated by the store itself (versioned).

Tables, named after the ``table`` option (default ``yamabiko``):

* ``<table>_meta``     key/value: ``schema`` (version), ``embedder``, ``dims``;
* ``<table>_entries``  one row per entry; ``partition``, ``namespace``, ``user_id``,
  ``context_id``, ``created_at``, ``expires_at`` and ``last_used`` are indexed columns,
  ``tags`` a GIN-indexed array and ``embedding`` a pgvector ``vector(dims)`` under an HNSW
  index with cosine distance (``vector_cosine_ops``);
* ``<table>_counters`` ``expired`` and ``evictions`` so far;
* ``<table>_evidence`` observed outcomes per entry (learned thresholds), deleted with it.

:data:`MIGRATIONS` is the ordered list of steps; step ``n`` brings the schema to version ``n``.
:func:`migrate` runs the missing steps in one transaction, under an advisory lock, so that many
processes opening the store at once migrate it once. A new column or index is a new step at the
end of the list, never an edit of an old one.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ...errors import ConfigError, EmbedderMismatchError

#: (version, statements). ``{t}`` is the table prefix, ``{dims}`` the vector dimensions,
#: ``{m}`` / ``{ef}`` the HNSW build parameters.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            "CREATE EXTENSION IF NOT EXISTS vector",
            """CREATE TABLE IF NOT EXISTS {t}_entries (
                id text PRIMARY KEY,
                partition text NOT NULL,
                context_id text NOT NULL,
                namespace text NOT NULL,
                user_id text,
                lang text,
                prompt text NOT NULL,
                response text NOT NULL,
                metadata jsonb NOT NULL DEFAULT '{{}}',
                tags text[] NOT NULL DEFAULT '{{}}',
                created_at double precision NOT NULL,
                expires_at double precision,
                ttl_s double precision,
                hits bigint NOT NULL DEFAULT 0,
                last_hit_at double precision,
                last_used double precision NOT NULL,
                size integer NOT NULL,
                embedding vector({dims}) NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS {t}_partition ON {t}_entries (partition)",
            "CREATE INDEX IF NOT EXISTS {t}_namespace ON {t}_entries (namespace)",
            "CREATE INDEX IF NOT EXISTS {t}_user ON {t}_entries (user_id)",
            "CREATE INDEX IF NOT EXISTS {t}_context ON {t}_entries (context_id)",
            "CREATE INDEX IF NOT EXISTS {t}_created ON {t}_entries (created_at)",
            "CREATE INDEX IF NOT EXISTS {t}_expires ON {t}_entries (expires_at)",
            "CREATE INDEX IF NOT EXISTS {t}_last_used ON {t}_entries (last_used)",
            "CREATE INDEX IF NOT EXISTS {t}_tags ON {t}_entries USING gin (tags)",
            "CREATE INDEX IF NOT EXISTS {t}_hnsw ON {t}_entries USING hnsw "
            "(embedding vector_cosine_ops) WITH (m = {m}, ef_construction = {ef})",
            """CREATE TABLE IF NOT EXISTS {t}_counters (
                name text PRIMARY KEY, value bigint NOT NULL DEFAULT 0)""",
            "INSERT INTO {t}_counters (name) VALUES ('expired'), ('evictions') "
            "ON CONFLICT DO NOTHING",
        ],
    ),
    (
        2,  # evidence for learned thresholds (see yamabiko.stores.evidence), removed with entries
        [
            """CREATE TABLE IF NOT EXISTS {t}_evidence (
                entry_id text NOT NULL REFERENCES {t}_entries (id) ON DELETE CASCADE,
                similarity real NOT NULL,
                correct boolean NOT NULL,
                source text NOT NULL,
                at double precision NOT NULL,
                ref text
            )""",
            "CREATE INDEX IF NOT EXISTS {t}_evidence_entry ON {t}_evidence (entry_id, at)",
        ],
    ),
    (
        3,  # the conversation record of an entry (see yamabiko.conversation), read by searches
        ["ALTER TABLE {t}_entries ADD COLUMN IF NOT EXISTS history text"],
    ),
    (
        4,  # the guard's analysis of the prompt (see yamabiko.guard.stored), read by searches
        ["ALTER TABLE {t}_entries ADD COLUMN IF NOT EXISTS analysis text"],
    ),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def check_table_name(table: str) -> str:
    """``table`` if it is a plain SQL identifier (it is put into statements as is)."""
    if (
        not isinstance(table, str)
        or not table
        or len(table) > 40
        or not (table[0].isascii() and (table[0].isalpha() or table[0] == "_"))
        or not all(c.isascii() and (c.isalnum() or c == "_") for c in table)
    ):
        raise ConfigError(
            f"table is {table!r}; it must be a plain identifier of letters, digits and '_' "
            "(at most 40, starting with a letter), e.g. 'yamabiko' or 'app1_cache'."
        )
    return table.lower()


def lock_id(table: str) -> int:
    """A stable 63-bit advisory-lock key for the schema of ``table``."""
    return int.from_bytes(hashlib.sha256(f"yamabiko:{table}".encode()).digest()[:8], "big") >> 1


async def read_meta(conn: Any, table: str) -> dict[str, str]:
    """The meta table as a dict, or {} when the store was never created."""
    exists = await (
        await conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{table}_meta",))
    ).fetchone()
    if not exists or not exists[0]:
        return {}
    rows = await (await conn.execute(f"SELECT key, value FROM {table}_meta")).fetchall()
    return {k: v for k, v in rows}


async def migrate(conn: Any, table: str, dims: int, hnsw: tuple[int, int]) -> int:
    """Bring the schema of ``table`` to :data:`SCHEMA_VERSION`; returns the version found.

    Runs in the caller's transaction after taking a transaction-level advisory lock.
    """
    await conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_id(table),))
    await conn.execute(
        f"CREATE TABLE IF NOT EXISTS {table}_meta (key text PRIMARY KEY, value text NOT NULL)"
    )
    meta = await read_meta(conn, table)
    found = int(meta.get("schema", "0"))
    if found > SCHEMA_VERSION:
        raise ConfigError(
            f"the PostgreSQL tables {table}_* have schema version {found}, newer than this "
            f"yamabiko ({SCHEMA_VERSION}); upgrade yamabiko, or use another table= name."
        )
    m, ef = hnsw
    for version, statements in MIGRATIONS:
        if version <= found:
            continue
        for statement in statements:
            await conn.execute(statement.format(t=table, dims=dims, m=m, ef=ef))
        await conn.execute(
            f"INSERT INTO {table}_meta (key, value) VALUES ('schema', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(version),),
        )
    return found


async def open_for(
    conn: Any, table: str, name: str, dims: int, hnsw: tuple[int, int], where: str
) -> None:
    """Migrate, then check (or record) the embedder the vectors come from, in one transaction.

    Another embedder's vectors: EmbedderMismatchError while the table holds entries; an empty
    table takes the new embedder (and the vector column its new size).
    """
    entries = f"{table}_entries"
    async with conn.transaction():
        await migrate(conn, table, dims, hnsw)
        meta = await read_meta(conn, table)
        stored, stored_dims = meta.get("embedder"), meta.get("dims")
        if stored == name and stored_dims == str(dims):
            return
        count = (await (await conn.execute(f"SELECT count(*) FROM {entries}")).fetchone())[0]
        if stored is not None and count > 0:
            raise EmbedderMismatchError(
                f"the PostgreSQL cache {table!r} at {where} holds {count} entries embedded by "
                f"{stored!r} ({stored_dims} dims), but this cache uses {name!r} ({dims} dims); "
                "vectors of two models cannot be compared. Use another table (table=...), or "
                f"empty this one first: `yamabiko invalidate --all --store {where}`."
            )
        if stored_dims is not None and stored_dims != str(dims):  # empty: re-type the column
            m, ef = hnsw
            await conn.execute(f"DROP INDEX IF EXISTS {table}_hnsw")
            await conn.execute(f"ALTER TABLE {entries} ALTER COLUMN embedding TYPE vector({dims})")
            await conn.execute(
                f"CREATE INDEX {table}_hnsw ON {entries} USING hnsw "
                f"(embedding vector_cosine_ops) WITH (m = {m}, ef_construction = {ef})"
            )
        for key, value in (("embedder", name), ("dims", str(dims))):
            await conn.execute(
                f"INSERT INTO {table}_meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
