"""A Japanese word read on its own by SudachiPy's dictionary, once per word (session 30).

Several rules ask what the dictionary makes of one word written alone: its synonym groups
(:func:`.ja_synonyms.groups`), whether it is a verbal noun (:func:`.ja_synonyms.verbal_noun`),
its katakana spelling (:func:`.ja_synonyms.katakana_spelling`), its normalised form
(:func:`.ja_contrasts.ja_contrasted`), a verb's godan twin (``modality._godan_twin``). Each
tokenized the word itself, so a word two of them asked about was tokenized twice (1,640
times in jsts-train's 5,000 cold checks), and a cold check (its words new to the process)
paid for a SudachiPy pass each time: 10-30 µs of thread CPU at the p99 of those checks, most
of it the first touch of the dictionary's pages. :func:`read_alone` makes that pass once per
word and keeps what they read of it: the same tokenizer, the same mode (C), so every rule
reads exactly what its own pass gave."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .japanese import _sudachi


class Alone(NamedTuple):
    """What SudachiPy's dictionary makes of a word written alone, when it is one long unit."""

    normalized: str
    reading: str
    pos: tuple[str, ...]
    synonyms: frozenset[int]


@lru_cache(maxsize=1 << 14)
def read_alone(word: str) -> Alone | None:
    """``word`` read alone by SudachiPy (mode C) when it is one long unit, else None (also
    without SudachiPy)."""
    loaded = _sudachi()
    if loaded is None:
        return None
    found = loaded[0].tokenize(word, loaded[1])
    if len(found) != 1:
        return None
    m = found[0]
    return Alone(m.normalized_form(), m.reading_form(), tuple(m.part_of_speech()),
                 frozenset(m.synonym_group_ids()))  # fmt: skip
