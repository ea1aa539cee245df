"""PostgreSQL + pgvector store: for teams that already run PostgreSQL.

Entries are rows of one table with the partition, namespace, user, context, tags and times as
indexed columns and the embedding as a pgvector ``vector`` under an HNSW (cosine) index; the
store creates and migrates its schema itself (:mod:`.schema`). Needs PostgreSQL with the
``vector`` extension available (``CREATE EXTENSION vector`` is run by the store; the role needs
the right to do so once, or a DBA creates it first).

Failure behaviour: like the Valkey store, every call has a budget and goes through a circuit
breaker; a timeout or a lost connection raises StoreUnavailableError, which the cache turns
into a miss.
"""

from .store import DEFAULT_MAX_ENTRY_BYTES, PostgresStore

__all__ = ["DEFAULT_MAX_ENTRY_BYTES", "PostgresStore"]
