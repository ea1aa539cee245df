"""Japanese words of one SudachiPy synonym group, said apart by the guard's word checks.

The minimal-pair alignment already pairs two units that share a synonym group (its short
units, mode A). The ``entity`` check compares whole words (mode C, long units): クレジット
カード / クレカ, スマートフォン / スマホ, 機種変更 / 機種変 are one word each and share a group
(SudachiDict's synonym dictionary puts an abbreviation with its full form), while their short
units do not. :func:`without_synonyms` drops such pairs from the two sides' unmatched words.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .japanese import _sudachi


@lru_cache(maxsize=8192)
def groups(word: str) -> frozenset[int]:
    """The synonym group ids of ``word`` when SudachiPy reads it as one long unit (mode C),
    else none (a phrase, an English word, no SudachiPy)."""
    if word.isascii():
        return frozenset()
    loaded = _sudachi()
    if loaded is None:
        return frozenset()
    found = loaded[0].tokenize(word, loaded[1])
    if len(found) != 1:
        return frozenset()
    return frozenset(found[0].synonym_group_ids())


@lru_cache(maxsize=4096)
def verbal_noun(word: str) -> bool:
    """SudachiPy reads ``word`` alone as one noun that takes する (サ変可能: 予約, 手入れ, not
    棚): a noun that names an act, which a prompt may say as its verb (予約できますか)."""
    loaded = None if word.isascii() else _sudachi()
    if loaded is None:
        return False
    found = loaded[0].tokenize(word, loaded[1])
    return len(found) == 1 and found[0].part_of_speech()[2] == "サ変可能"


def shares_group(word: str, others: Iterable[str]) -> bool:
    """``word`` shares a synonym group with one of ``others`` (色 / カラー)."""
    own = groups(word)
    return bool(own) and any(own & groups(w) for w in others)


def without_synonyms(mine: set[str], theirs: set[str]) -> tuple[set[str], set[str]]:
    """``mine`` and ``theirs`` less each pair of one word from each that share a synonym
    group (クレジットカード / クレカ); each word pairs once."""
    if not mine or not theirs:
        return mine, theirs
    mine, theirs = set(mine), set(theirs)
    for word in sorted(mine):
        own = groups(word)
        if not own:
            continue
        other = next((t for t in sorted(theirs) if not own.isdisjoint(groups(t))), None)
        if other is not None:
            mine.discard(word)
            theirs.discard(other)
    return mine, theirs
