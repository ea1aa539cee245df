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

The first senses and the adjective data file are :mod:`.wordnet`'s tables (read once, with
the other parts of speech: :func:`~.wordnet.load`); without them every answer is False.
"""

from __future__ import annotations

from functools import lru_cache

from .wordnet import antonyms, load
from .wordnet_first import first_sense_pairs
from .wordnet_lines import data_line, line_pointers

#: WordNet's code of adjectives (:data:`~.wordnet.POS`)
_ADJECTIVE = 2


@lru_cache(maxsize=4096)
def _similar(offset: int) -> frozenset[int]:
    """The synsets the adjective synset at ``offset`` points to as similar (``&``)."""
    tables = load()
    if tables is None:
        return frozenset()
    fields = data_line(tables.adjective_data, offset)
    return frozenset(int(p[1]) for p in line_pointers(fields) if p[0] == "&")


@lru_cache(maxsize=4096)
def first_sense_adjectives(first: str, second: str) -> bool:
    """True when two different English adjectives have first senses (see the module
    docstring) that are one synset or a satellite and the head it is similar to, at least
    one of the two tagged, and WordNet marks them no antonyms; False otherwise and without
    the data."""
    tables = load()
    if tables is None or first.lower() == second.lower():
        return False
    for a, b in first_sense_pairs(tables, first, second, _ADJECTIVE) or ():
        if a == b or b >> 2 in _similar(a >> 2) or a >> 2 in _similar(b >> 2):
            return not antonyms(first, second) and not antonyms(second, first)
    return False
