"""What a word gives per part of speech, kept in one LRU per part keyed by the word alone.

``functools.lru_cache`` keys a call of two arguments, ``(word, pos)``, by a new tuple: one more
object the garbage collector tracks for every word it keeps, and the word-level caches of
WordNet's lemmas and first senses kept ~4 of them a check while they filled (session 22: about
40 % of what a cold check left for the next young collection). A call of one string argument is
keyed by the string itself, which the collector does not track.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import TypeVar

T = TypeVar("T")


def per_part(
    maxsize: int, parts: int = 4
) -> Callable[[Callable[[str, int], T]], Callable[[str, int], T]]:
    """Decorate ``function(word, pos)`` (``pos`` 0 .. ``parts`` - 1) so that its values are
    kept in one LRU of ``maxsize`` words per part of speech, each keyed by the word alone; the
    values are the function's, unchanged. The wrapper's ``cache_clear`` empties every LRU; its
    ``parts`` are the LRUs themselves, ``parts[pos](word)``, for a caller that knows the part
    (session 29: the wrapper is a Python call a look-up, the LRUs are C)."""

    def decorate(function: Callable[[str, int], T]) -> Callable[[str, int], T]:
        def one_part(pos: int) -> Callable[[str], T]:
            return lru_cache(maxsize)(lambda word: function(word, pos))

        caches = tuple(one_part(pos) for pos in range(parts))

        def cached(word: str, pos: int) -> T:
            return caches[pos](word)

        def cache_clear() -> None:
            for cache in caches:
                cache.cache_clear()

        cached.cache_clear = cache_clear  # type: ignore[attr-defined]
        cached.parts = caches  # type: ignore[attr-defined]
        return update_wrapper(cached, function)

    return decorate
