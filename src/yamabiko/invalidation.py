"""Which entries an invalidation removes: the arguments of ``invalidate()`` checked and
turned into a store :class:`~yamabiko.stores.base.Selector`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .errors import InvalidInputError
from .partition import partition_keys, validate_context
from .stores.base import Selector


def selector_for(
    *,
    id: str | Sequence[str] | None = None,
    context: Mapping[str, Any] | None = None,
    namespace: str | None = None,
    user: str | None = None,
    tag: str | None = None,
    older_than: float | None = None,
    everything: bool = False,
) -> Selector:
    """The selector of an ``invalidate()`` call; InvalidInputError for bad or no criteria."""
    ids = (id,) if isinstance(id, str) else tuple(id or ())
    context_id = partition_keys(validate_context(context), None)[1] if context else None
    if older_than is not None and (
        isinstance(older_than, bool) or not isinstance(older_than, (int, float)) or older_than < 0
    ):
        raise InvalidInputError(f"older_than is {older_than!r}; it must be an age in seconds >= 0.")
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
    if selector.is_empty():
        raise InvalidInputError(
            "invalidate() needs at least one criterion: id, context, namespace, user, tag, "
            "older_than, or everything=True."
        )
    return selector
