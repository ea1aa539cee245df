"""An English adjective that tells a need its noun tells (session 35, samectx).

:mod:`yamabiko.conversation.needs` reads an allergy as a noun under WordNet's
*hypersensitivity* ("My son has a nut allergy."). The same need is often said with the
adjective: "I'm allergic to shellfish." WordNet's adjective *allergic* points (a derivation
``+`` or a pertainym ``\\`` pointer in ``data.adj``) at the noun *allergy*. An adjective
whose **first** sense points at a noun synset under a need's class is read as that noun
(:func:`need_noun`): *allergic* -> *allergy*; *sensitive* (first sense: "responsive to
physical stimuli") points at no such noun and tells nothing.
"""

from __future__ import annotations

from functools import lru_cache

from ..guard.wordnet import load
from ..guard.wordnet_kinds import reaches
from ..guard.wordnet_lines import data_line, line_pointers, line_words

__all__ = ["need_noun"]

#: the pointer symbols from an adjective to the noun it is made from or pertains to
_TO_NOUN = frozenset({"+", "\\"})


@lru_cache(maxsize=4096)
def need_noun(word: str, synset: int, depth: int) -> str | None:
    """The noun (its first lemma in WordNet's spelling: *allergy*) that the first sense of the
    English adjective ``word`` (lower case) points at when that noun's synset lies under the
    noun synset at offset ``synset`` within ``depth`` links; None otherwise, for a word that is
    no adjective, and without the data."""
    tables = load()
    if tables is None or not tables.adjective_senses or not tables.noun_data:
        return None
    senses = tables.adjective_senses.get(word, ())
    if not senses:
        return None
    for pointer in line_pointers(data_line(tables.adjective_data, senses[0])):
        if pointer[0] not in _TO_NOUN or pointer[2] != "n":
            continue
        offset = int(pointer[1])
        if reaches(offset, frozenset({synset}), depth):
            return line_words(data_line(tables.noun_data, offset))[0].lower()
    return None
