"""One FT search index: create it if absent, check its vector field, run KNN queries on it."""

from __future__ import annotations

from typing import Any

from valkey import exceptions as vx

from ...errors import ConfigError, StoreError
from ..breaker import CircuitBreaker
from . import codec
from .connection import Connection


class SearchIndex:
    """The FT index ``name`` over the HASH keys that start with ``entry_prefix``.

    ``hnsw`` is ``(M, EF_CONSTRUCTION, EF_RUNTIME or None)`` for a newly created index.
    """

    def __init__(
        self, name: str, entry_prefix: str, dims: int, hnsw: tuple[int, int, int | None]
    ) -> None:
        self.name = name
        self.entry_prefix = entry_prefix
        self.dims = dims
        self.hnsw = hnsw

    async def command(self, client: Any, *args: Any) -> Any:
        """Run ``FT.<args[0]> <name> <args[1:]>`` on the node that holds the index.

        In a cluster, that is the owner of the index name's hash slot (the name carries the
        group's hash tag, like its keys): the search module indexes the keys of its own node.
        """
        if not hasattr(client, "get_node_from_key"):
            return await client.execute_command(f"FT.{args[0]}", self.name, *args[1:])
        node = client.get_node_from_key(self.name) if client.nodes_manager.slots_cache else None
        if node is None:
            await client.initialize()
            node = client.get_node_from_key(self.name)
        return await client.execute_command(
            f"FT.{args[0]}", self.name, *args[1:], target_nodes=node
        )

    async def ensure(
        self, conn: Connection, budget: float, breaker: CircuitBreaker | None = None
    ) -> None:
        """FT.INFO, then FT.CREATE if absent; safe when many processes start at once."""
        info = await self.info(conn, budget, breaker)
        if info is None:
            try:
                await conn.call("create index", budget, self._create, breaker)
            except vx.ResponseError as exc:
                if "already exists" not in str(exc).lower():
                    raise ConfigError(
                        f"cannot create the search index {self.name!r} at {conn.where}: "
                        f"{exc}. The server needs the search module (valkey-search, RediSearch "
                        "or Redis 8) and the cache must use db 0 on RediSearch."
                    ) from exc
            info = await self.info(conn, budget, breaker)
            if info is None:
                raise StoreError(f"the index {self.name!r} vanished right after creation.")
        dims, metric = info
        if dims != self.dims or metric != "COSINE":
            raise ConfigError(
                f"the search index {self.name!r} at {conn.where} has {dims} dims and "
                f"metric {metric}, but this cache needs {self.dims} dims and COSINE. Use "
                "another index name and prefix (index_name=..., prefix=...), or drop that "
                f"index first: FT.DROPINDEX {self.name}."
            )

    async def info(
        self, conn: Connection, budget: float, breaker: CircuitBreaker | None = None
    ) -> tuple[int | None, str | None] | None:
        """(dims, metric) of the index's vector field, or None if the index does not exist."""
        try:
            reply = await conn.call(
                "index info", budget, lambda c: self.command(c, "INFO"), breaker
            )
        except vx.ResponseError as exc:
            if codec.is_missing_index(exc):
                return None
            raise StoreError(f"FT.INFO {self.name} failed at {conn.where}: {exc}") from exc
        return codec.vector_field_info(reply)

    async def _create(self, client: Any) -> Any:
        m, ef_construction, ef_runtime = self.hnsw
        hnsw = ["TYPE", "FLOAT32", "DIM", self.dims, "DISTANCE_METRIC", "COSINE",
                "M", m, "EF_CONSTRUCTION", ef_construction]  # fmt: skip
        if ef_runtime:
            hnsw += ["EF_RUNTIME", ef_runtime]
        return await self.command(
            client, "CREATE", "ON", "HASH", "PREFIX", 1, self.entry_prefix,
            "SCHEMA",
            "partition", "TAG", "CASESENSITIVE",
            "namespace", "TAG", "CASESENSITIVE",
            "tags", "TAG", "SEPARATOR", ",", "CASESENSITIVE",
            "v", "VECTOR", "HNSW", len(hnsw), *hnsw,
        )  # fmt: skip

    async def knn(self, client: Any, blob: bytes, partition: str | None, k: int) -> Any:
        """One FT.SEARCH: the ``k`` nearest (of ``partition`` if given); the raw reply."""
        where = "*" if partition is None else f"(@partition:{{{codec.escape_tag(partition)}}})"
        query = f"{where}=>[KNN {k} @v $vec AS {codec.DIST}]"
        return await self.command(
            client, "SEARCH", query, "PARAMS", 2, "vec", blob,
            "RETURN", 6, codec.DIST, "prompt", "expires_at", "partition", "history", "analysis",
            "LIMIT", 0, k, "DIALECT", 2,
        )  # fmt: skip
