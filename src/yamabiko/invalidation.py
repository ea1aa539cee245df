"""Which entries an invalidation removes: the arguments of ``invalidate()`` checked and
turned into a store :class:`~yamabiko.stores.base.Selector`."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .errors import InvalidInputError
from .partition import partition_keys, validate_context
from .stores.base import Selector, Store


def selector_for(
    *,
    id: str | Sequence[str] | None = None,
    context: Mapping[str, Any] | None = None,
    namespace: str | None = None,
    user: str | None = None,
    tag: str | None = None,
    older_than: float | None = None,
    everything: bool = False,
    allow_empty: bool = False,
) -> Selector:
    """The selector of an ``invalidate()`` call; InvalidInputError for bad or no criteria
    (``allow_empty``: no criteria select everything, e.g. to narrow a similarity search)."""
    ids = (id,) if isinstance(id, str) else tuple(id or ())
    context_id = partition_keys(validate_context(context), None)[1] if context else None
    if older_than is not None and (
        isinstance(older_than, bool)
        or not isinstance(older_than, (int, float))
        or not math.isfinite(older_than)
        or older_than < 0
    ):
        raise InvalidInputError(
            f"older_than is {older_than!r}; it must be a finite age in seconds >= 0 "
            "(e.g. 86400 for entries older than a day)."
        )
    selector = Selector(
        ids=ids,
        context_id=context_id,
        namespace=namespace,
        user=user,
        tag=tag,
        older_than=older_than,
        everything=everything,
    )
    if everything and selector != Selector(everything=True):
        raise InvalidInputError(
            "everything=True removes all entries and cannot be combined with other "
            "criteria; drop either everything=True or the other arguments."
        )
    if selector.is_empty() and allow_empty:
        return Selector(everything=True)
    if selector.is_empty():
        raise InvalidInputError(
            "invalidate() needs at least one criterion: id, context, namespace, user, tag, "
            "older_than, similar_to, or everything=True."
        )
    return selector


async def similar_ids(
    store: Store,
    vector: np.ndarray,
    selector: Selector,
    threshold: float,
    *,
    per_partition: int = 1000,
) -> list[str]:
    """Ids of the selected entries at least ``threshold`` similar to ``vector``: the store's
    search in each partition the selection spans (no entry is loaded)."""
    now = time.time()
    found: list[str] = []
    for partition in await store.partitions(selector):
        for candidate in await store.search(vector, partition, per_partition, now):
            if candidate.similarity >= threshold:
                found.append(candidate.id)
    return found
