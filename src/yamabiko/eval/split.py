"""A deterministic tuning / reporting split of labelled pairs, by connected component.

Texts are nodes and every pair (whatever its label) is an edge. All pairs of one connected
component go to the same half, so no text of the reporting half was ever seen while tuning.
The half of a component is decided by its lexicographically smallest text:
``sha256(text.encode("utf-8"))[0]`` even -> ``tune``, odd -> ``report``. No seed, no state:
any tool that reads the same file gets the same halves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..errors import InvalidInputError

SPLITS = ("tune", "report")


class _Pair(Protocol):
    a: str
    b: str


def components(edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The connected components (union-find) of a graph given by its edges; each component
    lists its texts in the order they were first seen, components in the same order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for text in parent:
        groups.setdefault(find(text), []).append(text)
    return list(groups.values())


def split_of(pairs: Sequence[_Pair]) -> list[str]:
    """``"tune"`` or ``"report"`` for each pair, in order."""
    half: dict[str, str] = {}
    for group in components((pair.a, pair.b) for pair in pairs):
        first = hashlib.sha256(min(group).encode("utf-8")).digest()[0]
        half.update(dict.fromkeys(group, SPLITS[first % 2]))
    return [half[pair.a] for pair in pairs]


def select(pairs: Sequence[_Pair], split: str | None) -> list:
    """The pairs of one half (``tune`` / ``report``), or all of them for ``None`` / ``all``."""
    if split in (None, "all"):
        return list(pairs)
    if split not in SPLITS:
        raise InvalidInputError(f"split {split!r} is not known; use 'tune', 'report' or 'all'.")
    return [p for p, half in zip(pairs, split_of(pairs), strict=True) if half == split]
