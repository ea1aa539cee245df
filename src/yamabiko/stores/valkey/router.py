"""Which group (keys + index) a lookup, a write or an id goes to: one server, or a cluster.

:class:`SingleRouter` has one group with the standalone layout. :class:`ClusterRouter` puts
each namespace in its own hash slot (or ``N`` slots: sub-partitions searched in parallel) and
remembers, per process, which namespace a partition belongs to and which group an id came from.
See :mod:`.groups` for the layout.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from ...models import Entry
from ..breaker import CircuitBreaker
from .connection import Connection
from .groups import Group, group_tags, tag_for_entry, tag_of_key

_REMEMBER = 100_000  # ids and partitions kept per process (LRU)


class _Lru(OrderedDict):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class SingleRouter:
    """One server: every entry in one group (the historical key layout)."""

    is_cluster = False

    def __init__(self, prefix: str, index_name: str, breaker: CircuitBreaker) -> None:
        self.group = Group.standalone(prefix, index_name)
        self.breaker = breaker

    async def groups_for_search(self, partition: str, budget: float) -> list[Group]:
        """The groups a search of ``partition`` runs in: the one group."""
        return [self.group]

    async def group_for_put(self, entry: Entry, budget: float) -> Group:
        """The group ``entry`` is written to: the one group."""
        return self.group

    async def group_for_id(self, entry_id: str, budget: float) -> Group | None:
        """The group that holds ``entry_id``: the one group."""
        return self.group

    def remember(self, entry_ids: list[str], group: Group) -> None:
        """Nothing to remember: there is one group."""

    async def all_groups(self, budget: float) -> list[Group]:
        """Every group (for invalidation, inspection and stats): the one group."""
        return [self.group]

    def group_of_key(self, key: str) -> Group | None:
        """The group a key of this store belongs to; None for another prefix's key."""
        return self.group if key.startswith(self.group.entry_prefix) else None

    def breaker_for(self, group: Group) -> CircuitBreaker:
        """The circuit breaker of calls to ``group``'s server: the store's own."""
        return self.breaker


class ClusterRouter:
    """A cluster: a namespace's keys and index share one hash slot (or ``N`` of them).

    Args:
        conn: the cluster connection (for the partition -> namespace records).
        prefix: the store's key prefix.
        subpartitions: namespace -> number of groups its entries are spread over; the key
            ``"*"`` sets the default for every other namespace (else 1).
        breaker_factory: makes one circuit breaker per group, so that a shard that is down
            does not fail the others fast.
    """

    is_cluster = True

    def __init__(
        self,
        conn: Connection,
        prefix: str,
        subpartitions: dict[str, int],
        breaker_factory: Any,
    ) -> None:
        self.conn = conn
        self.prefix = prefix
        self.subpartitions = dict(subpartitions)
        self._groups_key = f"{prefix}groups"
        self._namespaces: _Lru = _Lru(_REMEMBER)
        self._ids: _Lru = _Lru(_REMEMBER)
        self._known_tags: set[str] = set()
        self._breakers: dict[str, CircuitBreaker] = {}
        self._breaker_factory = breaker_factory

    def _groups(self, namespace: str) -> list[Group]:
        n = self.subpartitions_of(namespace)
        return [Group.clustered(self.prefix, t) for t in group_tags(namespace, n)]

    def subpartitions_of(self, namespace: str) -> int:
        """How many hash slots ``namespace`` is spread over (1 unless configured)."""
        return self.subpartitions.get(namespace, self.subpartitions.get("*", 1))

    def _partition_key(self, partition: str) -> str:
        return f"{self.prefix}pn:{partition}"

    async def groups_for_search(self, partition: str, budget: float) -> list[Group]:
        """The groups that may hold ``partition`` (none if no process ever wrote it)."""
        namespace = self._namespaces.get(partition)
        if namespace is None:
            raw = await self.conn.call(
                "search", budget, lambda c: c.get(self._partition_key(partition))
            )
            if raw is None:
                return []
            namespace = raw.decode() if isinstance(raw, bytes) else raw
            self._namespaces.put(partition, namespace)
        return self._groups(namespace)

    async def group_for_put(self, entry: Entry, budget: float) -> Group:
        """The group of a new entry: its partition's namespace (first writer wins)."""
        namespace = self._namespaces.get(entry.partition)
        if namespace is None:
            key = self._partition_key(entry.partition)

            async def claim(client: Any) -> Any:
                await client.set(key, entry.namespace, nx=True)
                return await client.get(key)

            raw = await self.conn.call("put", budget, claim)
            namespace = raw.decode() if isinstance(raw, bytes) else (raw or entry.namespace)
            self._namespaces.put(entry.partition, namespace)
        n = self.subpartitions_of(namespace)
        group = Group.clustered(self.prefix, tag_for_entry(namespace, n, entry.id))
        if group.tag not in self._known_tags:
            tag = group.tag
            await self.conn.call("put", budget, lambda c: c.sadd(self._groups_key, tag))
            self._known_tags.add(group.tag or "")
        self._ids.put(entry.id, group)
        return group

    async def group_for_id(self, entry_id: str, budget: float) -> Group | None:
        """The group an id was last seen in (by a search or a put of this process)."""
        group = self._ids.get(entry_id)
        if group is not None:
            return group
        for candidate in await self.all_groups(budget):  # rare: an id this process never saw
            key = candidate.entry(entry_id)
            exists = await self.conn.call("hit", budget, lambda c, k=key: c.exists(k))
            if exists:
                self._ids.put(entry_id, candidate)
                return candidate
        return None

    def remember(self, entry_ids: list[str], group: Group) -> None:
        """Ids a search found in ``group`` (the hit that follows goes straight there)."""
        for entry_id in entry_ids:
            self._ids.put(entry_id, group)

    async def all_groups(self, budget: float) -> list[Group]:
        """Every group any process created (for invalidation, inspection and stats)."""
        tags = await self.conn.call("admin", budget, lambda c: c.smembers(self._groups_key))
        names = sorted(t.decode() if isinstance(t, bytes) else t for t in tags)
        return [Group.clustered(self.prefix, t) for t in names]

    def group_of_key(self, key: str) -> Group | None:
        """The group of a key, by its hash tag; None for a key without one."""
        tag = tag_of_key(key, self.prefix)
        return None if tag is None else Group.clustered(self.prefix, tag)

    def breaker_for(self, group: Group) -> CircuitBreaker:
        """The circuit breaker of ``group`` (one per hash tag: a shard down opens its own)."""
        tag = group.tag or ""
        if tag not in self._breakers:
            self._breakers[tag] = self._breaker_factory()
        return self._breakers[tag]
