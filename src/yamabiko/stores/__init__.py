"""Stores: the protocol, the embedded SQLite store, Valkey/Redis vector search and PostgreSQL
(pgvector)."""
