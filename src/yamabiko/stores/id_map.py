"""A dict split into many small dicts, for the index's maps of a million entries.

A Python dict doubles its table when it fills: at 700k keys that rehash holds the GIL for
60-200 ms, so every thread (a lookup too) waits for one insert. The embedded store's id maps
grow by one entry per put, so a bulk load of a million entries hit that pause; split into
:data:`SHARDS` dicts by the key's hash, each resize only rehashes a few thousand keys.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, MutableMapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: how many dicts (a power of two): a million keys make ~4k per dict
SHARDS = 256


class ShardedDict(MutableMapping[K, V]):
    """A mapping stored as :data:`SHARDS` dicts chosen by ``hash(key)``; see the module
    docstring. Iteration order is by shard, not by insertion."""

    __slots__ = ("_len", "_mask", "_shards")

    def __init__(self, items: Iterable[tuple[K, V]] = ()) -> None:
        self._shards: list[dict[K, V]] = [{} for _ in range(SHARDS)]
        self._mask = SHARDS - 1
        self._len = 0
        self.update_pairs(items)

    def update_pairs(self, items: Iterable[tuple[K, V]]) -> None:
        """Set many ``(key, value)`` pairs (a faster ``update``)."""
        shards, mask = self._shards, self._mask
        for key, value in items:
            shards[hash(key) & mask][key] = value
        self._len = sum(map(len, shards))

    def __getitem__(self, key: K) -> V:
        return self._shards[hash(key) & self._mask][key]

    def __setitem__(self, key: K, value: V) -> None:
        shard = self._shards[hash(key) & self._mask]
        size = len(shard)
        shard[key] = value
        self._len += len(shard) - size

    def __delitem__(self, key: K) -> None:
        del self._shards[hash(key) & self._mask][key]
        self._len -= 1

    def __contains__(self, key: object) -> bool:
        return key in self._shards[hash(key) & self._mask]

    def get(self, key: K, default: V | None = None) -> V | None:  # type: ignore[override]
        return self._shards[hash(key) & self._mask].get(key, default)

    def pop(self, key: K, *default: V | None) -> V | None:  # type: ignore[override]
        shard = self._shards[hash(key) & self._mask]
        if key in shard:
            self._len -= 1
            return shard.pop(key)
        if default:
            return default[0]
        raise KeyError(key)

    def pairs(self) -> Iterator[tuple[K, V]]:
        """Every ``(key, value)``, shard by shard (faster than ``items()``)."""
        for shard in self._shards:
            yield from shard.items()

    def clear(self) -> None:
        for shard in self._shards:
            shard.clear()
        self._len = 0

    def __iter__(self) -> Iterator[K]:
        for shard in self._shards:
            yield from shard

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0
