"""A bounded mapping that forgets the least recently used key (no locking: one event loop)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LRU(Generic[V]):
    """At most ``size`` items; :meth:`get` refreshes an item, :meth:`put` evicts the oldest."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()

    def get(self, key: Hashable) -> V | None:
        """The value of ``key`` (now the most recently used), or None."""
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: Hashable, value: V) -> None:
        """Set ``key``; past ``size`` items the least recently used one is forgotten."""
        if self.size <= 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def pop(self, key: Hashable) -> None:
        """Forget ``key`` (no error if it is not there)."""
        self._items.pop(key, None)

    def __len__(self) -> int:
        return len(self._items)
