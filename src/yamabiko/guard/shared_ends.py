"""Where two sequences differ: the length of their shared start and of their shared end.

Several readings compare two prompts only in the one place where they differ (a verb's time
inside a clause, a kana spelling against kanji, a compound against a clause); each cut the
shared start and end off the same way, and :func:`shared_ends` is that cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def shared_ends(x: Sequence[Any], y: Sequence[Any]) -> tuple[int, int]:
    """``(start, end)``: how many leading items ``x`` and ``y`` share, and how many trailing
    items they share after that start (the two never overlap), so the differing parts are
    ``x[start:len(x) - end]`` and ``y[start:len(y) - end]``."""
    start = 0
    while start < min(len(x), len(y)) and x[start] == y[start]:
        start += 1
    end = 0
    while end < min(len(x), len(y)) - start and x[-1 - end] == y[-1 - end]:
        end += 1
    return start, end
