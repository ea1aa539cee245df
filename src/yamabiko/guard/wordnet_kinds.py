"""A kind of animal named in the query under the animal the cached prompt names (session 26):
my dog / my collie, my horse / my pony.

A question about a thing covers a question about one kind of it: "can I bring my dog?"
answers "can I bring my collie?". The minimal-pair check left collie against dog as a
substitution (their word vectors are far apart: 0.36). WordNet says it: the query word's
one noun sense lies, through :data:`KIND_DEPTH` hypernym links or fewer, under the cached
word's first tagged noun sense (collie -> shepherd dog -> working dog -> dog), that sense in
a lexicographer file of :data:`KIND_FILES` (animals). Only that direction: the
cached "my collie" does not answer "my dog" (another dog), and two kinds of one thing
(collie / poodle) are siblings, neither under the other. Persons, foods, times and the like
stay apart (a toddler is a child, but a question for children is often not one for
toddlers; apples and fruit are sold apart), and so do made things: a question about an
animal is mostly about the asker's own (bring, groom, board), one about a thing often about
its kinds (do you hire boats / canoes: WordNet puts a canoe under boat, and a boat hire may
have none).

The links are read from ``data.noun`` at their byte offsets (:func:`.wordnet_lines.data_line`)
and remembered per pair of words; only a pair of one word left on each side asks.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING

from .wordnet import load
from .wordnet_first import first_lemma, first_synset, first_tagged
from .wordnet_lines import data_line, line_pointers

if TYPE_CHECKING:
    from .units import Unit

#: the lexicographer files whose kinds the noun above them covers
KIND_FILES = frozenset({"noun.animal"})
#: the most hypernym links from the kind up to the noun (collie -> shepherd dog -> working
#: dog -> dog: three; labrador retriever -> retriever -> sporting dog -> gun dog -> dog)
KIND_DEPTH = 4


@lru_cache(maxsize=4096)
def kind_of(narrow: str, broad: str) -> bool:
    """True when ``narrow`` (the query's noun, lower case) names a kind of what ``broad`` (the
    cached prompt's noun) names, by WordNet: ``narrow``'s only noun sense (a one-sense lemma,
    or its first tagged sense) is under ``broad``'s first tagged noun sense within
    :data:`KIND_DEPTH` hypernym links, ``broad``'s sense in :data:`KIND_FILES`, the two no
    forms of one lemma; False otherwise and without the data."""
    top = first_tagged(broad, 0)  # (kept per word: the other rules ask it too)
    tables = load()
    if not top or tables is None or tables.synsets[top[0]].lexname not in KIND_FILES:
        return False
    kind = first_lemma(narrow, 0)
    if not kind or kind == first_lemma(broad, 0) or not tables.noun_data:
        return False
    code, _ = first_synset(tables, kind, 0)
    if code is None:
        return False
    return reaches(code >> 2, frozenset({top[0] >> 2}), KIND_DEPTH)


def reaches(offset: int, targets: frozenset[int], depth: int) -> bool:
    """True when a noun synset of one of the offsets ``targets`` is among the hypernyms of
    the noun synset at ``offset`` (in ``data.noun``), at most ``depth`` links up; False
    otherwise and without the data."""
    return any(not targets.isdisjoint(level) for level in hypernym_levels(offset, depth))


def hypernym_levels(offset: int, depth: int) -> Iterator[set[int]]:
    """The offsets of the hypernyms of the noun synset at ``offset``, one link up, then two,
    ... up to ``depth`` links (instance hypernyms too); nothing without the data."""
    tables = load()
    if tables is None or not tables.noun_data:
        return
    data, level = tables.noun_data, {offset}
    for _ in range(depth):
        level = {
            int(pointer[1])
            for offset in level
            for pointer in line_pointers(data_line(data, offset))
            if pointer[0] in ("@", "@i") and pointer[2] == "n"
        }
        yield level


def verb_hypernym_levels(
    offsets: Iterable[int], links: Collection[str] = ("@",), depth: int | None = None
) -> Iterator[set[int]]:
    """The verb synsets at ``offsets``, then those one hypernym link (a pointer of ``links``:
    ``@``, and ``@i`` when asked) above them, then two, ... up to ``depth`` links (None: to
    the top), each level without the synsets of the levels before it (so a walk ends);
    nothing without the data. The one walk up WordNet's verbs of
    :func:`.english_start_times.names_start` and :func:`.english_fragments._works_on_thing`."""
    tables = load()
    if tables is None or not tables.verb_data:
        return
    data, level, seen = tables.verb_data, set(offsets), set()
    for _ in count() if depth is None else range(depth + 1):
        if not level:
            return
        yield level
        seen |= level
        level = {
            int(pointer[1])
            for offset in level
            for pointer in line_pointers(data_line(data, offset))
            if pointer[0] in links and pointer[2] == "v"
        } - seen


def kind_asked(cached: Unit, query: Unit) -> bool:
    """The query's English content word names a kind of animal the cached prompt's content
    word names (:func:`kind_of`: dog / collie; not collie / dog, nor collie / poodle)."""
    if cached.kind != "content" or query.kind != "content" or not cached.key.isascii():
        return False
    return kind_of(query.text.lower(), cached.text.lower())
