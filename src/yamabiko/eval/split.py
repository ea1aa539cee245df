"""A deterministic tuning / reporting split of labelled pairs, by connected component.

Texts are nodes and every pair (whatever its label) is an edge. All pairs of one connected
component go to the same half, so no text of the reporting half was ever seen while tuning.
The half of a component is decided by its lexicographically smallest text:
``sha256(text.encode("utf-8"))[0]`` even -> ``tune``, odd -> ``report``. No seed, no state:
any tool that reads the same file gets the same halves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol

from ..errors import InvalidInputError

SPLITS = ("tune", "report")


class _Pair(Protocol):
    a: str
    b: str


def split_of(pairs: Sequence[_Pair]) -> list[str]:
    """``"tune"`` or ``"report"`` for each pair, in order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        ra, rb = find(pair.a), find(pair.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the root is the smallest text seen
    smallest: dict[str, str] = {}
    for text in parent:
        root = find(text)
        if text < smallest.get(root, text + "\uffff"):
            smallest[root] = text
    halves = []
    for pair in pairs:
        first = hashlib.sha256(smallest[find(pair.a)].encode("utf-8")).digest()[0]
        halves.append(SPLITS[first % 2])
    return halves


def select(pairs: Sequence[_Pair], split: str | None) -> list:
    """The pairs of one half (``tune`` / ``report``), or all of them for ``None`` / ``all``."""
    if split in (None, "all"):
        return list(pairs)
    if split not in SPLITS:
        raise InvalidInputError(f"split {split!r} is not known; use 'tune', 'report' or 'all'.")
    return [p for p, half in zip(pairs, split_of(pairs), strict=True) if half == split]
