"""Stores: the protocol, the embedded SQLite store, and Valkey/Redis vector search."""
